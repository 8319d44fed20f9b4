"""The idea handlers' views in the Wagtail admin. Every view starts from the ideas of the user's
municipalities (ideas.permissions.ideas_for), so another municipality's idea is a 404 whatever
the URL; the submitter's personal data needs its own permission."""

import django_filters
from django import forms
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, TitleColumn
from wagtail.admin.views.generic import DeleteView, EditView, IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.permissions import policy_registry

from home.spreadsheets import NeutralisedExportMixin
from ideas.admin_forms import AssignForm, ChangeStageForm, EraseForm, MergeForm
from ideas.choices import Area, Channel, Municipality, SubmitterKind
from ideas.models import Idea, IdeaEvent
from ideas.models.assessment import (
    STANDARD_CRITERIA,
    export_field,
    export_value,
    latest_assessment,
    with_latest_assessment,
)
from ideas.needs import inspect_context as challenges_inspect_context
from ideas.participation import support_count, supports_by_week
from ideas.permissions import (
    can_see_personal_data,
    handled_municipalities,
    handlers_of,
    ideas_for,
    notifications_for,
)
from ideas.stages import Stage

PERSONAL_FIELDS = ["submitter_name", "submitter_email", "submitter_phone"]
CONSENT_FIELDS = ["show_name", "consent_at", "wants_updates"]

# Listing columns, search and export. Personal data only for those allowed to see it.
LIST_EXPORT = [
    "reference",
    "title",
    "get_stage_display",
    "get_municipality_display",
    "get_area_display",
    "assigned_handler_name",
    "is_public",
    "public_title",
    "public_answer",
    "created_at",
    "stage_changed_at",
]
PERSONAL_EXPORT = [*PERSONAL_FIELDS, "wants_updates", "consent_at"]
EXPORT_HEADINGS = {
    "reference": _("Reference"),
    "title": _("Title"),
    "get_stage_display": _("Stage"),
    "get_municipality_display": _("Municipality"),
    "get_area_display": _("Area"),
    "assigned_handler_name": _("Idea handler"),
    "is_public": _("Published on the board"),
    "public_title": _("Public title"),
    "public_answer": _("The municipality's answer"),
    "created_at": _("Received"),
    "stage_changed_at": _("Stage changed"),
    "submitter_name": _("Name"),
    "submitter_email": _("E-mail"),
    "submitter_phone": _("Phone"),
    "wants_updates": _("Wants updates by e-mail"),
    "consent_at": _("Consent given"),
}
# Who sent the idea, how it came in, and its latest assessment (issue 16).
STAFF_EXPORT = [
    "get_submitter_kind_display",
    "administration",
    "unit",
    "workplace",
    "get_channel_display",
]
ASSESSMENT_EXPORT = [*[export_field(c) for c in STANDARD_CRITERIA], "assessment_summary"]
EXPORT_HEADINGS.update(
    {
        "get_submitter_kind_display": _("Sent by"),
        "administration": _("Administration"),
        "unit": _("Unit"),
        "workplace": _("Workplace"),
        "get_channel_display": _("Channel"),
        "assessment_summary": _("Assessment"),
        **{
            export_field(c): c.label if not c.perspective else f"{c.label}: {c.question}"
            for c in STANDARD_CRITERIA
        },
    }
)
SEARCH_FIELDS = ["reference", "title", "public_title", "description"]

AGE_CHOICES = [
    ("week", _("Less than a week")),
    ("month", _("1 week to 1 month")),
    ("quarter", _("1 to 3 months")),
    ("older", _("More than 3 months")),
]
AGE_DAYS = {"week": (0, 7), "month": (7, 30), "quarter": (30, 90), "older": (90, None)}
PUBLIC_CHOICES = [("yes", _("Published")), ("no", _("Not published"))]


def filter_by_age(queryset, field, value):
    """Ideas whose `field` is within the chosen span of days before now."""
    if value not in AGE_DAYS:
        return queryset
    newest, oldest = AGE_DAYS[value]
    now = timezone.now()
    queryset = queryset.filter(**{f"{field}__lte": now - timezone.timedelta(days=newest)})
    if oldest is not None:
        queryset = queryset.filter(**{f"{field}__gt": now - timezone.timedelta(days=oldest)})
    return queryset


class HandlerFilterField(django_filters.fields.ModelChoiceField):
    def label_from_instance(self, user):
        if not hasattr(user, "get_username"):  # the "nobody" choice
            return self.null_label
        return user.get_full_name() or user.get_username()


class HandlerFilter(django_filters.ModelChoiceFilter):
    field_class = HandlerFilterField


def handler_choices(request):
    if request is None:
        return handlers_of([])
    return handlers_of(handled_municipalities(request.user)).order_by(
        "first_name", "last_name", "username"
    )


