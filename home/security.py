"""Security helpers: framing of previews, the client's address
behind a proxy and the page shown when sign-in is locked after too many failed attempts
(django-axes)."""

import ipaddress

from django.conf import settings
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import ngettext
from wagtail.admin.views.account import get_user_login_form, password_reset_enabled


class PreviewFramingMiddleware:
    """Lets the admin show a page's preview in its side panel. Wagtail renders a preview through
    the whole middleware at the page's own address, so the public pages' `frame-ancestors 'none'`
    and `X-Frame-Options: DENY` would blank the panel; only preview responses (Wagtail marks
    their request `is_preview`) may be framed, and only by the site itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_preview", False):
            response["X-Frame-Options"] = "SAMEORIGIN"
            response._csp_replace = {"frame-ancestors": ["'self'"]}
        return response


def trusted_proxy_networks() -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    """settings.TRUSTED_PROXIES as networks: single addresses and CIDR ranges."""
    return [ipaddress.ip_network(entry, strict=False) for entry in settings.TRUSTED_PROXIES]


def _address(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def client_ip_address(request) -> str:
    """The client's address. REMOTE_ADDR, unless it is one of TRUSTED_PROXIES: then
    X-Forwarded-For is read from the right, hop by hop, while the hop is a trusted proxy too;
    the first address that is not is the client's. Entries left of it are ignored (anyone can
    write them), and without TRUSTED_PROXIES the header is never read. Used by the sign-in
    lockout (AXES_CLIENT_IP_CALLABLE) and the forms' rate limit."""
    remote_addr = request.META.get("REMOTE_ADDR", "")
    networks = trusted_proxy_networks()

    def trusted(address) -> bool:
        return address is not None and any(address in network for network in networks)

    client = _address(remote_addr)
    if not trusted(client):
        return remote_addr
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    for hop in reversed(forwarded):
        address = _address(hop)
        if address is None:  # not an address: what a trusted proxy wrote ends here
            break
        client = address
        if not trusted(address):
            break
    return str(client)


def lockout_message(minutes: int) -> str:
    return ngettext(
        "Too many failed sign-in attempts. Sign-in for this user name is locked for %(minutes)d "
        "minute. Try again later, or ask an administrator to unlock it.",
        "Too many failed sign-in attempts. Sign-in for this user name is locked for %(minutes)d "
        "minutes. Try again later, or ask an administrator to unlock it.",
        minutes,
    ) % {"minutes": minutes}


def lockout_response(request, original_response=None, credentials=None):
    """Wagtail's sign-in page with the lockout message, status 429 (AXES_LOCKOUT_CALLABLE)."""
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = ""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {
        "form": get_user_login_form()(request, initial={"username": username[:150]}),
        "show_password_reset": password_reset_enabled(),
        "next": next_url,
        "lockout_message": lockout_message(minutes),
    }
    return render(request, "wagtailadmin/login.html", context, status=429)
