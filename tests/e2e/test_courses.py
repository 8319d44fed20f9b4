"""A politician finds the course, opens a module and registers for a session with the
keyboard only; a registrant confirms an offered seat and leaves the waiting list through the
links in the e-mails, in both languages."""

import re
from contextlib import contextmanager
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from playwright.sync_api import expect

from courses.choices import RegistrationStatus
from courses.models import CourseSession, Registration
from home.models import OutgoingEmail
from tests.factories import RegistrationFactory

from .conftest import assert_accessible, tab_to

SLUG = "innovation-och-politisk-styrning/"
COURSE = f"/utbildning/{SLUG}"
EN_COURSE = "/en/training/innovation-and-political-governance/"


def test_find_course_open_module_and_register_with_the_keyboard(page, settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    page.goto("/utbildning/")
    assert_accessible(page)

    # Filter on the audience, as a politician would.
    tab_to(page, "#audience-politicians")
    page.keyboard.press("Space")
    tab_to(page, ".filters button[type=submit]")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"audience=politicians"))
    assert_accessible(page)

    tab_to(page, f"main a[href='{COURSE}']")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Innovation och politisk styrning")
    assert_accessible(page)

    tab_to(page, "main a[href$='/risk-styrning-uppfoljning/']")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Risk, styrning och uppföljning")
    assert_accessible(page)
    tab_to(page, "a[rel=next]")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Idéslussen i ledningssystemet")
    page.go_back()
    expect(page.locator("h1")).to_have_text("Risk, styrning och uppföljning")

    tab_to(page, f"main a[href='{COURSE}']")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Innovation och politisk styrning")
    tab_to(page, "a.button[href*='/anmalan/']")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_contain_text("Anmäl dig")
    assert_accessible(page)

    # An empty form shows the error summary.
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator(".error-summary")).to_contain_text("Fyll i det här fältet.")
    assert_accessible(page)

    tab_to(page, "#id_name")
    page.keyboard.type("Anna Andersson")
    page.keyboard.press("Tab")
    expect(page.locator("#id_email")).to_be_focused()
    page.keyboard.type("anna@example.org")
    tab_to(page, "#id_organisation")
    page.keyboard.type("Piteå kommun")
    tab_to(page, "#id_role")
    page.keyboard.type("Ledamot i socialnämnden")
    tab_to(page, "#id_needs")
    page.keyboard.type("Hörslinga")
    tab_to(page, "#id_consent")
    page.keyboard.press("Space")
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")

    expect(page.locator("h1")).to_have_text("Tack för din anmälan")
    assert_accessible(page)
    # The demo has example registrants of its own (a full session): find this test's one.
    registration = Registration.objects.get(email="anna@example.org")
    assert registration.needs == "Hörslinga"


@contextmanager
def own_registration(django_db_blocker, **fields):
    """A registration of this test's own for an upcoming session of the demo course, committed
    so that the live server sees it, and removed afterwards with its e-mails."""
    with django_db_blocker.unblock():
        session = CourseSession.objects.upcoming().filter(page__url_path__endswith=SLUG).first()
        registration = RegistrationFactory(session=session, **fields)
    try:
        yield registration
    finally:
        with django_db_blocker.unblock():
            OutgoingEmail.objects.filter(
                content_type=ContentType.objects.get_for_model(Registration),
                object_id=registration.pk,
            ).delete()
            registration.delete()


def test_confirm_an_offered_seat_with_the_keyboard(page, django_db_blocker):
    offer = {
        "status": RegistrationStatus.OFFERED,
        "offered_at": timezone.now(),
        "offer_expires_at": timezone.now() + timedelta(hours=48),
    }
    with own_registration(django_db_blocker, **offer) as registration:
        page.goto(f"{COURSE}plats/{registration.token}/")
        expect(page.locator("h1")).to_have_text("En plats är ledig för dig")
        assert_accessible(page)
        tab_to(page, "main button[value=confirm]")
        page.keyboard.press("Enter")
        expect(page.locator("h1")).to_have_text("Du har en plats")
        assert_accessible(page)
        with django_db_blocker.unblock():
            registration.refresh_from_db()
        assert registration.status == RegistrationStatus.CONFIRMED


def test_leave_the_waiting_list_in_english_with_the_keyboard(page, django_db_blocker):
    waiting = {"status": RegistrationStatus.WAITING_LIST, "language": "en"}
    with own_registration(django_db_blocker, **waiting) as registration:
        page.goto(f"{EN_COURSE}cancel/{registration.token}/")
        expect(page.locator("h1")).to_have_text("Cancel your registration")
        assert_accessible(page)
        tab_to(page, "main form button[type=submit]")
        expect(page.locator("main form button[type=submit]")).to_have_text("Leave the waiting list")
        page.keyboard.press("Enter")
        expect(page.locator("h1")).to_have_text("Your registration is cancelled")
        assert_accessible(page)
        with django_db_blocker.unblock():
            registration.refresh_from_db()
        assert registration.status == RegistrationStatus.CANCELLED
