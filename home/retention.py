"""Retention of form submissions (run daily by `purge_personal_data`, listed in
PERSONAL_DATA_PURGES): Wagtail's FormSubmission rows of the site's form pages (the
accessibility feedback form and any form editors build) are deleted
FORM_SUBMISSION_RETENTION_DAYS after they were sent."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission


def purge(now=None) -> dict[str, int]:
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.FORM_SUBMISSION_RETENTION_DAYS)
    # Every form submission: FormPage is the site's only form page type, and a new one's
    # submissions are personal data all the same.
    deleted, _by_model = FormSubmission.objects.filter(submit_time__lt=cutoff).delete()
    return {"form submissions deleted": deleted}
