"""Registrations in the admin: listed, filtered and exported per course and session. They hold
personal data, so only staff whose group may view registrations see the menu item and views."""

import django_filters
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from home.audit import never_log
from home.spreadsheets import NeutralisedExportMixin

from .admin_forms import RegistrationAdminForm
from .choices import RegistrationStatus
from .models import CoursePage, CourseSession, Registration, update_offers


@hooks.register("register_log_actions")
def keep_registrations_out_of_wagtail_logs(actions):
    """A registration's label is the registrant's name: Wagtail's log would show it in Reports
    → Site history to anyone with a registration permission, and keep it after retention."""
    never_log(actions, Registration)


def source_courses(request=None):
    return CoursePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("title")


def session_choices():
    """Every session in the default language, newest first, as (translation_key, label)."""
    sessions = (
        CourseSession.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .select_related("page")
        .order_by("-starts_at")
    )
    return [
        (
            str(session.translation_key),
            f"{session.page.title}, {timezone.localtime(session.starts_at):%Y-%m-%d %H:%M}",
        )
        for session in sessions
    ]


class RegistrationFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(label=_("Course"), queryset=source_courses)
    session_key = django_filters.ChoiceFilter(label=_("Session"), choices=session_choices)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=RegistrationStatus.choices)

    class Meta:
        model = Registration
        fields = ["course", "session_key", "status"]


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """Registrations are made on the site; staff change or cancel them but never add them."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(
    Registration, RegistrationPermissionPolicy(Registration), exact_class=True
)


class RegistrationIndexView(NeutralisedExportMixin, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("course")


class RegistrationEditView(EditView):
    def save_instance(self):
        """A registration that staff cancel frees a seat: it is offered to the next on the
        waiting list at once, as when the registrant cancels through the link."""
        instance = super().save_instance()
        update_offers(instance.session_key)
        return instance


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "group"
    menu_label = _("Registrations")
    menu_order = 310
    add_to_admin_menu = True
    index_view_class = RegistrationIndexView
    edit_view_class = RegistrationEditView
    filterset_class = RegistrationFilterSet
    list_display = ["name", "course", "session_starts_at", "organisation", "status", "created_at"]
    search_fields = ["name", "email", "organisation", "role"]
    list_export = [
        "course",
        "session_starts_at",
        "name",
        "email",
        "organisation",
        "role",
        "needs",
        "language",
        "status",
        "offer_expires_at",
        "consent_at",
        "created_at",
    ]
    export_filename = "anmalningar"
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return RegistrationAdminForm


registration_viewset = RegistrationViewSet("registrations")


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return registration_viewset
