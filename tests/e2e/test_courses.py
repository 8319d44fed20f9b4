"""A politician finds the course, opens a module and registers for a session with the
keyboard only."""

import re

from playwright.sync_api import expect

from courses.models import Registration

from .conftest import assert_accessible, tab_to

COURSE = "/utbildning/innovation-och-politisk-styrning/"


def test_find_course_open_module_and_register_with_the_keyboard(page, settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    page.goto("/utbildning/")
    assert_accessible(page)

    # Filter on the audience, as a politician would.
    tab_to(page, "#audience-politicians")
    page.keyboard.press("Space")
    tab_to(page, ".filters button[type=submit]")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"audience=politicians"))
    assert_accessible(page)

    tab_to(page, f"main a[href='{COURSE}']")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Innovation och politisk styrning")
    assert_accessible(page)

    tab_to(page, "main a[href$='/risk-styrning-uppfoljning/']")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Risk, styrning och uppföljning")
    assert_accessible(page)
    tab_to(page, "a[rel=next]")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Idéslussen i ledningssystemet")
    page.go_back()
    expect(page.locator("h1")).to_have_text("Risk, styrning och uppföljning")

    tab_to(page, f"main a[href='{COURSE}']")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Innovation och politisk styrning")
    tab_to(page, "a.button[href*='/anmalan/']")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_contain_text("Anmäl dig")
    assert_accessible(page)

    # An empty form shows the error summary.
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator(".error-summary")).to_contain_text("Fyll i det här fältet.")
    assert_accessible(page)

    tab_to(page, "#id_name")
    page.keyboard.type("Anna Andersson")
    page.keyboard.press("Tab")
    expect(page.locator("#id_email")).to_be_focused()
    page.keyboard.type("anna@example.org")
    tab_to(page, "#id_organisation")
    page.keyboard.type("Piteå kommun")
    tab_to(page, "#id_role")
    page.keyboard.type("Ledamot i socialnämnden")
    tab_to(page, "#id_needs")
    page.keyboard.type("Hörslinga")
    tab_to(page, "#id_consent")
    page.keyboard.press("Space")
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")

    expect(page.locator("h1")).to_have_text("Tack för din anmälan")
    assert_accessible(page)
    registration = Registration.objects.get()
    assert registration.email == "anna@example.org"
    assert registration.needs == "Hörslinga"
