"""E-mails to residents, kept as an outbox: the row is saved in the same transaction as the idea,
a task sends it, and a failed send stays visible to staff and is tried again."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ideas.choices import Language

MAX_ATTEMPTS = 5


class Notification(models.Model):
    class Kind(models.TextChoices):
        RECEIPT = "receipt", _("Receipt")
        STAGE_CHANGED = "stage_changed", _("Stage changed")
        ANSWERED = "answered", _("Answered")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")

    idea = models.ForeignKey(
        "ideas.Idea",
        verbose_name=_("idea"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    language = models.CharField(_("language"), max_length=5, choices=Language.choices)
    to_address = models.CharField(_("to"), max_length=254, blank=True)
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.subject} ({self.get_status_display()})"

    @property
    def can_retry(self) -> bool:
        return self.status in (self.Status.PENDING, self.Status.FAILED) and (
            self.attempts < MAX_ATTEMPTS
        )
