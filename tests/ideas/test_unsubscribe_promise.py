"""What the one-click unsubscribe (ideas/participation.py) promises is what happens: after it, a
resident gets no stage changes, answers, merges, co-submitter news or follower news; the
decision on an idea they sent themselves still comes, as the answer to it, and both the
unsubscribe page and that e-mail say so."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.utils import timezone

from ideas import handling
from ideas.models import Decision, Follow, IdeaSubmitter, ResidentAddress
from ideas.outcomes import record_decision, save_follow_up, send_follow_up_reminders
from ideas.participation import unsubscribe
from ideas.stages import Stage
from tests.factories import IdeaBoardPageFactory, IdeaFactory, idea_handler, translate

pytestmark = pytest.mark.django_db

SUBMITTER = "sven@example.org"
CO_SUBMITTER = "cecilia@example.org"
FOLLOWER = "frida@example.org"
EXPLANATION_SV = "Vi skickar det även om du har stoppat annan e-post från Idéslussen."
PAGE_NOTE = {
    "sv": "Du får fortfarande e-post när det finns ett beslut om en idé som du själv har lämnat",
    "en": "You will still get an e-mail when a decision is made about an idea you sent yourself",
}


def confirmed(email):
    address = ResidentAddress.for_email(email, "sv")
    address.confirmed_at = timezone.now()
    address.save(update_fields=["confirmed_at"])
    return address


@pytest.fixture
def idea(home, english_home):
    board = IdeaBoardPageFactory(parent=home)
    translate(board, title="Ideas", slug="ideas")
    idea = IdeaFactory(
        is_public=True,
        stage=Stage.ASSESSMENT,
        public_title="Varm mat på cykel",
        submitter_email=SUBMITTER,
        wants_updates=True,
    )
    IdeaSubmitter.objects.create(idea=idea, email=CO_SUBMITTER, wants_updates=True)
    Follow.objects.create(
        address=confirmed(FOLLOWER),
        content_type=ContentType.objects.get_for_model(idea),
        object_id=idea.pk,
        language="sv",
    )
    confirmed(SUBMITTER)
    confirmed(CO_SUBMITTER)
    return idea


def unsubscribed(idea, *emails):
    """Unsubscribe each address; the idea as a handler then loads it."""
    for email in emails:
        assert unsubscribe(ResidentAddress.objects.get(email=email).unsubscribe_token)
    idea.refresh_from_db()


def to(email):
    return [message for message in mail.outbox if email in message.to]


def decide(idea):
    record_decision(
        idea,
        actor=None,
        outcome=Decision.Outcome.GO_ON,
        reason="Idén passar vårt arbete med måltider.",
        decided_by="Socialnämnden",
        decided_on=timezone.localdate(),
        next_stage=Stage.CONCEPT_DEVELOPMENT,
    )


def news(idea):
    """Every kind of news a handler's work sends about an idea, a merge last."""
    handling.change_stage(idea, Stage.CONCEPT_DEVELOPMENT)
    handling.answer(idea, "Vi testar i vinter.")
    handling.merge(idea, IdeaFactory(is_public=True))


def test_before_unsubscribing_each_resident_gets_the_news(idea, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        news(idea)
    assert len(to(SUBMITTER)) == 3
    assert len(to(CO_SUBMITTER)) == 3
    assert len(to(FOLLOWER)) == 3


@pytest.mark.parametrize("email", [SUBMITTER, CO_SUBMITTER, FOLLOWER])
def test_after_unsubscribing_no_stage_change_answer_or_merge_is_sent(
    idea, email, django_capture_on_commit_callbacks
):
    unsubscribed(idea, email)
    with django_capture_on_commit_callbacks(execute=True):
        news(idea)
    assert to(email) == []


@pytest.mark.parametrize("email", [CO_SUBMITTER, FOLLOWER])
def test_after_unsubscribing_a_co_submitter_or_follower_gets_no_decision(
    idea, email, django_capture_on_commit_callbacks
):
    unsubscribed(idea, email)
    with django_capture_on_commit_callbacks(execute=True):
        decide(idea)
    assert to(email) == []


def test_the_submitter_still_gets_the_decision_which_says_why_and_offers_no_unsubscribe(
    idea, django_capture_on_commit_callbacks
):
    unsubscribed(idea, SUBMITTER)
    with django_capture_on_commit_callbacks(execute=True):
        decide(idea)
    [decision] = to(SUBMITTER)
    assert decision.subject == f"Beslut om din idé {idea.reference}"
    assert "Idén passar vårt arbete med måltider." in decision.body
    assert EXPLANATION_SV in decision.body
    assert "List-Unsubscribe" not in decision.extra_headers
    assert "/avregistrera/" not in decision.body


def test_the_decision_offers_no_unsubscribe_to_a_subscribed_submitter_either(
    idea, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        decide(idea)
    [decision] = to(SUBMITTER)
    assert "List-Unsubscribe" not in decision.extra_headers
    assert EXPLANATION_SV in decision.body


def test_follow_up_reminders_go_to_staff_never_to_residents(
    idea, django_capture_on_commit_callbacks
):
    unsubscribed(idea, SUBMITTER, CO_SUBMITTER, FOLLOWER)
    handler = idea_handler()
    with django_capture_on_commit_callbacks(execute=True):
        save_follow_up(
            idea,
            actor=handler,
            follow_up_on=timezone.localdate() - timedelta(days=1),
            responsible=handler,
        )
        assert send_follow_up_reminders() == 1
    assert [message.to for message in mail.outbox] == [[handler.email]]


@pytest.mark.parametrize(
    ("language", "path"), [("sv", "/e-post/avregistrera/{}/"), ("en", "/en/email/unsubscribe/{}/")]
)
def test_the_unsubscribe_page_says_the_decision_still_comes(client, idea, language, path):
    url = path.format(ResidentAddress.objects.get(email=SUBMITTER).unsubscribe_token)
    before = client.get(url)
    assert before.status_code == 200
    assert PAGE_NOTE[language] in before.text
    after = client.post(url)
    assert after.status_code == 200
    assert PAGE_NOTE[language] in after.text
    assert not IdeaSubmitter.objects.filter(wants_updates=True, email=SUBMITTER).exists()
