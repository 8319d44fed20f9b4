import datetime
import zoneinfo

from django.template import Context, Template
from django.utils import timezone

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")


def render(value):
    return Template("{% load html_dates %}{{ value|iso_datetime }}").render(
        Context({"value": value})
    )


def test_datetime_attribute_has_no_fraction_of_a_second_and_the_local_offset():
    moment = datetime.datetime(2026, 9, 26, 7, 0, 0, 123456, tzinfo=datetime.UTC)
    with timezone.override(STOCKHOLM):
        assert render(moment) == "2026-09-26T09:00:00+02:00"


def test_datetime_attribute_of_a_date_and_of_nothing():
    assert render(datetime.date(2026, 12, 24)) == "2026-12-24"
    assert render(None) == ""