class IdeaFilterSet(WagtailFilterSet):
    stage = django_filters.ChoiceFilter(
        label=_("Stage"), choices=Stage.choices, widget=forms.RadioSelect
    )
    municipality = django_filters.ChoiceFilter(
        label=_("Municipality"), choices=Municipality.choices, widget=forms.RadioSelect
    )
    area = django_filters.ChoiceFilter(label=_("Area"), choices=Area.choices)
    submitter_kind = django_filters.ChoiceFilter(label=_("Sent by"), choices=SubmitterKind.choices)
    channel = django_filters.ChoiceFilter(label=_("Channel"), choices=Channel.choices)
    assigned_handler = HandlerFilter(
        label=_("Idea handler"),
        queryset=handler_choices,
        null_label=_("Nobody"),
        empty_label=_("All"),
    )
    age = django_filters.ChoiceFilter(
        label=_("Received"), choices=AGE_CHOICES, method="filter_age", widget=forms.RadioSelect
    )
    waiting = django_filters.ChoiceFilter(
        label=_("Time in the stage"),
        choices=AGE_CHOICES,
        method="filter_waiting",
        widget=forms.RadioSelect,
    )
    public = django_filters.ChoiceFilter(
        label=_("Published"),
        choices=PUBLIC_CHOICES,
        method="filter_public",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Idea
        fields = []

    def filter_age(self, queryset, name, value):
        return filter_by_age(queryset, "created_at", value)

    def filter_waiting(self, queryset, name, value):
        return filter_by_age(queryset, "stage_changed_at", value)

    def filter_public(self, queryset, name, value):
        return queryset.filter(is_public=value == "yes")


class HandledIdeasMixin:
    """For the edit and delete views: a foreign idea is a 404."""

    def get_queryset(self):
        return ideas_for(self.request.user)


class HandledObjectMixin:
    """For the history and usage views, which list other rows about one idea."""

    def get_base_object_queryset(self):
        return ideas_for(self.request.user)


class IdeaIndexView(NeutralisedExportMixin, IndexView):
    template_name = "ideas/admin/index.html"
    filterset_class = IdeaFilterSet
    export_headings = EXPORT_HEADINGS

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.personal_data_allowed = can_see_personal_data(request.user)
        self.list_export = [
            *LIST_EXPORT,
            *STAFF_EXPORT,
            *ASSESSMENT_EXPORT,
            *(PERSONAL_EXPORT if self.personal_data_allowed else []),
        ]

    def get_base_queryset(self):
        queryset = ideas_for(self.request.user, super().get_base_queryset()).select_related(
            "assigned_handler", "administration", "unit"
        )
        return with_latest_assessment(queryset) if self.is_export else queryset

    def preprocess_field_value(self, field, value, export_format):
        if field in ASSESSMENT_EXPORT:
            value = export_value(value)
        return super().preprocess_field_value(field, value, export_format)

    def search_queryset(self, queryset):
        """Search the idea's text; the submitter's name and e-mail only for those who may see
        them, so a search cannot reveal whose idea it is."""
        if not self.is_searching:
            return queryset
        fields = [*SEARCH_FIELDS, *(PERSONAL_FIELDS[:2] if self.personal_data_allowed else [])]
        query = Q()
        for field in fields:
            query |= Q(**{f"{field}__icontains": self.search_query})
        return queryset.filter(query)

    @cached_property
    def columns(self):
        return [BulkActionsCheckboxColumn("bulk_actions", obj_type="idea"), *super().columns]

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        # The reference leads to the idea's page with its timeline and actions.
        column_class = self._get_title_column_class(column_class)
        return self._get_custom_column(
            field_name,
            column_class,
            get_url=self.get_inspect_url,
            get_title_id=lambda idea: f"idea_{quote(idea.pk)}_title",
            **kwargs,
        )


class IdeaEditView(HandledIdeasMixin, EditView):
    """Only the public title and summary: stage, answer and publication go through the
    change-stage form, which records them."""

    def save_instance(self):
        """Save the texts and record the change as an IdeaEvent, the ideas' only history:
        Wagtail's own log keeps nothing about ideas (see home/audit.py)."""
        idea = self.form.save()
        if self.form.has_changed():
            IdeaEvent.objects.create(idea=idea, kind=IdeaEvent.Kind.EDITED, actor=self.request.user)
        return idea

    def get_success_url(self):
        return reverse("ideas:inspect", args=[quote(self.object.pk)])


class IdeaDeleteView(HandledIdeasMixin, DeleteView):
    pass


class IdeaHistoryView(HandledObjectMixin, HistoryView):
    pass


class IdeaUsageView(HandledObjectMixin, UsageView):
    pass


class IdeaInspectView(InspectView):
    template_name = "ideas/admin/inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(
            ideas_for(self.request.user).select_related(
                "assigned_handler", "merged_into", "administration", "unit", "registered_by"
            ),
            pk=self.pk,
        )

    @cached_property
    def personal_data_allowed(self):
        return can_see_personal_data(self.request.user, self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        idea = self.object
        can_change = policy_registry.get_by_type(Idea).user_has_permission(
            self.request.user, "change"
        )
        merged_ideas = ideas_for(self.request.user, idea.merged_ideas.all()).only(
            "pk", "reference", "title"
        )
        context.update(
            idea=idea,
            events=list(idea.events.select_related("actor")),
            merged_ideas=list(merged_ideas),
            merged_into_visible=(
                idea.merged_into is not None and idea.merged_into.municipality == idea.municipality
            ),
            personal_data_allowed=self.personal_data_allowed,
            can_change=can_change,
            can_erase=can_change and self.personal_data_allowed and idea.has_personal_data,
            is_merged=idea.stage == Stage.MERGED,
            support_count=support_count(idea),
            supports_by_week=supports_by_week(idea),
            **challenges_inspect_context(idea, self.request.user),
            assessment=latest_assessment(idea),
            submitters=list(idea.submitters.all()),
        )
        return context


class IdeaActionView(WagtailAdminTemplateMixin, FormView):
    """A form that changes one idea of the user's municipalities; needs the change permission."""

    template_name = "ideas/admin/action_form.html"
    header_icon = "help"
    submit_label = _("Save")
    intro = ""
    serious = False  # a red submit button, for what cannot be undone
    needs_personal_data = False

    def dispatch(self, request, pk, *args, **kwargs):
        self.idea = get_object_or_404(
            ideas_for(request.user).select_related("assigned_handler"), pk=pk
        )
        policy = policy_registry.get_by_type(Idea)
        if not policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        if self.needs_personal_data and not can_see_personal_data(request.user, self.idea):
            raise PermissionDenied
        return super().dispatch(request, pk, *args, **kwargs)

    @property
    def inspect_url(self):
        return reverse("ideas:inspect", args=[quote(self.idea.pk)])

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "idea": self.idea}

    def get_page_subtitle(self):
        return str(self.idea)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("ideas:index"), "label": _("Ideas")},
            {"url": self.inspect_url, "label": self.idea.reference},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            idea=self.idea,
            inspect_url=self.inspect_url,
            submit_label=self.submit_label,
            intro=self.intro,
            serious=self.serious,
        )
        return context

    def form_valid(self, form):
        form.save(actor=self.request.user)
        messages.success(self.request, self.success_message % {"reference": self.idea.reference})
        return redirect(self.inspect_url)

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response


