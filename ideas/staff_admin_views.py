"""The admin views of the sluice inside the municipalities.

Idea handlers: register an idea received outside the web form (the ideas section's "add"
view), assess an idea against criteria, refer it to a partner. These start from the ideas of the
user's municipalities (ideas.permissions.ideas_for) like every handler's view.

Managers: the ideas of the administrations they manage, read only, with a comment form. Every
view starts from `managed_ideas`, so an idea of another administration or municipality is a
404 whatever the URL; the submitter's personal data needs the managers' permission of its own.
"""

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import include, path, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permissions import policy_registry

from home.listing import allowed_values, paginate, query_without
from ideas.admin_views import IdeaActionView
from ideas.models import Administration, Idea, IdeaEvent
from ideas.models.assessment import latest_assessment
from ideas.models.organisation import localized_names
from ideas.permissions import (
    handled_municipalities,
    managed_administrations,
    managed_ideas,
    manager_sees_personal_data,
)
from ideas.staff_admin_forms import (
    AssessmentForm,
    ManagerCommentForm,
    ReferForm,
    RegisterIdeaForm,
)

MANAGED_PAGE_SIZE = 50
# Events whose internal note a manager may read: their own kind. Handlers' notes may name
# people (who asked for an erasure, who phoned), so managers see only that the event happened.
MANAGER_READABLE_NOTES = [IdeaEvent.Kind.MANAGER_COMMENT]


class RegisterIdeaView(WagtailAdminTemplateMixin, FormView):
    """Register an idea received outside the web form, on someone's behalf. Only idea handlers,
    only for the municipalities they handle; the idea records who registered it."""

    template_name = "ideas/admin/action_form.html"
    page_title = _("Register an idea")
    form_class = RegisterIdeaForm
    header_icon = "help"
    intro = _(
        "For an idea received at a workplace meeting, through an idea coach, by phone, letter "
        "or e-mail, or at an event. Store names and contact details only if the submitters "
        "agreed to how the municipality handles them. You are recorded as the one who "
        "registered the idea."
    )

    def dispatch(self, request, *args, **kwargs):
        policy = policy_registry.get_by_type(Idea)
        if not policy.user_has_permission(request.user, "add"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "municipalities": handled_municipalities(self.request.user),
            "language_code": get_language()[:2],
        }

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("ideas:index"), "label": _("Ideas")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            inspect_url=reverse("ideas:index"),
            submit_label=_("Register the idea"),
            intro=self.intro,
        )
        return context

    def form_valid(self, form):
        idea = form.save(actor=self.request.user)
        messages.success(
            self.request, _("%(reference)s has been registered.") % {"reference": idea.reference}
        )
        return redirect(reverse("ideas:inspect", args=[quote(idea.pk)]))

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response


class AssessView(IdeaActionView):
    page_title = _("Assess the idea")
    form_class = AssessmentForm
    submit_label = _("Save the assessment")
    success_message = _("The assessment of %(reference)s has been saved.")
    intro = _(
        "Rate the idea 1–5 on each criterion and answer the method's questions about gender "
        "equality and accessibility. The assessment is internal: it is never shown publicly."
    )


class ReferView(IdeaActionView):
    page_title = _("Refer to a partner")
    form_class = ReferForm
    submit_label = _("Send to the partner")
    success_message = _("%(reference)s has been referred to the partner.")
    intro = _(
        "The partner's contact gets an e-mail with the reference, the title, the area and your "
        "message. The submitter's contact details are only included if they agreed to it."
    )


def handler_urls():
    return [
        path("assess/<int:pk>/", AssessView.as_view(), name="assess"),
        path("refer/<int:pk>/", ReferView.as_view(), name="refer"),
    ]


# --- Managers ---------------------------------------------------------------------------------


class ManagerMixin(WagtailAdminTemplateMixin):
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        # Not Wagtail's PermissionDenied (a redirect with a message): for a user who manages
        # no administration these pages do not exist.
        if not managed_administrations(request.user).exists():
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def index_breadcrumb(self):
        return {"url": reverse("ideas_managed:index"), "label": _("My administration's ideas")}


class ManagedIdeaIndexView(ManagerMixin, TemplateView):
    template_name = "ideas/admin/managed_index.html"
    page_title = _("My administration's ideas")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        administrations = list(managed_administrations(self.request.user).order_by())
        names = localized_names(Administration, get_language()[:2])
        options = sorted(
            ((str(a.pk), names.get(a.pk, a.name)) for a in administrations),
            key=lambda option: option[1].lower(),
        )
        chosen = allowed_values(self.request.GET, "administration", [key for key, _l in options])
        ideas = managed_ideas(self.request.user).only(
            "pk",
            "reference",
            "title",
            "stage",
            "area",
            "municipality",
            "channel",
            "submitter_kind",
            "administration_id",
            "created_at",
        )
        if chosen:
            ideas = ideas.filter(administration_id__in=chosen)
        page = paginate(self.request, ideas.order_by("-created_at", "-pk"), MANAGED_PAGE_SIZE)
        for idea in page:
            idea.administration_name = names.get(idea.administration_id, "")
        context.update(
            page=page,
            options=options,
            chosen=chosen,
            page_query=query_without(self.request.GET, "page"),
        )
        return context


class ManagedIdeaMixin(ManagerMixin):
    """One idea of the user's administrations, found before anything else: any other is a 404
    whatever the method."""

    def dispatch(self, request, *args, **kwargs):
        self.idea = get_object_or_404(
            managed_ideas(request.user).select_related("administration", "unit", "registered_by"),
            pk=kwargs["pk"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.idea)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            self.index_breadcrumb(),
            {"url": "", "label": self.idea.reference},
        ]


class ManagedIdeaInspectView(ManagedIdeaMixin, TemplateView):
    template_name = "ideas/admin/managed_inspect.html"

    def get_page_title(self):
        return self.idea.reference

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        idea = self.idea
        context.update(
            idea=idea,
            events=list(idea.events.select_related("actor")),
            readable_notes=MANAGER_READABLE_NOTES,
            assessment=latest_assessment(idea),
            personal_data_allowed=manager_sees_personal_data(self.request.user),
            submitters=list(idea.submitters.all()),
            comment_url=reverse("ideas_managed:comment", args=[idea.pk]),
        )
        return context


class ManagerCommentView(ManagedIdeaMixin, FormView):
    template_name = "ideas/admin/action_form.html"
    form_class = ManagerCommentForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "idea": self.idea}

    def get_page_title(self):
        return _("Add a manager's comment")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            idea=self.idea,
            inspect_url=reverse("ideas_managed:inspect", args=[self.idea.pk]),
            submit_label=_("Add the comment"),
            intro=_(
                "Your comment is recorded with the idea, with your name. The idea handlers "
                "and the other managers of the administration see it; the public does not."
            ),
        )
        return context

    def form_valid(self, form):
        form.save(actor=self.request.user)
        messages.success(
            self.request,
            _("Your comment on %(reference)s has been added.") % {"reference": self.idea.reference},
        )
        return redirect(reverse("ideas_managed:inspect", args=[self.idea.pk]))

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response


managed_urlpatterns = [
    path("", ManagedIdeaIndexView.as_view(), name="index"),
    path("<int:pk>/", ManagedIdeaInspectView.as_view(), name="inspect"),
    path("<int:pk>/comment/", ManagerCommentView.as_view(), name="comment"),
]


def manager_urls():
    return [path("managed-ideas/", include((managed_urlpatterns, "ideas_managed")))]
