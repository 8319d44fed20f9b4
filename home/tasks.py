"""Background tasks (django-tasks). In the embedded setup they run immediately; in production a
worker runs them. They are enqueued by `home.outbox` on transaction commit, so what they read is
already saved; their arguments are ids, never addresses or text."""

from django.apps import apps
from django_tasks import task


@task()
def send_outbox_email(model_label: str, message_id: int) -> None:
    """Send one stored e-mail (`model_label` names its outbox table, e.g. "home.outgoingemail").
    A failure is recorded on the row and tried again by `send_pending_mail`."""
    apps.get_model(model_label).deliver(message_id)
