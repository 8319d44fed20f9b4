"""Who must sign in with a second factor, and whether this session has done so.

A session counts as strongly authenticated when django-otp has verified a device in it (an
authenticator-app code, a recovery code or a passkey), or when another strong method marked it
with STRONG_AUTH_SESSION_KEY: that is the place for a municipality's own identity provider
(OpenID Connect with its own second factor) to plug in, without the admin knowing the difference.
"""

from django.conf import settings
from wagtail.contrib.forms.utils import get_forms_for_user

from ideas.permissions import can_see_personal_data
from testbeds.permissions import sees_contact_requests

# The session key another strong sign-in method sets, to the method's name (e.g. "oidc").
STRONG_AUTH_SESSION_KEY = "twofactor_strong_auth"


def sees_personal_data(user) -> bool:
    """Users who can read residents' personal data in the admin: superusers, idea handlers with
    the personal-data permission, staff who see course registrations (names, e-mail, needs) or
    testbed contact requests, and editors who can open form submissions (the feedback form
    holds names and e-mail)."""
    if not user.is_authenticated or not user.is_active:
        return False
    return (
        user.is_superuser
        or can_see_personal_data(user)
        or user.has_perm("courses.view_registration")
        or user.has_perm("courses.change_registration")
        or sees_contact_requests(user)
        or get_forms_for_user(user).exists()
    )


def two_factor_required(user) -> bool:
    return settings.TWO_FACTOR_REQUIRED and sees_personal_data(user)


def is_strongly_authenticated(request) -> bool:
    if request.session.get(STRONG_AUTH_SESSION_KEY):
        return True
    is_verified = getattr(request.user, "is_verified", None)
    return bool(is_verified and is_verified())


def mark_strongly_authenticated(request, method: str) -> None:
    """For a sign-in path outside django-otp that already proved a second factor (e.g. OIDC)."""
    request.session.cycle_key()
    request.session[STRONG_AUTH_SESSION_KEY] = method
