"""E-mail to the people behind an idea besides its submitter (ideas/co_submitters.py): those who
joined it ("this is my idea too") and the team members registered with it get a receipt with the
reference, then the submitter's news only from a confirmed address, with a one-click unsubscribe."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from ideas import co_submitters, handling
from ideas.choices import Municipality
from ideas.models import Decision, IdeaSubmitter, ResidentAddress, ResidentEmail
from ideas.outcomes import record_decision
from ideas.participation import confirm
from ideas.retention import purge_participation
from ideas.stages import Stage
from tests.conftest import form_session
from tests.factories import (
    IdeaBoardPageFactory,
    IdeaFactory,
    IdeaSubmissionPageFactory,
    idea_handler,
    translate,
)

from .conftest import answers

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://\S+")
JOINER = "karin@example.org"  # the address in answers()


@pytest.fixture(autouse=True)
def clear_rate_limits():
    cache.clear()


@pytest.fixture
def site_pages(home, english_home):
    form = IdeaSubmissionPageFactory(parent=home)
    translate(form, title="Submit an idea", slug="submit-an-idea")
    board = IdeaBoardPageFactory(parent=home)
    translate(board, title="Ideas", slug="ideas")
    return board


@pytest.fixture
def idea(site_pages):
    return IdeaFactory(
        is_public=True,
        stage=Stage.ASSESSMENT,
        public_title="Varmt kaffe i matsalen",
        public_summary="Kaffet kallnar för den som äter långsamt.",
        submitter_email="forsta@example.org",
        wants_updates=True,
    )


def join(idea, capture, form="/lamna-en-ide/", **overrides):
    """Join `idea` through the idea form; returns the client (its thank-you page is next)."""
    client = form_session(Client())
    with capture(execute=True):
        response = client.post(form, answers(confirm=None, join=idea.reference, **overrides))
    assert response.status_code == 302
    return client


def confirm_link(message) -> str:
    url = next(
        url for url in LINK.findall(message.body) if "/bekrafta/" in url or "/confirm/" in url
    )
    return url.rstrip("/").rsplit("/", 1)[1]


def to(address):
    return [message for message in mail.outbox if message.to == [address]]


def test_joining_sends_a_receipt_with_the_reference_and_the_confirmation_link(
    idea, django_capture_on_commit_callbacks
):
    client = join(idea, django_capture_on_commit_callbacks)
    [receipt] = to(JOINER)
    assert idea.reference in receipt.subject and idea.reference in receipt.body
    assert "Bekräfta först att adressen är din" in receipt.body
    # Never the tracking link (the submitter's alone), nor what anyone typed.
    assert idea.tracking_token not in receipt.body
    assert "Värmefilt" not in receipt.body and "Karin" not in receipt.body
    assert "List-Unsubscribe" not in receipt.extra_headers
    assert ResidentEmail.objects.get(to_address=JOINER).kind == "co_receipt"
    thanks = client.get("/lamna-en-ide/tack/")
    assert "Vi har skickat referensen till din e-post." in thanks.text


def test_a_co_submitter_hears_nothing_more_until_the_address_is_confirmed(
    idea, django_capture_on_commit_callbacks
):
    join(idea, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        handling.change_stage(idea, Stage.CONCEPT_DEVELOPMENT)
        handling.answer(idea, "Vi testar i vinter.")
    assert len(to(JOINER)) == 1  # the receipt only


def test_a_confirmed_co_submitter_gets_the_submitters_news_with_unsubscribe(
    idea, django_capture_on_commit_callbacks
):
    join(idea, django_capture_on_commit_callbacks)
    outcome, _confirmation = confirm(confirm_link(to(JOINER)[0]))
    assert outcome == "confirmed"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        handling.change_stage(idea, Stage.CONCEPT_DEVELOPMENT)
        handling.answer(idea, "Vi testar i vinter.")
        record_decision(
            idea,
            actor=None,
            outcome=Decision.Outcome.GO_ON,
            reason="Idén passar vårt arbete.",
            decided_by="Socialnämnden",
            decided_on=timezone.localdate(),
            next_stage=Stage.TESTING,
        )
    stage, answer, decision = to(JOINER)
    assert "som du står bakom är nu i steget" in stage.body
    assert "Vi testar i vinter." in answer.body
    assert "Idén passar vårt arbete." in decision.body
    for message in (stage, answer, decision):
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert message.extra_headers["List-Unsubscribe"].strip("<>") in message.body
    # The submitter still gets their own e-mail, and nobody gets two.
    assert ResidentEmail.objects.filter(kind="co_update").count() == 3


def test_a_co_submitter_who_asked_for_no_news_gets_only_the_receipt(
    idea, django_capture_on_commit_callbacks
):
    join(idea, django_capture_on_commit_callbacks, wants_updates=None)
    [receipt] = to(JOINER)
    assert "/bekrafta/" not in receipt.body
    # Even from an address confirmed for something else.
    ResidentAddress.objects.filter(email=JOINER).update(confirmed_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        handling.change_stage(idea, Stage.CONCEPT_DEVELOPMENT)
    assert len(to(JOINER)) == 1


def test_unsubscribing_stops_a_co_submitters_news(idea, django_capture_on_commit_callbacks):
    join(idea, django_capture_on_commit_callbacks)
    confirm(confirm_link(to(JOINER)[0]))
    token = ResidentAddress.objects.get(email=JOINER).unsubscribe_token
    response = Client(enforce_csrf_checks=True).post(
        f"/e-post/avregistrera/{token}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not IdeaSubmitter.objects.get().wants_updates
    with django_capture_on_commit_callbacks(execute=True):
        handling.change_stage(idea, Stage.CONCEPT_DEVELOPMENT)
    assert len(to(JOINER)) == 1


def test_joining_from_the_english_form_gets_english_e_mail(
    idea, django_capture_on_commit_callbacks
):
    join(idea, django_capture_on_commit_callbacks, form="/en/submit-an-idea/")
    assert IdeaSubmitter.objects.get().language == "en"
    [receipt] = to(JOINER)
    assert receipt.subject == f"You are one of the people behind the idea {idea.reference}"
    assert "/en/email/confirm/" in receipt.body
    assert "/en/ideas/" in receipt.body
    confirm(confirm_link(receipt))
    with django_capture_on_commit_callbacks(execute=True):
        handling.change_stage(idea, Stage.CONCEPT_DEVELOPMENT)
    update = to(JOINER)[-1]
    assert update.subject == f"News about the idea {idea.reference}"
    assert "/en/email/unsubscribe/" in update.body


def test_the_submitters_own_address_gets_no_second_copy(idea, django_capture_on_commit_callbacks):
    IdeaSubmitter.objects.create(idea=idea, email="FORSTA@example.org", wants_updates=True)
    ResidentAddress.for_email(idea.submitter_email, "sv")
    ResidentAddress.objects.update(confirmed_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        handling.change_stage(idea, Stage.CONCEPT_DEVELOPMENT)
    assert not ResidentEmail.objects.filter(kind="co_update").exists()
    assert len(to(idea.submitter_email)) == 1


def test_team_members_registered_by_a_handler_get_a_receipt_each(
    site_pages, django_capture_on_commit_callbacks
):
    client = Client()
    client.force_login(idea_handler(Municipality.PITEA))
    data = {
        "channel": "workplace_meeting",
        "municipality": Municipality.PITEA,
        "submitter_kind": "resident",
        "title": "Fast tid för idéer på arbetsplatsträffen",
        "description": "Tio minuter på varje träff.",
        "need": "Idéer försvinner i vardagen.",
        "area": "elderly_care",
        "language": "sv",
        "submitter_name": "Anna Andersson",
        "submitter_email": "anna@example.org",
        "wants_updates": "on",
        "team": "Bo Berg, bo@example.org\nCia Ek",
        "consent": "on",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/ideas/new/", data)
    assert response.status_code == 302
    bo = IdeaSubmitter.objects.get(email="bo@example.org")
    assert bo.wants_updates
    [receipt] = to("bo@example.org")
    assert bo.idea.reference in receipt.body
    assert "har registrerat idén" in receipt.body
    assert "/bekrafta/" in receipt.body
    assert ResidentEmail.objects.filter(kind="co_receipt").count() == 1  # Cia has no address
    confirm(confirm_link(receipt))
    with django_capture_on_commit_callbacks(execute=True):
        handling.change_stage(bo.idea, Stage.ASSESSMENT)
    assert len(to("bo@example.org")) == 2


def test_a_co_submitters_address_is_kept_while_the_idea_holds_it(
    idea, django_capture_on_commit_callbacks
):
    join(idea, django_capture_on_commit_callbacks, wants_updates=None)
    later = timezone.now() + timedelta(days=30)
    purge_participation(later)
    assert ResidentAddress.objects.filter(email=JOINER).exists()
    IdeaSubmitter.objects.update(email="")
    purge_participation(later)
    assert not ResidentAddress.objects.filter(email=JOINER).exists()


def test_receipt_sent_reads_the_outbox(idea, django_capture_on_commit_callbacks):
    join(idea, django_capture_on_commit_callbacks)
    assert co_submitters.receipt_sent(IdeaSubmitter.objects.get())
    assert not co_submitters.receipt_sent(IdeaSubmitter(idea=idea, email="annan@example.org"))
