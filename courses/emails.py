"""E-mails of the courses app, stored in the outbox (home.outbox) and sent after commit. Each is
written in the registration's language, with the session as it is in that language."""

from django.template.loader import render_to_string
from django.utils import translation

from home.models import OutgoingEmail
from home.outbox import queue_email


def link(course, route: str, registration) -> str:
    """The full URL of one of the registrant's links (`cancel`, `offer`) on the course page."""
    return (course.full_url or "") + course.route_path(route, token=registration.token)


def email_context(registration) -> dict:
    session = registration.session()
    course = session.page if session else registration.course
    return {
        "registration": registration,
        "session": session,
        "course": course,
        "cancel_url": link(course, "cancel", registration),
        "offer_url": link(course, "offer", registration),
        # What the registrant typed (name, needs) goes only to a confirmed address; no address
        # is confirmed until address confirmation is built.
        "confirmed": False,
    }


def queue_course_email(registration, template: str):
    with translation.override(registration.language):
        context = email_context(registration)
        subject = render_to_string(f"courses/email/{template}_subject.txt", context)
        body = render_to_string(f"courses/email/{template}_body.txt", context)
    return queue_email(
        kind=OutgoingEmail.Kind.COURSE_CONFIRMATION,
        to=[registration.email],
        subject=subject,
        body=body,
        about=registration,
    )


def queue_confirmation(registration):
    """Confirm a registration (or a place on the waiting list), with the link to cancel it."""
    return queue_course_email(registration, "confirmation")


def queue_offer(registration):
    """Offer a freed seat to someone on the waiting list, with the deadline to confirm it."""
    return queue_course_email(registration, "offer")
