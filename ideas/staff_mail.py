"""E-mails of the sluice inside the municipalities, through home's outbox: the administration's
managers hear of a new idea from it, and a partner gets an idea referred to it. Written in
Swedish; neither carries the submitter's personal data, except a referral when the submitter
agreed that partners may contact them."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from home.models import OutgoingEmail
from home.outbox import queue_email
from ideas.permissions import manager_emails


def admin_url(name, idea) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=[idea.pk])


def queue_manager_alert(idea, *, recipients=None) -> list[OutgoingEmail]:
    """E-mail the managers of the idea's administration (`recipients`, when the caller has
    them): the reference, the area and a link to the idea in their read-only view."""
    if idea.administration_id is None:
        return []
    if recipients is None:
        recipients = manager_emails(idea.administration_id)
    if not recipients:
        return []
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("New idea %(reference)s from %(administration)s") % {
            "reference": idea.reference,
            "administration": idea.administration.name,
        }
        body = render_to_string(
            "ideas/email/new_idea_managers.txt",
            {"idea": idea, "admin_url": admin_url("ideas_managed:inspect", idea)},
        )
    return queue_email(
        kind=OutgoingEmail.Kind.MANAGER_ALERT, to=recipients, subject=subject, body=body, about=idea
    )


def queue_partner_referral(referral) -> list[OutgoingEmail]:
    """E-mail the partner's contact about the idea: its reference, title, description and need,
    the handler's message and, only if the submitter agreed, their contact details."""
    idea = referral.idea
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("An idea for you from the idea sluice: %(reference)s") % {
            "reference": idea.reference
        }
        body = render_to_string(
            "ideas/email/partner_referral.txt",
            {
                "idea": idea,
                "referral": referral,
                "contact": referral.contact_details_shared,
            },
        )
    return queue_email(
        kind=OutgoingEmail.Kind.PARTNER_REFERRAL,
        to=[referral.partner.contact_email],
        subject=subject,
        body=body,
        about=idea,
    )
