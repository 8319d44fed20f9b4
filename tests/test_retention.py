"""Retention: every personal-data store is purged after its period by one command,
`purge_personal_data`, which is safe to run daily and to run again."""

import uuid
from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

import courses.retention
import home.retention
import search.retention
from config.settings import base
from courses.demo import EXAMPLE_REGISTRANTS
from courses.models import CourseIndexPage, Registration
from home.models import FormPage
from ideas.choices import Area, Municipality
from ideas.models import Idea
from ideas.stages import Stage
from search.models import NoResultsDailyHits
from tests.courses.conftest import make_course, session_fields, stockholm
from tests.home.test_security import settings_in_subprocess

pytestmark = pytest.mark.django_db

NOW = stockholm(2026, 6, 1, 12)
DAY = timedelta(days=1)


def register(session, name, needs="Glutenfri kost", session_starts_at=None):
    return Registration.objects.create(
        course_id=session.page_id,
        session_key=session.translation_key,
        session_starts_at=session_starts_at or session.starts_at,
        name=name,
        email=f"{name.lower()}@example.org",
        organisation="Piteå kommun",
        role="Enhetschef",
        needs=needs,
        consent_at=NOW - 200 * DAY,
        language="sv",
    )


@pytest.fixture
def sessions(demo_site):
    """Sessions of one course by when they end: three hours after they start."""
    starts = {
        "future": NOW + DAY,
        "yesterday": NOW - DAY,
        "89 days": NOW - 89 * DAY,
        "91 days": NOW - 91 * DAY,
    }
    index = CourseIndexPage.objects.get(locale__language_code="sv")
    course = make_course(
        index,
        "gallring",
        [session_fields(starts_at=start - timedelta(hours=3)) for start in starts.values()],
    )
    by_start = {session.ends_at: session for session in course.sessions.all()}
    return {name: by_start[end] for name, end in starts.items()}


def ours():
    """The registrations a test made: the demo has example registrants of its own."""
    return Registration.objects.exclude(email__in=[email for _, email in EXAMPLE_REGISTRANTS])


def test_registrations_lose_their_needs_when_the_session_ends_and_go_after_the_period(
    sessions, settings
):
    settings.REGISTRATION_RETENTION_DAYS = 90
    future = register(sessions["future"], "Framtid")
    yesterday = register(sessions["yesterday"], "Igår")
    recent = register(sessions["89 days"], "Nyligen")
    old = register(sessions["91 days"], "Gammal")
    # The session was moved to the future after registration: the new end counts.
    moved = register(sessions["future"], "Flyttad", session_starts_at=NOW - 200 * DAY)
    # The session was deleted: the start at registration counts.
    gone = register(sessions["future"], "Borttagen", session_starts_at=NOW - 91 * DAY)
    Registration.objects.filter(pk=gone.pk).update(session_key=uuid.uuid4())

    counts = courses.retention.purge(NOW)

    assert counts == {"course registrations deleted": 2, "registrations' needs erased": 2}
    left = dict(ours().values_list("name", "needs"))
    assert left == {
        future.name: "Glutenfri kost",
        moved.name: "Glutenfri kost",
        yesterday.name: "",
        recent.name: "",
    }
    assert not Registration.objects.filter(pk__in=[old.pk, gone.pk]).exists()


def submission(page, sent_at):
    item = FormSubmission.objects.create(page=page, form_data={"problem": "Knappen", "name": "A"})
    FormSubmission.objects.filter(pk=item.pk).update(submit_time=sent_at)
    return item


def test_form_submissions_are_deleted_after_the_period(demo_site, settings):
    settings.FORM_SUBMISSION_RETENTION_DAYS = 180
    swedish, english = FormPage.objects.order_by("locale__language_code")
    old = [submission(swedish, NOW - 181 * DAY), submission(english, NOW - 400 * DAY)]
    kept = [submission(swedish, NOW - 179 * DAY), submission(english, NOW - DAY)]

    assert home.retention.purge(NOW) == {"form submissions deleted": 2}

    assert set(FormSubmission.objects.values_list("pk", flat=True)) == {s.pk for s in kept}
    assert not FormSubmission.objects.filter(pk__in=[s.pk for s in old]).exists()


def logged(query_string, *days_ago, no_results=False, today=date(2026, 6, 1)):
    query = Query.get(query_string)
    for days in days_ago:
        query.add_hit(today - timedelta(days=days))
        if no_results:
            NoResultsDailyHits.objects.create(
                query=query, date=today - timedelta(days=days), hits=1
            )
    return query


