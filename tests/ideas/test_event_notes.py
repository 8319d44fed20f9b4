"""Public notes on an idea's events in both languages: handlers write the note (the answer given
with a stage change) in Swedish and, if they like, in English; English pages show the English
note or, where there is none, the Swedish one marked lang="sv" (IdeaEvent.shown_note)."""

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from ideas import handling
from ideas.choices import Municipality
from ideas.models import IdeaEvent, ResidentAddress
from ideas.models.ideas import ShownText
from ideas.stages import Stage
from tests.factories import IdeaBoardPageFactory, IdeaFactory, idea_handler, translate

pytestmark = pytest.mark.django_db

SWEDISH = "Vi tittar på idén under våren."
ENGLISH = "We are looking at the idea this spring."


@pytest.fixture
def boards(home, english_home):
    board = IdeaBoardPageFactory(parent=home)
    return board, translate(board, title="Ideas", slug="ideas")


@pytest.fixture
def idea(boards):
    return IdeaFactory(
        is_public=True,
        stage=Stage.RECEIVED,
        municipality=Municipality.PITEA,
        public_title="Varmt kaffe i matsalen",
        public_summary="Kaffet kallnar.",
    )


@pytest.fixture
def handler_client(db):
    client = Client()
    client.force_login(idea_handler(Municipality.PITEA))
    return client


def timeline(response) -> str:
    assert response.status_code == 200
    return response.text.split('id="timeline-title"')[1]


def move(client, idea, **fields):
    data = {
        "stage": Stage.ASSESSMENT,
        "internal_note": "Läst.",
        "public_answer": SWEDISH,
        "public_answer_en": "",
        "closed_reason": "",
        "is_public": "on",
        "public_title": idea.public_title,
        "public_summary": idea.public_summary,
        **fields,
    }
    response = client.post(f"/admin/ideas/stage/{idea.pk}/", data)
    assert response.status_code == 302
    return idea.events.get(kind=IdeaEvent.Kind.STAGE_CHANGED)


def test_the_stage_form_stores_the_english_note_and_the_english_page_shows_it(handler_client, idea):
    event = move(handler_client, idea, public_answer_en=ENGLISH)
    assert (event.public_note, event.public_note_en) == (SWEDISH, ENGLISH)
    english = timeline(Client().get(f"/en/ideas/{idea.reference}/"))
    assert f"<p>{ENGLISH}</p>" in english and SWEDISH not in english
    swedish = timeline(Client().get(f"/ideer/{idea.reference}/"))
    assert f"<p>{SWEDISH}</p>" in swedish and ENGLISH not in swedish
    inspect = handler_client.get(f"/admin/ideas/inspect/{idea.pk}/").text
    assert f'<span lang="en">{ENGLISH}</span>' in inspect


def test_without_an_english_note_the_english_pages_show_the_swedish_one_marked(
    handler_client, idea
):
    event = move(handler_client, idea)
    assert event.public_note_en == ""
    english = timeline(Client().get(f"/en/ideas/{idea.reference}/"))
    assert f'<p lang="sv">{SWEDISH}</p>' in english
    tracking = timeline(Client().get(f"/en/ideas/follow/{idea.tracking_token}/"))
    assert f'<p lang="sv">{SWEDISH}</p>' in tracking


def test_an_answer_without_a_stage_change_keeps_its_english_note(handler_client, idea):
    handler_client.post(
        f"/admin/ideas/stage/{idea.pk}/",
        {
            "stage": Stage.RECEIVED,
            "internal_note": "Svar.",
            "public_answer": SWEDISH,
            "public_answer_en": ENGLISH,
            "closed_reason": "",
            "is_public": "on",
            "public_title": idea.public_title,
            "public_summary": idea.public_summary,
        },
    )
    event = idea.events.get(kind=IdeaEvent.Kind.ANSWERED)
    assert event.shown_note("en") == ShownText(ENGLISH, "en")
    assert event.shown_note("sv") == ShownText(SWEDISH, "sv")


def test_a_merge_leaves_its_note_in_both_languages(idea):
    other = IdeaFactory(is_public=True, stage=Stage.ASSESSMENT)
    handling.merge(other, idea)
    note = idea.events.get(kind=IdeaEvent.Kind.MERGED)
    assert note.shown_note("sv").text.startswith("En annan idé om samma sak")
    assert note.shown_note("en") == ShownText(
        "Another idea about the same thing has been merged into this one.", "en"
    )


def test_the_note_written_in_an_english_ideas_language_is_marked_as_english(idea):
    """A decision's note is written in the idea's language, so a Swedish page marks it."""
    idea.language = "en"
    event = IdeaEvent(idea=idea, kind=IdeaEvent.Kind.DECIDED, public_note="Decision: go on.")
    assert event.shown_note("sv") == ShownText("Decision: go on.", "en")


def test_the_submitter_of_an_english_idea_reads_the_english_note(
    idea, django_capture_on_commit_callbacks
):
    idea.language = "en"
    idea.submitter_email = "reader@example.org"
    idea.wants_updates = True
    idea.save()
    # Updates go to a confirmed address only.
    ResidentAddress.for_email(idea.submitter_email, "en")
    ResidentAddress.objects.update(confirmed_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        handling.change_stage(idea, Stage.ASSESSMENT, public_note=SWEDISH, public_note_en=ENGLISH)
    [message] = mail.outbox
    assert ENGLISH in message.body and SWEDISH not in message.body
