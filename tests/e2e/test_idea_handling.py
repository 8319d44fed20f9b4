"""An idea handler of Piteå logs in, filters the ideas to "received", opens one, moves it to
assessment with a note and a public answer; the resident's tracking page shows the answer."""

import re

import pytest
from playwright.sync_api import expect

from ideas.models import Idea, IdeaEvent, Notification
from ideas.stages import Stage
from tests.ideas.conftest import confirm_address

from .conftest import assert_accessible, sign_in

TITLE = "Taktila skyltar vid badplatsernas entréer"
ANSWER = "Vi bedömer idén tillsammans med fritidsförvaltningen i vår."


@pytest.fixture
def received_idea(site_url, django_db_blocker):
    with django_db_blocker.unblock():
        Idea.objects.filter(title=TITLE).delete()
        idea = Idea.objects.create(
            title=TITLE,
            description="Skyltar med punktskrift och upphöjd text.",
            need="Den som ser dåligt hittar inte rätt.",
            area="disability_care",
            municipality="pitea",
            submitter_email="skyltar@example.org",
            wants_updates=True,
        )
        # The resident has confirmed the address, so stage changes reach them.
        address = confirm_address("skyltar@example.org")
        IdeaEvent.objects.create(idea=idea, kind=IdeaEvent.Kind.RECEIVED, to_stage=idea.stage)
    yield idea
    with django_db_blocker.unblock():
        Idea.objects.filter(pk=idea.pk).delete()
        address.delete()


def test_handler_moves_an_idea_to_assessment_with_an_answer(page, received_idea, django_db_blocker):
    idea = received_idea
    sign_in(page, "handlaggare-pitea", django_db_blocker)
    page.goto("/admin/ideas/")
    expect(page.locator(f"#idea_{idea.pk}_title")).to_be_visible()
    assert_accessible(page)

    # Filter the listing to the received ideas with the filter panel.
    page.get_by_role("button", name="Visa filter").click()
    page.locator("button[aria-controls='drilldown-id_stage']").click()
    page.locator("#drilldown-id_stage").get_by_label("Inkommen").check()
    expect(page).to_have_url(re.compile(r"stage=received"))
    expect(page.locator(f"#idea_{idea.pk}_title")).to_be_visible()
    assessed = page.locator("tbody tr", has_text="Bedömning")
    expect(assessed).to_have_count(0)

    with page.expect_navigation():
        page.locator(f"a:has(#idea_{idea.pk}_title)").click()
    expect(page).to_have_url(re.compile(rf"/admin/ideas/inspect/{idea.pk}/$"))
    expect(page.locator(".idea-admin__timeline li")).to_have_count(1)
    assert_accessible(page)

    with page.expect_navigation():
        page.locator(f"a[href='/admin/ideas/stage/{idea.pk}/']").click()
    assert_accessible(page)
    # Sending without a note keeps the idea where it is and says why.
    page.select_option("#id_stage", Stage.ASSESSMENT)
    page.fill("#id_public_answer", ANSWER)
    with page.expect_navigation():
        page.locator("#idea-action-form button[type=submit]").click()
    expect(page.locator("#id_internal_note")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)
    page.fill("#id_internal_note", "Passar fritidsförvaltningens plan för badplatser.")
    with page.expect_navigation():
        page.locator("#idea-action-form button[type=submit]").click()

    expect(page).to_have_url(re.compile(rf"/admin/ideas/inspect/{idea.pk}/$"))
    timeline = page.locator(".idea-admin__timeline li")
    expect(timeline).to_have_count(2)
    expect(timeline.last).to_contain_text("Bedömning")
    expect(timeline.last).to_contain_text(ANSWER)
    expect(timeline.last).to_contain_text("Pia Handläggare")
    assert_accessible(page)

    with django_db_blocker.unblock():
        idea.refresh_from_db()
        assert idea.stage == Stage.ASSESSMENT
        assert Notification.objects.filter(idea=idea, kind="stage_changed").count() == 1

    page.goto(f"/ideer/folj/{idea.tracking_token}/")
    expect(page.locator("#answer-title")).to_be_visible()
    expect(page.locator("main")).to_contain_text(ANSWER)
    expect(page.locator(".idea-timeline")).to_contain_text("Bedömning")
    assert_accessible(page)


def test_handler_cannot_open_the_other_municipalitys_idea(page, received_idea, django_db_blocker):
    sign_in(page, "handlaggare-skelleftea", django_db_blocker)
    response = page.goto(f"/admin/ideas/inspect/{received_idea.pk}/")
    assert response.status == 404
    page.goto("/admin/ideas/")
    expect(page.locator(f"#idea_{received_idea.pk}_title")).to_have_count(0)


def test_the_other_handler_pages_are_accessible(page, received_idea, django_db_blocker):
    """Assign, merge, erase, edit and the bulk stage change, each checked by axe-core, and the
    bulk stage change used from the listing's checkboxes."""
    idea = received_idea
    sign_in(page, "handlaggare-pitea", django_db_blocker)
    for action in ["assign", "merge", "erase", "edit"]:
        page.goto(f"/admin/ideas/{action}/{idea.pk}/")
        expect(page.locator("main")).to_be_visible()
        assert_accessible(page)

    page.goto(f"/admin/ideas/merge/{idea.pk}/")
    page.fill("#id_surviving", "IDE-1")
    with page.expect_navigation():
        page.locator("#idea-action-form button[type=submit]").click()
    expect(page.locator("#id_surviving")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)

    page.goto("/admin/ideas/")
    page.locator(f"input[data-object-id='{idea.pk}']").check()
    footer = page.locator("[data-bulk-action-footer]")
    expect(footer).to_be_visible()
    with page.expect_navigation():
        footer.get_by_role("link", name=re.compile("Change the stage|Ändra steg")).click()
    expect(page.locator("main")).to_contain_text(idea.reference)
    assert_accessible(page)
    page.select_option("#id_stage", Stage.CONCEPT_DEVELOPMENT)
    page.fill("#id_internal_note", "Vidare till konceptutveckling.")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/ideas/"))
    with django_db_blocker.unblock():
        idea.refresh_from_db()
        assert idea.stage == Stage.CONCEPT_DEVELOPMENT
