"""Dates and times for HTML's `datetime` attribute."""

import datetime

from django import template

register = template.Library()


@register.filter(expects_localtime=True)
def iso_datetime(value) -> str:
    """ISO 8601 to the second, with the UTC offset: "2026-09-26T09:00:00+02:00".

    Django's `date:"c"` keeps microseconds, and HTML allows at most three fraction digits
    in a valid global date and time string (the Nu HTML Checker reports six as an error)."""
    if isinstance(value, datetime.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""
