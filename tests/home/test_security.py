"""Security headers, the Content-Security-Policy, sign-in lockout, passwords and sessions."""

import logging
import os
import re
import subprocess
import sys
from datetime import timedelta
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import RequestFactory, override_settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.module_loading import import_string
from wagtail.models import Page

from config.settings import base
from home.security import (
    client_ip_address,
    lockout_message,
    lockout_response,
)

ROOT = Path(__file__).resolve().parent.parent.parent
pytestmark = pytest.mark.django_db

# The production values of the base settings, which dev and test relax for plain http.
PRODUCTION_SECURITY = override_settings(
    SECURE_SSL_REDIRECT=True,
    SECURE_HSTS_SECONDS=base.SECURE_HSTS_SECONDS,
    SECURE_HSTS_INCLUDE_SUBDOMAINS=True,
    SECURE_HSTS_PRELOAD=True,
    SESSION_COOKIE_SECURE=True,
    CSRF_COOKIE_SECURE=True,
)
PUBLIC_URLS = ["/", "/en/", "/sok/?q=idé", "/en/search/?q=idea", "/finns-inte/"]
MISSING = "/finns-inte/"


def expected_status(url: str) -> int:
    return 404 if url == MISSING else 200


def csp_directives(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def public_page_urls():
    """Every live page of the demo content, in both languages."""
    return [page.url for page in Page.objects.live().filter(depth__gt=1).specific()]


# --- Headers ------------------------------------------------------------------------------------


@PRODUCTION_SECURITY
@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_responses_carry_every_security_header(client, demo_site, url):
    response = client.get(url, secure=True)
    assert response.status_code == expected_status(url)
    headers = response.headers
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Permissions-Policy"] == (
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
        "microphone=(), payment=(), usb=()"
    )
    policy = csp_directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in headers["Content-Security-Policy"]
    assert "'unsafe-eval'" not in headers["Content-Security-Policy"]


@PRODUCTION_SECURITY
def test_plain_http_is_redirected_to_https(client, demo_site):
    response = client.get("/en/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/en/"


@PRODUCTION_SECURITY
def test_the_admin_has_no_csp_but_the_other_headers(client, demo_site):
    """Wagtail's admin still runs inline scripts, so the policy leaves /admin/ out."""
    response = client.get(reverse("wagtailadmin_login"), secure=True)
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response.headers
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "Permissions-Policy" in response.headers
    assert "Strict-Transport-Security" in response.headers


def test_static_files_carry_the_headers_too(client):
    response = client.get("/static/js/search.js")
    assert response.status_code == 200
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" in response.headers


class InlineCodeFinder(HTMLParser):
    """Collects what a CSP without 'unsafe-inline' blocks: inline scripts, <style> elements,
    style attributes, event-handler attributes and javascript: links."""

    def __init__(self):
        super().__init__()
        self.problems = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        data_block = attributes.get("type") == "application/ld+json"
        if tag == "script" and "src" not in attributes and not data_block:
            self.problems.append(f"inline <script> {attributes}")
        if tag == "style":
            self.problems.append("<style> element")
        for name, value in attrs:
            if name == "style":
                self.problems.append(f"style attribute on <{tag}>: {value}")
            if name.startswith("on"):
                self.problems.append(f"{name} attribute on <{tag}>")
            if name in ("href", "src", "action") and (value or "").strip().startswith(
                "javascript:"
            ):
                self.problems.append(f"javascript: URL on <{tag}>")


def test_no_public_page_needs_inline_script_or_style(client, demo_site):
    urls = public_page_urls()
    assert len(urls) > 20  # both languages of the demo content
    assert any(url.startswith("/en/") for url in urls)
    for url in [*urls, "/sok/?q=idé", "/en/search/?q=idea", MISSING]:
        response = client.get(url)
        assert response.status_code == expected_status(url), url
        finder = InlineCodeFinder()
        finder.feed(response.content.decode())
        assert finder.problems == [], url


def test_json_ld_is_a_data_block_that_the_policy_allows(client, demo_site):
    """Structured data on course pages is a <script type="application/ld+json"> data block: the
    browser never runs it, so script-src does not apply and it needs no nonce."""
    from courses.models import CoursePage

    course = CoursePage.objects.live().first()
    response = client.get(course.url)
    assert re.search(r'<script type="application/ld\+json">\s*\{', response.text)
    assert "nonce" not in response.headers["Content-Security-Policy"]


def test_video_embeds_use_no_inline_style():
    """A video block renders the provider's iframe in a plain wrapper, shaped by the CSS."""
    from wagtail.embeds.embeds import get_embed_hash
    from wagtail.embeds.models import Embed

    from home.blocks import VideoBlock

    url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    Embed.objects.create(
        url=url,
        hash=get_embed_hash(url),
        type="video",
        html='<iframe width="200" height="113" src="https://www.youtube-nocookie.com/embed/x" '
        'title="Film" allowfullscreen></iframe>',
        width=200,
        height=113,
    )
    block = VideoBlock()
    html = block.render(block.to_python({"video": url, "title": "Film", "transcript": ""}))
    assert '<div class="video__frame"><div>' in html
    assert "youtube-nocookie.com/embed/x" in html
    finder = InlineCodeFinder()
    finder.feed(html)
    assert finder.problems == []
    assert base.WAGTAILEMBEDS_RESPONSIVE_HTML is False
    assert (
        "https://www.youtube-nocookie.com"
        in base.CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]
    )


