"""The iCalendar feeds and the "add to calendar" files, parsed back, also across the change
between summer and winter time."""

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from courses import ical
from courses.models import CoursePage
from home.demo.builder import T

from .conftest import INDEX_URL, make_course, session_fields, stockholm

pytestmark = pytest.mark.django_db

UTC = ZoneInfo("UTC")


def parse(text: str) -> list[dict]:
    """A small RFC 5545 reader: checks CRLF endings and line length, unfolds lines and returns
    the VEVENTs as {name: (params, value)}; VTIMEZONE and VCALENDAR properties are checked."""
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n"):
        assert len(line.encode()) <= 75, line
    unfolded = text.replace("\r\n ", "").split("\r\n")[:-1]
    assert unfolded[0] == "BEGIN:VCALENDAR" and unfolded[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in unfolded
    assert any(line.startswith("PRODID:") for line in unfolded)
    assert "TZID:Europe/Stockholm" in unfolded
    events, current = [], None
    for line in unfolded:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name_params, value = line.split(":", 1)
            name, *params = name_params.split(";")
            current[name] = (dict(param.split("=", 1) for param in params), value)
    return events


def event_time(prop) -> datetime:
    params, value = prop
    if value.endswith("Z"):
        return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=ZoneInfo(params["TZID"]))


def unescape(value: str) -> str:
    return value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def last_sunday(year: int, month: int) -> date:
    day = date(year, month, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


@pytest.fixture
def dst_course(course_index):
    """Sessions on both sides of next year's changes to winter time and to summer time."""
    year = timezone.now().year + 1
    autumn = last_sunday(year, 10)
    spring = last_sunday(year + 1, 3)
    days = [autumn - timedelta(days=1), autumn + timedelta(days=1)]
    days += [spring - timedelta(days=1), spring + timedelta(days=1)]
    return make_course(
        course_index,
        "sommartid",
        [session_fields(starts_at=stockholm(d.year, d.month, d.day, 9, 0), seats=5) for d in days],
    )


def test_course_feed_keeps_wall_clock_time_across_daylight_saving(client, dst_course):
    response = client.get(f"{dst_course.url}kalender/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    events = parse(response.content.decode())
    assert len(events) == 4
    starts = [event_time(event["DTSTART"]) for event in events]
    assert [start.hour for start in starts] == [9, 9, 9, 9]
    # 09:00 is 07:00 UTC in summer time and 08:00 UTC in winter time.
    assert [start.astimezone(UTC).hour for start in starts] == [7, 8, 8, 7]
    sessions = list(dst_course.sessions.order_by("starts_at"))
    for event, session in zip(events, sessions, strict=True):
        assert event_time(event["DTSTART"]) == session.starts_at
        assert event_time(event["DTEND"]) == session.ends_at
        assert event["UID"][1] == f"{session.translation_key}@testserver"
        assert event_time(event["DTSTAMP"]).tzinfo == UTC
        assert unescape(event["SUMMARY"][1]) == "Kurs sommartid"
        assert unescape(event["LOCATION"][1]) == "Stadshuset, Piteå"


def test_english_feed_has_the_same_uids_and_english_text(client, dst_course):
    swedish = parse(client.get(f"{dst_course.url}kalender/").content.decode())
    english = parse(client.get("/en/training/sommartid-en/calendar/").content.decode())
    assert [e["UID"] for e in english] == [e["UID"] for e in swedish]
    assert unescape(english[0]["SUMMARY"][1]) == "Course sommartid"
    assert unescape(english[0]["LOCATION"][1]) == "Town hall, Piteå"


def test_single_session_file(client, dst_course):
    session = dst_course.sessions.order_by("starts_at").first()
    response = client.get(f"{dst_course.url}tillfalle/{session.pk}/kalender/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    (event,) = parse(response.content.decode())
    assert event_time(event["DTSTART"]) == session.starts_at
    english = client.get(f"{dst_course.url}session/{session.pk}/calendar/")
    assert english.status_code == 301
    assert english["Location"] == f"{dst_course.url}tillfalle/{session.pk}/kalender/"
    assert client.get(f"{dst_course.url}tillfalle/999999/kalender/").status_code == 404


def test_feed_of_all_upcoming_sessions_leaves_out_past_ones(client, course_index, dst_course):
    past = timezone.now() - timedelta(days=10)
    make_course(course_index, "forr", [session_fields(starts_at=past, deadline=past)])
    events = parse(client.get(f"{INDEX_URL}kalender/").content.decode())
    summaries = {unescape(event["SUMMARY"][1]) for event in events}
    assert "Kurs sommartid" in summaries
    assert "Kurs forr" not in summaries
    assert "Innovation och politisk styrning" in summaries  # demo content
    starts = [event_time(event["DTSTART"]) for event in events]
    assert all(start > timezone.now() for start in starts)
    assert client.get("/en/training/calendar/").status_code == 200


def test_long_and_special_text_is_escaped_and_folded():
    event = ical.Event(
        uid="1@example.org",
        starts_at=stockholm(2030, 1, 8),
        ends_at=stockholm(2030, 1, 8, 12),
        summary="Åäö, semikolon; och bakstreck \\ " + "långt namn " * 12,
        description="Rad ett\nRad två",
    )
    (parsed,) = parse(ical.calendar([event], "Test"))
    assert unescape(parsed["SUMMARY"][1]) == event.summary
    assert unescape(parsed["DESCRIPTION"][1]) == "Rad ett\nRad två"
    assert parsed["DTSTART"] == ({"TZID": "Europe/Stockholm"}, "20300108T090000")


def test_control_characters_from_editors_never_reach_the_file(client, course_index):
    """A bare carriage return or another control character in an editor's field could end a
    line and start a property of its own (here a fake second event) in some calendar apps."""
    # (No NUL: PostgreSQL text cannot hold one, so no editor can store it.)
    place = T("Stadshuset\rBEGIN:VEVENT\x07", "Town hall\r\n\x1b[31m\x0b")
    course = make_course(course_index, "styrtecken", [session_fields(place=place)])
    CoursePage.objects.filter(pk=course.pk).update(title="Kurs\rSUMMARY:falsk\x7f\x85\u2028slut")
    text = client.get(f"{course.url}kalender/").content.decode()
    assert not re.search(r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]", text)
    assert not re.search(r"\r(?!\n)", text)
    (event,) = parse(text)
    assert unescape(event["SUMMARY"][1]) == "Kurs\nSUMMARY:falsk\nslut"
    assert unescape(event["LOCATION"][1]) == "Stadshuset\nBEGIN:VEVENT"
    english = parse(client.get("/en/training/styrtecken-en/calendar/").content.decode())
    assert unescape(english[0]["LOCATION"][1]) == "Town hall\n[31m"
