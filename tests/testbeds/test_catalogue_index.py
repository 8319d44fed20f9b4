"""The catalogue's and the idea board's counts from this process's facet index (home/facets.py
`FacetIndex`): used once built, and right on the next request after an entry is published,
unpublished, edited, moved or deleted, in both languages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.facets import FacetedListingMixin
from ideas.choices import Municipality as IdeaMunicipality
from testbeds.choices import Municipality
from tests.factories import (
    ContentPageFactory,
    IdeaBoardPageFactory,
    IdeaFactory,
    TestbedIndexPageFactory,
    TestbedPageFactory,
    translate,
)
from tests.listings import built_facet_counts

pytestmark = pytest.mark.django_db


def counts(client, url):
    return built_facet_counts(client, url, "municipality")


@pytest.fixture(params=["sv", "en"])
def catalogue(request, home, english_home):
    """The catalogue in one language, with a Piteå and a Skellefteå entry."""
    swedish = TestbedIndexPageFactory(parent=home)
    page = swedish if request.param == "sv" else translate(swedish, title="Testbeds", slug="tb")
    TestbedPageFactory(parent=page, municipality=Municipality.PITEA)
    TestbedPageFactory(parent=page, municipality=Municipality.SKELLEFTEA)
    return page


def test_a_second_request_counts_without_a_count_query(client, catalogue):
    client.get("/")  # the site's settings are created on the first request (a new generation)
    counts(client, catalogue.url)
    with CaptureQueriesContext(connection) as queries:
        assert counts(client, catalogue.url) == ({"pitea": 1, "skelleftea": 1}, 2)
    assert not [query for query in queries if "facet_number" in query["sql"]]


def test_counts_follow_a_new_entry(client, catalogue):
    counts(client, catalogue.url)
    TestbedPageFactory(parent=catalogue, municipality=Municipality.PITEA)
    assert counts(client, catalogue.url) == ({"pitea": 2, "skelleftea": 1}, 3)


def test_counts_follow_an_entry_unpublished(client, catalogue):
    entry = TestbedPageFactory(parent=catalogue, municipality=Municipality.PITEA)
    counts(client, catalogue.url)
    entry.unpublish()
    assert counts(client, catalogue.url) == ({"pitea": 1, "skelleftea": 1}, 2)


def test_counts_follow_an_entry_edited_and_published_again(client, catalogue):
    entry = TestbedPageFactory(parent=catalogue, municipality=Municipality.PITEA)
    assert counts(client, catalogue.url) == ({"pitea": 2, "skelleftea": 1}, 3)
    entry.municipality = Municipality.SKELLEFTEA
    entry.save_revision().publish()
    assert counts(client, catalogue.url) == ({"pitea": 1, "skelleftea": 2}, 3)


def test_counts_follow_an_entry_moved_out(client, catalogue):
    entry = TestbedPageFactory(parent=catalogue, municipality=Municipality.PITEA)
    elsewhere = ContentPageFactory(parent=catalogue.get_parent())
    counts(client, catalogue.url)
    entry.move(elsewhere, pos="last-child")
    assert counts(client, catalogue.url) == ({"pitea": 1, "skelleftea": 1}, 2)


def test_counts_follow_an_entry_deleted(client, catalogue):
    entry = TestbedPageFactory(parent=catalogue, municipality=Municipality.SKELLEFTEA)
    counts(client, catalogue.url)
    entry.delete()
    assert counts(client, catalogue.url) == ({"pitea": 1, "skelleftea": 1}, 2)


def test_counts_with_a_text_query_come_from_the_index_and_the_matching_entries(client, catalogue):
    TestbedPageFactory(parent=catalogue, title="Trygghetslabbet", municipality=Municipality.PITEA)
    counts(client, catalogue.url)
    response = client.get(catalogue.url, {"q": "trygghet", "ignored": "x"})
    municipality = next(f for f in response.context["facets"] if f.name == "municipality")
    assert {o.value: o.count for o in municipality.options if o.count} == {"pitea": 1}
    assert response.context["result_count"] == 1


def test_counts_are_counted_in_the_database_when_the_page_cache_is_off(client, catalogue, settings):
    settings.PAGE_CACHE_ENABLED = False
    counts(client, catalogue.url)
    with CaptureQueriesContext(connection) as queries:
        counts(client, catalogue.url)
    assert [query for query in queries if "facet_number" in query["sql"]]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_board_counts_follow_an_idea_published_and_changed(client, home, english_home, language):
    board = IdeaBoardPageFactory(parent=home)
    if language == "en":
        board = translate(board, title="Ideas", slug="ideas")
    IdeaFactory(is_public=True, municipality=IdeaMunicipality.PITEA)
    assert counts(client, board.url) == ({"pitea": 1}, 1)
    idea = IdeaFactory(is_public=True, municipality=IdeaMunicipality.PITEA)
    assert counts(client, board.url) == ({"pitea": 2}, 2)
    idea.municipality = IdeaMunicipality.SKELLEFTEA
    idea.save()
    assert counts(client, board.url) == ({"pitea": 1, "skelleftea": 1}, 2)


def test_only_listings_renewed_with_their_path_count_from_an_index():
    listings = FacetedListingMixin.__subclasses__()
    indexed = {listing.__name__ for listing in listings if listing.counts_from_index}
    assert indexed == {"TestbedIndexPage", "IdeaBoardPage", "ToolkitIndexPage"}
