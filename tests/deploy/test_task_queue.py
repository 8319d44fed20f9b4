"""The production task queue (django-tasks-db): a request only stores its e-mails as tasks, the
worker sends them, and an e-mail that fails stays visible as a failed task while what the
resident sent is kept. The two-server test runs the real `db_worker` process; here the worker's
own `run_task` runs inside the test's transaction."""

import pytest
from django.core import mail
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission

from ideas.models import Idea, Notification
from tests.home.test_form_page import SV_URL as FEEDBACK_FORM
from tests.home.test_form_page import answers as feedback
from tests.ideas.conftest import SV_FORM as IDEA_FORM
from tests.ideas.conftest import answers as idea

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture
def database_queue(settings):
    settings.TASKS = DATABASE_QUEUE


def run_waiting_tasks() -> int:
    """Claim and run each waiting task in turn, as `manage.py db_worker` does."""
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
    )
    count = 0
    while (result := DBTaskResult.objects.ready().order_by("enqueued_at").first()) is not None:
        result.claim(worker.worker_id)
        worker.run_task(result)
        count += 1
    return count


def tasks(path):
    return DBTaskResult.objects.filter(task_path=path)


def test_form_email_waits_for_the_worker_and_is_then_sent(
    client, demo_site, database_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FEEDBACK_FORM, feedback())
    assert response.status_code == 200
    assert mail.outbox == []
    task = tasks("home.tasks.send_form_submission_email").get()
    assert task.status == TaskResultStatus.READY

    assert run_waiting_tasks() >= 1
    task.refresh_from_db()
    assert task.status == TaskResultStatus.SUCCESSFUL
    assert len(mail.outbox) == 1
    assert "Knappen går inte att nå med tangentbordet." in mail.outbox[0].body


def test_failed_form_email_stays_visible_and_the_submission_is_kept(
    client, demo_site, database_queue, django_capture_on_commit_callbacks, settings
):
    settings.EMAIL_BACKEND = "tests.home.failing_mail.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(FEEDBACK_FORM, feedback()).status_code == 200
    run_waiting_tasks()
    task = tasks("home.tasks.send_form_submission_email").get()
    assert task.status == TaskResultStatus.FAILED
    assert "The mail server is down" in task.traceback
    assert task.exception_class_path == "builtins.ConnectionRefusedError"
    assert FormSubmission.objects.filter(page__url_path__endswith=FEEDBACK_FORM).count() == 1


def test_idea_receipt_is_sent_by_the_worker_or_kept_for_the_retry_job(
    client, demo_site, database_queue, django_capture_on_commit_callbacks, settings
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(IDEA_FORM, idea(title="Kö för tvättstugan"))
    assert response.status_code == 302
    receipt = Notification.objects.get(idea=Idea.objects.get(title="Kö för tvättstugan"))
    assert receipt.status == Notification.Status.PENDING
    assert tasks("ideas.tasks.send_notification").get().status == TaskResultStatus.READY

    settings.EMAIL_BACKEND = "tests.home.failing_mail.FailingBackend"
    run_waiting_tasks()
    receipt.refresh_from_db()
    # The task itself succeeds: the failure is recorded in the outbox, which staff see and
    # `send_pending_notifications` tries again.
    assert receipt.status == Notification.Status.FAILED
    assert "The mail server is down" in receipt.last_error
    assert mail.outbox == []
