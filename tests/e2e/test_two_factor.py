"""Two-factor sign-in in a real browser: a handler sets up an authenticator app (the code is
computed here, as the app would), saves the recovery codes, and signs in again with a code."""

import re
from base64 import b32decode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from home.demo.accounts import IDEA_HANDLERS

from .conftest import assert_accessible

USERNAME = "handlaggare-2fa"
PASSWORD = "ett-långt-lösenord-2026"


@pytest.fixture
def new_handler(site_url, django_db_blocker):
    """A Piteå handler (sees personal data) with no second factor yet."""
    with django_db_blocker.unblock():
        get_user_model().objects.filter(username=USERNAME).delete()
        user = get_user_model().objects.create_user(USERNAME, "h2fa@example.org", PASSWORD)
        user.groups.add(Group.objects.get(name=IDEA_HANDLERS["pitea"][0]))
    yield user
    with django_db_blocker.unblock():
        get_user_model().objects.filter(username=USERNAME).delete()


def enter_password(page):
    page.goto("/admin/login/")
    page.fill("#id_username", USERNAME)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("form.login-form button[type=submit]")


def code_for(base32_key):
    return f"{totp(b32decode(base32_key.replace(' ', ''))):06d}"


def test_handler_sets_up_two_factor_and_signs_in_with_a_code(page, new_handler, django_db_blocker):
    enter_password(page)
    # No device yet: the admin shows only the set-up page, in Swedish.
    expect(page).to_have_url(re.compile(r"/admin/two-factor/set-up/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Ställ in tvåstegsverifiering")
    qr_code = page.get_by_role("img", name="QR-kod att skanna med autentiseringsappen")
    expect(qr_code).to_be_visible()
    assert_accessible(page)
    page.goto("/admin/ideas/")
    expect(page).to_have_url(re.compile(r"/admin/two-factor/set-up/\?next=%2Fadmin%2Fideas%2F$"))

    key = page.locator("#twofactor-key").inner_text()
    page.get_by_label("Kod från appen").fill(code_for(key))
    with page.expect_navigation():
        page.get_by_role("button", name="Bekräfta").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dina reservkoder")
    expect(page.locator(".twofactor-codes li")).to_have_count(10)
    assert_accessible(page)
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile("Jag har sparat koderna")).click()
    expect(page).to_have_url(re.compile(r"/admin/ideas/$"))

    # Signed out and in again: the password, then a code.
    page.context.clear_cookies()
    enter_password(page)
    expect(page).to_have_url(re.compile(r"/admin/two-factor/verify/$"))
    assert_accessible(page)
    page.get_by_label("Kod").fill("000000" if code_for(key) != "000000" else "111111")
    with page.expect_navigation():
        page.get_by_role("button", name="Fortsätt").click()
    error = page.locator(".messages .error")
    expect(error).to_have_text("Koden stämmer inte. Kontrollera den och försök igen.")
    expect(error).to_be_visible()
    assert_accessible(page)

    # The wrong code made the next try wait (1 s); after it, the right code lets in.
    with django_db_blocker.unblock():
        TOTPDevice.objects.filter(user__username=USERNAME).update(
            throttling_failure_timestamp=None, throttling_failure_count=0, last_t=-1
        )
    page.get_by_label("Kod").fill(code_for(key))
    with page.expect_navigation():
        page.get_by_role("button", name="Fortsätt").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    # The account's two-factor page lists the app and the recovery codes left.
    page.goto("/admin/two-factor/")
    expect(page.get_by_text("Du har 10 oanvända reservkoder kvar.")).to_be_visible()
    assert_accessible(page)
