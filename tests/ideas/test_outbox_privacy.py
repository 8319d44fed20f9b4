"""Issue 13 defect 5, the outbox's part: a failed send records the exception without any
address, no log line names an address (they name the e-mail's id and the idea's reference), and
erasing an idea's personal data or the retention purge leaves no address in the outbox."""

import logging
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from home.models import OutgoingEmail
from home.outbox import purge as purge_outgoing_email
from ideas.models import Idea, Notification
from ideas.retention import purge as purge_ideas
from ideas.stages import Stage
from tests.conftest import form_session

from .conftest import SV_FORM, answers

pytestmark = pytest.mark.django_db

REFUSING = "tests.home.failing_mail.RefusingBackend"
ADDRESS = "rut.raderas@example.org"
# What the outbox stored before: smtplib's error names each refused address.
OLD_ERROR = f"SMTPRecipientsRefused: {{'{ADDRESS}': (550, b'5.1.1 <{ADDRESS}>: user unknown')}}"


@pytest.fixture
def client(client):
    """A visitor whose session carries the form tokens of `form_started`."""
    return form_session(client)


def failed_notification(idea, **fields):
    values = {
        "idea": idea,
        "kind": Notification.Kind.RECEIPT,
        "language": "sv",
        "to_address": ADDRESS,
        "subject": f"Vi har tagit emot din idé {idea.reference}",
        "body": "Hej Rut Raderas",
        "status": Notification.Status.FAILED,
        "attempts": 1,
        "last_error": OLD_ERROR,
    }
    values.update(fields)
    return Notification.objects.create(**values)


def test_a_refused_address_is_neither_stored_nor_logged(
    client, demo_site, settings, caplog, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = REFUSING
    caplog.set_level(logging.DEBUG)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SV_FORM, answers(email=ADDRESS))
    assert response.status_code == 302
    idea = Idea.objects.get(submitter_email=ADDRESS)
    receipt = idea.notifications.get()
    assert receipt.status == Notification.Status.FAILED
    assert receipt.last_error.startswith("SMTPRecipientsRefused: {'[address]': (550")
    alert = OutgoingEmail.objects.get(kind=OutgoingEmail.Kind.HANDLER_ALERT)
    assert alert.status == OutgoingEmail.Status.FAILED
    for error in (receipt.last_error, alert.last_error):
        assert "@" not in error
    assert "@" not in caplog.text
    assert f"ideas.notification {receipt.pk} (receipt, idea {idea.reference})" in caplog.text
    assert f"home.outgoingemail {alert.pk} (handler_alert)" in caplog.text


def test_erasing_personal_data_clears_the_outbox_error(pitea_client, make_idea):
    idea = make_idea(submitter_name="Rut Raderas", submitter_email=ADDRESS, wants_updates=True)
    notification = failed_notification(idea)
    response = pitea_client.post(
        f"/admin/ideas/erase/{idea.pk}/", {"internal_note": "Bad om det per telefon."}
    )
    assert response.status_code == 302
    notification.refresh_from_db()
    assert (notification.to_address, notification.body, notification.last_error) == ("", "", "")
    assert notification.status == Notification.Status.CANCELLED
    response = pitea_client.get(f"/admin/idea_notifications/inspect/{notification.pk}/")
    assert ADDRESS not in response.text


def test_the_retention_purge_clears_the_outbox_error_and_deletes_old_mail(settings, make_idea):
    settings.IDEA_RETENTION_DAYS = 30
    settings.OUTBOX_RETENTION_DAYS = 90
    now = timezone.now()
    finished = make_idea(
        stage=Stage.CLOSED,
        stage_changed_at=now - timedelta(days=31),
        submitter_name="Rut Raderas",
        submitter_email=ADDRESS,
    )
    failed = failed_notification(finished)
    still_open = make_idea(submitter_email="kvar@example.org")
    sent = {
        days: failed_notification(
            still_open,
            to_address="kvar@example.org",
            status=Notification.Status.SENT,
            last_error="",
            sent_at=now - timedelta(days=days),
            created_at=now - timedelta(days=days),
        )
        for days in (89, 91)
    }
    emails = {
        days: OutgoingEmail.objects.create(
            kind=OutgoingEmail.Kind.COURSE_CONFIRMATION,
            to_address="anna@example.org",
            subject="Bekräftelse",
            status=OutgoingEmail.Status.SENT,
            sent_at=now - timedelta(days=days),
            created_at=now - timedelta(days=days),
        )
        for days in (89, 91)
    }

    assert purge_ideas(now) == {
        "ideas' personal data erased": 1,
        "e-mails to residents deleted": 1,
        "supports made anonymous": 0,
        "follows deleted": 0,
        "confirmation links deleted": 0,
        "residents' addresses deleted": 0,
    }
    assert purge_outgoing_email(now) == {"outgoing e-mails": 1}

    failed.refresh_from_db()
    assert (failed.to_address, failed.body, failed.last_error) == ("", "", "")
    assert Notification.objects.filter(pk=sent[89].pk).exists()
    assert not Notification.objects.filter(pk=sent[91].pk).exists()
    assert OutgoingEmail.objects.filter(pk=emails[89].pk).exists()
    assert not OutgoingEmail.objects.filter(pk=emails[91].pk).exists()

    # The old command still runs the ideas' purge, and running again changes nothing.
    out = StringIO()
    call_command("purge_idea_personal_data", stdout=out)
    assert "ideas' personal data erased: 0" in out.getvalue()