def test_the_search_log_is_deleted_after_the_period(db, settings):
    settings.SEARCH_LOG_RETENTION_DAYS = 90
    old = logged("cykelbana", 91, 120)
    mixed = logged("äldreomsorg", 89, 95, no_results=True)
    old_no_results = logged("xyzzy", 91, no_results=True)
    promoted = logged("kakor", 100)
    SearchPromotion.objects.create(query=promoted, external_link_url="https://example.org/")
    personal = logged("anna 19800101-1234", 1)  # logged before the check existed

    counts = search.retention.purge(NOW)

    assert counts == {"search log days deleted": 7, "search queries deleted": 3}
    assert not Query.objects.filter(pk__in=[old.pk, old_no_results.pk, personal.pk]).exists()
    assert list(mixed.daily_hits.values_list("date", flat=True)) == [date(2026, 3, 4)]
    assert list(mixed.no_results_daily_hits.values_list("date", flat=True)) == [date(2026, 3, 4)]
    assert Query.objects.filter(pk=promoted.pk).exists()  # editors' pins stay, without counts
    assert not QueryDailyHits.objects.filter(query=promoted).exists()


def run_purge() -> str:
    out = StringIO()
    call_command("purge_personal_data", stdout=out)
    return out.getvalue()


def finished_idea(**fields):
    values = {
        "title": "En idé",
        "description": "Beskrivning",
        "need": "Behov",
        "area": Area.ELDERLY_CARE,
        "municipality": Municipality.PITEA,
        "stage": Stage.CLOSED,
        "stage_changed_at": timezone.now() - 400 * DAY,
        **fields,
    }
    return Idea.objects.create(**values)


def test_one_command_runs_every_purge_and_is_safe_to_run_twice(sessions, settings):
    now = timezone.now()
    idea = finished_idea(
        submitter_name="Per Persson",
        submitter_email="per@example.org",
    )
    session = sessions["91 days"]
    session.starts_at, session.ends_at = now - 100 * DAY, now - 100 * DAY + timedelta(hours=3)
    session.save()
    register(session, "Gammal")
    submission(FormPage.objects.first(), now - 200 * DAY)
    logged("cykelbana", 200, today=timezone.localdate())

    first = run_purge()

    assert "ideas.retention.purge: ideas' personal data erased: 1" in first
    assert "courses.retention.purge: course registrations deleted: 1" in first
    assert "home.retention.purge: form submissions deleted: 1" in first
    assert "search.retention.purge: search log days deleted: 1, search queries deleted: 1" in first
    idea = Idea.objects.get(pk=idea.pk)
    assert (idea.submitter_name, idea.submitter_email) == ("", "")
    assert not ours().exists()
    assert not FormSubmission.objects.exists()
    assert not Query.objects.filter(query_string="cykelbana").exists()

    second = run_purge()
    assert len(second.splitlines()) == len(settings.PERSONAL_DATA_PURGES) == 8
    assert all(count == "0" for count in _counts(second))


def _counts(output: str) -> list[str]:
    return [part.rsplit(": ", 1)[1] for line in output.splitlines() for part in line.split(", ")]


def broken_purge(now):
    raise RuntimeError("the database table is missing")


def test_a_failing_purge_does_not_keep_the_other_stores_data(demo_site, settings):
    settings.PERSONAL_DATA_PURGES = ["tests.test_retention.broken_purge", "home.retention.purge"]
    submission(FormPage.objects.first(), timezone.now() - 200 * DAY)
    with pytest.raises(CommandError, match="tests.test_retention.broken_purge"):
        run_purge()
    assert not FormSubmission.objects.exists()


def test_the_old_idea_command_still_runs_the_idea_purge(db):
    idea = finished_idea(stage=Stage.MERGED, submitter_name="Per")
    call_command("purge_idea_personal_data", stdout=StringIO())
    assert Idea.objects.get(pk=idea.pk).submitter_name == ""


def test_retention_periods_come_from_the_environment():
    values = settings_in_subprocess(
        "base.REGISTRATION_RETENTION_DAYS, base.FORM_SUBMISSION_RETENTION_DAYS, "
        "base.SEARCH_LOG_RETENTION_DAYS",
        REGISTRATION_RETENTION_DAYS="30",
        FORM_SUBMISSION_RETENTION_DAYS="60",
        SEARCH_LOG_RETENTION_DAYS="14",
    )
    assert values == "30 60 14"
    assert (
        base.REGISTRATION_RETENTION_DAYS,
        base.FORM_SUBMISSION_RETENTION_DAYS,
        base.SEARCH_LOG_RETENTION_DAYS,
    ) == (90, 180, 90)