def settings_in_subprocess(expression: str, **env) -> str:
    """Evaluate `expression` on the base settings imported with `env` added to the environment."""
    code = f"from config.settings import base; print({expression})"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_media_and_frame_origins_come_from_the_environment():
    policy = settings_in_subprocess(
        'base.CONTENT_SECURITY_POLICY["DIRECTIVES"]',
        CSP_MEDIA_ORIGINS="https://media.example.org, https://cdn.example.org",
        CSP_FRAME_ORIGINS="",
    )
    assert (
        "'img-src': [\"'self'\", 'data:', 'https://media.example.org', "
        "'https://cdn.example.org']" in policy
    )
    assert "'media-src': [\"'self'\", 'https://media.example.org'" in policy
    assert "'frame-src': [\"'none'\"]" in policy
    assert "report-uri" not in policy


def test_violation_reports_go_where_configured():
    policy = settings_in_subprocess(
        'base.CONTENT_SECURITY_POLICY["DIRECTIVES"]["report-uri"]',
        CSP_REPORT_URI="https://reports.example.org/csp",
    )
    assert policy == "['https://reports.example.org/csp']"


@pytest.mark.parametrize(
    ("env", "origins"),
    [
        ({"AWS_S3_CUSTOM_DOMAIN": "media.idesluss.se"}, ["https://media.idesluss.se"]),
        (
            {
                "AWS_STORAGE_BUCKET_NAME": "media",
                "AWS_S3_ENDPOINT_URL": "https://s3.example.se:9000",
            },
            ["https://s3.example.se:9000"],
        ),
        (
            {"AWS_STORAGE_BUCKET_NAME": "idesluss", "AWS_S3_REGION_NAME": "eu-north-1"},
            ["https://idesluss.s3.amazonaws.com", "https://idesluss.s3.eu-north-1.amazonaws.com"],
        ),
        ({}, []),
    ],
)
def test_the_media_bucket_is_an_allowed_image_origin(env, origins):
    clean = {
        "CSP_MEDIA_ORIGINS": "",
        "AWS_S3_CUSTOM_DOMAIN": "",
        "AWS_STORAGE_BUCKET_NAME": "",
        "AWS_S3_ENDPOINT_URL": "",
        "AWS_S3_REGION_NAME": "",
    }
    img_src = settings_in_subprocess(
        'base.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]', **{**clean, **env}
    )
    assert img_src == str(["'self'", "data:", *origins])


# --- Client address behind a proxy -----------------------------------------------------------


PROXIES = ["10.0.0.0/24", "192.0.2.7", "2001:db8::/32"]


