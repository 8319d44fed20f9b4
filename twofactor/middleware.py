"""Asks for the second factor in the admin (after django-otp's OTPMiddleware).

In /admin/, a signed-in user who has not yet proved a second factor in this session is sent to
the code page when they have a device, or to the set-up page when they must have one and have
none; only sign-out, those pages and what they need stay open. Outside the admin such a session
counts as signed out, so a password alone opens no private page or document either. Anonymous
visitors pass straight through: the public site and its page cache do not change.
"""

from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode

from twofactor.devices import has_device
from twofactor.policy import is_strongly_authenticated, two_factor_required

# URL names open to a user between the password and the second factor.
OPEN_BEFORE_SECOND_FACTOR = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "twofactor_verify",
    "otp_webauthn:credential-authentication-begin",
    "otp_webauthn:credential-authentication-complete",
    "otp_webauthn:js-i18n-catalog",
}
OPEN_BEFORE_SET_UP = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "twofactor_setup",
}


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or is_strongly_authenticated(request):
            return self.get_response(request)
        admin_prefix = reverse("wagtailadmin_home")
        in_admin = request.path_info.startswith(admin_prefix)
        if has_device(user):
            if in_admin:
                return self._only(request, OPEN_BEFORE_SECOND_FACTOR, "twofactor_verify")
            request.user = AnonymousUser()
        elif two_factor_required(user):
            if in_admin:
                return self._only(request, OPEN_BEFORE_SET_UP, "twofactor_setup")
            request.user = AnonymousUser()
        return self.get_response(request)

    def _only(self, request, open_names, step_name):
        if _view_name(request.path_info) in open_names:
            return self.get_response(request)
        url = reverse(step_name)
        if request.method == "GET" and request.path_info != reverse("wagtailadmin_home"):
            url += "?" + urlencode({"next": request.get_full_path()})
        return redirect(url)


def _view_name(path):
    try:
        return resolve(path).view_name
    except Resolver404:
        return None
