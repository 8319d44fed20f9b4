"""Editors type coordinates with a decimal comma or point; both mean the same place."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from testbeds.models import TestbedPage


@pytest.fixture
def coordinate_fields(db):
    form_class = TestbedPage.get_edit_handler().get_form_class()
    fields = form_class.base_fields | form_class().fields
    return fields["latitude"], fields["longitude"]


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("typed", ["65,317", "65.317", " 65,317 "])
def test_decimal_comma_and_point_give_the_same_latitude(coordinate_fields, language, typed):
    latitude, _longitude = coordinate_fields
    with translation.override(language):
        assert latitude.clean(typed) == Decimal("65.317")


def test_negative_longitude_with_a_comma(coordinate_fields):
    _latitude, longitude = coordinate_fields
    with translation.override("sv"):
        assert longitude.clean("-21,479") == Decimal("-21.479")


def test_the_inputs_are_text_with_a_decimal_keyboard(coordinate_fields):
    latitude, _longitude = coordinate_fields
    html = latitude.widget.render("latitude", Decimal("65.317"))
    assert 'type="text"' in html
    assert 'inputmode="decimal"' in html


def test_swedish_admin_shows_a_decimal_comma(coordinate_fields):
    latitude, _longitude = coordinate_fields
    with translation.override("sv"):
        assert 'value="65,317"' in latitude.widget.render("latitude", Decimal("65.317"))


@pytest.mark.parametrize("typed", ["65,3,17", "norr", "65.1234567"])
def test_unreadable_coordinates_are_field_errors(coordinate_fields, typed):
    latitude, _longitude = coordinate_fields
    with translation.override("sv"), pytest.raises(ValidationError):
        latitude.clean(typed)


def test_latitude_outside_the_globe_is_refused(coordinate_fields):
    latitude, _longitude = coordinate_fields
    with pytest.raises(ValidationError):
        latitude.clean("95,0")