@pytest.mark.parametrize(
    ("proxies", "remote_addr", "forwarded_for", "expected"),
    [
        # No proxy configured: the header is ignored, whoever sends it.
        ([], "10.0.0.2", "203.0.113.9", "10.0.0.2"),
        # A client that is not a proxy cannot choose its address by sending the header.
        (PROXIES, "198.51.100.4", "203.0.113.9", "198.51.100.4"),
        (PROXIES, "10.0.0.2", "203.0.113.9", "203.0.113.9"),
        # The first entry is forged by the client; the proxy appended the real address.
        (PROXIES, "10.0.0.2", "198.51.100.1, 203.0.113.9", "203.0.113.9"),
        # Two proxies (a CDN 192.0.2.7, then the load balancer): walk past both.
        (PROXIES, "10.0.0.2", "198.51.100.1, 203.0.113.9, 192.0.2.7", "203.0.113.9"),
        (PROXIES, "10.0.0.2", "203.0.113.9, 10.0.0.5", "203.0.113.9"),
        (PROXIES, "2001:db8::1", "2001:db8:ffff::2, 2a00:1450::7", "2a00:1450::7"),
        # A garbled hop ends what can be trusted: the last trusted proxy's address is used.
        (PROXIES, "10.0.0.2", "203.0.113.9, not-an-address", "10.0.0.2"),
        (PROXIES, "10.0.0.2", "", "10.0.0.2"),
    ],
)
def test_client_ip_address(settings, proxies, remote_addr, forwarded_for, expected):
    settings.TRUSTED_PROXIES = proxies
    request = RequestFactory().get("/", REMOTE_ADDR=remote_addr, HTTP_X_FORWARDED_FOR=forwarded_for)
    assert client_ip_address(request) == expected


def test_trusted_proxies_come_from_the_environment():
    proxies = settings_in_subprocess(
        "base.TRUSTED_PROXIES", TRUSTED_PROXIES="10.0.0.0/8, 192.0.2.7"
    )
    assert proxies == "['10.0.0.0/8', '192.0.2.7']"
    assert base.TRUSTED_PROXIES == []  # the default: the header is never read


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"TRUSTED_PROXIES": "10.0.0.0/33"}, "TRUSTED_PROXIES must list IP addresses"),
        ({"TRUSTED_PROXY_COUNT": "1"}, "TRUSTED_PROXY_COUNT is no longer read"),
    ],
)
def test_a_wrong_proxy_setting_stops_the_start(env, message):
    code = "from config.settings import base"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert message in result.stderr


# --- Sign-in lockout (django-axes) -------------------------------------------------------------


def lockout_text(language: str) -> str:
    with translation.override(language):
        return lockout_message(30)


@pytest.fixture
def axes_on(settings):
    """django-axes as in production (the test settings switch it off for Client.login())."""
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5
    settings.AXES_COOLOFF_TIME = timedelta(minutes=30)


@pytest.fixture
def editor(demo_site):
    user = get_user_model().objects.get(username="redaktor")
    user.set_password("korrekt-hast-batteri-2026")
    user.save()
    return user


def sign_in(client, username, password, address="192.0.2.10"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password, "next": "/admin/pages/"},
        REMOTE_ADDR=address,
    )


def test_lockout_after_repeated_failures_with_a_clear_message(client, axes_on, editor):
    for _attempt in range(4):
        response = sign_in(client, "redaktor", "fel-losenord")
        assert response.status_code == 200
        assert 'role="alert"' not in response.text
    response = sign_in(client, "redaktor", "fel-losenord")
    assert response.status_code == 429
    assert lockout_text("sv") in response.text
    assert 'role="alert"' in response.text
    assert 'name="username"' in response.text  # the sign-in page, not a blank one
    assert 'value="redaktor"' in response.text
    # While locked, even the right password does not sign in.
    response = sign_in(client, "redaktor", "korrekt-hast-batteri-2026")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    attempt = AccessAttempt.objects.get(username="redaktor", ip_address="192.0.2.10")
    assert attempt.failures_since_start >= 5


def test_lockout_page_follows_the_active_language(axes_on):
    """Before sign-in the admin speaks the site's main language (Swedish: Django's locale
    middleware gives unprefixed URLs the default language); the page itself is translated."""
    request = RequestFactory().post("/admin/login/", {"username": "redaktor"})
    request.user = AnonymousUser()
    with translation.override("en"):
        response = lockout_response(request)
    assert response.status_code == 429
    assert lockout_text("en") in response.content.decode()
    assert lockout_text("en") != lockout_text("sv")
    assert "locked for 30 minutes" in response.content.decode()


def test_a_locked_user_name_is_locked_from_every_address(client, axes_on, editor):
    for _attempt in range(5):
        sign_in(client, "redaktor", "fel-losenord", address="192.0.2.10")
    response = sign_in(client, "redaktor", "korrekt-hast-batteri-2026", address="192.0.2.99")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_an_address_that_tries_many_user_names_is_locked(client, axes_on, editor):
    for username in ["anna", "bertil", "cecilia", "david", "erik"]:
        sign_in(client, username, "fel-losenord", address="192.0.2.10")
    response = sign_in(client, "redaktor", "korrekt-hast-batteri-2026", address="192.0.2.10")
    assert response.status_code == 429
    # The user name itself is not locked: from another address it signs in.
    response = sign_in(client, "redaktor", "korrekt-hast-batteri-2026", address="192.0.2.99")
    assert response.status_code == 302


