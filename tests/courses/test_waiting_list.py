"""The registrant's links and the waiting list: cancelling through the link in the e-mail, a
freed seat offered to the first on the waiting list with a deadline, confirming, declining and
expiring offers (the scheduled job), and the seats left on the course page."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.choices import RegistrationStatus
from courses.models import CourseSession, Registration, register
from courses.retention import purge
from tests.factories import RegistrationFactory

from .conftest import bilingual_course_index, make_course, session_fields
from .test_admin import staff_user

pytestmark = pytest.mark.django_db

CONFIRMED = RegistrationStatus.CONFIRMED
WAITING = RegistrationStatus.WAITING_LIST
OFFERED = RegistrationStatus.OFFERED


@pytest.fixture
def course_index(home, english_home):
    return bilingual_course_index(home)


@pytest.fixture
def course(course_index):
    """A course in both languages with one session of two seats, four weeks ahead."""
    return make_course(course_index, "testkurs", [session_fields(seats=2)])


@pytest.fixture
def session(course):
    return course.sessions.get()


@pytest.fixture
def full(session):
    """Two confirmed registrations and two on the waiting list, the Swedish one first."""
    return {
        "anna": RegistrationFactory(session=session, email="anna@example.org"),
        "bo": RegistrationFactory(session=session, email="bo@example.org"),
        "first": RegistrationFactory(session=session, email="first@example.org", status=WAITING),
        "second": RegistrationFactory(
            session=session, email="second@example.org", status=WAITING, language="en"
        ),
    }


def cancel_url(registration, language="sv"):
    page = registration.session(language).page
    return f"{page.url}{'avboka' if language == 'sv' else 'cancel'}/{registration.token}/"


def offer_url(registration, language="sv"):
    page = registration.session(language).page
    return f"{page.url}{'plats' if language == 'sv' else 'seat'}/{registration.token}/"


def statuses():
    return dict(Registration.objects.values_list("email", "status"))


def move_session(session, starts_at):
    """Move the session in both languages (as wagtail-localize synchronises it)."""
    CourseSession.objects.filter(translation_key=session.translation_key).update(
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=3),
        registration_deadline=starts_at - timedelta(hours=1),
    )


# --- Cancelling through the link -------------------------------------------------------------


def test_the_cancel_link_shows_a_button_and_cancels_only_on_post(client, full):
    anna = full["anna"]
    response = client.get(cancel_url(anna))
    assert response.status_code == 200
    assert "<h1>Avboka din anmälan</h1>" in response.text
    assert '<form method="post"' in response.text
    assert "Avboka min anmälan</button>" in response.text
    assert response["Cache-Control"].startswith("max-age=0")
    assert statuses()["anna@example.org"] == CONFIRMED  # a mail scanner's GET changes nothing

    response = client.post(cancel_url(anna))
    assert response.status_code == 200
    assert "Din anmälan är avbokad" in response.text
    assert statuses()["anna@example.org"] == RegistrationStatus.CANCELLED


def test_cancelling_twice_is_harmless(client, full, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(cancel_url(full["anna"]))
        second = client.post(cancel_url(full["anna"]))
    assert (first.status_code, second.status_code) == (200, 200)
    assert "Din anmälan är avbokad" in second.text
    # One seat freed, one offer: the second cancellation offers nothing more.
    assert statuses()["first@example.org"] == OFFERED
    assert statuses()["second@example.org"] == WAITING
    assert len(mail.outbox) == 1


def test_leaving_the_waiting_list_offers_nothing(client, full, django_capture_on_commit_callbacks):
    response = client.get(cancel_url(full["first"]))
    assert "Lämna väntelistan</button>" in response.text
    with django_capture_on_commit_callbacks(execute=True):
        client.post(cancel_url(full["first"]))
    assert statuses()["first@example.org"] == RegistrationStatus.CANCELLED
    assert statuses()["second@example.org"] == WAITING
    assert mail.outbox == []


def test_the_english_cancel_link_answers_in_english(client, full):
    response = client.get(cancel_url(full["anna"], "en"))
    assert response.status_code == 200
    assert "<h1>Cancel your registration</h1>" in response.text


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_wrong_token_gets_a_clear_not_found_page(client, full, method):
    response = getattr(client, method)(f"{full['anna'].course.url}avboka/fel-nyckel/")
    assert response.status_code == 404
    assert "<h1>Länken fungerar inte</h1>" in response.text
    assert statuses()["anna@example.org"] == CONFIRMED


def test_a_token_is_not_found_on_another_course(client, course_index, full):
    other = make_course(course_index, "annan", [session_fields()])
    response = client.get(f"{other.url}avboka/{full['anna'].token}/")
    assert response.status_code == 404


def test_the_cancel_link_ends_when_the_session_starts(client, session, full):
    move_session(session, timezone.now() - timedelta(minutes=5))
    response = client.get(cancel_url(full["anna"]))
    assert response.status_code == 410
    assert "<h1>Tillfället har börjat</h1>" in response.text
    assert client.post(cancel_url(full["anna"])).status_code == 410
    assert statuses()["anna@example.org"] == CONFIRMED


def test_the_confirmation_links_the_cancel_page_in_the_registrants_language(
    session, django_capture_on_commit_callbacks
):
    data = {"name": "Anna", "email": "anna@example.org", "organisation": "Piteå", "role": "Chef"}
    with django_capture_on_commit_callbacks(execute=True):
        swedish = register(session, data, "sv")
        english = register(session, {**data, "email": "ann@example.org"}, "en")
    sv_mail, en_mail = mail.outbox
    assert f"/utbildning/testkurs/avboka/{swedish.token}/" in sv_mail.body
    assert "Om du inte kan komma kan du avboka här" in sv_mail.body
    assert f"/en/training/testkurs-en/cancel/{english.token}/" in en_mail.body
    assert "If you cannot come, cancel here" in en_mail.body


def test_tokens_are_unique_and_go_with_the_registration_at_retention(client, session, full):
    assert len({registration.token for registration in full.values()}) == 4
    move_session(session, timezone.now() - timedelta(days=400))
    purge()
    assert not Registration.objects.exists()
    response = client.get(f"{full['anna'].course.url}avboka/{full['anna'].token}/")
    assert response.status_code == 404


# --- Offers ------------------------------------------------------------------------------------


def test_a_freed_seat_is_offered_to_the_first_on_the_waiting_list(
    client, session, full, django_capture_on_commit_callbacks
):
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(cancel_url(full["bo"]))
    first = Registration.objects.get(email="first@example.org")
    assert first.status == OFFERED
    assert first.offered_at >= before
    hours = (first.offer_expires_at - first.offered_at) / timedelta(hours=1)
    assert hours == 48
    assert statuses()["second@example.org"] == WAITING
    (message,) = mail.outbox
    assert message.to == ["first@example.org"]
    assert message.subject == "Ledig plats: Kurs testkurs"
    assert "du står först på väntelistan" in message.body
    assert f"/utbildning/testkurs/plats/{first.token}/" in message.body
    assert "Stadshuset, Piteå" in message.body


def test_the_offer_is_written_in_the_language_of_the_registration(
    session, full, django_capture_on_commit_callbacks
):
    Registration.objects.filter(email="first@example.org").update(language="en")
    with django_capture_on_commit_callbacks(execute=True):
        full["anna"].cancel()
    (message,) = mail.outbox
    assert message.subject == "A seat is free: Course testkurs"
    assert "/en/training/testkurs-en/seat/" in message.body
    assert "Town hall, Piteå" in message.body


def test_the_offer_deadline_is_never_after_the_session_starts(session, full, settings):
    starts_at = timezone.now() + timedelta(hours=10)
    move_session(session, starts_at)
    full["anna"].cancel()
    first = Registration.objects.get(email="first@example.org")
    assert first.offer_expires_at == CourseSession.objects.get(pk=session.pk).starts_at


def test_confirming_the_offer_within_the_deadline_takes_the_seat(
    client, full, django_capture_on_commit_callbacks
):
    full["anna"].cancel()
    first = Registration.objects.get(email="first@example.org")
    response = client.get(offer_url(first))
    assert response.status_code == 200
    assert "<h1>En plats är ledig för dig</h1>" in response.text
    assert 'value="confirm">Bekräfta min plats</button>' in response.text
    assert 'value="decline">Tacka nej till platsen</button>' in response.text
    assert statuses()["first@example.org"] == OFFERED

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(offer_url(first), {"answer": "confirm"})
    assert response.status_code == 200
    assert "<h1>Du har en plats</h1>" in response.text
    assert statuses()["first@example.org"] == CONFIRMED
    assert mail.outbox[-1].subject == "Anmälan bekräftad: Kurs testkurs"
    # Sent again: still confirmed, no second e-mail.
    assert client.post(offer_url(first), {"answer": "confirm"}).status_code == 200
    assert len(mail.outbox) == 1


def test_an_unanswered_offer_expires_and_the_next_is_offered_by_the_scheduled_job(
    client, full, django_capture_on_commit_callbacks
):
    full["anna"].cancel()
    call_command("offer_course_seats", verbosity=0)
    assert statuses()["first@example.org"] == OFFERED  # still within its deadline
    Registration.objects.filter(email="first@example.org").update(
        offer_expires_at=timezone.now() - timedelta(minutes=1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("offer_course_seats", verbosity=0)
    assert statuses()["first@example.org"] == RegistrationStatus.OFFER_EXPIRED
    assert statuses()["second@example.org"] == OFFERED
    assert mail.outbox[-1].to == ["second@example.org"]
    assert mail.outbox[-1].subject == "A seat is free: Course testkurs"

    first = Registration.objects.get(email="first@example.org")
    response = client.post(offer_url(first), {"answer": "confirm"})
    assert response.status_code == 410
    assert "<h1>Erbjudandet har gått ut</h1>" in response.text
    assert statuses()["first@example.org"] == RegistrationStatus.OFFER_EXPIRED


def test_an_offer_past_its_deadline_cannot_be_confirmed_before_the_job_runs(client, full):
    full["anna"].cancel()
    Registration.objects.filter(email="first@example.org").update(
        offer_expires_at=timezone.now() - timedelta(seconds=1)
    )
    first = Registration.objects.get(email="first@example.org")
    response = client.post(offer_url(first), {"answer": "confirm"})
    assert response.status_code == 410
    assert statuses()["first@example.org"] != CONFIRMED


def test_declining_the_offer_offers_the_seat_to_the_next(
    client, full, django_capture_on_commit_callbacks
):
    full["anna"].cancel()
    first = Registration.objects.get(email="first@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(offer_url(first), {"answer": "decline"})
    assert response.status_code == 200
    assert "Din anmälan är avbokad" in response.text
    assert statuses()["first@example.org"] == RegistrationStatus.CANCELLED
    assert statuses()["second@example.org"] == OFFERED
    assert client.post(offer_url(first), {"answer": "decline"}).status_code == 200
    assert Registration.objects.filter(status=OFFERED).count() == 1


def test_no_offer_once_the_session_has_started(session, full, django_capture_on_commit_callbacks):
    move_session(session, timezone.now() - timedelta(minutes=1))
    with django_capture_on_commit_callbacks(execute=True):
        full["anna"].cancel()
        call_command("offer_course_seats", verbosity=0)
    assert statuses()["first@example.org"] == WAITING
    assert mail.outbox == []


def test_a_new_registration_does_not_take_an_offered_seat(session, full):
    full["anna"].cancel()
    data = {"name": "Ny", "email": "ny@example.org", "organisation": "Piteå", "role": "Chef"}
    assert register(session, data, "sv").status == WAITING


def test_a_new_registration_queues_behind_those_waiting_for_a_free_seat(session, full):
    """More seats (an editor raised the limit): the free seat is for the waiting list."""
    CourseSession.objects.filter(translation_key=session.translation_key).update(seat_limit=3)
    data = {"name": "Ny", "email": "ny@example.org", "organisation": "Piteå", "role": "Chef"}
    assert register(session, data, "sv").status == WAITING
    call_command("offer_course_seats", verbosity=0)
    assert statuses()["first@example.org"] == OFFERED
    assert statuses()["ny@example.org"] == WAITING


def test_staff_cancelling_in_the_admin_offers_the_seat(client, full):
    client.force_login(staff_user("view_registration", "change_registration"))
    anna = full["anna"]
    response = client.post(
        f"/admin/registrations/edit/{anna.pk}/",
        {
            "status": RegistrationStatus.CANCELLED,
            "name": anna.name,
            "email": anna.email,
            "organisation": anna.organisation,
            "role": anna.role,
            "needs": "",
        },
    )
    assert response.status_code == 302
    assert statuses()["anna@example.org"] == RegistrationStatus.CANCELLED
    assert statuses()["first@example.org"] == OFFERED


def edit_in_admin(client, registration, status):
    client.force_login(staff_user("view_registration", "change_registration"))
    return client.post(
        f"/admin/registrations/edit/{registration.pk}/",
        {
            "status": status,
            "name": registration.name,
            "email": registration.email,
            "organisation": registration.organisation,
            "role": registration.role,
            "needs": "",
        },
    )


def test_staff_cannot_offer_a_seat_by_hand_and_are_told_how(client, full):
    response = edit_in_admin(client, full["first"], OFFERED)
    assert response.status_code == 200
    assert "Du kan inte erbjuda en plats för hand" in response.text
    assert statuses()["first@example.org"] == WAITING
    assert Registration.objects.get(pk=full["first"].pk).offer_expires_at is None
    assert mail.outbox == []


def test_the_admin_offers_no_offered_status_except_to_a_registration_already_offered(client, full):
    client.force_login(staff_user("view_registration", "change_registration"))
    waiting = client.get(f"/admin/registrations/edit/{full['first'].pk}/")
    assert waiting.status_code == 200
    assert f'value="{OFFERED}"' not in waiting.text
    full["anna"].cancel()  # the site offers the seat to "first"
    offered = client.get(f"/admin/registrations/edit/{full['first'].pk}/")
    assert f'value="{OFFERED}" selected' in offered.text


def test_staff_may_still_edit_an_offered_registration_without_changing_the_offer(client, full):
    full["anna"].cancel()
    offer = Registration.objects.get(pk=full["first"].pk)
    response = edit_in_admin(client, offer, OFFERED)
    assert response.status_code == 302
    kept = Registration.objects.get(pk=offer.pk)
    assert (kept.status, kept.offer_expires_at) == (OFFERED, offer.offer_expires_at)


def test_an_offer_reaches_an_address_over_the_mail_limit(
    settings, full, django_capture_on_commit_callbacks
):
    """Offers are not counted against MAIL_LIMIT_PER_ADDRESS (README, Courses: an offer goes
    only to an address that registered, once per freed seat; refusing it would lose it)."""
    settings.MAIL_LIMIT_PER_ADDRESS = 0
    with django_capture_on_commit_callbacks(execute=True):
        full["anna"].cancel()
    assert statuses()["first@example.org"] == OFFERED
    assert [message.to for message in mail.outbox] == [["first@example.org"]]


# --- Seats left on the course page --------------------------------------------------------------


def test_the_course_page_shows_seats_left_per_session(client, course_index):
    sessions = [session_fields(seats=3), session_fields(seats=1)]
    course = make_course(course_index, "platser", sessions)
    roomy, small = course.sessions.order_by("pk")
    RegistrationFactory(session=roomy)
    RegistrationFactory(session=small, status=OFFERED)  # an offered seat is taken
    response = client.get(course.url)
    assert "2 platser kvar av 3" in response.text
    assert "Fullt – du kan ställa dig på väntelistan" in response.text


def test_the_course_page_reads_the_same_number_of_queries_for_any_number_of_sessions(
    client, course_index, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_ENABLED = False  # an uncached request
    one = make_course(course_index, "en", [session_fields()])
    many = make_course(course_index, "manga", [session_fields(seats=2) for _ in range(5)])
    for session in many.sessions.all():
        RegistrationFactory(session=session)
        RegistrationFactory(session=session, status=WAITING)
    client.get(one.url)  # Wagtail's per-process caches (content types, sites) warmed up
    with CaptureQueriesContext(connection) as one_session:
        client.get(one.url)
    with django_assert_num_queries(len(one_session.captured_queries)):
        response = client.get(many.url)
    assert response.text.count("1 plats kvar av 2") == 5


def test_seats_left_are_right_on_a_cached_page_and_the_index_stays_cached(client, course, session):
    """A registration renews the course page (both languages) and nothing else: the index and
    the calendars stay in the page cache."""
    urls = [course.url, course.get_parent().url, f"{course.url}kalender/"]
    client.get("/")  # the site's first request (the cache's generation is made)
    for url in urls:
        client.get(url)
    assert [client.get(url)["X-Cache"] for url in urls] == ["hit", "hit", "hit"]
    assert "2 platser kvar av 2" in client.get(course.url).text

    RegistrationFactory(session=session)

    response = client.get(course.url)
    assert response["X-Cache"] == "miss"
    assert "1 plats kvar av 2" in response.text
    assert [client.get(url)["X-Cache"] for url in urls[1:]] == ["hit", "hit"]
