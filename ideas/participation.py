"""What residents do beyond sending their own idea, with no account: confirm an address,
support and follow published ideas, unsubscribe, and get their tracking links sent again.

Every action that leads to more than one e-mail is confirmed by a link sent to the address
(double opt-in): the action waits as a Confirmation until the link is used. Every e-mail after
that carries a one-click unsubscribe (RFC 8058 headers and a link). All e-mails go through the
outbox (ResidentEmail rows, sent by home.outbox)."""

from datetime import timedelta

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Count
from django.db.models.functions import TruncWeek
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from home.mail_limit import may_mail
from home.outbox import send_on_commit
from ideas.models.ideas import Idea, IdeaEvent
from ideas.models.organisation import IdeaSubmitter
from ideas.models.participation import (
    Confirmation,
    Follow,
    ResidentAddress,
    ResidentEmail,
    Support,
    new_token,
    token_hash,
)


class Outcome:
    """What a confirmation link did; the page shows one sentence for each."""

    CONFIRMED = "confirmed"
    ALREADY = "already"
    EXPIRED = "expired"
    INVALID = "invalid"
    UNAVAILABLE = "unavailable"


def site_url(path: str) -> str:
    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else "").rstrip("/") + path


def localized_url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return site_url(reverse(name, kwargs=kwargs))


def board_in(language):
    """The live idea board in `language`, or any live board. The model is looked up by name:
    the board's module imports this one (its routes hand the board to views that use it)."""
    boards = apps.get_model("ideas", "IdeaBoardPage").objects.live()
    return boards.filter(locale__language_code=language).first() or boards.first()


def public_idea_url(idea, language) -> str:
    board = board_in(language)
    if board is None:
        return ""
    return board.get_full_url() + board.reverse_subpage("idea", args=[idea.reference])


# --- Confirmed addresses and unsubscribing ----------------------------------------------------


def is_confirmed(email: str) -> bool:
    return bool(email) and ResidentAddress.objects.for_email(email).confirmed().exists()


def unsubscribe_url(address, language) -> str:
    return localized_url("participation:unsubscribe", language, token=address.unsubscribe_token)


def unsubscribe_headers(address, language) -> dict[str, str]:
    """RFC 8058 one-click unsubscribe: a mail client POSTs `List-Unsubscribe=One-Click` to the
    link, with no page in between."""
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(address, language)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


@transaction.atomic
def unsubscribe(token: str) -> bool:
    """Stop every e-mail but receipts to the address with this unsubscribe token: its follows
    end, and its own ideas and the ideas it joined send no more updates. Supports stay (they
    send nothing)."""
    address = ResidentAddress.objects.filter(unsubscribe_token=token).first() if token else None
    if address is None:
        return False
    address.follows.all().delete()
    Idea.objects.filter(submitter_email__iexact=address.email).update(wants_updates=False)
    IdeaSubmitter.objects.filter(email__iexact=address.email).update(wants_updates=False)
    return True


def queue_resident_email(address, kind, language, subject, template, context, *, headers=True):
    """Store one e-mail to `address` in the residents' outbox and send it after commit."""
    with translation.override(language):
        if headers:
            context["unsubscribe_url"] = unsubscribe_url(address, language)
        message = ResidentEmail.objects.create(
            kind=kind,
            language=language,
            address=address,
            to_address=address.email,
            subject=str(subject)[:255],
            body=render_to_string(template, context),
            headers=unsubscribe_headers(address, language) if headers else {},
        )
    send_on_commit(message)
    return message


# --- Asking for a confirmation and using it ---------------------------------------------------


def new_confirmation(address, purpose, target, language) -> tuple[Confirmation, str]:
    """Store an action waiting for its link; returns it and the link (the secret is stored
    hashed, so the link exists only in the e-mail)."""
    token = new_token()
    confirmation = Confirmation.objects.create(
        address=address,
        token_hash=token_hash(token),
        purpose=purpose,
        content_type=ContentType.objects.get_for_model(target),
        object_id=target.pk,
        language=language,
    )
    return confirmation, localized_url("participation:confirm", language, token=token)


@transaction.atomic
def request_confirmation(email, purpose, target, language) -> Confirmation | None:
    """Store the action and e-mail its confirmation link, unless the address has had its day's
    share of e-mail. The caller answers the same either way."""
    if not may_mail(email):
        return None
    address = ResidentAddress.for_email(email, language)
    confirmation, url = new_confirmation(address, purpose, target, language)
    with translation.override(language):
        subject = {
            Confirmation.Purpose.SUPPORT: _("Confirm your support for an idea"),
            Confirmation.Purpose.FOLLOW: _("Confirm that you want to follow an idea"),
            Confirmation.Purpose.UPDATES: _("Confirm your e-mail address"),
        }[purpose]
    queue_resident_email(
        address,
        ResidentEmail.Kind.CONFIRMATION,
        language,
        subject,
        "ideas/email/confirmation.txt",
        {"purpose": purpose, "reference": getattr(target, "reference", ""), "confirm_url": url},
        headers=False,
    )
    return confirmation


def find_confirmation(token: str):
    if not token or len(token) > 100:
        return None
    return (
        Confirmation.objects.select_related("address", "content_type")
        .filter(token_hash=token_hash(token))
        .first()
    )


