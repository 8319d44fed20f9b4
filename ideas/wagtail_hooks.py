"""The ideas in the Wagtail admin: a listing of ideas (the handlers' tools build on it) and the
outbox of e-mails to residents, where staff see what failed."""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from home.admin_columns import YesNoColumn
from home.audit import never_log
from home.spreadsheets import NeutralisedExportMixin
from ideas import admin_outcome_views, admin_views, staff_admin_views
from ideas.admin_bulk_actions import ChangeStageBulkAction
from ideas.admin_challenges import MakeChallengeView
from ideas.admin_forms import PublicTextsForm
from ideas.models import (
    Administration,
    Assessment,
    AssessmentRating,
    Confirmation,
    Follow,
    Idea,
    IdeaEvent,
    IdeaSubmitter,
    Notification,
    Partner,
    PartnerReferral,
    ResidentAddress,
    ResidentEmail,
    Support,
    Unit,
)
from ideas.permissions import IdeaPermissionPolicy, NotificationPermissionPolicy, is_manager

register_permission_policy(Idea, IdeaPermissionPolicy(Idea))
register_permission_policy(Notification, NotificationPermissionPolicy(Notification))


@hooks.register("register_log_actions")
def keep_ideas_out_of_wagtail_logs(actions):
    """Ideas record their history as IdeaEvents only: a Wagtail log entry's label (the
    reference and the resident's title, or an e-mail's subject) would show in Reports → Site
    history to staff of the other municipality."""
    never_log(
        actions,
        Idea,
        IdeaEvent,
        Notification,
        IdeaSubmitter,
        Assessment,
        AssessmentRating,
        PartnerReferral,
        ResidentAddress,
        Confirmation,
        Support,
        Follow,
        ResidentEmail,
    )


class IdeaViewSet(ModelViewSet):
    """The handlers' section: every view shows only the ideas of the user's municipalities."""

    model = Idea
    icon = "help"
    menu_label = _("Ideas")
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = admin_views.IdeaIndexView
    edit_view_class = admin_views.IdeaEditView
    delete_view_class = admin_views.IdeaDeleteView
    history_view_class = admin_views.IdeaHistoryView
    usage_view_class = admin_views.IdeaUsageView
    inspect_view_class = admin_views.IdeaInspectView
    list_display = [
        "reference",
        "title",
        "stage",
        "municipality",
        "area",
        Column("assigned_handler_name", label=_("Idea handler")),
        YesNoColumn("is_public", label=_("Published on the board"), sort_key="is_public"),
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
        DateColumn("stage_changed_at", label=_("Stage changed"), sort_key="stage_changed_at"),
    ]
    list_per_page = 50
    # Searched with the database (the index view adds the submitter's name and e-mail for
    # those who may see them).
    search_fields = admin_views.SEARCH_FIELDS
    filterset_class = admin_views.IdeaFilterSet
    ordering = ["-created_at"]
    export_filename = "ideas"
    # The edit form holds the public texts only; the stage, the answer and the publication
    # are changed through the change-stage form, which records them as events.
    form_fields = ["public_title", "public_summary", "public_title_en", "public_summary_en"]

    def get_form_class(self, for_update=False):
        return PublicTextsForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("stage/<int:pk>/", admin_views.ChangeStageView.as_view(), name="change_stage"),
            path("assign/<int:pk>/", admin_views.AssignView.as_view(), name="assign"),
            path("merge/<int:pk>/", admin_views.MergeView.as_view(), name="merge"),
            path("erase/<int:pk>/", admin_views.EraseView.as_view(), name="erase"),
            path("decide/<int:pk>/", admin_outcome_views.DecisionView.as_view(), name="decide"),
            path(
                "follow-up/<int:pk>/", admin_outcome_views.FollowUpView.as_view(), name="follow_up"
            ),
            path(
                "follow-up/<int:pk>/indicator/",
                admin_outcome_views.IndicatorView.as_view(),
                name="add_indicator",
            ),
            path(
                "follow-up/<int:pk>/indicator/<int:indicator_pk>/",
                admin_outcome_views.MeasurementView.as_view(),
                name="add_measurement",
            ),
            *staff_admin_views.handler_urls(),
            path("challenge/<int:pk>/", MakeChallengeView.as_view(), name="make_challenge"),
        ]

    @property
    def add_view(self):
        """Handlers register ideas received outside the web form on someone's behalf."""
        return staff_admin_views.RegisterIdeaView.as_view()


