"""A reader's path through the site, and the feedback form sent with the keyboard only."""

import re

from playwright.sync_api import expect
from wagtail.contrib.forms.models import FormSubmission

from .conftest import assert_accessible, tab_to


def test_home_language_switch_and_main_navigation(page):
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    expect(page.locator("h1")).to_have_text("Idéslussen")
    assert_accessible(page)

    page.get_by_role("navigation", name="Språk").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert_accessible(page)

    page.get_by_role("navigation", name="Main menu").get_by_role(
        "link", name="About the idea sluice"
    ).click()
    expect(page).to_have_url(re.compile(r"/en/about/$"))
    expect(page.locator("h1")).to_have_text("About the idea sluice")
    assert_accessible(page)

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Svenska").click()
    expect(page).to_have_url(re.compile(r"/om-ideslussen/$"))
    expect(page.locator("html")).to_have_attribute("lang", "sv")

    page.get_by_role("navigation", name="Om webbplatsen").get_by_role(
        "link", name="Tillgänglighetsredogörelse"
    ).click()
    expect(page.locator("h1")).to_have_text("Tillgänglighetsredogörelse")
    assert_accessible(page)


def test_every_demo_page_is_accessible(page):
    for path in [
        "/personuppgifter/",
        "/en/privacy/",
        "/en/accessibility-statement/",
        "/en/accessibility-feedback/",
        "/finns-inte/",
    ]:
        page.goto(path)
        assert_accessible(page)


def test_legal_pages_and_form_notices_are_accessible_with_every_answer_open(page):
    for path in [
        "/personuppgifter/",
        "/en/privacy/",
        "/tillganglighetsredogorelse/",
        "/en/accessibility-statement/",
        "/lamna-en-ide/",
        "/en/submit-an-idea/",
    ]:
        page.goto(path)
        for summary in page.locator("details summary").all():
            summary.click()
        expect(page.locator("details:not([open])")).to_have_count(0)
        assert_accessible(page)


def test_skip_link_is_first_and_moves_focus_to_main(page):
    page.goto("/om-ideslussen/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Till innehållet")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))


def test_feedback_form_with_the_keyboard_only(page, settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    page.goto("/synpunkter-tillganglighet/")
    assert_accessible(page)

    # Sending the empty form shows an error summary that links to the field.
    tab_to(page, "main button[type=submit]")
    page.keyboard.press("Enter")
    summary = page.locator(".error-summary")
    expect(summary).to_contain_text("Fyll i det här fältet.")
    assert_accessible(page)

    tab_to(page, "#id_problem")
    page.keyboard.type("Menyn går inte att öppna med tangentbordet.")
    page.keyboard.press("Tab")
    expect(page.locator("#id_page_address")).to_be_focused()
    page.keyboard.type("/om-ideslussen/")
    tab_to(page, "#id_email")
    page.keyboard.type("anna@example.org")
    tab_to(page, "main button[type=submit]")
    page.keyboard.press("Enter")

    expect(page.locator("h1")).to_have_text("Tack, vi har tagit emot ditt meddelande")
    assert_accessible(page)
    problems = [submission.get_data()["problem"] for submission in FormSubmission.objects.all()]
    assert "Menyn går inte att öppna med tangentbordet." in problems
