"""Registering for a session: valid and invalid input, the deadline, the waiting list, seats
counted across languages and the confirmation e-mail in the registrant's language."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from courses.choices import RegistrationStatus
from courses.models import CourseSession, Registration
from home import mail_limit
from home.form_protection import HONEYPOT_FIELD, STARTED_FIELD, purge_spent_tokens
from home.models import RecipientMail, SpentFormToken
from tests.conftest import form_session, form_started

from .conftest import make_course, session_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(client):
    """A client whose session the tokens of `answers()` are bound to."""
    return form_session(client)


def register_url(session, language="sv"):
    page = session.page
    route = "anmalan" if language == "sv" else "register"
    return f"{page.url}{route}/{session.pk}/"


def answers(**overrides):
    data = {
        "name": "Anna Andersson",
        "email": "anna@example.org",
        "organisation": "Piteå kommun",
        "role": "Ledamot i socialnämnden",
        "needs": "Hörslinga",
        "consent": "on",
        STARTED_FIELD: form_started(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_form_renders_with_labels_and_session_details(client, session):
    response = client.get(register_url(session))
    assert response.status_code == 200
    html = response.text
    assert "novalidate" in html
    assert '<label class="form-field__label" for="id_name">Namn' in html
    assert 'autocomplete="email"' in html
    assert "2 platser kvar av 2" in html
    assert 'class="form-honeypot"' in html
    assert response["Cache-Control"].startswith("max-age=0")


def test_valid_registration_is_stored_and_confirmed_in_swedish(
    client, session, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(register_url(session), answers())
    assert response.status_code == 200
    assert "Tack för din anmälan" in response.text
    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.session_key == session.translation_key
    assert registration.course_id == session.page_id
    assert registration.language == "sv"
    assert registration.needs == "Hörslinga"
    assert registration.consent_at is not None
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["anna@example.org"]
    assert message.subject == "Anmälan bekräftad: Kurs testkurs"
    assert "Du har en plats på Kurs testkurs." in message.body
    local = timezone.localtime(session.starts_at)
    # Swedish times as "kl. 9.00" (config/formats/sv).
    assert f"kl. {local.hour}.{local:%M}" in message.body


def test_english_registration_gets_an_english_email(
    client, english_session, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(register_url(english_session, "en"), answers())
    assert response.status_code == 200
    assert "Thank you for registering" in response.text
    registration = Registration.objects.get()
    assert registration.language == "en"
    message = mail.outbox[0]
    assert message.subject == "Registration confirmed: Course testkurs"
    assert "You have a seat at Course testkurs." in message.body
    assert "Town hall, Piteå" in message.body


def test_the_old_swedish_segment_on_the_english_page_redirects_to_the_english_one(
    client, english_session
):
    page = english_session.page
    response = client.get(f"{page.url}anmalan/{english_session.pk}/")
    assert response.status_code == 301
    assert response["Location"] == f"{page.url}register/{english_session.pk}/"


def test_a_registration_sent_to_the_old_segment_is_stored_not_redirected(client, english_session):
    page = english_session.page
    response = client.post(f"{page.url}anmalan/{english_session.pk}/", answers())
    assert response.status_code == 200
    assert Registration.objects.filter(email="anna@example.org").count() == 1


def test_the_english_course_page_links_english_segments(client, english_session):
    page = english_session.page
    html = client.get(page.url).content.decode()
    assert f"{page.url}register/{english_session.pk}/" in html
    assert f"{page.url}session/{english_session.pk}/calendar/" in html
    assert f"{page.url}calendar/" in html
    assert "/anmalan/" not in html and "/kalender/" not in html and "/tillfalle/" not in html


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "Fyll i det här fältet."),
        ("name", "x" * 201, "Skriv högst 200 tecken. Du skrev 201."),
        ("email", "", "Skriv din e-postadress."),
        ("email", "anna.example.org", "Skriv en e-postadress i formen namn@exempel.se."),
        ("organisation", "", "Fyll i det här fältet."),
        ("role", "", "Fyll i det här fältet."),
        ("needs", "x" * 1001, "Skriv högst 1000 tecken. Du skrev 1001."),
        ("consent", None, "Du behöver godkänna innan du kan anmäla dig."),
    ],
)
def test_each_invalid_field_is_reported_and_input_is_kept(client, session, field, value, message):
    response = client.post(register_url(session), answers(**{field: value}))
    assert response.status_code == 400
    assert 'class="error-summary"' in response.text
    assert f'href="#id_{field}"' in response.text
    assert message in response.text
    assert "Piteå kommun" in response.text  # what was typed is kept
    assert not Registration.objects.exists()


def test_a_form_sent_too_fast_or_without_token_is_refused(client, session, settings):
    response = client.post(register_url(session), answers(**{STARTED_FIELD: form_started(0)}))
    assert response.status_code == 400
    response = client.post(register_url(session), answers(**{STARTED_FIELD: "forged"}))
    assert response.status_code == 400
    assert not Registration.objects.exists()


def test_honeypot_stores_nothing(client, session):
    response = client.post(register_url(session), answers(**{HONEYPOT_FIELD: "spam"}))
    assert response.status_code == 200
    assert not Registration.objects.exists()


def test_rate_limit(client, session, settings):
    settings.FORM_RATE_LIMIT = (1, 600)
    assert client.post(register_url(session), answers(email="")).status_code == 400
    response = client.post(register_url(session), answers())
    assert response.status_code == 429
    assert "Anna Andersson" in response.text
    assert not Registration.objects.exists()


def test_registration_closes_at_the_deadline(client, course_index):
    starts_at = timezone.now() + timedelta(days=3)
    course = make_course(
        course_index,
        "stangd",
        [session_fields(starts_at=starts_at, deadline=timezone.now() - timedelta(minutes=1))],
    )
    session = course.sessions.get()
    response = client.get(register_url(session))
    assert response.status_code == 200
    assert "Sista dagen för anmälan har passerat." in response.text
    assert "<form" not in response.text.split("<main")[1]
    response = client.post(register_url(session), answers())
    assert response.status_code == 410
    assert not Registration.objects.exists()
    page = client.get(course.url)
    assert "Anmälan är stängd" in page.text


def test_full_session_offers_the_waiting_list(client, session, django_capture_on_commit_callbacks):
    for number in range(2):
        client.post(register_url(session), answers(email=f"p{number}@example.org"))
    assert Registration.objects.filter(status=RegistrationStatus.CONFIRMED).count() == 2

    page = client.get(session.page.url)
    assert "Ställ dig på väntelistan" in page.text
    form = client.get(register_url(session))
    assert "Alla platser är tagna." in form.text
    assert "Ställ dig på väntelistan</button>" in form.text

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(register_url(session), answers(email="third@example.org"))
    assert response.status_code == 200
    assert "Du står på väntelistan" in response.text
    third = Registration.objects.get(email="third@example.org")
    assert third.status == RegistrationStatus.WAITING_LIST
    assert mail.outbox[-1].subject == "Väntelista: Kurs testkurs"


def test_a_seat_taken_on_the_english_page_counts_on_the_swedish_page(
    client, session, english_session
):
    assert english_session.pk != session.pk
    client.post(register_url(english_session, "en"), answers(email="en@example.org"))
    response = client.get(register_url(session))
    assert "1 plats kvar av 2" in response.text
    client.post(register_url(session), answers(email="sv@example.org"))
    client.post(register_url(english_session, "en"), answers(email="late@example.org"))
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "en@example.org": RegistrationStatus.CONFIRMED,
        "sv@example.org": RegistrationStatus.CONFIRMED,
        "late@example.org": RegistrationStatus.WAITING_LIST,
    }
    assert {r.session_key for r in Registration.objects.all()} == {session.translation_key}


def test_cancelled_registrations_free_their_seat(client, session):
    client.post(register_url(session), answers(email="a@example.org"))
    client.post(register_url(session), answers(email="b@example.org"))
    Registration.objects.filter(email="a@example.org").update(status=RegistrationStatus.CANCELLED)
    client.post(register_url(session), answers(email="c@example.org"))
    assert Registration.objects.get(email="c@example.org").status == RegistrationStatus.CONFIRMED


def test_registration_is_kept_when_email_fails(
    client, session, django_capture_on_commit_callbacks, settings
):
    settings.EMAIL_BACKEND = "tests.home.failing_mail.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(register_url(session), answers())
    assert response.status_code == 200
    assert Registration.objects.count() == 1


@pytest.mark.parametrize("suffix", ["anmalan/999999/", "anmalan/x/", "anmalan/0/"])
def test_unknown_sessions_are_not_found(client, course, suffix):
    assert client.get(course.url + suffix).status_code == 404


def test_a_session_of_another_course_is_not_found(client, course_index, course):
    other = make_course(course_index, "annan", [session_fields()]).sessions.get()
    assert client.get(f"{course.url}anmalan/{other.pk}/").status_code == 404


def test_personal_data_is_not_on_public_pages(client, session):
    client.post(register_url(session), answers())
    assert "anna@example.org" not in client.get(session.page.url).text
    assert "Anna Andersson" not in client.get(register_url(session)).text
    assert CourseSession.objects.filter(translation_key=session.translation_key).count() == 2


# --- Single-use form token, mail limit and what the confirmation says (issue 13, defect 3) ------


def test_the_same_registration_sent_again_is_stored_and_confirmed_once(
    client, session, django_capture_on_commit_callbacks
):
    data = answers()
    for _ in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(register_url(session), data)
        assert response.status_code == 200
        assert "Tack för din anmälan" in response.text
    assert Registration.objects.count() == 1
    assert len(mail.outbox) == 1


def test_a_registration_token_from_another_session_is_refused(session):
    other = form_session(Client(), key="another-session")
    response = other.post(register_url(session), answers())
    assert response.status_code == 400
    assert "öppnades i en annan webbläsarsession" in response.text
    assert "Ledamot i socialnämnden" in response.text
    assert not Registration.objects.exists()


def test_an_expired_registration_token_is_refused(client, session, settings):
    settings.FORM_TOKEN_MAX_AGE = 600
    response = client.post(
        register_url(session), answers(**{STARTED_FIELD: form_started(seconds_ago=601)})
    )
    assert response.status_code == 400
    assert "har därför gått ut" in response.text
    assert not Registration.objects.exists()


def test_the_confirmation_repeats_neither_the_name_nor_the_needs(
    client, session, django_capture_on_commit_callbacks
):
    data = answers(name="Ring 0900-123456 nu", needs="Betala på https://evil.example")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(register_url(session), data)
    assert Registration.objects.get().needs == "Betala på https://evil.example"
    (message,) = mail.outbox
    assert "0900" not in message.subject + message.body
    assert "evil.example" not in message.body
    assert "Du har en plats på Kurs testkurs." in message.body
    assert "upprepar inte det du skrev" in message.body


def test_confirmations_to_one_address_are_limited_per_day_and_registrations_stored(
    client, course_index, settings, django_capture_on_commit_callbacks
):
    settings.MAIL_LIMIT_PER_ADDRESS = 2
    course = make_course(course_index, "gransen", [session_fields(), session_fields(hours=2)])
    sessions = list(course.sessions.order_by("pk"))
    session_urls = [register_url(s) for s in sessions] + [register_url(sessions[0])]
    for url in session_urls:
        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(url, answers()).status_code == 200
    assert Registration.objects.filter(email="anna@example.org").count() == 3
    assert len(mail.outbox) == 2


def test_a_token_whose_registration_was_deleted_registers_again(client, session):
    data = answers()
    client.post(register_url(session), data)
    Registration.objects.all().delete()
    response = client.post(register_url(session), data)
    assert response.status_code == 200
    assert Registration.objects.count() == 1


def test_the_purges_delete_spent_tokens_and_mail_counts_that_no_longer_count(
    client, session, settings
):
    settings.FORM_TOKEN_MAX_AGE = 3600
    # Start without rows that PostgreSQL-only tests with real commits may have left.
    SpentFormToken.objects.all().delete()
    RecipientMail.objects.all().delete()
    client.post(register_url(session), answers())
    assert (SpentFormToken.objects.count(), RecipientMail.objects.count()) == (1, 1)
    assert purge_spent_tokens(timezone.now()) == {"spent form tokens": 0}
    assert mail_limit.purge(timezone.now()) == {"recipient mail counts": 0}
    later = timezone.now() + timedelta(days=1, seconds=1)
    assert purge_spent_tokens(later) == {"spent form tokens": 1}
    assert mail_limit.purge(later) == {"recipient mail counts": 1}
    assert RecipientMail.objects.count() == 0
