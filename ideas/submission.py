"""What the idea form stores: a new idea with its e-mails, or a co-submitter who joins a
published idea ("this is my idea too"), and the published ideas that look like a new one."""

import re

from django.db import models, transaction
from django.utils import timezone

from ideas import co_submitters
from ideas.models.ideas import Idea, IdeaEvent
from ideas.models.organisation import IdeaSubmitter
from ideas.notifications import (
    confirmed_address,
    queue_new_idea_alert,
    queue_receipt,
    receipt_allowed,
    tracking_url,
)
from ideas.permissions import handler_emails, manager_emails
from ideas.staff_mail import queue_manager_alert
from ideas.stages import Stage

SIMILAR_LIMIT = 5
# Ideas nobody can join any more ("this is my idea too"): the work on them has ended.
JOIN_CLOSED_STAGES = [Stage.CLOSED, Stage.MERGED]


@transaction.atomic
def create_idea(data, *, language, challenge=None):
    """Store the idea and queue its e-mails. `receipt_queued` on the idea returned says
    whether a receipt is on its way (not without an address, nor over the address's limit
    of e-mails a day). What needs no reference (the e-mail limit, the tracking link, whether
    the address is confirmed, the handlers' and managers' addresses) is looked up first:
    saving the idea takes its reference, and other submissions wait for the year's counter
    from then until this one commits."""
    idea = Idea(
        title=data["title"],
        description=data["description"],
        need=data["need"],
        who_benefits=data["who_benefits"],
        area=data["area"],
        municipality=data["municipality"],
        kind=data["kind"],
        challenge=challenge.source_page() if challenge else None,
        language=language,
        submitter_name=data["name"],
        submitter_email=data["email"],
        submitter_phone=data["phone"],
        show_name=data["show_name"],
        wants_updates=data["wants_updates"],
        shares_contact_with_partners=data["shares_contact_with_partners"],
        consent_at=timezone.now(),
        submitter_kind=data["submitter_kind"],
        administration_id=data["administration"],
        unit_id=data["unit"],
        workplace=data["workplace"],
    )
    allowed = receipt_allowed(idea)
    link = tracking_url(idea)
    address = confirmed_address(idea) if allowed else None
    handlers = handler_emails(idea.municipality)
    managers = manager_emails(idea.administration_id) if idea.administration_id else []
    idea.save()
    IdeaEvent.objects.create(idea=idea, kind=IdeaEvent.Kind.RECEIVED, to_stage=idea.stage)
    receipt = queue_receipt(idea, allowed=allowed, link=link, address=address)
    idea.receipt_queued = receipt is not None
    queue_new_idea_alert(idea, recipients=handlers)
    queue_manager_alert(idea, recipients=managers)
    return idea


def joinable_idea(reference, municipality):
    """The published idea of `municipality` that a visitor may join as a co-submitter: one
    that is still being worked on (not closed or merged)."""
    return (
        Idea.objects.public()
        .filter(reference=reference, municipality=municipality)
        .exclude(stage__in=JOIN_CLOSED_STAGES)
        .first()
    )


@transaction.atomic
def join_idea(idea, data, *, language):
    """Record the visitor as a co-submitter of `idea` ("this is my idea too") and queue their
    receipt; `receipt_queued` on the co-submitter returned says whether one is on its way."""
    submitter = IdeaSubmitter.objects.create(
        idea=idea,
        joined_as=IdeaSubmitter.Joined.JOINED,
        name=data["name"],
        email=data["email"],
        phone=data["phone"],
        wants_updates=data["wants_updates"],
        language=language,
        consent_at=timezone.now(),
    )
    IdeaEvent.objects.create(idea=idea, kind=IdeaEvent.Kind.JOINED)
    submitter.receipt_queued = co_submitters.queue_receipt(submitter, idea) is not None
    return submitter


def similar_ideas(data, limit=SIMILAR_LIMIT):
    """Up to `limit` published ideas that share the most words with the new one."""
    words = significant_words(f"{data.get('title', '')} {data.get('need', '')}")
    if not words:
        return []
    # One case-insensitive regular expression per field, rather than one ILIKE per word and
    # field: on PostgreSQL the database then reads each text once (2 ms of its CPU instead of
    # 18 for ten words over 1,500 public ideas; issue 19). The words are letters and digits.
    pattern = "|".join(re.escape(word) for word in list(words)[:10])
    candidates = (
        Idea.objects.public()
        .filter(models.Q(public_title__iregex=pattern) | models.Q(public_summary__iregex=pattern))
        .only(
            "reference",
            "public_title",
            "public_title_en",
            "title",
            "language",
            "public_summary",
            "stage",
            "municipality",
        )[:100]
    )
    scored = []
    for idea in candidates:
        overlap = len(words & significant_words(f"{idea.public_title} {idea.public_summary}"))
        if overlap:
            scored.append((overlap, idea.pk, idea))
    scored.sort(key=lambda item: (-item[0], -item[1]))
    return [idea for _, _, idea in scored[:limit]]


STOP_WORDS = {
    "att", "och", "som", "för", "med", "det", "den", "inte", "till", "från", "eller", "kan",
    "ska", "har", "vara", "mer", "mycket", "alla", "när", "där", "vill", "the", "and", "that",
    "for", "with", "this", "from", "would", "could", "more", "have", "they", "their", "there",
}  # fmt: skip


def significant_words(text: str) -> set[str]:
    return {
        word
        for word in re.findall(r"\w+", text.lower())
        if len(word) >= 4 and word not in STOP_WORDS and not word.isdigit()
    }