def check(confirmation) -> str | None:
    """Why the link cannot be used now (an Outcome), or None if it can."""
    if confirmation is None:
        return Outcome.INVALID
    if confirmation.used_at is not None:
        return Outcome.ALREADY
    if confirmation.has_expired:
        return Outcome.EXPIRED
    target = confirmation.target
    if target is None or (
        confirmation.purpose != Confirmation.Purpose.UPDATES and not is_public(target)
    ):
        return Outcome.UNAVAILABLE
    return None


def is_public(target) -> bool:
    """Whether residents may support or follow `target`: a published idea, or a live page."""
    if isinstance(target, Idea):
        return target.is_public
    return bool(getattr(target, "live", False))


@transaction.atomic
def confirm(token: str) -> tuple[str, Confirmation | None]:
    """Use a confirmation link: confirm the address and do what it was for. Using it again is
    harmless and says so."""
    confirmation = find_confirmation(token)
    if confirmation is not None:
        confirmation = Confirmation.objects.select_for_update().get(pk=confirmation.pk)
    refusal = check(confirmation)
    if refusal is not None:
        return refusal, confirmation
    now = timezone.now()
    address = confirmation.address
    if address.confirmed_at is None:
        address.confirmed_at = now
        address.save(update_fields=["confirmed_at"])
    confirmation.used_at = now
    confirmation.save(update_fields=["used_at"])
    target = confirmation.target
    if confirmation.purpose == Confirmation.Purpose.SUPPORT:
        Support.objects.get_or_create(address=address, idea=target)
    elif confirmation.purpose == Confirmation.Purpose.FOLLOW:
        Follow.objects.update_or_create(
            address=address,
            content_type=confirmation.content_type,
            object_id=confirmation.object_id,
            defaults={"language": confirmation.language},
        )
    return Outcome.CONFIRMED, confirmation


@transaction.atomic
def withdraw_support(token: str) -> bool:
    """Withdraw the support that this (used) confirmation link gave."""
    confirmation = find_confirmation(token)
    if confirmation is None or confirmation.purpose != Confirmation.Purpose.SUPPORT:
        return False
    deleted, _by_model = Support.objects.filter(
        address=confirmation.address, idea_id=confirmation.object_id
    ).delete()
    return bool(deleted)


def has_support(confirmation) -> bool:
    return Support.objects.filter(
        address=confirmation.address, idea_id=confirmation.object_id
    ).exists()


# --- Support figures for the public and the handlers ------------------------------------------


def support_count(idea) -> int:
    return idea.supports.count()


def supports_by_week(idea, weeks=12) -> list[dict]:
    """The supports given each week of the last `weeks` weeks (withdrawn ones are gone)."""
    since = timezone.now() - timedelta(weeks=weeks)
    return list(
        idea.supports.filter(created_at__gte=since)
        .annotate(week=TruncWeek("created_at"))
        .values("week")
        .annotate(count=Count("pk"))
        .order_by("week")
    )


# --- News to followers ------------------------------------------------------------------------


def followers_of(target):
    return Follow.objects.filter(
        content_type=ContentType.objects.get_for_model(target),
        object_id=target.pk,
        address__confirmed_at__isnull=False,
    ).select_related("address")


# What followers hear of: the public events, and decisions with their reasons.
FOLLOWED_KINDS = [*IdeaEvent.PUBLIC_KINDS, IdeaEvent.Kind.DECIDED]


def queue_follower_updates(idea, event) -> list[ResidentEmail]:
    """E-mail the idea's followers about a public event (a stage change, an answer, a merge,
    a decision), each in the language they followed in. Nothing while the idea is not
    published."""
    if not idea.is_public or event.kind not in FOLLOWED_KINDS:
        return []
    messages = []
    for follow in followers_of(idea):
        language = follow.language
        texts = idea.shown_texts(language)
        with translation.override(language):
            subject = _("An update on the idea %(reference)s") % {"reference": idea.reference}
            stage = event.get_to_stage_display() if event.to_stage else ""
        messages.append(
            queue_resident_email(
                follow.address,
                ResidentEmail.Kind.FOLLOWER_UPDATE,
                language,
                subject,
                "ideas/email/follower_update.txt",
                {
                    "idea": idea,
                    "title": texts.title.text,
                    "stage": stage,
                    "answer": texts.answer.text if event.kind == IdeaEvent.Kind.ANSWERED else "",
                    "decision": (
                        event.shown_note(language).text
                        if event.kind == IdeaEvent.Kind.DECIDED
                        else ""
                    ),
                    "idea_url": public_idea_url(idea, language),
                },
            )
        )
    return messages


# --- Lost tracking links ----------------------------------------------------------------------


@transaction.atomic
def send_lost_links(email: str, language: str) -> bool:
    """E-mail the tracking links of the ideas sent from `email`, if there are any and the
    address has not had its day's share of e-mail. The caller answers the same either way."""
    # Counted for every address, known or not, so the answer and the limit are the same.
    if not may_mail(email):
        return False
    ideas = list(
        Idea.objects.filter(submitter_email__iexact=email.strip(), personal_data_erased_at=None)
    )
    if not ideas:
        return False
    board = board_in(language)
    if board is None:
        return False
    links = [
        (idea.reference, board.get_full_url() + board.tracking_path(idea.tracking_token))
        for idea in ideas
    ]
    # To the address as the resident first gave it, not as typed now.
    address = ResidentAddress.for_email(ideas[0].submitter_email, language)
    with translation.override(language):
        subject = _("Your links to follow your ideas")
    queue_resident_email(
        address,
        ResidentEmail.Kind.LOST_LINKS,
        language,
        subject,
        "ideas/email/lost_links.txt",
        {"links": links},
        headers=False,
    )
    return True
