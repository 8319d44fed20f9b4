"""The ideas in the Wagtail admin: a listing of ideas (the handlers' tools build on it) and the
outbox of e-mails to residents, where staff see what failed."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from home.admin_columns import YesNoColumn
from ideas import admin_views
from ideas.admin_bulk_actions import ChangeStageBulkAction
from ideas.admin_forms import PublicTextsForm
from ideas.models import Idea, Notification
from ideas.permissions import IdeaPermissionPolicy

register_permission_policy(Idea, IdeaPermissionPolicy(Idea))


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
    form_fields = ["public_title", "public_summary"]

    def get_form_class(self, for_update=False):
        return PublicTextsForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("stage/<int:pk>/", admin_views.ChangeStageView.as_view(), name="change_stage"),
            path("assign/<int:pk>/", admin_views.AssignView.as_view(), name="assign"),
            path("merge/<int:pk>/", admin_views.MergeView.as_view(), name="merge"),
            path("erase/<int:pk>/", admin_views.EraseView.as_view(), name="erase"),
        ]


class NotificationViewSet(ModelViewSet):
    model = Notification
    icon = "mail"
    menu_label = _("E-mails to residents")
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
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


# The dashboard's admin-home panel and report register their own hooks.
from ideas import dashboard  # noqa: E402, F401
