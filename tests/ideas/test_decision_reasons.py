"""A decision's reason in both languages: handlers write it as the submitter reads it and, if
they like, in English; English pages show the English reason or, where there is none, the
reason as written, marked with its language (Decision.shown_reason)."""

import pytest
from django.test import Client
from django.utils import timezone

from ideas.admin_outcome_forms import DecisionForm
from ideas.choices import Municipality
from ideas.demo_outcomes import GO_ON_REASON, ensure_decisions
from ideas.models import Decision, IdeaEvent
from ideas.models.ideas import ShownText
from ideas.stages import Stage
from tests.factories import (
    DecisionFactory,
    IdeaBoardPageFactory,
    IdeaEventFactory,
    IdeaFactory,
    idea_handler,
    translate,
)

pytestmark = pytest.mark.django_db

SWEDISH = "Idén passar vårt arbete med måltider."
ENGLISH = "The idea fits our work with meals."


@pytest.fixture
def idea(home, english_home):
    board = IdeaBoardPageFactory(parent=home)
    translate(board, title="Ideas", slug="ideas")
    return IdeaFactory(
        is_public=True,
        stage=Stage.CONCEPT_DEVELOPMENT,
        municipality=Municipality.PITEA,
        public_title="Varm mat på cykel",
    )


def decisions_section(path) -> str:
    response = Client().get(path)
    assert response.status_code == 200
    return response.text.split('id="decisions-title"')[1].split("</section>")[0]


def test_the_english_idea_page_shows_the_english_reason(idea):
    DecisionFactory(idea=idea, reason=SWEDISH, reason_en=ENGLISH)
    english = decisions_section(f"/en/ideas/{idea.reference}/")
    assert f"<p>{ENGLISH}</p>" in english
    assert SWEDISH not in english
    swedish = decisions_section(f"/ideer/{idea.reference}/")
    assert f"<p>{SWEDISH}</p>" in swedish
    assert ENGLISH not in swedish


def test_without_an_english_reason_the_english_page_shows_the_swedish_one_marked_sv(idea):
    DecisionFactory(idea=idea, reason=SWEDISH)
    english = decisions_section(f"/en/ideas/{idea.reference}/")
    assert f'<p lang="sv">{SWEDISH}</p>' in english


def test_the_reason_of_an_english_idea_is_marked_english_on_swedish_pages():
    decision = DecisionFactory(idea=IdeaFactory(language="en"), reason=ENGLISH)
    assert decision.shown_reason("sv") == ShownText(ENGLISH, "en")
    assert decision.shown_reason("en") == ShownText(ENGLISH, "en")


def test_the_admin_form_records_both_reasons_and_the_english_note(idea):
    form = DecisionForm(
        {
            "outcome": Decision.Outcome.GO_ON,
            "next_stage": "",
            "reason": SWEDISH,
            "reason_en": ENGLISH,
            "decided_by": "Socialnämnden",
            "decided_on": timezone.localdate().isoformat(),
        },
        idea=idea,
    )
    assert form.is_valid(), form.errors
    decision = form.save(idea_handler(Municipality.PITEA))
    assert (decision.reason, decision.reason_en) == (SWEDISH, ENGLISH)
    event = idea.events.get(kind=IdeaEvent.Kind.DECIDED)
    assert event.shown_note("en") == ShownText(f"Decision: Go on. {ENGLISH}", "en")
    assert SWEDISH in event.shown_note("sv").text


def test_the_english_reason_may_be_left_empty(idea):
    form = DecisionForm(
        {
            "outcome": Decision.Outcome.GO_ON,
            "reason": SWEDISH,
            "decided_by": "Socialnämnden",
            "decided_on": timezone.localdate().isoformat(),
        },
        idea=idea,
    )
    assert form.is_valid(), form.errors
    assert form.save(None).reason_en == ""


@pytest.mark.parametrize(("language", "reason_en"), [("sv", GO_ON_REASON.en), ("en", "")])
def test_demo_decisions_have_their_reason_in_both_languages(language, reason_en):
    idea = IdeaFactory(is_example=True, language=language, stage=Stage.CONCEPT_DEVELOPMENT)
    IdeaEventFactory(idea=idea, from_stage=Stage.ASSESSMENT, to_stage=Stage.CONCEPT_DEVELOPMENT)
    ensure_decisions(idea)
    decision = idea.decisions.get()
    assert decision.reason == (GO_ON_REASON.sv if language == "sv" else GO_ON_REASON.en)
    assert decision.reason_en == reason_en
    assert decision.shown_reason("en").text == GO_ON_REASON.en


def test_the_reason_for_closing_is_marked_with_the_language_it_was_written_in(idea):
    idea.stage = Stage.CLOSED
    idea.closed_reason = "Finns redan i hemtjänsten."
    idea.save()
    response = Client().get(f"/en/ideas/{idea.reference}/")
    assert response.status_code == 200
    assert '<span lang="sv">Finns redan i hemtjänsten.</span>' in response.text
