from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.test import TestCase
from django.utils import timezone

from courses.choices import Audience, CourseFormat, SessionLanguage
from courses.demo import EXAMPLE_REGISTRANTS
from courses.models import CourseIndexPage, CoursePage, CourseSession, Registration
from home.demo.builder import T, ensure_page

STOCKHOLM = ZoneInfo("Europe/Stockholm")
INDEX_URL = "/utbildning/"
EN_INDEX_URL = "/en/training/"
POLITICIANS_URL = "/utbildning/innovation-och-politisk-styrning/"
EN_POLITICIANS_URL = "/en/training/innovation-and-political-governance/"


def session_fields(starts_at=None, seats=10, deadline=None, hours=3, place=None, online_url=""):
    starts_at = starts_at or timezone.now() + timedelta(weeks=4)
    return {
        "starts_at": starts_at,
        "ends_at": starts_at + timedelta(hours=hours),
        "place": place if place is not None else T("Stadshuset, Piteå", "Town hall, Piteå"),
        "online_url": online_url,
        "seat_limit": seats,
        "registration_deadline": deadline or starts_at - timedelta(days=2),
        "language": SessionLanguage.SWEDISH,
    }


def make_course(index, slug, sessions=(), audience=Audience.MANAGERS, fmt=CourseFormat.LECTURE):
    """A live course in both languages (through wagtail-localize, as editors make them). The
    English translation is published when the transaction commits, so the callbacks are run."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return ensure_page(
            index,
            CoursePage,
            {
                "title": T(f"Kurs {slug}", f"Course {slug}"),
                "slug": T(slug, f"{slug}-en"),
                "audience": audience,
                "format": fmt,
                "duration_minutes": 120,
                "summary_text": T("En kurs om innovation.", "A course on innovation."),
                "learning_objectives": T("<p>Att leda.</p>", "<p>To lead.</p>"),
                "prerequisites": T("", ""),
                "body": [],
                "material": [],
                "sessions": list(sessions),
            },
            children={"sessions": CourseSession},
        )


def stockholm(year, month, day, hour=9, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=STOCKHOLM)


def bilingual_course_index(home):
    """The course index in both languages on the empty site, made as the demo loader makes it
    (through wagtail-localize), without the demo's courses."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return ensure_page(
            home,
            CourseIndexPage,
            {"title": T("Utbildning", "Training"), "slug": T("utbildning", "training")},
        )


@pytest.fixture(autouse=True)
def _without_the_demo_registrants(request):
    """The tests here count the registrations they make; the demo's example registrants (who
    fill one session, tests/home/test_demo_pages.py) are removed for the test (rolled back)."""
    if "demo_content" in request.fixturenames:
        request.getfixturevalue("db")
        Registration.objects.filter(email__in=[email for _, email in EXAMPLE_REGISTRANTS]).delete()


@pytest.fixture
def course_index(demo_site):
    """The demo's course index, with the demo's courses. Modules that need no demo course
    override this fixture with `bilingual_course_index`."""
    return CourseIndexPage.objects.get(locale__language_code="sv")


@pytest.fixture
def course(course_index):
    """A course with one session of two seats."""
    return make_course(course_index, "testkurs", [session_fields(seats=2)])


@pytest.fixture
def session(course):
    return course.sessions.get()


@pytest.fixture
def english_session(session):
    return CourseSession.objects.get(
        translation_key=session.translation_key, locale__language_code="en"
    )
