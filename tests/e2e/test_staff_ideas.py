"""An employee proposes an idea with the keyboard only, choosing who they are and their
administration, in both languages; every page is axe-core clean."""

import pytest
from playwright.sync_api import expect

from ideas.models import Idea

from .conftest import assert_accessible, tab_to

FORMS = {
    "sv": ("/lamna-en-ide/", "Lämna en idé", "Socialtjänsten", "Tack för din idé"),
    "en": ("/en/submit-an-idea/", "Submit an idea", "Social services", "Thank you for your idea"),
}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_an_employee_submits_with_the_keyboard_only(page, settings, language):
    settings.FORM_MIN_FILL_SECONDS = 0
    url, heading, administration, thanks = FORMS[language]
    title = f"Fler sittplatser i hemtjänstens lokal ({language})"
    page.goto(url)
    expect(page.locator("h1")).to_have_text(heading)
    expect(page.locator("#idea-employee")).to_contain_text(administration)
    assert_accessible(page)

    tab_to(page, "#id_title")
    page.keyboard.type(title)
    page.keyboard.press("Tab")
    page.keyboard.type("Två bänkar till i omklädningsrummet.")
    page.keyboard.press("Tab")
    page.keyboard.type("Kollegor står och väntar när passen byts.")
    tab_to(page, "#id_area")
    page.keyboard.press("ArrowDown")
    tab_to(page, "#id_municipality")
    page.keyboard.press("ArrowDown")  # Piteå
    # Who is sending: the radio group, then the employee's fields.
    tab_to(page, "input[name=submitter_kind]")
    page.keyboard.press("ArrowDown")  # from "resident" to "employee"
    expect(page.locator("#id_submitter_kind_1")).to_be_checked()
    tab_to(page, "#id_administration")
    page.keyboard.press("ArrowDown")  # the first of Piteå's administrations
    tab_to(page, "#id_workplace")
    page.keyboard.type("Hemtjänsten Centrum")
    tab_to(page, "#id_anonymous")
    page.keyboard.press("Space")
    tab_to(page, "#id_consent")
    page.keyboard.press("Space")
    tab_to(page, "#idea-form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator(".error-summary").count() == 0, page.locator(".error-summary").inner_text()
    if page.locator("#similar-title").count():
        tab_to(page, "button[name=confirm]")
        page.keyboard.press("Enter")

    expect(page.locator("h1")).to_have_text(thanks)
    assert_accessible(page)
    idea = Idea.objects.select_related("administration").get(title=title)
    assert idea.submitter_kind == "employee" and idea.municipality == "pitea"
    assert idea.administration.name == "Socialtjänsten"
    assert idea.workplace == "Hemtjänsten Centrum" and idea.channel == "web"
    assert not idea.has_personal_data


def test_a_wrong_administration_is_a_field_error_the_keyboard_reaches(page, settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    page.goto("/lamna-en-ide/")
    page.fill("#id_title", "Test")
    page.fill("#id_description", "Test")
    page.fill("#id_need", "Test")
    page.select_option("#id_area", "other")
    page.select_option("#id_municipality", "skelleftea")
    page.check("#id_submitter_kind_1")
    page.select_option("#id_administration", label="Socialtjänsten")
    page.check("#id_consent")
    with page.expect_navigation():
        page.click("#idea-form button[type=submit]")
    summary = page.locator(".error-summary")
    expect(summary).to_contain_text("Skellefteå")
    assert_accessible(page)
    expect(page.locator("#id_title")).to_have_value("Test")
