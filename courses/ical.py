"""iCalendar (RFC 5545) files for course sessions, written with the icalendar library: times in
Europe/Stockholm with a VTIMEZONE made from the time-zone database (zoneinfo), so summer time
follows the database rather than a rule written here.

Editors' text (titles, places, summaries) can hold characters a calendar must not carry: every
control character is removed first (line breaks become ``\\n`` in the file), so nothing an editor
pastes can end a line or start a property of its own."""

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
from django.utils import timezone

TIME_ZONE = "Europe/Stockholm"
PRODID = "-//Idéslussen//Kurser//SV"


@dataclass
class Event:
    uid: str
    starts_at: datetime
    ends_at: datetime
    summary: str
    description: str = ""
    location: str = ""
    url: str = ""


def clean_text(text: str) -> str:
    """The text with line breaks (CRLF, a bare CR, LF, Unicode line and paragraph separators)
    as LF, tabs as spaces and every other control character removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return "".join(
        char for char in text if char == "\n" or unicodedata.category(char) not in ("Cc", "Cf")
    )


def clean_line(text: str) -> str:
    """For values that are one line by nature (the calendar's name, UID, URL): line breaks as
    spaces."""
    return clean_text(text).replace("\n", " ")


def calendar(events, name: str, stamp: datetime | None = None) -> str:
    """A VCALENDAR with the given events, as text with CRLF line endings."""
    stamp = stamp or timezone.now()
    zone = ZoneInfo(TIME_ZONE)
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", PRODID)
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", clean_line(name))
    calendar.add("x-wr-timezone", TIME_ZONE)
    for event in events:
        component = icalendar.Event()
        component.add("uid", clean_line(event.uid))
        component.add("dtstamp", stamp.astimezone(ZoneInfo("UTC")))
        component.add("dtstart", timezone.localtime(event.starts_at, zone))
        component.add("dtend", timezone.localtime(event.ends_at, zone))
        component.add("summary", clean_text(event.summary))
        if event.description:
            component.add("description", clean_text(event.description))
        if event.location:
            component.add("location", clean_text(event.location))
        if event.url:
            component.add("url", clean_line(event.url))
        calendar.add_component(component)
    if events:
        # The time zone's changes from a day before the first session to a day after the last.
        calendar.add_missing_timezones(
            first_date=_local_date(min(event.starts_at for event in events)) - timedelta(days=1),
            last_date=_local_date(max(event.ends_at for event in events)) + timedelta(days=1),
        )
    return calendar.to_ical().decode("utf-8")


def _local_date(value: datetime) -> date:
    return timezone.localtime(value, ZoneInfo(TIME_ZONE)).date()
