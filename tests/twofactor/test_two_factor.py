"""Two-factor sign-in in the admin: who must set it up, the code after the password, throttling,
recovery codes, set-up in both admin languages, a superuser's reset and the demo accounts."""

import re
from binascii import unhexlify
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from home.demo.accounts import DEMO_TOTP_KEY

pytestmark = [pytest.mark.django_db, pytest.mark.real_two_factor]

PASSWORD = "ett-långt-lösenord-2026"
SETUP = "/admin/two-factor/set-up/"
VERIFY = "/admin/two-factor/verify/"
# A sample of the admin: Wagtail's own views, the ideas, the account, reports and a POST target.
ADMIN_URLS = [
    "/admin/",
    "/admin/pages/",
    "/admin/ideas/",
    "/admin/account/",
    "/admin/users/",
    "/admin/reports/site-history/",
    "/admin/two-factor/",
    "/admin/images/",
    "/admin/not-a-page/",
]


def make_user(username, *permissions, superuser=False):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", PASSWORD, is_superuser=superuser
    )
    if permissions:
        group = Group.objects.create(name=f"group of {username}")
        for permission in permissions:
            app_label, codename = permission.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        user.groups.add(group)
    return user


@pytest.fixture
def handler():
    """A Piteå idea handler who sees residents' personal data."""
    return make_user(
        "handlaggare-test",
        "wagtailadmin.access_admin",
        "ideas.view_idea",
        "ideas.handle_pitea_ideas",
        "ideas.view_personal_data",
    )


def add_app(user, key=DEMO_TOTP_KEY):
    return TOTPDevice.objects.create(user=user, name="app", key=key, confirmed=True)


def code_of(device):
    return f"{totp(unhexlify(device.key)):06d}"


def sign_in_with_password(user):
    """The password step through the real sign-in page (not force_login)."""
    client = Client()
    response = client.post(
        "/admin/login/", {"username": user.username, "password": PASSWORD, "next": "/admin/"}
    )
    assert response.status_code == 302
    return client


def test_handler_without_a_device_is_sent_to_set_up_from_every_admin_url(handler):
    client = sign_in_with_password(handler)
    for url in ADMIN_URLS:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(SETUP), url
    response = client.post("/admin/ideas/", {"anything": "1"})
    assert response.status_code == 302
    assert response["Location"] == SETUP
    assert client.get(SETUP).status_code == 200


def test_superuser_without_a_device_is_sent_to_set_up(db):
    client = sign_in_with_password(make_user("chef", superuser=True))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == SETUP


def test_before_the_second_factor_the_public_site_treats_the_user_as_signed_out(handler):
    add_app(handler)
    client = sign_in_with_password(handler)
    response = client.get("/")
    assert response.status_code == 200
    assert b"wagtail-userbar" not in response.content


def test_user_who_sees_no_personal_data_is_not_forced(db):
    user = make_user("kollega", "wagtailadmin.access_admin")
    client = sign_in_with_password(user)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/two-factor/").status_code == 200


def test_set_up_confirms_the_app_and_shows_ten_recovery_codes_once(handler):
    client = sign_in_with_password(handler)
    page = client.get(SETUP)
    assert page.status_code == 200
    assert b"<svg" in page.content  # the QR code, drawn inline
    device = TOTPDevice.objects.get(user=handler, confirmed=False)
    assert re.sub(r"\s", "", page.context["key"]) in device.config_url

    wrong = client.post(SETUP, {"code": "000000" if code_of(device) != "000000" else "111111"})
    assert wrong.status_code == 400
    device.refresh_from_db()
    device.throttling_failure_timestamp = None
    device.throttling_failure_count = 0
    device.save()

    response = client.post(SETUP, {"code": code_of(device)})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    codes = response.context["codes"]
    assert len(codes) == 10
    device.refresh_from_db()
    assert device.confirmed
    assert StaticToken.objects.filter(device__user=handler).count() == 10
    assert client.get("/admin/").status_code == 200
    # The codes are not shown again anywhere.
    manage = client.get("/admin/two-factor/")
    assert codes[0].encode() not in manage.content
    assert b"10 unused recovery codes are left" in manage.content or b"10 oanv" in manage.content


def test_user_with_a_device_must_enter_a_code_before_any_admin_page(handler):
    add_app(handler)
    client = sign_in_with_password(handler)
    for url in ADMIN_URLS:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(VERIFY), url
    # Nor can they set up another device instead of entering the code.
    assert client.get(SETUP)["Location"].startswith(VERIFY)


