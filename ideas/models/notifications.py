"""E-mails to residents about their idea: the residents' outbox. The row is saved in the same
transaction as the idea, a task sends it, and a failed send stays visible to the idea's handlers
and is tried again (home/models/outbox.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from home.models.outbox import MAX_ATTEMPTS, OutboxMessage
from ideas.choices import Language

__all__ = ["MAX_ATTEMPTS", "Notification"]


class Notification(OutboxMessage):
    class Kind(models.TextChoices):
        RECEIPT = "receipt", _("Receipt")
        STAGE_CHANGED = "stage_changed", _("Stage changed")
        ANSWERED = "answered", _("Answered")
        DECIDED = "decided", _("Decision")

    idea = models.ForeignKey(
        "ideas.Idea",
        verbose_name=_("idea"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    language = models.CharField(_("language"), max_length=5, choices=Language.choices)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]

    def log_name(self) -> str:
        return f"{super().log_name()} ({self.kind}, idea {self.idea.reference})"
