"""Registering for a session without overbooking it.

The seats of a session are counted across its language versions (by translation_key). The
session rows are locked with SELECT ... FOR UPDATE before counting, so two people registering
for the last seat at the same time are served one after the other on PostgreSQL: the second one
sees the first one's registration and goes on the waiting list. SQLite has no row locks; it
allows one writer at a time, which serialises the writes in the same way."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from home.mail_limit import may_mail

from .choices import RegistrationStatus
from .emails import queue_confirmation
from .models import CourseSession, Registration


class RegistrationClosed(Exception):
    """The deadline of the session has passed."""


def confirmed_count(session_key) -> int:
    return Registration.objects.filter(
        session_key=session_key, status=RegistrationStatus.CONFIRMED
    ).count()


def register(session: CourseSession, data: dict, language: str) -> Registration:
    """Save a registration for `session` (a row in any language) and enqueue the confirmation
    e-mail, unless the address has had its day's share of e-mail (home/mail_limit.py). Confirmed
    while seats are left, otherwise on the waiting list."""
    with transaction.atomic():
        rows = list(
            CourseSession.objects.select_for_update()
            .filter(translation_key=session.translation_key)
            .select_related("locale")
            .order_by("pk")
        )
        source = next(
            (row for row in rows if row.locale.language_code == settings.LANGUAGE_CODE), session
        )
        if timezone.now() >= source.registration_deadline:
            raise RegistrationClosed
        full = confirmed_count(source.translation_key) >= source.seat_limit
        registration = Registration.objects.create(
            course_id=source.page_id,
            session_key=source.translation_key,
            session_starts_at=source.starts_at,
            name=data["name"],
            email=data["email"],
            organisation=data["organisation"],
            role=data["role"],
            needs=data.get("needs", ""),
            consent_at=timezone.now(),
            language=language,
            status=RegistrationStatus.WAITING_LIST if full else RegistrationStatus.CONFIRMED,
        )
        if may_mail(registration.email):
            queue_confirmation(registration)
    return registration
