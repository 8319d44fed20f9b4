"""Proposing an idea: storing, the receipt, the similar-ideas step and every kind of bad input."""

import re

import pytest
from django.core import mail
from django.db import transaction
from django.test import Client

from home import form_protection
from home.form_protection import HONEYPOT_FIELD, STARTED_FIELD
from home.models import SpentFormToken
from ideas.models import Idea, IdeaEvent, Notification
from ideas.stages import Stage
from ideas.submission_views import SUBMITTED_SESSION_KEY
from tests.conftest import form_session, form_started

from .conftest import EN_FORM, ESCAPED_XSS, SV_FORM, XSS, answers

pytestmark = pytest.mark.django_db

# Only the idea handlers are told about an idea sent without an e-mail address.
HANDLER_ONLY = ["handlaggare-pitea@example.org"]

REFERENCE = re.compile(r"^IDE-\d{4}-\d{4}$")


@pytest.fixture
def client(client):
    """A client whose session the tokens of `answers()` are bound to."""
    return form_session(client)


def submit(client, url, data, capture):
    with capture(execute=True):
        return client.post(url, data)


def test_form_renders_with_consent_link_and_no_cache(client, demo_site):
    response = client.get(SV_FORM)
    assert response.status_code == 200
    assert "novalidate" in response.text
    assert 'class="form-honeypot"' in response.text
    assert 'href="/personuppgifter/"' in response.text or "personuppgifter" in response.text
    assert "no-store" in response["Cache-Control"]
    assert 'autocomplete="email"' in response.text


def test_valid_submission_is_stored_with_reference_token_and_receipt(
    client, demo_site, django_capture_on_commit_callbacks
):
    response = submit(client, SV_FORM, answers(), django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert response["Location"] == "/lamna-en-ide/tack/"
    idea = Idea.objects.get(title="Värmefilt som håller kaffet varmt")
    assert REFERENCE.match(idea.reference)
    assert len(idea.tracking_token) >= 40
    assert idea.language == "sv"
    assert idea.stage == Stage.RECEIVED
    assert idea.consent_at is not None
    assert idea.submitter_email == "karin@example.org"
    assert idea.events.get().kind == IdeaEvent.Kind.RECEIVED
    assert not idea.is_public

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert idea.reference in thanks.text
    assert f"/ideer/folj/{idea.tracking_token}/" in thanks.text
    assert "no-store" in thanks["Cache-Control"]

    # The receipt, and the e-mail that tells Piteå's idea handlers (see test_handling.py).
    assert [message.to for message in mail.outbox] == [
        ["karin@example.org"],
        ["handlaggare-pitea@example.org"],
    ]
    receipt = mail.outbox[0]
    assert receipt.to == ["karin@example.org"]
    assert receipt.subject == f"Vi har tagit emot din idé {idea.reference}"
    assert receipt.body.startswith("Hej!")
    assert f"http://testserver/ideer/folj/{idea.tracking_token}/" in receipt.body
    assert Notification.objects.get().status == Notification.Status.SENT


def test_english_submission_gets_an_english_receipt(
    client, demo_site, django_capture_on_commit_callbacks
):
    response = submit(
        client, EN_FORM, answers(title="Warm coffee"), django_capture_on_commit_callbacks
    )
    assert response["Location"] == "/en/submit-an-idea/thank-you/"
    idea = Idea.objects.get(title="Warm coffee")
    assert idea.language == "en"
    thanks = client.get(response["Location"])
    assert f"/en/ideas/follow/{idea.tracking_token}/" in thanks.text
    assert mail.outbox[0].subject == f"We have received your idea {idea.reference}"
    assert f"/en/ideas/follow/{idea.tracking_token}/" in mail.outbox[0].body


def test_anonymous_submission_stores_no_personal_data(
    client, demo_site, django_capture_on_commit_callbacks
):
    response = submit(
        client, SV_FORM, answers(anonymous="on", show_name="on"), django_capture_on_commit_callbacks
    )
    assert response.status_code == 302
    idea = Idea.objects.get(title="Värmefilt som håller kaffet varmt")
    assert (idea.submitter_name, idea.submitter_email, idea.submitter_phone) == ("", "", "")
    assert not idea.show_name and not idea.wants_updates
    assert [message.to for message in mail.outbox] == [HANDLER_ONLY]


def test_without_contact_details(client, demo_site, django_capture_on_commit_callbacks):
    data = answers(name="", email="", phone="", wants_updates=None)
    response = submit(client, SV_FORM, data, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert Idea.objects.filter(title="Värmefilt som håller kaffet varmt").exists()
    assert [message.to for message in mail.outbox] == [HANDLER_ONLY]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "", "Fyll i det här fältet."),
        ("title", "   \x00\x07  ", "Fyll i det här fältet."),
        ("title", "x" * 121, "Skriv högst 120 tecken. Du skrev 121."),
        ("description", "", "Fyll i det här fältet."),
        ("description", "y" * 4001, "Skriv högst 4000 tecken. Du skrev 4001."),
        ("need", "", "Fyll i det här fältet."),
        ("who_benefits", "z" * 1001, "Skriv högst 1000 tecken. Du skrev 1001."),
        ("area", "", "Välj ett av alternativen."),
        ("area", "space_travel", "Välj ett av alternativen."),
        ("municipality", "lulea", "Välj ett av alternativen."),
        ("name", "n" * 101, "Skriv högst 100 tecken. Du skrev 101."),
        ("email", "not an address", "Skriv en e-postadress i formen namn@exempel.se."),
        ("phone", "ring mig", "Skriv telefonnumret med siffror, till exempel 070-123 45 67."),
        ("consent", None, "Kryssa i rutan för att skicka idén."),
    ],
)
def test_each_invalid_field_gives_a_field_error_and_keeps_the_text(
    client, demo_site, field, value, message
):
    kept = "Kaffet hinner kallna" if field != "need" else "Värmefilt som håller kaffet varmt"
    data = answers(who_benefits="Alla <b>boende</b>")
    data.update({field: value} if value is not None else {})
    if value is None:
        del data[field]
    response = client.post(SV_FORM, data)
    assert response.status_code == 400
    assert message in response.text
    assert 'class="error-summary"' in response.text
    assert f'href="#id_{field}"' in response.text
    assert kept in response.text
    if field != "who_benefits":
        assert "Alla &lt;b&gt;boende&lt;/b&gt;" in response.text
    assert not Idea.objects.filter(title="Värmefilt som håller kaffet varmt").exists()


