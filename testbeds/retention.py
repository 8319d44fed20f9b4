"""Retention of testbed contact requests (run daily by `purge_personal_data`, listed in
PERSONAL_DATA_PURGES): a request is needed until the testbed's contact person has answered and
the two have taken it further by e-mail, so it is deleted TESTBED_CONTACT_RETENTION_DAYS after it
was sent, with the e-mails about it. Erasure on request: `erase_address` (the command
`erase_resident_address`), or the request's Delete in the admin."""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from home.models import OutgoingEmail

from .contact_requests import ContactRequest


def delete_requests(requests) -> int:
    """Delete `requests` with the e-mails about them. Returns how many requests were deleted."""
    ids = list(requests.values_list("pk", flat=True))
    if not ids:
        return 0
    OutgoingEmail.objects.filter(
        content_type=ContentType.objects.get_for_model(ContactRequest), object_id__in=ids
    ).delete()
    deleted, _by_model = ContactRequest.objects.filter(pk__in=ids).delete()
    return deleted


def purge(now=None) -> dict[str, int]:
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.TESTBED_CONTACT_RETENTION_DAYS)
    expired = ContactRequest.objects.filter(created_at__lt=cutoff)
    return {"testbed contact requests": delete_requests(expired)}


def erase_address(email: str) -> int:
    """The erasure path: delete every contact request sent from `email` (any letter case), with
    the e-mails about them. Returns how many were deleted."""
    return delete_requests(ContactRequest.objects.filter(email__iexact=email.strip()))
