"""E-mails to residents: saved with the idea, sent by a task, retried when the mail server fails."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from ideas import handling
from ideas.models import Idea, Notification
from ideas.models.notifications import MAX_ATTEMPTS
from ideas.stages import Stage
from tests.conftest import form_session

from .conftest import SV_FORM, answers

pytestmark = pytest.mark.django_db

FAILING = "tests.home.failing_mail.FailingBackend"
WORKING = "django.core.mail.backends.locmem.EmailBackend"


def age(notification, minutes=5):
    """As if `minutes` had passed: the notification's next attempt is due."""
    past = timezone.now() - timedelta(minutes=minutes)
    Notification.objects.filter(pk=notification.pk).update(created_at=past, next_attempt_at=past)


def test_nothing_is_lost_when_mail_fails_and_the_send_is_retried(
    client, demo_site, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        response = form_session(client).post(SV_FORM, answers())
    assert response.status_code == 302
    idea = Idea.objects.get(title="Värmefilt som håller kaffet varmt")
    notification = idea.notifications.get()
    assert notification.status == Notification.Status.FAILED
    assert notification.attempts == 1
    assert "ConnectionRefusedError" in notification.last_error
    # The thank-you page still works.
    assert idea.reference in client.get(response["Location"]).text

    age(notification)
    call_command("send_pending_notifications", stdout=StringIO())
    notification.refresh_from_db()
    assert notification.status == Notification.Status.FAILED
    assert notification.attempts == 2

    settings.EMAIL_BACKEND = WORKING
    age(notification)
    call_command("send_pending_notifications", stdout=StringIO())
    notification.refresh_from_db()
    assert notification.status == Notification.Status.SENT
    assert notification.sent_at is not None
    assert len(mail.outbox) == 1
    assert idea.reference in mail.outbox[0].subject

    # Running again sends nothing twice.
    age(notification)
    call_command("send_pending_notifications", stdout=StringIO())
    assert len(mail.outbox) == 1


def test_retries_stop_after_the_limit(demo_site, make_idea, settings):
    settings.EMAIL_BACKEND = FAILING
    idea = make_idea(submitter_email="a@example.org")
    notification = Notification.objects.create(
        idea=idea, kind="receipt", language="sv", to_address="a@example.org", subject="S"
    )
    age(notification)
    for _ in range(MAX_ATTEMPTS + 2):
        age(notification)
        call_command("send_pending_notifications", stdout=StringIO())
    notification.refresh_from_db()
    assert notification.attempts == MAX_ATTEMPTS
    assert notification.status == Notification.Status.FAILED


def test_stage_change_is_mailed_only_when_updates_were_wanted(
    demo_site, make_idea, django_capture_on_commit_callbacks
):
    wants = make_idea(submitter_email="vill@example.org", wants_updates=True, language="en")
    does_not = make_idea(submitter_email="vill-inte@example.org", wants_updates=False)
    with django_capture_on_commit_callbacks(execute=True):
        handling.change_stage(wants, Stage.ASSESSMENT, public_note="We are looking at it.")
        handling.change_stage(does_not, Stage.ASSESSMENT)
    assert [message.to for message in mail.outbox] == [["vill@example.org"]]
    message = mail.outbox[0]
    assert message.subject == f"News about your idea {wants.reference}"
    assert "has moved to the stage “Assessment”" in message.body
    assert "We are looking at it." in message.body
    assert f"/en/ideas/follow/{wants.tracking_token}/" in message.body


def test_failed_notifications_are_listed_for_staff(admin_client, make_idea):
    idea = make_idea()
    Notification.objects.create(
        idea=idea, kind="receipt", language="sv", subject="Misslyckat utskick", status="failed"
    )
    response = admin_client.get("/admin/idea_notifications/?status=failed")
    assert response.status_code == 200
    assert "Misslyckat utskick" in response.text
