"""Who may handle which ideas. A handler works the ideas of the municipalities their groups hold
a permission for; the submitter's name, e-mail and phone need a permission of their own.
Superusers handle every idea. Views and querysets use these functions, never the menu alone."""

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from wagtail.permission_policies import ModelPermissionPolicy

from home.choices import Municipality
from home.municipalities import municipalities_with
from ideas.models.ideas import Idea
from ideas.models.notifications import Notification
from ideas.models.organisation import Administration

# Permission codenames on Idea (see Idea.Meta.permissions), one per municipality.
MUNICIPALITY_PERMISSIONS = {
    Municipality.PITEA: "handle_pitea_ideas",
    Municipality.SKELLEFTEA: "handle_skelleftea_ideas",
}
PERSONAL_DATA_PERMISSION = "view_personal_data"
MANAGER_PERSONAL_DATA_PERMISSION = "view_personal_data_as_manager"


def handled_municipalities(user) -> list[str]:
    """The municipalities whose ideas the user may see and change."""
    return municipalities_with(user, "ideas", MUNICIPALITY_PERMISSIONS)


def is_idea_handler(user) -> bool:
    return bool(handled_municipalities(user))


def ideas_for(user, queryset: QuerySet | None = None) -> QuerySet:
    """Only the ideas of the user's municipalities."""
    queryset = Idea.objects.all() if queryset is None else queryset
    return queryset.filter(municipality__in=handled_municipalities(user))


def notifications_for(user, queryset: QuerySet | None = None) -> QuerySet:
    """Only the residents' e-mails about ideas of the user's municipalities."""
    queryset = Notification.objects.all() if queryset is None else queryset
    return queryset.filter(idea__municipality__in=handled_municipalities(user))


def can_handle(user, idea: Idea) -> bool:
    return idea.municipality in handled_municipalities(user)


def can_see_personal_data(user, idea: Idea | None = None) -> bool:
    """Personal data of an idea: its municipality's handlers with the personal-data permission.
    Without an idea: whether the user may see personal data of any idea they handle."""
    if not user.has_perm(f"ideas.{PERSONAL_DATA_PERMISSION}"):
        return False
    if idea is None:
        return is_idea_handler(user)
    return can_handle(user, idea)


def handlers_of(municipalities) -> QuerySet:
    """Active users who handle ideas of any of `municipalities` through their groups or their
    own permissions (superusers are not counted as handlers)."""
    codenames = [MUNICIPALITY_PERMISSIONS[municipality] for municipality in municipalities]
    in_group = Q(
        groups__permissions__codename__in=codenames,
        groups__permissions__content_type__app_label="ideas",
    )
    directly = Q(
        user_permissions__codename__in=codenames,
        user_permissions__content_type__app_label="ideas",
    )
    user_ids = (
        get_user_model().objects.filter(in_group | directly).values("pk").order_by().distinct()
    )
    return get_user_model().objects.filter(is_active=True, pk__in=user_ids)


def handler_emails(municipality) -> list[str]:
    """The e-mail addresses of the municipality's idea handlers."""
    return list(
        handlers_of([municipality])
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )


# --- Managers: the members of an administration's managers' group see its ideas, read only ----


def managed_administrations(user) -> QuerySet:
    """The administrations whose ideas the user sees as a manager (superusers: all)."""
    if not user.is_active:
        return Administration.objects.none()
    administrations = Administration.objects.source()
    if user.is_superuser:
        return administrations
    return administrations.filter(manager_group__in=user.groups.all())


def is_manager(user) -> bool:
    return managed_administrations(user).exists()


def managed_ideas(user, queryset: QuerySet | None = None) -> QuerySet:
    """Only the ideas of the administrations the user manages (one query with the ideas)."""
    queryset = Idea.objects.all() if queryset is None else queryset
    return queryset.filter(administration__in=managed_administrations(user))


def manager_sees_personal_data(user) -> bool:
    """Managers see submitters' names and addresses only with a permission of its own."""
    return user.has_perm(f"ideas.{MANAGER_PERSONAL_DATA_PERMISSION}")


def manager_emails(administration_id) -> list[str]:
    """The e-mail addresses of the active members of the administration's managers' group."""
    return list(
        get_user_model()
        .objects.filter(
            is_active=True,
            groups__managed_administrations__pk=administration_id,
        )
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )


class IdeaPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, narrowed to the ideas of the user's municipalities. Only
    idea handlers add ideas in the admin: one received outside the web form, registered on
    someone's behalf for a municipality they handle."""

    def user_has_permission(self, user, action):
        if action == "add":
            return is_idea_handler(user) and super().user_has_permission(user, "change")
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and can_handle(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and can_handle(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return Idea.objects.none()
        return ideas_for(user)


class NotificationPermissionPolicy(ModelPermissionPolicy):
    """The residents' outbox: Django's model permissions, narrowed to the e-mails about ideas of
    the user's municipalities. E-mails are written by the site, never added in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and can_handle(user, instance.idea)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and can_handle(user, instance.idea)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return Notification.objects.none()
        return notifications_for(user)
