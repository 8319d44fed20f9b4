"""The contact request form of a testbed page: stored and mailed to the testbed's contact in
Swedish, refused by a closed testbed, bad input kept, rate limit, never cached."""

import pytest
from django.core import mail

from home.form_protection import HONEYPOT_FIELD, STARTED_FIELD
from home.models import OutgoingEmail
from testbeds.choices import Status
from testbeds.models import ContactRequest
from tests.conftest import form_session, form_started
from tests.factories import TestbedIndexPageFactory, TestbedPageFactory, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(client):
    """A client whose session the tokens of `answers()` are bound to."""
    return form_session(client)


@pytest.fixture
def catalogue(home):
    return TestbedIndexPageFactory(parent=home)


@pytest.fixture
def testbed(catalogue):
    return TestbedPageFactory(
        parent=catalogue, title="Trygghetslägenheten", slug="trygghetslagenheten"
    )


@pytest.fixture
def english_testbed(testbed, english_home):
    translate(testbed.get_parent(), title="Testbeds", slug="testbeds")
    return translate(testbed, title="The safety flat", slug="the-safety-flat")


def answers(**overrides):
    data = {
        "name": "Anna Andersson",
        "email": "anna@example.org",
        "organisation": "Exempelbolaget AB",
        "what_to_test": "En sensor som känner av fall i badrummet.",
        "when": "Två veckor i september",
        "consent": "on",
        STARTED_FIELD: form_started(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_the_testbed_page_links_its_contact_form_in_each_language(client, english_testbed):
    swedish = client.get("/testbaddar/trygghetslagenheten/")
    assert 'href="/testbaddar/trygghetslagenheten/kontakt/"' in swedish.text
    english = client.get("/en/testbeds/the-safety-flat/")
    assert 'href="/en/testbeds/the-safety-flat/contact/"' in english.text


def test_the_form_is_shown_and_never_cached(client, testbed):
    response = client.get(testbed.url + "kontakt/")
    assert response.status_code == 200
    assert '<label class="form-field__label" for="id_what_to_test">' in response.text
    assert 'class="form-honeypot"' in response.text
    assert "no-cache" in response["Cache-Control"]
    assert "max-age=0" in response["Cache-Control"]


def test_a_request_is_stored_and_mailed_to_the_testbed_contact_in_swedish(
    client, english_testbed, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/testbeds/the-safety-flat/contact/", answers())
    assert response.status_code == 200
    assert "Thank you for your request" in response.text
    request = ContactRequest.objects.get()
    assert request.testbed.locale.language_code == "sv"  # stored against the Swedish entry
    assert request.testbed_title == "Trygghetslägenheten"
    assert request.municipality == "pitea"
    assert request.language == "en"
    assert request.consent_at is not None
    email = OutgoingEmail.objects.get()
    assert email.to_address == "testbadd@example.org"
    assert email.about == request
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Kontaktförfrågan: Trygghetslägenheten"
    assert "Skrivet på: Engelska" in message.body
    assert "Exempelbolaget AB" in message.body
    assert "anna@example.org" in message.body
    assert "Två veckor i september" in message.body


def test_the_same_request_sent_again_is_stored_and_mailed_once(client, testbed):
    data = answers()
    assert client.post(testbed.url + "kontakt/", data).status_code == 200
    assert client.post(testbed.url + "kontakt/", data).status_code == 200
    assert ContactRequest.objects.count() == 1
    assert OutgoingEmail.objects.count() == 1


def test_a_closed_testbed_refuses_requests_with_a_message(client, catalogue):
    closed = TestbedPageFactory(parent=catalogue, slug="stangd", status=Status.CLOSED)
    page = client.get(closed.url)
    assert "Den här testbädden är stängd" in page.text
    assert closed.url + "kontakt/" not in page.text
    form = client.get(closed.url + "kontakt/")
    assert form.status_code == 200
    assert "Den här testbädden är stängd" in form.text
    assert 'name="what_to_test"' not in form.text
    response = client.post(closed.url + "kontakt/", answers())
    assert response.status_code == 410
    assert "Den här testbädden är stängd" in response.text
    assert not ContactRequest.objects.exists()
    assert not OutgoingEmail.objects.exists()


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("name", "", "Fyll i det här fältet."),
        ("email", "anna.example.org", "Skriv en e-postadress i formen namn@exempel.se."),
        ("organisation", "", "Fyll i det här fältet."),
        ("what_to_test", "x" * 3001, "Skriv högst 3000 tecken. Du skrev 3001."),
        ("when", "", "Fyll i det här fältet."),
        ("consent", None, "Du behöver godkänna innan du kan skicka förfrågan."),
    ],
)
def test_bad_input_is_reported_per_field_and_what_was_typed_is_kept(
    client, testbed, field, value, message
):
    response = client.post(testbed.url + "kontakt/", answers(**{field: value}))
    assert response.status_code == 400
    assert f'href="#id_{field}"' in response.text
    assert message in response.text
    assert "Exempelbolaget AB" in response.text or field == "organisation"
    assert "Två veckor i september" in response.text or field == "when"
    assert not ContactRequest.objects.exists()


def test_bad_input_on_the_english_page_is_reported_in_english(client, english_testbed):
    response = client.post("/en/testbeds/the-safety-flat/contact/", answers(name=""))
    assert response.status_code == 400
    assert "Fill in this field." in response.text


def test_a_form_sent_too_fast_is_refused_and_kept(client, testbed):
    response = client.post(testbed.url + "kontakt/", answers(**{STARTED_FIELD: form_started(0)}))
    assert response.status_code == 400
    assert "Anna Andersson" in response.text
    assert not ContactRequest.objects.exists()


def test_the_honeypot_stores_nothing(client, testbed):
    response = client.post(testbed.url + "kontakt/", answers(**{HONEYPOT_FIELD: "spam"}))
    assert response.status_code == 200
    assert not ContactRequest.objects.exists()
    assert not OutgoingEmail.objects.exists()


def test_rate_limit(client, testbed, settings):
    settings.FORM_RATE_LIMIT = (1, 600)
    assert client.post(testbed.url + "kontakt/", answers(name="")).status_code == 400
    response = client.post(testbed.url + "kontakt/", answers())
    assert response.status_code == 429
    assert "Anna Andersson" in response.text
    assert not ContactRequest.objects.exists()


def test_nothing_personal_is_on_the_public_pages(client, testbed):
    client.post(testbed.url + "kontakt/", answers())
    assert ContactRequest.objects.exists()
    catalogue = testbed.get_parent().url
    for url in (testbed.url, catalogue, catalogue + "data/json/", "/sitemap.xml", "/sok/?q=Anna"):
        text = client.get(url).text
        assert "Anna Andersson" not in text
        assert "anna@example.org" not in text
