"""The Atom feed of news, one per language (news/feeds.py on home/feeds.py)."""

from datetime import date

import pytest

from tests.factories import translate
from tests.ideas.test_feeds import ATOM, XML_LANG, entries, parse_atom

from .conftest import news_item

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(news_index):
    older = news_item(news_index, "Ny testbädd", date=date(2026, 2, 1), listing_summary="Labb.")
    newer = news_item(news_index, "Ny kurs", date=date(2026, 3, 1), listing_summary="Anmäl dig.")
    swedish_only = news_item(news_index, "Bara på svenska", date=date(2026, 1, 5))
    translate(older, title="New testbed", slug="new-testbed", listing_summary="A lab.")
    translate(newer, title="New course", slug="new-course", listing_summary="Register now.")
    draft = news_item(news_index, "Utkast", date=date(2026, 3, 9))
    draft.unpublish()
    return older, newer, swedish_only


def titles(feed) -> list[str]:
    return [entry.find(f"{ATOM}title").text for entry in feed.findall(f"{ATOM}entry")]


def test_swedish_feed_is_valid_atom_with_the_swedish_news_newest_first(client, news):
    feed = parse_atom(client.get("/floden/nyheter/"))
    assert feed.get(XML_LANG) == "sv"
    assert feed.find(f"{ATOM}title").text == "Nyheter från Idéslussen"
    assert titles(feed) == ["Ny kurs", "Ny testbädd", "Bara på svenska"]
    assert entries(feed)["Ny kurs"].endswith("/nyheter/ny-kurs/")
    first = feed.find(f"{ATOM}entry")
    assert first.find(f"{ATOM}summary").text == "Anmäl dig."
    assert first.find(f"{ATOM}published").text.startswith("2026-03-01T00:00:00+01:00")
    assert feed.find(f"{ATOM}link[@rel='alternate']").get("href").endswith("/nyheter/")


def test_english_feed_has_only_the_english_news(client, news):
    feed = parse_atom(client.get("/en/feeds/news/"))
    assert feed.get(XML_LANG) == "en"
    assert feed.find(f"{ATOM}title").text == "News from the idea sluice"
    assert titles(feed) == ["New course", "New testbed"]
    assert entries(feed)["New course"].endswith("/en/news/new-course/")
    assert feed.find(f"{ATOM}link[@rel='alternate']").get("href").endswith("/en/news/")


def test_the_feed_without_news_is_still_valid(client, news_index):
    feed = parse_atom(client.get("/floden/nyheter/"))
    assert titles(feed) == []
