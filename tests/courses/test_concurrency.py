"""Two people register for the last seat at the same moment: only one gets it. Two
cancellations, or a cancellation and a new registration, at the same moment: each freed seat is
offered once, and no more seats are held than exist.

Runs on PostgreSQL only. There each registration locks the session rows (SELECT ... FOR UPDATE)
before counting, so the second transaction waits for the first and then sees its registration.
SQLite has no row locks and, in Django's default deferred transactions, refuses the second
concurrent writer with "database is locked" instead of queueing it, so the test would measure
SQLite's locking rather than this code."""

import threading
import time
from contextlib import contextmanager
from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from wagtail.models import Page

from courses import models as registration_module
from courses.choices import HOLDS_SEAT, RegistrationStatus
from courses.models import CourseIndexPage, CoursePage, CourseSession, Registration
from home.models import HomePage, OutgoingEmail
from tests.factories import RegistrationFactory

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs row locks (PostgreSQL)"
)


@contextmanager
def committed_session(django_db_blocker, seats):
    """A course with one session of `seats` seats, committed so that other connections see it.

    Written outside a test transaction (not with transactional_db, whose flush would empty the
    shared demo database the browser tests use) and removed again afterwards, with the
    registrations and e-mails the test made."""
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
                seat_limit=seats,
                registration_deadline=starts_at - timedelta(days=1),
            )
        finally:
            registrations = Registration.objects.filter(course__path__startswith=home.path)
            OutgoingEmail.objects.filter(
                content_type=ContentType.objects.get_for_model(Registration),
                object_id__in=list(registrations.values_list("pk", flat=True)),
            ).delete()
            registrations.delete()
            home.delete()


@pytest.fixture
def last_seat(django_db_blocker):
    with committed_session(django_db_blocker, seats=1) as session:
        yield session


@pytest.fixture
def two_seats_taken(django_db_blocker):
    """Two seats, both confirmed, and two people on the waiting list."""
    with committed_session(django_db_blocker, seats=2) as session:
        with django_db_blocker.unblock():
            for email, status in [
                ("a@example.org", RegistrationStatus.CONFIRMED),
                ("b@example.org", RegistrationStatus.CONFIRMED),
                ("w1@example.org", RegistrationStatus.WAITING_LIST),
                ("w2@example.org", RegistrationStatus.WAITING_LIST),
            ]:
                RegistrationFactory(session=session, email=email, status=status)
        yield session


def slowed_counting(monkeypatch):
    """Hold each transaction open between counting and saving, so that without the lock both
    would count the same seats."""
    original_count = registration_module.confirmed_count

    def slow_count(session_key):
        count = original_count(session_key)
        time.sleep(0.5)
        return count

    monkeypatch.setattr(registration_module, "confirmed_count", slow_count)


def run_at_once(*actions):
    """Run each action in its own thread and connection, started together; the errors."""
    barrier = threading.Barrier(len(actions))
    errors = []

    def run(action):
        try:
            barrier.wait()
            action()
        except Exception as error:  # noqa: BLE001 - reported by the caller's assertion
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return errors


def statuses(session):
    registrations = Registration.objects.filter(session_key=session.translation_key)
    return dict(registrations.values_list("email", "status"))


def offers_sent(session):
    registrations = Registration.objects.filter(session_key=session.translation_key)
    return sorted(
        OutgoingEmail.objects.filter(
            object_id__in=list(registrations.values_list("pk", flat=True)),
            content_type=ContentType.objects.get_for_model(Registration),
        ).values_list("to_address", flat=True)
    )


def test_two_concurrent_cancellations_offer_each_freed_seat_once(two_seats_taken, monkeypatch):
    slowed_counting(monkeypatch)
    a, b = (Registration.objects.get(email=email) for email in ["a@example.org", "b@example.org"])

    assert run_at_once(a.cancel, b.cancel) == []

    assert statuses(two_seats_taken) == {
        "a@example.org": RegistrationStatus.CANCELLED,
        "b@example.org": RegistrationStatus.CANCELLED,
        "w1@example.org": RegistrationStatus.OFFERED,
        "w2@example.org": RegistrationStatus.OFFERED,
    }
    assert offers_sent(two_seats_taken) == ["w1@example.org", "w2@example.org"]


def test_a_cancellation_and_a_new_registration_at_once_never_overbook(two_seats_taken, monkeypatch):
    slowed_counting(monkeypatch)
    a = Registration.objects.get(email="a@example.org")
    data = {"name": "Ny", "email": "new@example.org", "organisation": "Piteå", "role": "Chef"}

    def register():
        registration_module.register(two_seats_taken, data, "sv")

    assert run_at_once(a.cancel, register) == []
    found = statuses(two_seats_taken)
    held = [email for email, status in found.items() if status in HOLDS_SEAT]
    assert sorted(held) == ["b@example.org", "w1@example.org"]
    assert found["new@example.org"] == RegistrationStatus.WAITING_LIST
    assert found["w2@example.org"] == RegistrationStatus.WAITING_LIST
    assert offers_sent(two_seats_taken).count("w1@example.org") == 1


def test_only_one_of_two_concurrent_registrations_gets_the_last_seat(last_seat, monkeypatch):
    slowed_counting(monkeypatch)

    def register(email):
        data = {"name": email, "email": email, "organisation": "Piteå", "role": "Ledamot"}
        return lambda: registration_module.register(last_seat, data, "sv")

    assert run_at_once(register("p0@example.org"), register("p1@example.org")) == []
    assert sorted(statuses(last_seat).values()) == [
        RegistrationStatus.CONFIRMED,
        RegistrationStatus.WAITING_LIST,
    ]
