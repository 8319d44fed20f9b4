"""A small iCalendar (RFC 5545) writer for course sessions: times in Europe/Stockholm with a
VTIMEZONE definition, CRLF line endings and lines folded at 75 octets."""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

TIME_ZONE = "Europe/Stockholm"
PRODID = "-//Idéslussen//Kurser//SV"

# The rules in force since 1996 (EU summer time): last Sunday of March and of October.
VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    f"TZID:{TIME_ZONE}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]


@dataclass
class Event:
    uid: str
    starts_at: datetime
    ends_at: datetime
    summary: str
    description: str = ""
    location: str = ""
    url: str = ""


def escape(text: str) -> str:
    """TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, continuation lines starting with a
    space (RFC 5545 3.1), never inside a UTF-8 character."""
    parts = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode()) > limit:
            parts.append(current)
            current = char
            limit = 74  # the leading space counts
        else:
            current += char
    parts.append(current)
    return "\r\n ".join(parts)


def local_time(value: datetime) -> str:
    return timezone.localtime(value, ZoneInfo(TIME_ZONE)).strftime("%Y%m%dT%H%M%S")


def utc_time(value: datetime) -> str:
    return value.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")


def event_lines(event: Event, stamp: datetime) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{utc_time(stamp)}",
        f"DTSTART;TZID={TIME_ZONE}:{local_time(event.starts_at)}",
        f"DTEND;TZID={TIME_ZONE}:{local_time(event.ends_at)}",
        f"SUMMARY:{escape(event.summary)}",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{escape(event.description)}")
    if event.location:
        lines.append(f"LOCATION:{escape(event.location)}")
    if event.url:
        lines.append(f"URL:{event.url}")
    lines.append("END:VEVENT")
    return lines


def calendar(events, name: str, stamp: datetime | None = None) -> str:
    """A VCALENDAR with the given events, as text with CRLF line endings."""
    stamp = stamp or timezone.now()
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(name)}",
        f"X-WR-TIMEZONE:{TIME_ZONE}",
        *VTIMEZONE,
    ]
    for event in events:
        lines += event_lines(event, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
