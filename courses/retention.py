"""Retention of course registrations (run daily by `purge_personal_data`, listed in
PERSONAL_DATA_PURGES): the "needs" text (it may hold health data, such as an allergy or a
sign-language interpreter) is erased once the session has ended; the whole registration is
deleted REGISTRATION_RETENTION_DAYS after the session."""

from datetime import timedelta

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from courses.models import CourseSession, Registration


def with_session_end(registrations):
    """Annotate `session_ends_at`: when the session ends now (it may have been moved), or, for a
    session that no longer exists, when it started at the time of registration."""
    ends_at = CourseSession.objects.filter(translation_key=OuterRef("session_key")).values(
        "ends_at"
    )[:1]
    return registrations.annotate(session_ends_at=Coalesce(Subquery(ends_at), "session_starts_at"))


def purge(now=None) -> dict[str, int]:
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.REGISTRATION_RETENTION_DAYS)
    registrations = with_session_end(Registration.objects.all())
    expired = registrations.filter(session_ends_at__lt=cutoff).values_list("pk", flat=True)
    deleted, _by_model = Registration.objects.filter(pk__in=list(expired)).delete()
    ended = registrations.filter(session_ends_at__lt=now).exclude(needs="")
    ended = ended.values_list("pk", flat=True)
    erased = Registration.objects.filter(pk__in=list(ended)).update(needs="")
    return {"course registrations deleted": deleted, "registrations' needs erased": erased}
