"""Background tasks (django-tasks). In the embedded setup they run immediately; in production a
worker runs them. They are enqueued on transaction commit, so what they read is already saved."""

import logging

from django.core.mail import EmailMessage
from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def send_form_submission_email(submission_id: int) -> None:
    from wagtail.contrib.forms.models import FormSubmission

    submission = FormSubmission.objects.select_related("page").get(pk=submission_id)
    page = submission.page.specific
    message = EmailMessage(
        subject=page.subject or page.title,
        body=page.render_submission_email(submission),
        from_email=page.from_address or None,
        to=[address.strip() for address in page.to_address.split(",") if address.strip()],
    )
    message.send()
    logger.info("Sent form submission %s of page %s", submission_id, page.pk)