def rotating_addresses(count):
    return [f"203.0.113.{number}" for number in range(1, count + 1)]


def test_rotating_forwarded_addresses_from_an_untrusted_client_lock_the_account(
    client, axes_on, editor, settings
):
    """Without a configured proxy the header is ignored: twelve wrong passwords, each with a
    new X-Forwarded-For, all count for the one real address (and the user name)."""
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    statuses = [
        client.post(
            reverse("wagtailadmin_login"),
            {"username": "redaktor", "password": "fel-losenord"},
            REMOTE_ADDR="198.51.100.4",
            HTTP_X_FORWARDED_FOR=address,
        ).status_code
        for address in rotating_addresses(12)
    ]
    assert statuses[:4] == [200] * 4
    assert statuses[4:] == [429] * 8
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.4"}
    response = sign_in(client, "redaktor", "korrekt-hast-batteri-2026", address="198.51.100.4")
    assert response.status_code == 429


def test_rotating_client_addresses_behind_a_trusted_proxy_lock_the_user_name(
    client, axes_on, editor, settings
):
    """Behind the real proxy every attempt has a new client address: the user name is locked
    all the same."""
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    statuses = [
        client.post(
            reverse("wagtailadmin_login"),
            {"username": "redaktor", "password": "fel-losenord"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=address,
        ).status_code
        for address in rotating_addresses(12)
    ]
    assert statuses[:4] == [200] * 4
    assert statuses[4:] == [429] * 8
    assert AccessAttempt.objects.filter(username="redaktor").count() >= 5
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": "redaktor", "password": "korrekt-hast-batteri-2026"},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="203.0.113.200",
    )
    assert response.status_code == 429


def test_success_resets_the_failures(client, axes_on, editor):
    for _attempt in range(4):
        sign_in(client, "redaktor", "fel-losenord")
    assert sign_in(client, "redaktor", "korrekt-hast-batteri-2026").status_code == 302
    client.logout()
    for _attempt in range(4):
        assert sign_in(client, "redaktor", "fel-losenord").status_code == 200


def test_axes_reset_unlocks(client, axes_on, editor):
    for _attempt in range(5):
        sign_in(client, "redaktor", "fel-losenord")
    call_command("axes_reset_username", "redaktor", stdout=StringIO())
    response = sign_in(client, "redaktor", "korrekt-hast-batteri-2026")
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"


def test_lock_ends_after_the_cool_off(client, axes_on, editor):
    for _attempt in range(5):
        sign_in(client, "redaktor", "fel-losenord")
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=31))
    assert sign_in(client, "redaktor", "korrekt-hast-batteri-2026").status_code == 302


def test_lockout_page_keeps_only_a_safe_next_address(client, axes_on, editor):
    for _attempt in range(5):
        response = client.post(
            reverse("wagtailadmin_login"),
            {"username": "redaktor", "password": "x", "next": "https://evil.example/"},
        )
    assert response.status_code == 429
    assert "evil.example" not in response.text


