"""Background tasks of the courses app (django-tasks), enqueued on transaction commit."""

import logging

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def send_registration_confirmation(registration_id: int) -> None:
    """Confirm a registration (or a place on the waiting list) in the registrant's language."""
    from .models import Registration

    registration = Registration.objects.get(pk=registration_id)
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
    EmailMessage(subject=" ".join(subject.split()), body=body, to=[registration.email]).send()
    logger.info("Sent the confirmation of registration %s", registration_id)
