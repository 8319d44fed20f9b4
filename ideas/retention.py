"""Retention of the ideas' personal data (run daily by `purge_personal_data`, listed in
PERSONAL_DATA_PURGES):
- the submitter's name, e-mail and phone of ideas finished (implemented, closed or merged) for
  IDEA_RETENTION_DAYS are erased, with the e-mails kept for them; the idea's text stays;
- e-mails to residents are deleted OUTBOX_RETENTION_DAYS after they were sent (or created, if
  they were never sent)."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from home.outbox import expired, retention_cutoff
from ideas.models import Idea, Notification
from ideas.stages import FINISHED_STAGES


def expired_ideas(now=None):
    """Finished ideas (implemented, closed or merged) whose stage has not changed for longer
    than the retention period and that still hold personal data."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.IDEA_RETENTION_DAYS)
    return Idea.objects.filter(
        stage__in=FINISHED_STAGES,
        stage_changed_at__lt=cutoff,
        personal_data_erased_at__isnull=True,
    ).with_personal_data()


def purge(now=None) -> dict[str, int]:
    now = now or timezone.now()
    erased = 0
    for idea in expired_ideas(now):
        idea.erase_personal_data(note="Retention period passed (purge_personal_data).")
        erased += 1
    deleted, _by_model = Notification.objects.filter(expired(retention_cutoff(now))).delete()
    return {"ideas' personal data erased": erased, "e-mails to residents deleted": deleted}