def test_updates_need_an_email_and_shown_name_needs_a_name(client, demo_site):
    response = client.post(SV_FORM, answers(email="", name="", show_name="on"))
    assert response.status_code == 400
    assert "Skriv din e-postadress för att få uppdateringar." in response.text
    assert "Skriv ditt namn om det ska visas." in response.text


def test_control_characters_are_removed_and_newlines_kept(
    client, demo_site, django_capture_on_commit_callbacks
):
    data = answers(title="Ljus\x1b[31m i\ttrappan\x00", description="Rad ett\r\nRad två\x0b")
    response = submit(client, SV_FORM, data, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    idea = Idea.objects.latest("pk")
    assert idea.title == "Ljus[31m i trappan"
    assert idea.description == "Rad ett\nRad två"


def test_honeypot_is_silently_dropped(client, demo_site):
    response = client.post(SV_FORM, answers(**{HONEYPOT_FIELD: "http://spam.example"}))
    assert response.status_code == 200
    assert "Tack för din idé" in response.text
    assert not Idea.objects.filter(title="Värmefilt som håller kaffet varmt").exists()
    assert mail.outbox == []


def test_too_fast_is_explained_and_keeps_the_text(client, demo_site):
    response = client.post(SV_FORM, answers(**{STARTED_FIELD: form_started(seconds_ago=0)}))
    assert response.status_code == 400
    assert "skickades mycket snabbt" in response.text
    assert "Värmefilt som håller kaffet varmt" in response.text
    assert not Idea.objects.exists() or not Idea.objects.filter(title__startswith="Värme").exists()


def test_forged_start_time_is_rejected(client, demo_site):
    response = client.post(SV_FORM, answers(**{STARTED_FIELD: "forged"}))
    assert response.status_code == 400


def test_rate_limit_explains_and_keeps_the_text(
    client, demo_site, settings, django_capture_on_commit_callbacks
):
    settings.FORM_RATE_LIMIT = (2, 600)
    for number in range(2):
        response = submit(
            client, SV_FORM, answers(title=f"Idé {number}"), django_capture_on_commit_callbacks
        )
        assert response.status_code == 302
    response = client.post(SV_FORM, answers(title="Den tredje idén"))
    assert response.status_code == 429
    assert "Den tredje idén" in response.text
    assert "Vänta några minuter" in response.text
    assert not Idea.objects.filter(title="Den tredje idén").exists()


def test_similar_published_ideas_are_shown_before_sending(client, demo_site):
    data = answers(title="Sensorlampor på natten", need="Boende snubblar i mörkret")
    del data["confirm"]
    response = client.post(SV_FORM, data)
    assert response.status_code == 200
    assert "Liknande idéer som redan är publicerade" in response.text
    assert "Sensorlampor i korridorerna på natten" in response.text
    assert 'name="confirm"' in response.text
    assert 'value="Sensorlampor på natten"' in response.text
    assert not Idea.objects.filter(title="Sensorlampor på natten").exists()
    # Hidden ideas are never suggested.
    assert "Reading aloud" not in response.text

    response = client.post(SV_FORM, {**data, "confirm": "1"})
    assert response.status_code == 302
    assert Idea.objects.filter(title="Sensorlampor på natten").exists()


def test_without_similar_ideas_the_idea_is_sent_at_once(client, demo_site):
    data = answers(title="Qwzx plorf", need="Qwzx plorf", description="Qwzx")
    del data["confirm"]
    response = client.post(SV_FORM, data)
    assert response.status_code == 302


def test_html_is_stored_as_text_and_escaped_on_the_thank_you_page(
    client, demo_site, django_capture_on_commit_callbacks
):
    response = submit(client, SV_FORM, answers(title=XSS), django_capture_on_commit_callbacks)
    assert response.status_code == 302
    idea = Idea.objects.get(title=XSS)
    tracking = client.get(f"/ideer/folj/{idea.tracking_token}/")
    assert ESCAPED_XSS in tracking.text
    assert XSS not in tracking.text
    # The e-mail is plain text only: nothing in it is run as HTML.
    message = mail.outbox[0]
    assert message.content_subtype == "plain"
    assert not getattr(message, "alternatives", None)
    assert XSS not in message.body
    assert "\n" not in message.subject


def test_thank_you_page_without_a_submission_leads_back_to_the_form(client, demo_site):
    response = client.get("/lamna-en-ide/tack/")
    assert response.status_code == 302
    assert response["Location"] == "/lamna-en-ide/"
    session = client.session
    session[SUBMITTED_SESSION_KEY] = "not an id"
    session.save()
    assert client.get("/lamna-en-ide/tack/").status_code == 302


def test_references_are_unique_and_counted_per_year(make_idea):
    first, second = make_idea(), make_idea()
    assert first.reference != second.reference
    assert int(second.reference[-4:]) == int(first.reference[-4:]) + 1


def test_a_submission_that_fails_leaves_no_gap_in_the_references(make_idea):
    first = make_idea()
    with pytest.raises(RuntimeError), transaction.atomic():
        make_idea()
        raise RuntimeError("the submission failed after taking its number")
    assert int(make_idea().reference[-4:]) == int(first.reference[-4:]) + 1


# --- The form token: single use, bound to the session, with a maximum age (issue 13, defect 3) --


def hidden_token(response) -> str:
    return re.search(rf'name="{STARTED_FIELD}" value="([^"]+)"', response.text).group(1)


def receipts():
    return [message for message in mail.outbox if message.to == ["karin@example.org"]]


def test_the_same_form_sent_again_creates_one_idea_and_sends_one_receipt(
    client, demo_site, django_capture_on_commit_callbacks
):
    data = answers()
    first = submit(client, SV_FORM, data, django_capture_on_commit_callbacks)
    again = [submit(client, SV_FORM, data, django_capture_on_commit_callbacks) for _ in range(3)]
    assert [response.status_code for response in [first, *again]] == [302] * 4
    idea = Idea.objects.get(title="Värmefilt som håller kaffet varmt")
    assert len(receipts()) == 1
    assert Notification.objects.filter(idea=idea).count() == 1
    assert len(mail.outbox) == 2  # the receipt and the handlers' alert, once
    assert idea.reference in client.get(again[-1]["Location"]).text


def test_a_post_retried_after_the_idea_was_committed_shows_the_same_reference_and_link_once(
    client, demo_site, django_capture_on_commit_callbacks
):
    """Issue 19: the first answer never reached the resident (the thank-you page failed after
    the commit), so they send again. They get the idea already made, its link included, as the
    link was never shown; sent once more after that, the reference but not the link."""
    data = answers()
    submit(client, SV_FORM, data, django_capture_on_commit_callbacks)
    idea = Idea.objects.get(title="Värmefilt som håller kaffet varmt")
    session = client.session
    del session[SUBMITTED_SESSION_KEY]  # as if the answer had been lost
    session.save()
    retry = submit(client, SV_FORM, data, django_capture_on_commit_callbacks)
    thanks = client.get(retry["Location"])
    assert idea.reference in thanks.text
    assert idea.tracking_token in thanks.text
    assert "Vi har också skickat ärendenumret" in thanks.text

    retry = submit(client, SV_FORM, data, django_capture_on_commit_callbacks)
    thanks = client.get(retry["Location"])
    assert idea.reference in thanks.text
    assert idea.tracking_token not in thanks.text
    assert Idea.objects.filter(title="Värmefilt som håller kaffet varmt").count() == 1
    assert len(receipts()) == 1


def test_two_requests_with_the_same_token_at_once_store_one_idea(
    client, demo_site, make_idea, monkeypatch
):
    """The second of two parallel requests passed the check before the first committed: the
    token's unique row stops it, its idea is rolled back and the first one's is returned."""
    first = make_idea(title="Den första")
    form = type("Form", (), {"token_hash": "a" * 64})()
    SpentFormToken.objects.create(token_hash=form.token_hash, result=first)
    looked_up = []
    real_lookup = form_protection.spent_token_result

    def lookup(form):
        looked_up.append(form)
        return None if len(looked_up) == 1 else real_lookup(form)

    monkeypatch.setattr(form_protection, "spent_token_result", lookup)
    result, created = form_protection.submit_once(form, lambda: make_idea(title="Den andra"))
    assert (result, created) == (first, False)
    assert not Idea.objects.filter(title="Den andra").exists()


def test_a_token_from_another_session_is_refused_and_the_text_kept(demo_site, settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    other = form_session(Client(), key="another-session")
    response = other.post(SV_FORM, answers())
    assert response.status_code == 400
    assert "öppnades i en annan webbläsarsession" in response.text
    assert "Värmefilt som håller kaffet varmt" in response.text
    assert not Idea.objects.filter(title="Värmefilt som håller kaffet varmt").exists()
    # The form shown again carries a token of this session, so sending it again works.
    response = other.post(SV_FORM, answers(**{STARTED_FIELD: hidden_token(response)}))
    assert response.status_code == 302
    assert Idea.objects.filter(title="Värmefilt som håller kaffet varmt").count() == 1


def test_a_token_without_a_session_is_refused(demo_site):
    response = Client().post(SV_FORM, answers())
    assert response.status_code == 400
    assert "öppnades i en annan webbläsarsession" in response.text
    assert not Idea.objects.filter(title="Värmefilt som håller kaffet varmt").exists()


def test_an_expired_token_is_refused_and_the_text_kept(client, demo_site, settings):
    settings.FORM_TOKEN_MAX_AGE = 3600
    response = client.post(SV_FORM, answers(**{STARTED_FIELD: form_started(seconds_ago=3601)}))
    assert response.status_code == 400
    assert "Formuläret har varit öppet länge och har därför gått ut" in response.text
    assert "Värmefilt som håller kaffet varmt" in response.text
    assert not Idea.objects.filter(title="Värmefilt som håller kaffet varmt").exists()


# --- What the receipt may say, and how many (issue 13, defect 3) --------------------------------


def test_the_receipt_repeats_nothing_the_resident_wrote(
    client, demo_site, django_capture_on_commit_callbacks
):
    data = answers(
        name="Besök evil.example nu",
        title="Ditt konto är spärrat",
        description="Logga in på https://evil.example/bank",
    )
    submit(client, SV_FORM, data, django_capture_on_commit_callbacks)
    idea = Idea.objects.get(title="Ditt konto är spärrat")
    (receipt,) = receipts()
    text = receipt.subject + receipt.body
    assert "evil.example" not in text
    assert "spärrat" not in text
    assert idea.reference in receipt.subject
    assert f"/ideer/folj/{idea.tracking_token}/" in receipt.body
    assert "upprepar inte det du skrev" in receipt.body


def test_receipts_to_one_address_are_limited_per_day_and_the_ideas_still_stored(
    client, demo_site, settings, django_capture_on_commit_callbacks
):
    settings.MAIL_LIMIT_PER_ADDRESS = 2
    for number in range(3):
        response = submit(
            client,
            SV_FORM,
            answers(title=f"Idé nummer {number}", email="Karin@Example.org"),
            django_capture_on_commit_callbacks,
        )
        assert response.status_code == 302
    thanks = client.get(response["Location"])
    assert Idea.objects.filter(title__startswith="Idé nummer").count() == 3
    assert len([m for m in mail.outbox if m.to == ["Karin@Example.org"]]) == 2
    assert "Vi har också skickat" not in thanks.text
    # Another address is not affected.
    submit(client, SV_FORM, answers(email="per@example.org"), django_capture_on_commit_callbacks)
    assert [m.to for m in mail.outbox].count(["per@example.org"]) == 1


# --- The thank-you page shows the tracking link once (issue 13, defect 9) -----------------------


def test_the_thank_you_page_shows_the_tracking_link_only_once(
    client, demo_site, django_capture_on_commit_callbacks
):
    response = submit(client, SV_FORM, answers(), django_capture_on_commit_callbacks)
    idea = Idea.objects.get(title="Värmefilt som håller kaffet varmt")
    assert idea.tracking_token in client.get(response["Location"]).text
    again = client.get(response["Location"])
    assert again.status_code == 302
    assert again["Location"] == "/lamna-en-ide/"
    assert SUBMITTED_SESSION_KEY not in client.session
    assert idea.tracking_token not in str(dict(client.session))
