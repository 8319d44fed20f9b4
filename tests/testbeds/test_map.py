"""The catalogue's schematic map: a server-drawn SVG with every listed testbed that has
coordinates as a named link, reference points for the two town centres, and no request to any
other site."""

import re
from decimal import Decimal

import pytest

from testbeds.map import schematic_map
from tests.factories import TestbedIndexPageFactory, TestbedPageFactory, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(home):
    catalogue = TestbedIndexPageFactory(parent=home)
    TestbedPageFactory(
        parent=catalogue,
        title="Trygghetslägenheten",
        slug="trygghet",
        latitude=Decimal("65.3172"),
        longitude=Decimal("21.4794"),
    )
    TestbedPageFactory(
        parent=catalogue,
        title="Gruppbostaden",
        slug="grupp",
        municipality="skelleftea",
        latitude=Decimal("64.7507"),
        longitude=Decimal("20.9528"),
    )
    TestbedPageFactory(parent=catalogue, title="Utan plats", slug="utan-plats")
    return catalogue


def svg_of(text):
    return re.search(r"<svg.*?</svg>", text, re.S).group(0)


def test_the_map_has_each_testbed_with_coordinates_as_a_named_link(client, catalogue):
    text = client.get(catalogue.url).text
    svg = svg_of(text)
    assert '<a href="/testbaddar/trygghet/" aria-label="Trygghetslägenheten">' in svg
    assert '<a href="/testbaddar/grupp/" aria-label="Gruppbostaden">' in svg
    assert "Utan plats" not in svg
    assert "<title" in svg and "<desc" in svg
    assert "Piteå centrum" in svg and "Skellefteå centrum" in svg
    assert "65° N" in svg and "21° Ö" in svg
    assert "Schematisk karta" in text
    assert 'href="/testbaddar/utan-plats/"' in text  # in the list, the text alternative


def test_the_map_makes_no_request_to_another_site(client, catalogue):
    svg = svg_of(client.get(catalogue.url).text)
    assert re.findall(r"https?://[^\"' ]+", svg) == ["http://www.w3.org/2000/svg"]
    for tag in ("<image", "<script", "<use", "<foreignObject", "url("):
        assert tag not in svg


def test_the_english_catalogue_has_english_labels_and_decimal_points(client, catalogue):
    translate(catalogue, title="Testbeds", slug="testbeds")
    translate(catalogue.get_children().get(slug="trygghet").specific, title="The safety flat")
    svg = svg_of(client.get("/en/testbeds/").text)
    assert 'aria-label="The safety flat"' in svg
    assert "Piteå town centre" in svg
    assert "65.25° N" in svg or "65.5° N" in svg
    assert "E</text>" in svg


def test_points_lie_inside_the_frame_and_north_is_up(catalogue):
    pages = [(page, page.url) for page in catalogue.get_children().specific()]
    drawn = schematic_map(pages)
    left, top, right, bottom = drawn.frame
    for point in drawn.points + drawn.references:
        assert left <= point.x <= right and top <= point.y <= bottom
    by_label = {point.label: point for point in drawn.points}
    # Piteå is north-east of Skellefteå.
    assert by_label["Trygghetslägenheten"].y < by_label["Gruppbostaden"].y
    assert by_label["Trygghetslägenheten"].x > by_label["Gruppbostaden"].x


def test_no_map_without_coordinates(home):
    catalogue = TestbedIndexPageFactory(parent=home)
    TestbedPageFactory(parent=catalogue)
    assert schematic_map([(page, "") for page in catalogue.get_children().specific()]) is None
