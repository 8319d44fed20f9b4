"""Two people register for the last seat at the same moment: only one gets it.

Runs on PostgreSQL only. There each registration locks the session rows (SELECT ... FOR UPDATE)
before counting, so the second transaction waits for the first and then sees its registration.
SQLite has no row locks and, in Django's default deferred transactions, refuses the second
concurrent writer with "database is locked" instead of queueing it, so the test would measure
SQLite's locking rather than this code."""

import threading
import time
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone
from wagtail.models import Page

from courses import models as registration_module
from courses.choices import RegistrationStatus
from courses.models import CourseIndexPage, CoursePage, CourseSession, Registration
from home.models import HomePage

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs row locks (PostgreSQL)"
)


@pytest.fixture
def last_seat(django_db_blocker):
    """A course whose only session has one seat, committed so that other connections see it.

    Written outside a test transaction (not with transactional_db, whose flush would empty the
    shared demo database the browser tests use) and removed again afterwards."""
    with django_db_blocker.unblock():
        home = Page.get_first_root_node().add_child(
            instance=HomePage(title="Hem", slug="hem-samtidighet", intro="Välkommen")
        )
        try:
            index = home.add_child(instance=CourseIndexPage(title="Utbildning", slug="utbildning"))
            starts_at = timezone.now() + timedelta(weeks=2)
            course = index.add_child(
                instance=CoursePage(
                    title="Kurs",
                    slug="kurs",
                    audience="politicians",
                    format="workshop",
                    summary_text="Om innovation.",
                    learning_objectives="<p>Mål</p>",
                    duration_minutes=60,
                )
            )
            yield CourseSession.objects.create(
                page=course,
                starts_at=starts_at,
                ends_at=starts_at + timedelta(hours=2),
                place="Stadshuset",
                seat_limit=1,
                registration_deadline=starts_at - timedelta(days=1),
            )
        finally:
            Registration.objects.filter(course__path__startswith=home.path).delete()
            home.delete()


def test_only_one_of_two_concurrent_registrations_gets_the_last_seat(last_seat, monkeypatch):
    # Hold each transaction open between counting and saving, so that without the lock both
    # would count 0 confirmed registrations and both would be confirmed.
    original_count = registration_module.confirmed_count

    def slow_count(session_key):
        count = original_count(session_key)
        time.sleep(0.5)
        return count

    monkeypatch.setattr(registration_module, "confirmed_count", slow_count)
    barrier = threading.Barrier(2)
    errors = []

    def register(email):
        try:
            barrier.wait()
            data = {"name": email, "email": email, "organisation": "Piteå", "role": "Ledamot"}
            registration_module.register(last_seat, data, "sv")
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=register, args=(f"p{n}@example.org",)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    registrations = Registration.objects.filter(session_key=last_seat.translation_key)
    statuses = sorted(registrations.values_list("status", flat=True))
    assert statuses == [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING_LIST]
