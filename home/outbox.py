"""Sending e-mail, the one way: store the message in the outbox inside the current transaction,
then enqueue the task that sends it once the transaction has committed. This module is the only
place that enqueues tasks; apps call `queue_email` (or store their own outbox rows and call
`send_on_commit`), never a task directly. See home/models/outbox.py for the retries."""

from datetime import timedelta
from functools import partial

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

# The submodule, not the package: home.models.forms imports this module.
from home.models.outbox import OutboxMessage, OutgoingEmail
from home.tasks import send_outbox_email


def send_on_commit(message: OutboxMessage) -> None:
    """Enqueue the task that sends `message` once the current transaction has committed. The
    task gets the table and the id only."""
    transaction.on_commit(partial(send_outbox_email.enqueue, message._meta.label_lower, message.pk))


def queue_email(*, kind, to, subject, body, about=None, from_address="") -> list[OutgoingEmail]:
    """Store one e-mail per address in `to`, about `about` (a saved model instance or None), and
    send each once the transaction commits."""
    content_type = ContentType.objects.get_for_model(about) if about is not None else None
    messages = []
    for address in to:
        message = OutgoingEmail.objects.create(
            kind=kind,
            to_address=address,
            from_address=from_address or "",
            subject=" ".join(str(subject).split())[:255],
            body=body,
            content_type=content_type,
            object_id=about.pk if about is not None else None,
        )
        send_on_commit(message)
        messages.append(message)
    return messages


def outbox_models() -> list[type[OutboxMessage]]:
    """Every outbox table (each app's concrete OutboxMessage)."""
    return [model for model in apps.get_models() if issubclass(model, OutboxMessage)]


def send_pending_mail(now=None) -> tuple[int, int]:
    """Try every message whose next attempt is due, in every outbox table. Returns how many were
    sent and how many failed again."""
    sent = failed = 0
    for model in outbox_models():
        due = model.due(now).order_by("next_attempt_at", "pk").values_list("pk", flat=True)
        for pk in list(due):
            message = model.deliver(pk)
            if message is not None and message.status == model.Status.SENT:
                sent += 1
            elif message is not None and message.status == model.Status.FAILED:
                failed += 1
    return sent, failed


def expired(cutoff) -> Q:
    """Outbox rows past retention: sent before `cutoff`, or never sent and created before it
    (by then the retries have long given up)."""
    return Q(sent_at__lt=cutoff) | Q(sent_at__isnull=True, created_at__lt=cutoff)


def retention_cutoff(now):
    return now - timedelta(days=settings.OUTBOX_RETENTION_DAYS)


def forget(obj) -> int:
    """Delete the e-mails about `obj`, whose personal data is being erased or deleted."""
    content_type = ContentType.objects.get_for_model(obj)
    deleted, _by_model = OutgoingEmail.objects.filter(
        content_type=content_type, object_id=obj.pk
    ).delete()
    return deleted


def purge(now=None) -> dict[str, int]:
    """Retention (PERSONAL_DATA_PURGES): delete outgoing e-mails OUTBOX_RETENTION_DAYS after
    they were sent (or created, if never sent). The residents' outbox is purged by ideas."""
    cutoff = retention_cutoff(now or timezone.now())
    deleted, _by_model = OutgoingEmail.objects.filter(expired(cutoff)).delete()
    return {"outgoing e-mails": deleted}
