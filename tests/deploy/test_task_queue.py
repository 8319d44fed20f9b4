"""The production task queue (django-tasks-db): a request stores its e-mails in the outbox and
enqueues a task per e-mail (with ids only), the worker sends them, and an e-mail that fails stays
in the outbox for the retry job while what the resident sent is kept. The two-server test runs
the real `db_worker` process; here the worker's own `run_task` runs inside the test's
transaction."""

import pytest
from django.core import mail
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission

from home.models import OutgoingEmail
from ideas.models import Idea, Notification
from tests.conftest import form_session
from tests.home.test_form_page import SV_URL as FEEDBACK_FORM
from tests.home.test_form_page import answers as feedback
from tests.ideas.conftest import SV_FORM as IDEA_FORM
from tests.ideas.conftest import answers as idea

pytestmark = pytest.mark.django_db

SEND = "home.tasks.send_outbox_email"
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture
def client(client):
    """A visitor whose session carries the form tokens of `form_started`."""
    return form_session(client)


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


def task_sending(model_label, pk):
    """The one task that sends the outbox row `pk` of `model_label`."""
    (task,) = [task for task in tasks(SEND) if task.args_kwargs["args"] == [model_label, pk]]
    return task


def test_form_email_waits_for_the_worker_and_is_then_sent(
    client, demo_site, database_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FEEDBACK_FORM, feedback())
    assert response.status_code == 200
    assert mail.outbox == []
    email = OutgoingEmail.objects.get(kind=OutgoingEmail.Kind.FORM_SUBMISSION)
    task = task_sending("home.outgoingemail", email.pk)
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
    # The task itself succeeds: the failure is recorded in the outbox, and `send_pending_mail`
    # tries again after a wait.
    email = OutgoingEmail.objects.get(kind=OutgoingEmail.Kind.FORM_SUBMISSION)
    assert task_sending("home.outgoingemail", email.pk).status == (TaskResultStatus.SUCCESSFUL)
    assert email.status == OutgoingEmail.Status.FAILED
    assert email.last_error == "ConnectionRefusedError: The mail server is down"
    assert email.next_attempt_at > email.created_at
    assert FormSubmission.objects.filter(page__url_path__endswith=FEEDBACK_FORM).count() == 1


def test_tasks_carry_ids_never_addresses_or_text(
    client, demo_site, database_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(IDEA_FORM, idea(title="Kö för tvättstugan"))
        client.post(FEEDBACK_FORM, feedback())
    sent = list(tasks(SEND).values_list("args_kwargs", flat=True))
    # The receipt, the handlers' alert and the form e-mail.
    assert len(sent) >= 3
    for args_kwargs in sent:
        label, pk = args_kwargs["args"]
        assert label in ("ideas.notification", "home.outgoingemail")
        assert isinstance(pk, int)
        assert args_kwargs["kwargs"] == {}


def test_idea_receipt_is_sent_by_the_worker_or_kept_for_the_retry_job(
    client, demo_site, database_queue, django_capture_on_commit_callbacks, settings
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(IDEA_FORM, idea(title="Kö för tvättstugan"))
    assert response.status_code == 302
    receipt = Notification.objects.get(idea=Idea.objects.get(title="Kö för tvättstugan"))
    assert receipt.status == Notification.Status.PENDING
    assert task_sending("ideas.notification", receipt.pk).status == (TaskResultStatus.READY)

    settings.EMAIL_BACKEND = "tests.home.failing_mail.FailingBackend"
    run_waiting_tasks()
    receipt.refresh_from_db()
    # The task itself succeeds: the failure is recorded in the outbox, which staff see and
    # `send_pending_mail` tries again.
    assert receipt.status == Notification.Status.FAILED
    assert "The mail server is down" in receipt.last_error
    assert mail.outbox == []
