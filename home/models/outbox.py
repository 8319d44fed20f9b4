"""The outbox: every e-mail the site sends is first stored as a row, in the same transaction as
what it is about, and a task sends it once that transaction has committed. A send that fails is
tried again later with a growing wait (`send_pending_mail`), so a mail server outage loses
nothing and sends nothing twice.

`OutboxMessage` holds the fields and the delivery; two tables use it:
- `ideas.Notification`: the residents' e-mails about their idea (tied to the idea, so handlers
  see their own municipality's outbox and erasing an idea's personal data reaches it);
- `home.OutgoingEmail`: every other e-mail (handler alerts, course confirmations, form e-mails),
  tied to what it is about by a generic relation, so `home` knows no content app."""

import logging
import re
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMessage
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 10
# The wait after the first failed attempt; it doubles after each further failure (1, 2, 4 …
# minutes, at most RETRY_MAX_WAIT), so ten attempts span about eight and a half hours.
RETRY_FIRST_WAIT = timedelta(minutes=1)
RETRY_MAX_WAIT = timedelta(hours=6)
# A new message is normally sent by its task at once; the retry job leaves it this long.
TASK_GRACE = timedelta(minutes=1)

ADDRESS = re.compile(r"[^\s@<>\"'(),;:\[\]{}]+@[^\s@<>\"'(),;:\[\]{}]+")


def retry_wait(attempts: int) -> timedelta:
    """How long to wait after `attempts` failed attempts."""
    return min(RETRY_FIRST_WAIT * 2 ** max(attempts - 1, 0), RETRY_MAX_WAIT)


def first_attempt_due():
    """When the retry job may first pick up a new message (its task normally sends it sooner)."""
    return timezone.now() + TASK_GRACE


def without_addresses(text: str) -> str:
    """`text` with every e-mail address replaced, for error records and logs."""
    return ADDRESS.sub("[address]", text)


class OutboxMessage(models.Model):
    """One e-mail to one address, with how sending it went."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")

    to_address = models.CharField(_("to"), max_length=254, blank=True)
    from_address = models.CharField(
        _("from"), max_length=254, blank=True, help_text=_("Empty: the site's own address.")
    )
    subject = models.CharField(_("subject"), max_length=255)
    body = models.TextField(_("message"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(
        _("next attempt"), default=first_attempt_due, db_index=True
    )
    # The exception's class and message with every address removed; never the recipient.
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.subject} ({self.get_status_display()})"

    @property
    def can_retry(self) -> bool:
        return self.status in (self.Status.PENDING, self.Status.FAILED) and (
            self.attempts < MAX_ATTEMPTS
        )

    def log_name(self) -> str:
        """How log lines name this message: its table and id, never its address or text."""
        return f"{self._meta.label_lower} {self.pk}"

    def email_message(self) -> EmailMessage:
        return EmailMessage(
            subject=self.subject,
            body=self.body,
            from_email=self.from_address or settings.DEFAULT_FROM_EMAIL,
            to=[self.to_address],
        )

    @classmethod
    def due(cls, now=None):
        """Messages the retry job should try now."""
        return cls.objects.filter(
            status__in=[cls.Status.PENDING, cls.Status.FAILED],
            attempts__lt=MAX_ATTEMPTS,
            next_attempt_at__lte=now or timezone.now(),
        )

    @classmethod
    def deliver(cls, pk: int):
        """Try to send one message and record how it went; never raises on a mail error. The
        row stays locked while sending, so the task and the retry job never both send it."""
        with transaction.atomic():
            message = cls.objects.select_for_update().filter(pk=pk).first()
            if message is None or not message.can_retry:
                return message
            if not message.to_address:
                message.status = cls.Status.CANCELLED
                message.save(update_fields=["status"])
                return message
            message.attempts += 1
            try:
                message.email_message().send()
            except Exception as error:  # any mail failure: record it, the retry job goes on
                message.status = cls.Status.FAILED
                message.last_error = without_addresses(
                    f"{type(error).__name__}: {error}".replace(message.to_address, "[address]")
                )[:1000]
                message.next_attempt_at = timezone.now() + retry_wait(message.attempts)
                logger.warning(
                    "E-mail %s could not be sent (attempt %s of %s): %s",
                    message.log_name(),
                    message.attempts,
                    MAX_ATTEMPTS,
                    type(error).__name__,
                )
            else:
                message.status = cls.Status.SENT
                message.sent_at = timezone.now()
                message.last_error = ""
            message.save(
                update_fields=["status", "attempts", "last_error", "next_attempt_at", "sent_at"]
            )
        return message


class OutgoingEmail(OutboxMessage):
    """Every e-mail that is not to a resident about their idea."""

    class Kind(models.TextChoices):
        HANDLER_ALERT = "handler_alert", _("New idea, to its handlers")
        COURSE_CONFIRMATION = "course_confirmation", _("Course registration confirmation")
        FORM_SUBMISSION = "form_submission", _("Form submission")
        MANAGER_ALERT = "manager_alert", _("New idea, to the administration's managers")
        PARTNER_REFERRAL = "partner_referral", _("Idea referred to a partner")

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    # What the e-mail is about (an idea, a registration, a form submission): erasing or deleting
    # that also deletes its e-mails.
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    about = GenericForeignKey("content_type", "object_id")

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def log_name(self) -> str:
        return f"{super().log_name()} ({self.kind})"
