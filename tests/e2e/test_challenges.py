"""An employee answers a published challenge with the keyboard only, in Swedish and in English:
the challenge index, the challenge, the form opened for it and the thank-you page, each checked
with axe-core."""

import pytest
from playwright.sync_api import expect

from ideas.choices import SubmitterKind
from ideas.models import ChallengePage, Idea

from .conftest import assert_accessible, tab_to

JOURNEYS = [
    pytest.param(
        {
            "index": "/utmaningar/",
            "heading": "Utmaningar",
            "challenge": "Trygga nätter hemma",
            "slug": "trygga-natter-hemma",
            "answering": "Du svarar på en utmaning",
            "administration": "Socialtjänsten",
            "title": "Larmknapp som lyser svagt i mörkret",
            "description": "En knapp vid sängen som syns i mörkret och larmar nattpersonalen.",
            "need": "Den som vaknar orolig på natten hittar inte larmet.",
            "thanks": "Tack för din idé",
            "language": "sv",
        },
        id="sv",
    ),
    pytest.param(
        {
            "index": "/en/challenges/",
            "heading": "Challenges",
            "challenge": "More say over one's own day",
            "slug": "say-over-ones-day",
            "answering": "You are answering a challenge",
            "administration": "Social services administration",
            "title": "A weekly planning talk with pictures",
            "description": "Each resident plans the coming week with staff, using pictures.",
            "need": "Residents are told the plan instead of making it.",
            "thanks": "Thank you for your idea",
            "language": "en",
        },
        id="en",
    ),
]


def press_enter_and_wait(page):
    with page.expect_navigation():
        page.keyboard.press("Enter")


@pytest.mark.parametrize("journey", JOURNEYS)
def test_employee_answers_a_challenge_with_the_keyboard(page, settings, journey):
    settings.FORM_MIN_FILL_SECONDS = 0
    page.goto(journey["index"])
    expect(page.locator("h1")).to_have_text(journey["heading"])
    assert_accessible(page)

    tab_to(page, f'.card__title a[href$="/{journey["slug"]}/"]')
    press_enter_and_wait(page)
    expect(page.locator("h1")).to_have_text(journey["challenge"])
    assert_accessible(page)

    tab_to(page, "main a.button")
    press_enter_and_wait(page)
    expect(page.locator("#challenge-answering-title")).to_have_text(journey["answering"])
    assert_accessible(page)

    tab_to(page, "#id_title")
    page.keyboard.type(journey["title"])
    page.keyboard.press("Tab")
    page.keyboard.type(journey["description"])
    page.keyboard.press("Tab")
    page.keyboard.type(journey["need"])
    # Area and municipality come from the challenge. The sender is an employee of the
    # challenge's municipality.
    tab_to(page, "#id_submitter_kind_0")
    page.keyboard.press("ArrowDown")
    expect(page.locator("#id_submitter_kind_1")).to_be_checked()
    tab_to(page, "#id_administration")
    page.keyboard.type(journey["administration"])
    tab_to(page, "#id_email")
    page.keyboard.type("medarbetare@example.org")
    tab_to(page, "#id_consent")
    page.keyboard.press("Space")
    tab_to(page, "#idea-form button[type=submit]")
    press_enter_and_wait(page)
    assert page.locator(".error-summary").count() == 0, page.locator(".error-summary").inner_text()
    if page.locator("#similar-title").count():
        assert_accessible(page)
        tab_to(page, "button[name=confirm]")
        press_enter_and_wait(page)

    expect(page.locator("h1")).to_have_text(journey["thanks"])
    assert_accessible(page)
    idea = Idea.objects.select_related("challenge", "administration").get(title=journey["title"])
    challenge = ChallengePage.objects.get(title=journey["challenge"])
    assert idea.challenge.translation_key == challenge.translation_key
    assert idea.challenge.locale.language_code == "sv"
    assert idea.municipality == challenge.municipality
    assert idea.submitter_kind == SubmitterKind.EMPLOYEE
    assert idea.administration.municipality == challenge.municipality
    assert idea.language == journey["language"]
