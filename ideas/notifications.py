"""E-mails about ideas, written in the language of the reader: to the resident (kept in the
residents' outbox, Notification) and to the municipality's idea handlers (home's outbox). Each
is stored in the current transaction; home.outbox enqueues the task that sends it once the
transaction has committed, and the retry job sends what failed."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from home.mail_limit import may_mail
from home.models import OutgoingEmail
from home.outbox import queue_email, send_on_commit
from ideas.models.notifications import Notification
from ideas.models.participation import Confirmation, ResidentAddress
from ideas.participation import board_in, new_confirmation, unsubscribe_headers, unsubscribe_url
from ideas.permissions import handler_emails


def tracking_url(idea) -> str:
    """The full address of the idea's tracking page, in the idea's language."""
    board = board_in(idea.language)
    if board is None:
        return ""
    return board.get_full_url() + board.tracking_path(idea.tracking_token)


def confirmed_address(idea) -> ResidentAddress | None:
    """The submitter's address, if they have shown by a link that it is theirs."""
    if not idea.submitter_email:
        return None
    return ResidentAddress.objects.for_email(idea.submitter_email).confirmed().first()


def address_confirmed(idea) -> bool:
    """Whether the resident has shown that the e-mail address is theirs (ideas/participation.py).
    Only then may an e-mail repeat what they typed (name, title, description), and only then is
    more than the receipt sent: otherwise anyone could send mail of their own to any address in
    the municipalities' name."""
    return confirmed_address(idea) is not None


# The replies to what the resident sent: the receipt and the decision on their idea. They are
# sent whenever the idea has an address, so they carry no unsubscribe (unsubscribing does not
# stop them, and the unsubscribe page says so); every other e-mail to the resident does.
REPLY_KINDS = (Notification.Kind.RECEIPT, Notification.Kind.DECIDED)

# `address` not given: looked up here (confirmed_address).
LOOK_UP = object()


def _queue(idea, kind, subject, template, context, link=None, address=LOOK_UP):
    address = confirmed_address(idea) if address is LOOK_UP else address
    context = {"confirmed": address is not None, **context}
    link = tracking_url(idea) if link is None else link
    with translation.override(idea.language):
        if address is not None and kind not in REPLY_KINDS:
            context["unsubscribe_url"] = unsubscribe_url(address, idea.language)
        notification = Notification.objects.create(
            idea=idea,
            kind=kind,
            language=idea.language,
            to_address=idea.submitter_email,
            subject=str(subject),
            body=render_to_string(template, {"idea": idea, "tracking_url": link, **context}),
            headers=(
                unsubscribe_headers(address, idea.language) if "unsubscribe_url" in context else {}
            ),
        )
    send_on_commit(notification)
    return notification


def receipt_allowed(idea) -> bool:
    """Whether the idea's receipt may be sent: an address, not over its day's share of e-mail.
    Counts the e-mail when it may (home/mail_limit.py)."""
    return bool(idea.submitter_email) and may_mail(idea.submitter_email)


def queue_receipt(idea, *, allowed=None, link=None, address=LOOK_UP):
    """The receipt, unless there is no address or it has had its day's share of e-mail
    (`allowed`, `link` and `address`: receipt_allowed(), tracking_url() and confirmed_address()
    when the caller has them). If the resident asked for updates from an address not yet
    confirmed, it carries the link that confirms it; until then, the receipt is the only e-mail
    they get."""
    if not (receipt_allowed(idea) if allowed is None else allowed):
        return None
    address = confirmed_address(idea) if address is LOOK_UP else address
    context = {}
    if idea.wants_updates and address is None:
        unconfirmed = ResidentAddress.for_email(idea.submitter_email, idea.language)
        _confirmation, context["confirm_url"] = new_confirmation(
            unconfirmed, Confirmation.Purpose.UPDATES, idea, idea.language
        )
    with translation.override(idea.language):
        subject = _("We have received your idea %(reference)s") % {"reference": idea.reference}
    return _queue(
        idea,
        Notification.Kind.RECEIPT,
        subject,
        "ideas/email/receipt.txt",
        context,
        link=link,
        address=address,
    )


def may_update(idea) -> bool:
    """Whether the resident gets e-mail about their idea beyond the receipt."""
    return bool(idea.wants_updates and idea.submitter_email and address_confirmed(idea))


def queue_stage_change(idea, event):
    if not may_update(idea):
        return None
    with translation.override(idea.language):
        subject = _("News about your idea %(reference)s") % {"reference": idea.reference}
        return _queue(
            idea,
            Notification.Kind.STAGE_CHANGED,
            subject,
            "ideas/email/stage_changed.txt",
            {
                "event": event,
                "stage": event.get_to_stage_display(),
                "answer": event.shown_note(idea.language).text,
            },
        )


def queue_answer(idea, event):
    if not may_update(idea):
        return None
    with translation.override(idea.language):
        subject = _("The municipality has answered about your idea %(reference)s") % {
            "reference": idea.reference
        }
        return _queue(
            idea,
            Notification.Kind.ANSWERED,
            subject,
            "ideas/email/answered.txt",
            {"event": event, "answer": idea.shown_texts(idea.language).answer.text},
        )


def queue_new_idea_alert(idea, *, recipients=None) -> list[OutgoingEmail]:
    """E-mail each handler of the idea's municipality (`recipients`, when the caller has them),
    in Swedish: the reference, the area and a link to the idea in the admin, never the
    submitter's personal data."""
    recipients = handler_emails(idea.municipality) if recipients is None else recipients
    if not recipients:
        return []
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
    return queue_email(
        kind=OutgoingEmail.Kind.HANDLER_ALERT,
        to=recipients,
        subject=subject,
        body=body,
        about=idea,
    )