class ChangeStageView(IdeaActionView):
    page_title = _("Change stage")
    form_class = ChangeStageForm
    submit_label = _("Save the change")
    success_message = _("The change to %(reference)s has been saved.")
    intro = _(
        "Choose the stage, or keep it and write an answer or a note. The note is required and "
        "only idea handlers see it. If the resident asked for updates, they get an e-mail when "
        "the stage changes or the municipality answers."
    )


class AssignView(IdeaActionView):
    page_title = _("Assign an idea handler")
    form_class = AssignForm
    submit_label = _("Assign")
    success_message = _("The idea handler of %(reference)s has been changed.")


class MergeView(IdeaActionView):
    page_title = _("Merge into another idea")
    form_class = MergeForm
    submit_label = _("Merge")
    success_message = _("%(reference)s has been merged.")
    intro = _(
        "The idea moves to the stage “Merged” and points to the idea the work goes on in. "
        "Its resident is told if they asked for updates."
    )

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "candidates": ideas_for(self.request.user)}


class EraseView(IdeaActionView):
    page_title = _("Erase personal data")
    form_class = EraseForm
    submit_label = _("Erase the personal data")
    success_message = _("The personal data of %(reference)s has been erased.")
    needs_personal_data = True
    serious = True
    intro = _(
        "The name, e-mail address and phone number of the resident are erased, also from the "
        "e-mails kept for the idea. The idea's text stays. This cannot be undone."
    )


# --- The residents' outbox: e-mails about the ideas of the user's municipalities ---------------


class NotificationIndexView(IndexView):
    def get_base_queryset(self):
        return notifications_for(self.request.user, super().get_base_queryset())


class NotificationInspectView(InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(
            notifications_for(self.request.user).select_related("idea"), pk=self.pk
        )


class HandledNotificationsMixin:
    """For the edit and delete views: an e-mail about a foreign idea is a 404."""

    def get_queryset(self):
        return notifications_for(self.request.user)


class NotificationEditView(HandledNotificationsMixin, EditView):
    pass


class NotificationDeleteView(HandledNotificationsMixin, DeleteView):
    pass


class NotificationHistoryView(HistoryView):
    def get_base_object_queryset(self):
        return notifications_for(self.request.user)


class NotificationUsageView(UsageView):
    def get_base_object_queryset(self):
        return notifications_for(self.request.user)
