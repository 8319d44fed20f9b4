"""Who may see which contact requests, in the style of ideas/permissions.py: a user sees the
requests to the testbeds of the municipalities their groups hold a permission for (and needs the
model's view permission to reach the admin views at all). Superusers see every request. Views
and querysets use these functions, never the menu alone."""

from django.db.models import QuerySet
from wagtail.permission_policies import ModelPermissionPolicy

from home.choices import Municipality
from home.municipalities import municipalities_with

from .contact_requests import ContactRequest

# Permission codenames on ContactRequest (see its Meta.permissions), one per municipality.
MUNICIPALITY_PERMISSIONS = {
    Municipality.PITEA: "see_pitea_contact_requests",
    Municipality.SKELLEFTEA: "see_skelleftea_contact_requests",
}


def contact_municipalities(user) -> list[str]:
    """The municipalities whose testbeds' contact requests the user may see."""
    return municipalities_with(user, "testbeds", MUNICIPALITY_PERMISSIONS)


def sees_contact_requests(user) -> bool:
    """Whether the user can open any contact request (names and e-mail addresses): the sign-in
    then asks for a second factor (twofactor/policy.py)."""
    may_open = any(
        user.has_perm(f"testbeds.{action}_contactrequest")
        for action in ("view", "change", "delete")
    )
    return may_open and bool(contact_municipalities(user))


def contact_requests_for(user, queryset: QuerySet | None = None) -> QuerySet:
    """Only the requests to the testbeds of the user's municipalities."""
    queryset = ContactRequest.objects.all() if queryset is None else queryset
    return queryset.filter(municipality__in=contact_municipalities(user))


def can_see(user, contact_request: ContactRequest) -> bool:
    return contact_request.municipality in contact_municipalities(user)


class ContactRequestPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, narrowed to the requests of the user's municipalities.
    Requests are sent on the site, never added in the admin."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action) and bool(contact_municipalities(user))

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and can_see(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and can_see(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return ContactRequest.objects.none()
        return contact_requests_for(user)