def test_wrong_code_is_refused_and_throttled_and_a_right_code_lets_in(handler):
    device = add_app(handler)
    client = sign_in_with_password(handler)
    right = code_of(device)
    wrong = "123456" if right != "123456" else "654321"

    response = client.post(VERIFY, {"code": wrong, "next": "/admin/ideas/"})
    assert response.status_code == 400
    assert client.get("/admin/").status_code == 302

    # Straight after a wrong code even the right one is not tried (django-otp's throttling).
    response = client.post(VERIFY, {"code": right, "next": "/admin/ideas/"})
    assert response.status_code == 400
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    assert client.get("/admin/").status_code == 302

    # Once the wait is over, the right code lets in and goes where the user was going.
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - timedelta(minutes=5)
    )
    response = client.post(VERIFY, {"code": right, "next": "/admin/ideas/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/ideas/"
    assert client.get("/admin/ideas/").status_code == 200
    device.refresh_from_db()
    assert device.throttling_failure_count == 0


def test_verify_page_does_not_redirect_to_another_site(handler):
    device = add_app(handler)
    client = sign_in_with_password(handler)
    response = client.post(VERIFY, {"code": code_of(device), "next": "https://evil.example/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_recovery_code_works_once(handler):
    add_app(handler)
    recovery = StaticDevice.objects.create(user=handler, name="recovery", confirmed=True)
    recovery.token_set.create(token="abcd2345")
    recovery.token_set.create(token="efgh6789")

    client = sign_in_with_password(handler)
    response = client.post(VERIFY, {"code": "ABCD-2345"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200

    again = sign_in_with_password(handler)
    response = again.post(VERIFY, {"code": "abcd-2345"})
    assert response.status_code == 400
    assert again.get("/admin/").status_code == 302
    assert list(recovery.token_set.values_list("token", flat=True)) == ["efgh6789"]


@pytest.mark.parametrize(
    ("language", "title", "advice"),
    [
        ("sv", "Ställ in tvåstegsverifiering", "autentiseringsapp"),
        ("en", "Set up two-factor sign-in", "authenticator app"),
    ],
)
def test_set_up_page_follows_the_admin_language(handler, language, title, advice):
    profile = UserProfile.get_for_user(handler)
    profile.preferred_language = language
    profile.save()
    client = sign_in_with_password(handler)
    response = client.get(SETUP)
    assert response.status_code == 200
    content = response.content.decode()
    assert f'lang="{language}"' in content
    assert title in content
    assert advice in content


def test_verify_page_follows_the_admin_language(handler):
    add_app(handler)
    profile = UserProfile.get_for_user(handler)
    profile.preferred_language = "en"
    profile.save()
    english = sign_in_with_password(handler).get(VERIFY).content.decode()
    assert "Enter your code" in english
    profile.preferred_language = "sv"
    profile.save()
    swedish = sign_in_with_password(handler).get(VERIFY).content.decode()
    assert "Skriv in din kod" in swedish


def test_removing_a_device_needs_a_fresh_code(handler):
    device = add_app(handler)
    client = sign_in_with_password(handler)
    client.post(VERIFY, {"code": code_of(device)})
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)  # the code may be typed again

    url = f"/admin/two-factor/remove/app/{device.pk}/"
    client.post(url, {"code": ""})
    assert TOTPDevice.objects.filter(pk=device.pk).exists()
    client.post(url, {"code": code_of(device)})
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()
    # Without a device, the handler must set one up again before anything else.
    assert client.get("/admin/")["Location"] == SETUP


def test_superuser_resets_a_users_devices_and_the_log_holds_no_secret(handler):
    device = add_app(handler)
    admin = make_user("chef", superuser=True)
    admin_client = Client()
    admin_client.force_login(admin)
    session = admin_client.session
    session["twofactor_strong_auth"] = "test-client"
    session.save()

    assert admin_client.get(f"/admin/two-factor/reset/{handler.pk}/").status_code == 200
    response = admin_client.post(f"/admin/two-factor/reset/{handler.pk}/")
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=handler).exists()
    entry = ModelLogEntry.objects.get(action="twofactor.reset", object_id=str(handler.pk))
    assert entry.user_id == admin.pk
    assert device.key not in str(entry.data)
    # The handler is asked to set up a new device at the next sign-in.
    assert sign_in_with_password(handler).get("/admin/")["Location"] == SETUP


def test_only_a_superuser_may_reset_devices(handler):
    add_app(handler)
    other = make_user("kollega", "wagtailadmin.access_admin")
    client = sign_in_with_password(other)
    # Wagtail answers a permission denied in the admin with a redirect to the dashboard.
    response = client.post(f"/admin/two-factor/reset/{handler.pk}/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert TOTPDevice.objects.filter(user=handler).exists()
    assert not ModelLogEntry.objects.filter(action="twofactor.reset").exists()


def test_reset_two_factor_command_removes_the_devices(handler):
    add_app(handler)
    out = StringIO()
    call_command("reset_two_factor", handler.username, stdout=out)
    assert not TOTPDevice.objects.filter(user=handler).exists()
    assert ModelLogEntry.objects.filter(action="twofactor.reset").exists()
    assert DEMO_TOTP_KEY not in out.getvalue()


def test_demo_accounts_sign_in_with_the_demo_key(demo_site):
    for username in ["admin", "handlaggare-pitea", "handlaggare-skelleftea"]:
        user = get_user_model().objects.get(username=username)
        device = TOTPDevice.objects.get(user=user, confirmed=True)
        assert device.key == DEMO_TOTP_KEY


def test_without_the_requirement_no_one_is_forced(handler, settings):
    settings.TWO_FACTOR_REQUIRED = False
    client = sign_in_with_password(handler)
    assert client.get("/admin/").status_code == 200


def test_passkeys_are_added_only_after_the_second_factor(handler):
    device = add_app(handler)
    client = sign_in_with_password(handler)
    begin = "/admin/two-factor/passkeys/registration/begin/"
    response = client.post(begin, content_type="application/json")
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)

    client.post(VERIFY, {"code": code_of(device)})
    manage = client.get("/admin/two-factor/")
    assert b'id="otp_webauthn_config"' in manage.content
    response = client.post(begin, content_type="application/json")
    assert response.status_code == 200
    assert response.json()["rp"]["id"] == "localhost"


def test_demo_code_command_prints_a_code_the_demo_accounts_accept(demo_site, settings):
    settings.DEMO_MODE = True
    out = StringIO()
    call_command("demo_two_factor_code", stdout=out, stderr=StringIO())
    device = TOTPDevice.objects.get(user__username="handlaggare-pitea", name="demo")
    assert device.verify_token(out.getvalue().strip())
    settings.DEMO_MODE = False
    with pytest.raises(CommandError):
        call_command("demo_two_factor_code", stdout=StringIO())