class NotificationViewSet(ModelViewSet):
    """The residents' outbox. Every view shows only the e-mails about ideas of the user's
    municipalities; the idea handlers' groups may view it, to see what failed."""

    model = Notification
    icon = "mail"
    menu_label = _("E-mails to residents")
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = admin_views.NotificationIndexView
    edit_view_class = admin_views.NotificationEditView
    delete_view_class = admin_views.NotificationDeleteView
    history_view_class = admin_views.NotificationHistoryView
    usage_view_class = admin_views.NotificationUsageView
    inspect_view_class = admin_views.NotificationInspectView
    list_display = ["subject", "kind", "language", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "kind", "language"]
    search_fields = ["subject"]
    inspect_view_fields = [
        "idea",
        "kind",
        "language",
        "subject",
        "status",
        "attempts",
        "next_attempt_at",
        "last_error",
        "created_at",
        "sent_at",
    ]
    form_fields = ["status"]


class IdeasViewSetGroup(ViewSetGroup):
    items = (IdeaViewSet("ideas"), NotificationViewSet("idea_notifications"))
    menu_icon = "help"
    menu_label = _("Ideas")
    menu_name = "ideas"


@hooks.register("register_admin_viewset")
def register_viewset():
    return IdeasViewSetGroup()


hooks.register("register_bulk_action", ChangeStageBulkAction)


# --- The administrations, units and partners editors maintain (translatable snippets) -------


class OrganisationIndexView(NeutralisedExportMixin, IndexView):
    """The snippets' listing, whose CSV and XLSX exports are neutralised (home/spreadsheets.py)."""


class AdministrationViewSet(SnippetViewSet):
    index_view_class = OrganisationIndexView
    model = Administration
    icon = "group"
    list_display = ["name", "municipality", "sort_order", YesNoColumn("is_active"), "locale"]
    list_filter = ["municipality", "is_active", "locale"]
    list_export = ["name", "municipality", "sort_order", "is_active", "locale"]
    search_fields = ["name"]
    ordering = ["municipality", "sort_order", "name"]


class UnitViewSet(SnippetViewSet):
    index_view_class = OrganisationIndexView
    model = Unit
    icon = "group"
    list_display = ["name", "administration", "sort_order", YesNoColumn("is_active"), "locale"]
    list_filter = ["administration__municipality", "is_active", "locale"]
    list_export = ["name", "administration", "sort_order", "is_active", "locale"]
    search_fields = ["name"]
    ordering = ["administration", "sort_order", "name"]


class PartnerViewSet(SnippetViewSet):
    index_view_class = OrganisationIndexView
    model = Partner
    icon = "site"
    list_display = ["name", "municipality", "contact_email", YesNoColumn("is_active"), "locale"]
    list_filter = ["municipality", "is_active", "locale"]
    list_export = ["name", "description", "contact_email", "municipality", "is_active", "locale"]
    search_fields = ["name"]


class OrganisationViewSetGroup(SnippetViewSetGroup):
    items = (AdministrationViewSet, UnitViewSet, PartnerViewSet)
    menu_icon = "group"
    menu_label = _("Administrations and partners")
    menu_name = "idea-organisation"


register_snippet(OrganisationViewSetGroup)


# --- Managers: their administrations' ideas, read only -----------------------------------------


@hooks.register("register_admin_urls")
def register_manager_urls():
    return staff_admin_views.manager_urls()


class ManagedIdeasMenuItem(MenuItem):
    def is_shown(self, request):
        return is_manager(request.user)


@hooks.register("register_admin_menu_item")
def register_managed_ideas_menu_item():
    return ManagedIdeasMenuItem(
        _("My administration's ideas"),
        reverse_lazy("ideas_managed:index"),
        icon_name="group",
        order=250,
    )


# The dashboard's and the inbox's admin-home panels and the report register their own hooks,
# as do the process figures and the yearly report.
from ideas import dashboard, inbox, process_reports  # noqa: E402, F401
