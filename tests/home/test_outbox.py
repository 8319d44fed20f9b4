"""Issue 19: every e-mail the site sends is stored in an outbox in the request's transaction and
sent by a task; one that fails is tried again by `send_pending_mail` after a wait that doubles,
and is sent exactly once. Handler alerts, course confirmations and form e-mails as well as the
residents' e-mails."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from courses.models import CourseIndexPage, register
from home.models import OutgoingEmail
from home.models.outbox import MAX_ATTEMPTS, retry_wait
from home.outbox import queue_email
from ideas.choices import Municipality
from ideas.models import Idea, Notification
from tests.conftest import form_session
from tests.courses.conftest import make_course, session_fields
from tests.home.test_form_page import SV_URL as FEEDBACK_FORM
from tests.home.test_form_page import answers as feedback
from tests.ideas.conftest import SV_FORM as IDEA_FORM
from tests.ideas.conftest import answers as idea_answers

pytestmark = pytest.mark.django_db

FAILING = "tests.home.failing_mail.FailingBackend"
WORKING = "django.core.mail.backends.locmem.EmailBackend"
REGISTRATION = {
    "name": "Anna Andersson",
    "email": "anna@example.org",
    "organisation": "Piteå kommun",
    "role": "Ledamot",
    "needs": "",
}


@pytest.fixture
def client(client):
    """A visitor whose session carries the form tokens of `form_started`."""
    return form_session(client)


def all_due():
    """As if the waits had passed: every message's next attempt is due now."""
    past = timezone.now() - timedelta(seconds=1)
    OutgoingEmail.objects.update(next_attempt_at=past)
    Notification.objects.update(next_attempt_at=past)


def retry():
    call_command("send_pending_mail", stdout=StringIO())


def test_every_kind_of_failed_mail_is_sent_later_exactly_once(
    client, demo_site, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = FAILING
    # Start without e-mails that PostgreSQL-only tests with real commits may have left.
    OutgoingEmail.objects.all().delete()
    Notification.objects.all().delete()
    course = make_course(
        CourseIndexPage.objects.get(locale__language_code="sv"), "kurs", [session_fields()]
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(IDEA_FORM, idea_answers(municipality=Municipality.SKELLEFTEA))
        assert response.status_code == 302
        assert client.post(FEEDBACK_FORM, feedback()).status_code == 200
        register(course.sessions.get(), REGISTRATION, "sv")
    # Every kind of OutgoingEmail goes through the same outbox; these flows make three of them.
    kinds = set(OutgoingEmail.objects.values_list("kind", flat=True))
    assert kinds == {
        OutgoingEmail.Kind.HANDLER_ALERT,
        OutgoingEmail.Kind.COURSE_CONFIRMATION,
        OutgoingEmail.Kind.FORM_SUBMISSION,
    }
    for message in [*OutgoingEmail.objects.all(), *Notification.objects.all()]:
        assert (message.status, message.attempts) == ("failed", 1)
        assert message.last_error == "ConnectionRefusedError: The mail server is down"
    assert mail.outbox == []

    # Before the wait is over, nothing is tried.
    retry()
    assert set(OutgoingEmail.objects.values_list("attempts", flat=True)) == {1}

    settings.EMAIL_BACKEND = WORKING
    all_due()
    retry()
    assert set(OutgoingEmail.objects.values_list("status", flat=True)) == {"sent"}
    assert Notification.objects.get().status == "sent"
    # One e-mail per stored message, to its own address.
    stored = [*OutgoingEmail.objects.all(), *Notification.objects.all()]
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        message.to_address for message in stored
    )
    for address in ("karin@example.org", "handlaggare-skelleftea@example.org", "anna@example.org"):
        assert [address] in [message.to for message in mail.outbox]
    reference = Idea.objects.get(submitter_email="karin@example.org").reference
    assert any(reference in message.subject for message in mail.outbox)

    # Sent once: running again sends nothing more.
    all_due()
    retry()
    assert len(mail.outbox) == len(stored)


def test_the_wait_between_attempts_doubles_until_the_attempts_run_out(
    db, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        (message,) = queue_email(
            kind=OutgoingEmail.Kind.HANDLER_ALERT,
            to=["handlaggare@example.org"],
            subject="Ny idé",
            body="En ny idé",
        )
    waits = []
    for attempt in range(1, MAX_ATTEMPTS + 3):
        message.refresh_from_db()
        if attempt > 1:
            all_due()
            before = timezone.now()
            retry()
            message.refresh_from_db()
        else:
            before = message.created_at
        if message.attempts < attempt:
            break
        waits.append(message.next_attempt_at - before)
    assert message.attempts == MAX_ATTEMPTS
    assert message.status == OutgoingEmail.Status.FAILED
    assert [round(wait / timedelta(minutes=1)) for wait in waits[:5]] == [1, 2, 4, 8, 16]
    assert all(later >= earlier for earlier, later in zip(waits, waits[1:], strict=False))
    assert [retry_wait(n) for n in (1, 2, 3)] == [timedelta(minutes=m) for m in (1, 2, 4)]
    assert retry_wait(30) == timedelta(hours=6)
