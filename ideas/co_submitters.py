"""E-mail to the people behind an idea besides its first submitter: the team members a handler
registered with it and the visitors who joined it ("this is my idea too").

Each person with an address gets a receipt with the idea's reference (never its tracking link,
which belongs to whoever sent the idea, nor anything someone typed). After that they get the
same news as the submitter (stage changes, answers, decisions), but only if they asked for it
and have confirmed the address by the link in the receipt (double opt-in, ideas/participation.py);
each of those e-mails carries the one-click unsubscribe. All go through the residents' outbox
(ResidentEmail, sent by home/outbox.py)."""

from django.utils import translation
from django.utils.translation import gettext as _

from home.mail_limit import may_mail
from ideas.models.ideas import IdeaEvent
from ideas.models.organisation import IdeaSubmitter
from ideas.models.participation import Confirmation, ResidentAddress, ResidentEmail
from ideas.participation import new_confirmation, public_idea_url, queue_resident_email

# What co-submitters hear of: what the submitter hears of (ideas/handling.py).
NEWS_KINDS = [
    IdeaEvent.Kind.STAGE_CHANGED,
    IdeaEvent.Kind.ANSWERED,
    IdeaEvent.Kind.MERGED,
    IdeaEvent.Kind.DECIDED,
]


def language_of(submitter, idea) -> str:
    return submitter.language or idea.language


def queue_receipt(submitter, idea) -> ResidentEmail | None:
    """The receipt to a co-submitter, unless there is no address or it has had its day's share
    of e-mail. If they asked for news from an address not yet confirmed, it carries the link
    that confirms it; until then, the receipt is the only e-mail they get."""
    if not submitter.email or not may_mail(submitter.email):
        return None
    language = language_of(submitter, idea)
    address = ResidentAddress.for_email(submitter.email, language)
    context = {
        "reference": idea.reference,
        "joined": submitter.joined_as == IdeaSubmitter.Joined.JOINED,
        "wants_updates": submitter.wants_updates,
        "idea_url": public_idea_url(idea, language) if idea.is_public else "",
    }
    if submitter.wants_updates and not address.is_confirmed:
        _confirmation, context["confirm_url"] = new_confirmation(
            address, Confirmation.Purpose.UPDATES, idea, language
        )
    with translation.override(language):
        subject = _("You are one of the people behind the idea %(reference)s") % {
            "reference": idea.reference
        }
    return queue_resident_email(
        address,
        ResidentEmail.Kind.CO_SUBMITTER_RECEIPT,
        language,
        subject,
        "ideas/email/co_submitter_receipt.txt",
        context,
        headers=False,
    )


def receivers_of_news(idea):
    """The co-submitters who asked for news, one per address, leaving out the submitter's own
    address (they get the submitter's e-mail)."""
    seen = {idea.submitter_email.strip().lower()} if idea.submitter_email else set()
    receivers = []
    for submitter in idea.submitters.filter(wants_updates=True).exclude(email=""):
        key = submitter.email.strip().lower()
        if key not in seen:
            seen.add(key)
            receivers.append(submitter)
    return receivers


def queue_updates(idea, event) -> list[ResidentEmail]:
    """E-mail the news in `event` (a stage change, an answer, a merge, a decision) to each
    co-submitter who asked for it from a confirmed address, in their language."""
    if event.kind not in NEWS_KINDS:
        return []
    messages = []
    for submitter in receivers_of_news(idea):
        address = ResidentAddress.objects.for_email(submitter.email).confirmed().first()
        if address is None:
            continue
        language = language_of(submitter, idea)
        with translation.override(language):
            subject = _("News about the idea %(reference)s") % {"reference": idea.reference}
            stage = event.get_to_stage_display() if event.to_stage else ""
        texts = idea.shown_texts(language)
        messages.append(
            queue_resident_email(
                address,
                ResidentEmail.Kind.CO_SUBMITTER_UPDATE,
                language,
                subject,
                "ideas/email/co_submitter_update.txt",
                {
                    "reference": idea.reference,
                    "kind": event.kind,
                    "title": texts.title.text if idea.is_public else "",
                    "stage": stage,
                    "note": (
                        texts.answer.text
                        if event.kind == IdeaEvent.Kind.ANSWERED
                        else event.shown_note(language).text
                    ),
                    "idea_url": public_idea_url(idea, language) if idea.is_public else "",
                },
            )
        )
    return messages


def receipt_sent(submitter) -> bool:
    """Whether a receipt went to the co-submitter's address (for the thank-you page when the
    same form is sent again)."""
    return bool(submitter.email) and (
        ResidentEmail.objects.filter(
            kind=ResidentEmail.Kind.CO_SUBMITTER_RECEIPT,
            address__in=ResidentAddress.objects.for_email(submitter.email),
        ).exists()
    )
