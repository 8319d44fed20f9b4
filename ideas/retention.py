"""Retention of the ideas' personal data (run daily by `purge_personal_data`, listed in
PERSONAL_DATA_PURGES):
- the submitter's name, e-mail and phone of ideas finished (implemented, closed or merged) for
  IDEA_RETENTION_DAYS are erased, with the e-mails kept for them; the idea's text stays;
- e-mails to residents are deleted OUTBOX_RETENTION_DAYS after they were sent (or created, if
  they were never sent);
- taking part (ideas/models/participation.py): a confirmation link is deleted once it has
  expired unused, once used (a support's link stays while the support does: it is the way to
  withdraw it); the follows of an idea finished for IDEA_RETENTION_DAYS are deleted and its
  supports kept as anonymous counts; an address is deleted as soon as nothing ties it to the
  site any more (no support, follow, pending link or idea sent from it)."""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from home.outbox import expired, retention_cutoff
from ideas.models import (
    Confirmation,
    Follow,
    Idea,
    IdeaSubmitter,
    Notification,
    ResidentAddress,
    ResidentEmail,
    Support,
)
from ideas.models.participation import CONFIRMATION_MAX_AGE
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
    emails, _by_model = ResidentEmail.objects.filter(expired(retention_cutoff(now))).delete()
    return {
        "ideas' personal data erased": erased,
        "e-mails to residents deleted": deleted + emails,
        **purge_participation(now),
    }


def finished_idea_ids(now):
    cutoff = now - timedelta(days=settings.IDEA_RETENTION_DAYS)
    return Idea.objects.filter(stage__in=FINISHED_STAGES, stage_changed_at__lt=cutoff).values("pk")


def purge_participation(now) -> dict[str, int]:
    idea_type = ContentType.objects.get_for_model(Idea)
    finished = finished_idea_ids(now)
    anonymised = Support.objects.filter(idea__in=finished, address__isnull=False).update(
        address=None
    )
    follows, _by_model = Follow.objects.filter(
        content_type=idea_type, object_id__in=finished
    ).delete()
    live_support = Support.objects.filter(
        address=OuterRef("address"), idea_id=OuterRef("object_id")
    )
    links, _by_model = (
        Confirmation.objects.annotate(has_support=Exists(live_support))
        .filter(
            Q(used_at__isnull=True, created_at__lt=now - CONFIRMATION_MAX_AGE)
            | Q(used_at__isnull=False) & ~Q(purpose=Confirmation.Purpose.SUPPORT)
            | Q(used_at__isnull=False, purpose=Confirmation.Purpose.SUPPORT, has_support=False)
        )
        .delete()
    )
    addresses = 0
    unused = ResidentAddress.objects.filter(
        supports=None, follows=None, confirmations=None, created_at__lt=now - CONFIRMATION_MAX_AGE
    )
    for address in unused:
        in_use = (
            Idea.objects.filter(submitter_email__iexact=address.email).exists()
            or IdeaSubmitter.objects.filter(email__iexact=address.email).exists()
        )
        if not in_use:
            address.delete()
            addresses += 1
    return {
        "supports made anonymous": anonymised,
        "follows deleted": follows,
        "confirmation links deleted": links,
        "residents' addresses deleted": addresses,
    }


def erase_address(email: str) -> int:
    """The erasure path for an address given to support or follow: delete it with its
    supports, follows, links and e-mails. Returns how many addresses were deleted (0 or 1)."""
    deleted, _by_model = ResidentAddress.objects.for_email(email).delete()
    return 1 if deleted else 0
