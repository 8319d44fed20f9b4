"""Residents take part beyond their own idea (ideas/participation.py): confirmed addresses
(double opt-in), support, follow, one-click unsubscribe, lost links."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from home.form_protection import STARTED_FIELD
from home.mail_limit import address_hash
from ideas import handling
from ideas.models import (
    Confirmation,
    Decision,
    Follow,
    Idea,
    ResidentAddress,
    ResidentEmail,
    Support,
)
from ideas.notifications import queue_receipt
from ideas.outcomes import record_decision
from ideas.participation import confirm, unsubscribe
from ideas.stages import Stage
from tests.conftest import form_session, form_started
from tests.factories import IdeaBoardPageFactory, IdeaFactory, translate

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://\S+")
EMAIL = "stina@example.org"


@pytest.fixture(autouse=True)
def clear_rate_limits():
    cache.clear()


@pytest.fixture
def boards(home, english_home):
    board = IdeaBoardPageFactory(parent=home)
    return board, translate(board, title="Ideas", slug="ideas")


@pytest.fixture
def idea(boards):
    return IdeaFactory(
        is_public=True,
        stage=Stage.ASSESSMENT,
        public_title="Varm mat på cykel",
        public_summary="Matlådor med lastcykel.",
    )


def post_address(client, url, email=EMAIL, **extra):
    data = {"email": email, STARTED_FIELD: form_started(), **extra}
    return form_session(client).post(url, data)


def link_in(message) -> str:
    """The confirmation link in an e-mail, as a path."""
    urls = LINK.findall(message.body)
    url = next(url for url in urls if "/bekrafta/" in url or "/confirm/" in url)
    return re.sub(r"^https?://[^/]+", "", url)


def ask(client, idea, capture, purpose="stod"):
    """Ask to support (or, with purpose "bevaka", follow) the idea; returns the link sent."""
    with capture(execute=True):
        response = post_address(client, f"/ideer/{idea.reference}/{purpose}/")
    assert response.status_code == 200
    return link_in(mail.outbox[-1])


# --- Confirmation -----------------------------------------------------------------------------


def test_support_counts_only_after_the_link_is_confirmed(
    client, idea, django_capture_on_commit_callbacks
):
    link = ask(client, idea, django_capture_on_commit_callbacks)
    assert Support.objects.count() == 0
    # Opening the link (as a mail scanner would) confirms nothing: it shows a button.
    page = client.get(link)
    assert page.status_code == 200
    assert Support.objects.count() == 0
    assert page["X-Robots-Tag"] == "noindex, nofollow"
    response = client.post(link)
    assert response.status_code == 200
    assert "Nu räknas ditt stöd" in response.text
    assert Support.objects.filter(idea=idea).count() == 1
    assert ResidentAddress.objects.get().confirmed_at is not None


def test_confirming_twice_is_harmless_and_says_so(client, idea, django_capture_on_commit_callbacks):
    link = ask(client, idea, django_capture_on_commit_callbacks)
    client.post(link)
    again = client.post(link)
    assert again.status_code == 200
    assert "Du har redan använt länken" in again.text
    assert Support.objects.count() == 1


def test_expired_link_gives_a_clear_page_and_confirms_nothing(
    client, idea, django_capture_on_commit_callbacks
):
    link = ask(client, idea, django_capture_on_commit_callbacks)
    Confirmation.objects.update(created_at=timezone.now() - timedelta(days=3))
    response = client.post(link)
    assert response.status_code == 200
    assert "Länken gäller inte längre" in response.text
    assert Support.objects.count() == 0
    assert ResidentAddress.objects.get().confirmed_at is None


@pytest.mark.parametrize("token", ["x" * 43, "not-a-token", "a" * 300])
def test_wrong_token_gives_a_clear_page(client, boards, token):
    for method in (client.get, client.post):
        response = method(f"/e-post/bekrafta/{token}/")
        assert response.status_code == 200
        assert "Länken fungerar inte" in response.text


def test_english_confirmation_link_and_page(client, idea, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post_address(client, f"/en/ideas/{idea.reference}/support/")
    message = mail.outbox[-1]
    assert message.subject == "Confirm your support for an idea"
    link = link_in(message)
    assert link.startswith("/en/email/confirm/")
    # The page sends no referrer, so browsers POST with "Origin: null": no CSRF check here.
    confirmed = Client(enforce_csrf_checks=True).post(link, HTTP_ORIGIN="null")
    assert "Your support is now counted" in confirmed.text


def test_the_confirmation_email_carries_no_unsubscribe_header_nor_typed_text(
    client, idea, django_capture_on_commit_callbacks
):
    ask(client, idea, django_capture_on_commit_callbacks)
    message = mail.outbox[-1]
    assert "List-Unsubscribe" not in message.extra_headers
    assert idea.reference in message.body


# --- Support ----------------------------------------------------------------------------------


def test_supporting_twice_counts_once_and_the_count_is_public(
    client, idea, django_capture_on_commit_callbacks
):
    first = ask(client, idea, django_capture_on_commit_callbacks)
    second = ask(client, idea, django_capture_on_commit_callbacks)
    client.post(first)
    client.post(second)
    assert Support.objects.filter(idea=idea).count() == 1
    page = client.get(f"/ideer/{idea.reference}/")
    assert "1 person stöder idén." in page.text
    assert EMAIL not in page.text


def test_a_supporter_can_withdraw(client, idea, django_capture_on_commit_callbacks):
    link = ask(client, idea, django_capture_on_commit_callbacks)
    confirmed = client.post(link)
    assert "Ta tillbaka mitt stöd" in confirmed.text
    withdrawn = client.post(link, {"action": "withdraw"})
    assert withdrawn.status_code == 200
    assert "Du har tagit tillbaka ditt stöd" in withdrawn.text
    assert Support.objects.count() == 0
    assert "0 personer stöder idén." in client.get(f"/ideer/{idea.reference}/").text


def test_an_unpublished_idea_cannot_be_supported_or_followed(client, boards):
    hidden = IdeaFactory(is_public=False)
    for purpose in ("stod", "bevaka"):
        response = post_address(client, f"/ideer/{hidden.reference}/{purpose}/")
        assert response.status_code == 404
    assert not mail.outbox
    assert not Confirmation.objects.exists()


def test_a_link_for_an_idea_taken_down_since_does_nothing(
    client, idea, django_capture_on_commit_callbacks
):
    link = ask(client, idea, django_capture_on_commit_callbacks, "bevaka")
    idea.set_publication(False)
    response = client.post(link)
    assert response.status_code == 200
    assert "inte längre publicerad" in response.text
    assert not Follow.objects.exists()


def test_handlers_see_the_support_count_and_its_weeks(admin_client, demo_site):
    idea = Idea.objects.filter(is_public=True).first()
    address = ResidentAddress.for_email(EMAIL, "sv")
    Support.objects.create(address=address, idea=idea)
    response = admin_client.get(f"/admin/ideas/inspect/{idea.pk}/")
    assert response.status_code == 200
    assert "Nya stöd per vecka" in response.text


# --- Follow and unsubscribe -------------------------------------------------------------------


def follow(client, idea, capture, path="/ideer/{}/bevaka/"):
    with capture(execute=True):
        post_address(client, path.format(idea.reference))
    client.post(link_in(mail.outbox[-1]))


def test_followers_get_stage_changes_and_answers_in_their_language_with_unsubscribe(
    client, idea, django_capture_on_commit_callbacks
):
    follow(client, idea, django_capture_on_commit_callbacks)
    follow(
        client,
        idea,
        django_capture_on_commit_callbacks,
        path="/en/ideas/{}/follow-by-email/",
    )
    # Two follows from one address: the later one's language wins.
    assert Follow.objects.get().language == "en"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        handling.change_stage(idea, Stage.CONCEPT_DEVELOPMENT)
        handling.answer(idea, "Vi testar i vinter.", text_en="We are testing it this winter.")
    assert len(mail.outbox) == 2
    stage_mail, answer_mail = mail.outbox
    assert stage_mail.subject == f"An update on the idea {idea.reference}"
    assert "We are testing it this winter." in answer_mail.body
    for message in mail.outbox:
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        header_url = message.extra_headers["List-Unsubscribe"].strip("<>")
        assert header_url in message.body
        assert "/en/email/unsubscribe/" in header_url
    assert ResidentEmail.objects.filter(kind=ResidentEmail.Kind.FOLLOWER_UPDATE).count() == 2
    assert all(row.headers for row in ResidentEmail.objects.filter(kind="follower_update"))


def test_followers_hear_of_a_decision_once_with_its_reason(
    client, idea, django_capture_on_commit_callbacks
):
    follow(client, idea, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        record_decision(
            idea,
            actor=None,
            outcome=Decision.Outcome.GO_ON,
            reason="Idén passar vårt arbete med utomhusmiljöer.",
            decided_by="Socialnämnden",
            decided_on=timezone.localdate(),
            next_stage=Stage.CONCEPT_DEVELOPMENT,
        )
    to_follower = [
        message for message in mail.outbox if "Det har kommit ett beslut" in message.body
    ]
    assert len(to_follower) == 1
    assert "Idén passar vårt arbete med utomhusmiljöer." in to_follower[0].body


def test_one_click_unsubscribe_by_post_without_a_cookie(
    client, idea, django_capture_on_commit_callbacks
):
    follow(client, idea, django_capture_on_commit_callbacks)
    address = ResidentAddress.objects.get()
    path = f"/e-post/avregistrera/{address.unsubscribe_token}/"
    # RFC 8058: the mail client POSTs this body, with no session and no CSRF token.
    response = Client(enforce_csrf_checks=True).post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert not Follow.objects.exists()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        handling.change_stage(idea, Stage.TESTING)
    assert not mail.outbox


def test_unsubscribe_link_shows_a_button_first_and_a_wrong_one_a_clear_page(
    client, idea, django_capture_on_commit_callbacks
):
    follow(client, idea, django_capture_on_commit_callbacks)
    token = ResidentAddress.objects.get().unsubscribe_token
    page = client.get(f"/e-post/avregistrera/{token}/")
    assert page.status_code == 200
    assert "Stoppa e-posten" in page.text
    assert Follow.objects.exists()
    wrong = client.post("/e-post/avregistrera/wrong/")
    assert wrong.status_code == 200
    assert "Länken fungerar inte" in wrong.text
    assert unsubscribe("") is False


def test_followers_of_an_unpublished_idea_get_nothing(
    client, idea, django_capture_on_commit_callbacks
):
    follow(client, idea, django_capture_on_commit_callbacks)
    idea.set_publication(False)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        handling.change_stage(idea, Stage.TESTING)
    assert not mail.outbox


# --- The submitter's own updates ------------------------------------------------------------


def test_own_updates_wait_for_the_link_in_the_receipt(
    client, boards, django_capture_on_commit_callbacks
):
    own = IdeaFactory(submitter_email=EMAIL, wants_updates=True)
    with django_capture_on_commit_callbacks(execute=True):
        queue_receipt(own)
        handling.change_stage(own, Stage.ASSESSMENT)
    # Only the receipt, with the link that confirms the address.
    assert len(mail.outbox) == 1
    receipt = mail.outbox[0]
    assert "List-Unsubscribe" not in receipt.extra_headers
    outcome, _confirmation = confirm(link_in(receipt).rstrip("/").rsplit("/", 1)[1])
    assert outcome == "confirmed"
    with django_capture_on_commit_callbacks(execute=True):
        handling.change_stage(own, Stage.CONCEPT_DEVELOPMENT)
    assert len(mail.outbox) == 2
    assert "List-Unsubscribe" in mail.outbox[1].extra_headers
    assert own.notifications.filter(headers__has_key="List-Unsubscribe").exists()


# --- Lost links -------------------------------------------------------------------------------


def test_lost_links_answer_the_same_for_known_and_unknown_addresses(
    client, boards, django_capture_on_commit_callbacks
):
    known = IdeaFactory(submitter_email=EMAIL)
    with django_capture_on_commit_callbacks(execute=True):
        for_known = post_address(client, "/ideer/skicka-lankar/", email=EMAIL.upper())
        for_unknown = post_address(client, "/ideer/skicka-lankar/", email="nobody@example.org")
    assert for_known.status_code == for_unknown.status_code == 200

    def strip(text):
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", text)

    assert strip(for_known.text) == strip(for_unknown.text)
    assert len(mail.outbox) == 1
    assert known.tracking_token in mail.outbox[0].body
    assert mail.outbox[0].to == [EMAIL]


def test_lost_links_are_rate_limited_per_client(client, boards, settings):
    settings.FORM_RATE_LIMIT = (2, 600)
    statuses = [
        post_address(client, "/ideer/skicka-lankar/", email=f"a{n}@example.org").status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]


def test_lost_links_are_limited_per_address(
    client, boards, settings, django_capture_on_commit_callbacks
):
    settings.MAIL_LIMIT_PER_ADDRESS = 1
    IdeaFactory(submitter_email=EMAIL)
    with django_capture_on_commit_callbacks(execute=True):
        first = post_address(client, "/ideer/skicka-lankar/")
        second = post_address(client, "/ideer/skicka-lankar/")
    assert first.status_code == second.status_code == 200
    assert len(mail.outbox) == 1


def test_the_address_is_stored_with_a_keyed_hash_and_never_shown_by_str(idea):
    address = ResidentAddress.for_email(" Stina@Example.org", "sv")
    assert address.email_hash == address_hash(EMAIL)
    assert EMAIL not in str(address).lower()
    assert ResidentAddress.for_email(EMAIL, "en") == address