def test_lockout_behind_a_proxy_counts_the_forwarded_address(client, axes_on, editor, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    for username in ["anna", "bertil", "cecilia", "david", "erik"]:
        response = client.post(
            reverse("wagtailadmin_login"),
            {"username": username, "password": "x"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR="203.0.113.7",
        )
    assert response.status_code == 429
    assert AccessAttempt.objects.filter(ip_address="203.0.113.7").exists()
    # Another client behind the same proxy is not locked out.
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": "redaktor", "password": "korrekt-hast-batteri-2026"},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="203.0.113.8",
    )
    assert response.status_code == 302


def test_axes_is_configured_for_several_servers():
    assert base.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesBackend"
    assert base.AXES_HANDLER == "axes.handlers.database.AxesDatabaseHandler"
    assert base.AXES_LOCKOUT_PARAMETERS == [["username"], ["ip_address"]]
    assert base.AXES_CLIENT_IP_CALLABLE == "home.security.client_ip_address"
    assert base.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
    assert base.AXES_ENABLED is True


def test_lockout_limits_come_from_the_environment():
    values = settings_in_subprocess(
        "base.AXES_FAILURE_LIMIT, base.AXES_COOLOFF_TIME.total_seconds()",
        AXES_FAILURE_LIMIT="10",
        AXES_COOLOFF_MINUTES="60",
    )
    assert values == "10 3600.0"


# --- Passwords and sessions --------------------------------------------------------------------


@pytest.mark.parametrize(
    "password",
    ["kort-ord", "123456789012345", "password1234", "redaktor2026!!"],
)
def test_weak_passwords_are_refused(editor, password):
    with pytest.raises(ValidationError):
        validate_password(password, user=editor)


def test_a_long_unusual_password_is_accepted(editor):
    validate_password("korrekt-hast-batteri-2026", user=editor)


def test_sessions_expire(client, editor):
    assert base.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert base.SESSION_COOKIE_HTTPONLY is True
    response = sign_in(client, "redaktor", "korrekt-hast-batteri-2026")
    assert response.status_code == 302
    # Without "remember me" the session ends when the browser closes ...
    assert client.session.get_expire_at_browser_close() is True
    client.logout()
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": "redaktor", "password": "korrekt-hast-batteri-2026", "remember": "on"},
    )
    # ... and with it, after eight hours.
    assert response.status_code == 302
    assert client.session.get_expiry_age() == 8 * 60 * 60
    assert response.cookies["sessionid"]["max-age"] == 8 * 60 * 60


def test_a_visitors_session_ends_when_the_browser_closes(client, demo_site, settings):
    """Issue 13, defect 9: the session that carries the thank-you page's reference (and a form
    token's key) is a browser-session cookie, so it is gone when the browser is closed."""
    from tests.ideas.conftest import SV_FORM, answers

    settings.FORM_MIN_FILL_SECONDS = 0
    page = client.get(SV_FORM)
    token = re.search(r'name="form_started" value="([^"]+)"', page.text).group(1)
    response = client.post(SV_FORM, answers(form_started=token))
    assert response.status_code == 302
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie.value
    assert (cookie["max-age"], cookie["expires"]) == ("", "")


# --- Tracking tokens stay out of the logs (issue 13, defect 13) --------------------------------

TOKEN = "Zq3" + "x" * 40


def test_a_tracking_address_is_masked_in_the_request_log(client, demo_site, caplog):
    caplog.set_level(logging.INFO)
    response = client.get(f"/ideer/folj/{TOKEN}/")
    assert response.status_code == 404
    assert "Not Found: /ideer/folj/[hidden]/" in caplog.text
    assert TOKEN not in caplog.text


REQUEST_LINE = f"GET /en/ideas/follow/{TOKEN}/?a=1 HTTP/1.1"
GUNICORN_ATOMS = {"h": "192.0.2.1", "r": f"GET /ideer/folj/{TOKEN}/ HTTP/1.1", "s": "200"}


@pytest.mark.parametrize(
    ("logger", "message", "args"),
    [
        ("django.server", '"%s" %s %s', (REQUEST_LINE, 200, 9)),  # runserver's request line
        ("gunicorn.access", '%(h)s "%(r)s" %(s)s', (GUNICORN_ATOMS,)),  # atoms from a dict
    ],
)
def test_tracking_tokens_are_masked_in_server_and_access_logs(caplog, logger, message, args):
    caplog.set_level(logging.INFO)
    logging.getLogger(logger).info(message, *args)
    assert TOKEN not in caplog.text
    assert "/[hidden]/" in caplog.text


def test_the_log_handlers_mask_tracking_tokens_from_every_logger():
    """The production handlers carry the filter, so the site's own loggers are covered too."""
    stream = StringIO()
    handler = logging.StreamHandler(stream)
    for name in base.LOGGING["handlers"]["console"]["filters"]:
        handler.addFilter(import_string(base.LOGGING["filters"][name]["()"])())
    logger = logging.getLogger("ideas.notifications")
    logger.addHandler(handler)
    try:
        logger.warning("Could not fetch %s", f"https://example.org/ideer/folj/{TOKEN}/")
    finally:
        logger.removeHandler(handler)
    assert stream.getvalue() == "Could not fetch https://example.org/ideer/folj/[hidden]/\n"
    assert all("mask_tracking_tokens" in h["filters"] for h in base.LOGGING["handlers"].values())
