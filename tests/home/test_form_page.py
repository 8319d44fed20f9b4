"""The editor-built form (the accessibility feedback form): storing, e-mailing and bad input."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from home.form_protection import HONEYPOT_FIELD, STARTED_FIELD
from home.models import FormPage
from tests.conftest import form_session, form_started
from tests.spreadsheets import FORMULA, assert_export_neutralised

pytestmark = pytest.mark.django_db

SV_URL = "/synpunkter-tillganglighet/"
EN_URL = "/en/accessibility-feedback/"


@pytest.fixture
def client(client):
    """A client whose session the tokens of `answers()` are bound to."""
    return form_session(client)


def answers(**overrides):
    data = {
        "problem": "Knappen går inte att nå med tangentbordet.",
        "page_address": "/om-ideslussen/",
        "name": "Anna Andersson",
        "email": "anna@example.org",
        STARTED_FIELD: form_started(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_form_renders_with_labels_and_markers(client, demo_site):
    response = client.get(SV_URL)
    assert response.status_code == 200
    assert '<label class="form-field__label" for="id_problem">Beskriv problemet' in response.text
    assert "(måste fyllas i)" in response.text
    assert "(frivilligt)" in response.text
    assert 'class="form-honeypot"' in response.text
    assert 'autocomplete="email"' in response.text
    assert 'autocomplete="name"' in response.text
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_valid_submission_is_stored_and_emailed(
    client, demo_site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SV_URL, answers())
    assert response.status_code == 200
    assert "Tack, vi har tagit emot ditt meddelande" in response.text
    submission = FormSubmission.objects.get()
    assert submission.get_data()["problem"] == "Knappen går inte att nå med tangentbordet."
    assert HONEYPOT_FIELD not in submission.form_data
    assert STARTED_FIELD not in submission.form_data
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Synpunkt på tillgängligheten"
    assert "Beskriv problemet: Knappen går inte att nå med tangentbordet." in message.body


def test_english_submission_uses_the_same_keys_and_english_labels(
    client, demo_site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(EN_URL, answers(problem="The menu is hard to use."))
    assert response.status_code == 200
    assert "Thank you, we have received your message" in response.text
    english_page = FormPage.objects.get(locale__language_code="en")
    assert FormSubmission.objects.get(page=english_page).get_data()["problem"] == (
        "The menu is hard to use."
    )
    assert "Describe the problem: The menu is hard to use." in mail.outbox[0].body


def test_submission_is_kept_when_email_fails(
    client, demo_site, django_capture_on_commit_callbacks, settings
):
    settings.EMAIL_BACKEND = "tests.home.failing_mail.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SV_URL, answers())
    assert response.status_code == 200
    assert FormSubmission.objects.count() == 1


@pytest.mark.parametrize(
    ("url", "overrides", "field", "message"),
    [
        (SV_URL, {"problem": ""}, "problem", "Fyll i det här fältet."),
        (SV_URL, {"email": "inte-en-adress"}, "email", "Skriv en e-postadress i formen"),
        (SV_URL, {"problem": "x" * 4001}, "problem", "Skriv högst 4000 tecken. Du skrev 4001."),
        (SV_URL, {"name": "n" * 256}, "name", "Skriv högst 255 tecken. Du skrev 256."),
        (EN_URL, {"problem": ""}, "problem", "Fill in this field."),
        (EN_URL, {"email": "not-an-address"}, "email", "Write an e-mail address in the form"),
        (EN_URL, {"problem": "x" * 4001}, "problem", "Write at most 4000 characters."),
    ],
)
def test_invalid_input_gives_a_translated_field_error_and_keeps_what_was_typed(
    client, demo_site, url, overrides, field, message
):
    data = answers(**overrides)
    response = client.post(url, data)
    assert response.status_code == 400
    assert message in response.text
    assert f'id="id_{field}_error"' in response.text
    assert 'class="error-summary"' in response.text
    assert f'href="#id_{field}"' in response.text
    for name, value in data.items():
        if name != STARTED_FIELD and value:
            assert value in response.text, f"{name} was not kept"
    assert FormSubmission.objects.count() == 0


def test_honeypot_is_silently_dropped(client, demo_site):
    response = client.post(SV_URL, answers(**{HONEYPOT_FIELD: "http://spam.example"}))
    assert response.status_code == 200
    assert "Tack" in response.text
    assert FormSubmission.objects.count() == 0


def test_too_fast_submission_is_explained_and_kept(client, demo_site):
    response = client.post(SV_URL, answers(**{STARTED_FIELD: form_started(seconds_ago=0.5)}))
    assert response.status_code == 400
    assert "Formuläret skickades mycket snabbt" in response.text
    assert "Knappen går inte att nå med tangentbordet." in response.text
    assert FormSubmission.objects.count() == 0


def test_tampered_start_time_is_rejected(client, demo_site):
    response = client.post(SV_URL, answers(**{STARTED_FIELD: "forged"}))
    assert response.status_code == 400
    assert FormSubmission.objects.count() == 0


def test_rate_limit_says_what_to_do_and_keeps_the_text(client, demo_site, settings):
    settings.FORM_RATE_LIMIT = (2, 600)
    for _ in range(2):
        assert client.post(SV_URL, answers()).status_code == 200
    response = client.post(SV_URL, answers(problem="Tredje gången."))
    assert response.status_code == 429
    assert "Vänta 10 minuter" in response.text
    assert "Tredje gången." in response.text
    assert FormSubmission.objects.count() == 2


def test_rate_limit_counts_the_forwarded_address_behind_a_trusted_proxy(
    client, demo_site, settings
):
    """Behind a load balancer every request comes from its address: the limit must count the
    resident's address that the trusted proxy forwarded, not the balancer's."""
    settings.FORM_RATE_LIMIT = (1, 600)
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    first = client.post(SV_URL, answers(), HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy)
    second = client.post(SV_URL, answers(), HTTP_X_FORWARDED_FOR="198.51.100.8", **proxy)
    again = client.post(SV_URL, answers(), HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy)
    assert (first.status_code, second.status_code, again.status_code) == (200, 200, 429)


def test_html_in_answers_is_escaped(client, demo_site):
    response = client.post(SV_URL, answers(problem="", name="<script>alert(1)</script>"))
    assert response.status_code == 400
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_submission_exports_neutralise_a_formula_in_an_answer(client, demo_site):
    page = FormPage.objects.get(url_path__endswith="/synpunkter-tillganglighet/")
    FormSubmission.objects.create(page=page, form_data={"problem": FORMULA, "name": "+46 70"})
    client.force_login(get_user_model().objects.get(username="admin"))
    url = f"/admin/forms/submissions/{page.pk}/"
    assert_export_neutralised(client, url)
    assert_export_neutralised(client, url, text="+46 70")


# --- The form token: single use, bound to the session (issue 13, defect 3; issue 19) -----------


def test_the_same_form_sent_again_is_stored_and_emailed_once(
    client, demo_site, django_capture_on_commit_callbacks
):
    data = answers()
    for _ in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(SV_URL, data)
        assert response.status_code == 200
        assert "Tack, vi har tagit emot ditt meddelande" in response.text
    assert FormSubmission.objects.count() == 1
    assert len(mail.outbox) == 1


def test_a_form_token_from_another_session_is_refused_and_the_text_kept(demo_site):
    other = form_session(Client(), key="another-session")
    response = other.post(SV_URL, answers())
    assert response.status_code == 400
    assert "öppnades i en annan webbläsarsession" in response.text
    assert "Knappen går inte att nå med tangentbordet." in response.text
    assert FormSubmission.objects.count() == 0


def test_an_expired_form_token_is_refused(client, demo_site, settings):
    settings.FORM_TOKEN_MAX_AGE = 600
    response = client.post(SV_URL, answers(**{STARTED_FIELD: form_started(seconds_ago=601)}))
    assert response.status_code == 400
    assert "har därför gått ut" in response.text
    assert FormSubmission.objects.count() == 0
