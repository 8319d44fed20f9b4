"""E-mails of the courses app, stored in the outbox (home.outbox) and sent after commit."""

from django.template.loader import render_to_string
from django.utils import translation

from home.models import OutgoingEmail
from home.outbox import queue_email


def queue_confirmation(registration):
    """Confirm a registration (or a place on the waiting list) in the registrant's language."""
    with translation.override(registration.language):
        session = registration.session()
        context = {
            "registration": registration,
            "session": session,
            "course": session.page if session else registration.course,
            # What the registrant typed (name, needs) goes only to a confirmed address; no address
            # is confirmed until address confirmation is built.
            "confirmed": False,
        }
        subject = render_to_string("courses/email/confirmation_subject.txt", context)
        body = render_to_string("courses/email/confirmation_body.txt", context)
    return queue_email(
        kind=OutgoingEmail.Kind.COURSE_CONFIRMATION,
        to=[registration.email],
        subject=subject,
        body=body,
        about=registration,
    )
