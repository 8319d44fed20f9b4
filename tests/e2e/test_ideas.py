"""A resident proposes an idea with the keyboard only, follows it, and browses the board."""

import re

from playwright.sync_api import expect

from ideas.models import Idea

from .conftest import assert_accessible, tab_to


def test_resident_submits_follows_and_browses_ideas(page, settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    page.goto("/lamna-en-ide/")
    expect(page.locator("h1")).to_have_text("Lämna en idé")
    assert_accessible(page)

    # Sending the empty form shows the error summary, linked to the fields.
    tab_to(page, "#idea-form button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator(".error-summary")).to_contain_text("Fyll i det här fältet.")
    assert_accessible(page)

    tab_to(page, "#id_title")
    page.keyboard.type("Ramper vid Pite havsbads bryggor")
    page.keyboard.press("Tab")
    expect(page.locator("#id_description")).to_be_focused()
    page.keyboard.type("En ramp vid varje brygga, så att fler kan komma ner till vattnet.")
    page.keyboard.press("Tab")
    page.keyboard.type("Den som använder rullstol eller rullator kommer inte ner till vattnet.")
    page.keyboard.press("Tab")
    page.keyboard.type("Besökare med funktionsnedsättning och äldre.")
    page.keyboard.press("Tab")
    expect(page.locator("#id_area")).to_be_focused()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    expect(page.locator("#id_municipality")).to_be_focused()
    page.keyboard.press("ArrowDown")
    tab_to(page, "#id_email")
    page.keyboard.type("resident@example.org")
    tab_to(page, "#id_wants_updates")
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

    expect(page.locator("h1")).to_have_text("Tack för din idé")
    assert_accessible(page)
    idea = Idea.objects.get(title="Ramper vid Pite havsbads bryggor")
    assert idea.area == "disability_care" and idea.municipality == "pitea"
    assert idea.wants_updates and idea.language == "sv"
    expect(page.locator(".facts")).to_contain_text(idea.reference)

    tab_to(page, ".idea-tracking-link a")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/ideer/folj/{idea.tracking_token}/$"))
    expect(page.locator("h1")).to_have_text(f"Följ din idé {idea.reference}")
    expect(page.locator(".idea-timeline")).to_contain_text("Idén kom in")
    assert_accessible(page)

    page.get_by_role("link", name="Follow the idea in English").click()
    expect(page).to_have_url(re.compile(rf"/en/ideas/follow/{idea.tracking_token}/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text(f"Follow your idea {idea.reference}")
    assert_accessible(page)

    page.goto("/ideer/")
    expect(page.locator("h1")).to_have_text("Idéer från invånare och medarbetare")
    assert_accessible(page)
    page.get_by_role("checkbox", name=re.compile("^Test")).check()
    page.get_by_role("button", name="Visa idéer").click()
    expect(page).to_have_url(re.compile(r"stage=testing"))
    page.locator(".card__title a").first.click()
    expect(page.locator(".facts")).to_contain_text("IDE-")
    assert_accessible(page)
