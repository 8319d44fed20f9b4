"""E-mails to the resident, written in the language they used. Each is first stored as a
Notification in the current transaction; a task sends it once the transaction has committed."""

import logging
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from home.mail_limit import may_mail
from ideas.models import Idea, IdeaBoardPage, Notification

logger = logging.getLogger(__name__)


def tracking_url(idea) -> str:
    """The full address of the idea's tracking page, in the idea's language."""
    board = IdeaBoardPage.objects.live().filter(locale__language_code=idea.language).first()
    board = board or IdeaBoardPage.objects.live().first()
    if board is None:
        return ""
    return board.get_full_url() + board.tracking_path(idea.tracking_token)


def address_confirmed(idea) -> bool:
    """Whether the resident has shown that the e-mail address is theirs. Only then may an e-mail
    repeat what they typed (name, title, description): otherwise anyone could send a text of
    their own to any address in the municipalities' name. Address confirmation is not built
    yet, so no address is confirmed."""
    return False


def _queue(idea, kind, subject, template, context):
    context = {"confirmed": address_confirmed(idea), **context}
    with translation.override(idea.language):
        notification = Notification.objects.create(
            idea=idea,
            kind=kind,
            language=idea.language,
            to_address=idea.submitter_email,
            subject=str(subject),
            body=render_to_string(
                template, {"idea": idea, "tracking_url": tracking_url(idea), **context}
            ),
        )
    transaction.on_commit(partial(_enqueue, notification.pk))
    return notification


def _enqueue(notification_id: int) -> None:
    from ideas.tasks import send_notification

    send_notification.enqueue(notification_id)


def queue_receipt(idea):
    """The receipt, unless there is no address or it has had its day's share of e-mail."""
    if not idea.submitter_email or not may_mail(idea.submitter_email):
        return None
    with translation.override(idea.language):
        subject = _("We have received your idea %(reference)s") % {"reference": idea.reference}
    return _queue(idea, Notification.Kind.RECEIPT, subject, "ideas/email/receipt.txt", {})


def queue_stage_change(idea, event):
    with translation.override(idea.language):
        subject = _("News about your idea %(reference)s") % {"reference": idea.reference}
        return _queue(
            idea,
            Notification.Kind.STAGE_CHANGED,
            subject,
            "ideas/email/stage_changed.txt",
            {"event": event, "stage": event.get_to_stage_display()},
        )


def queue_answer(idea, event):
    with translation.override(idea.language):
        subject = _("The municipality has answered about your idea %(reference)s") % {
            "reference": idea.reference
        }
        return _queue(
            idea,
            Notification.Kind.ANSWERED,
            subject,
            "ideas/email/answered.txt",
            {"event": event},
        )


def queue_new_idea_alert(idea):
    """Tell the idea handlers of the idea's municipality, once the idea is committed."""
    transaction.on_commit(partial(_enqueue_alert, idea.pk))


def _enqueue_alert(idea_id: int) -> None:
    from ideas.tasks import alert_handlers

    alert_handlers.enqueue(idea_id)


def send_new_idea_alert(idea_id: int) -> int:
    """E-mail each handler of the idea's municipality, in Swedish: the reference, the area and a
    link to the idea in the admin, never the submitter's personal data. Returns how many were
    sent; a mail failure is raised, so the task backend records it."""
    from ideas.permissions import handler_emails

    idea = Idea.objects.filter(pk=idea_id).first()
    if idea is None:
        return 0
    recipients = handler_emails(idea.municipality)
    if not recipients:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("New idea %(reference)s to %(municipality)s") % {
            "reference": idea.reference,
            "municipality": idea.get_municipality_display(),
        }
        body = render_to_string(
            "ideas/email/new_idea_handlers.txt",
            {
                "idea": idea,
                "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                + reverse("ideas:inspect", args=[idea.pk]),
            },
        )
    messages = [
        EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [address])
        for address in recipients
    ]
    try:
        return get_connection().send_messages(messages) or 0
    except Exception:
        logger.exception("The handlers could not be told about idea %s", idea.reference)
        raise


def deliver(notification_id: int) -> Notification | None:
    """Try to send one notification and record how it went. Never raises on a mail error."""
    with transaction.atomic():
        notification = Notification.objects.select_for_update().filter(pk=notification_id).first()
        if notification is None or not notification.can_retry:
            return notification
        if not notification.to_address:
            notification.status = Notification.Status.CANCELLED
            notification.save(update_fields=["status"])
            return notification
        notification.attempts += 1
        message = EmailMessage(
            subject=notification.subject,
            body=notification.body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[notification.to_address],
        )
        try:
            message.send()
        except Exception as error:  # any mail failure: record it, a later run tries again
            notification.status = Notification.Status.FAILED
            notification.last_error = f"{type(error).__name__}: {error}"[:1000]
            logger.warning("Notification %s could not be sent: %s", notification.pk, error)
        else:
            notification.status = Notification.Status.SENT
            notification.sent_at = timezone.now()
            notification.last_error = ""
        notification.save(update_fields=["status", "attempts", "last_error", "sent_at"])
    return notification
