"""The latest news on the home page, and how publishing news renews the cached pages: the
index, the home page and the feed."""

from datetime import date

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from home import cache as page_cache
from news.caching import news_urls
from news.models import NewsPage
from tests.factories import translate

from .conftest import news_item

pytestmark = pytest.mark.django_db


def home_news(response) -> list[str]:
    """The titles in the home page's news section."""
    section = response.text.split('id="home-news-heading"', 1)[1].split("</section>", 1)[0]
    cards = section.split('class="card__title"')[1:]
    return [card.split("</a>", 1)[0].split(">")[-1] for card in cards]


def first_visit(client):
    """The empty site's first request makes its site settings, which renews every cached
    page: later requests are then cached as usual."""
    client.get("/")


def test_the_home_page_shows_the_latest_three_news_of_its_language(client, news_index):
    for day, title in enumerate(["Första", "Andra", "Tredje", "Fjärde"], start=1):
        item = news_item(news_index, title, date=date(2026, 3, day))
        translate(item, title=f"English {title}", slug=f"english-{day}")
    response = client.get("/")
    assert home_news(response) == ["Fjärde", "Tredje", "Andra"]
    assert '<a href="/nyheter/">Alla nyheter</a>' in response.text
    assert '<time datetime="2026-03-04">4 mars 2026</time>' in response.text
    english = client.get("/en/")
    assert home_news(english) == ["English Fjärde", "English Tredje", "English Andra"]
    assert '<a href="/en/news/">All news</a>' in english.text


def test_the_home_page_without_news_has_no_news_section(client, news_index):
    assert 'id="home-news-heading"' not in client.get("/").text


def test_the_latest_news_are_read_in_one_query(news_index):
    for day in range(1, 6):
        news_item(news_index, f"Nyhet {day}", date=date(2026, 3, day))
    with CaptureQueriesContext(connection) as queries:
        latest = NewsPage.latest(news_index.locale_id)
    assert len(queries) == 1
    assert [item.title for item in latest] == ["Nyhet 5", "Nyhet 4", "Nyhet 3"]


def test_the_home_news_are_cached_like_the_calls_to_action(client, news_index):
    """A page-cache miss of the home page reads the news from the fragment, not the database."""
    news_item(news_index, "Ny kurs")
    first_visit(client)
    client.get("/")
    cache.delete(page_cache.page_cache_key(RequestFactory().get("/")))
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert response["X-Cache"] == "miss"
    assert "Ny kurs" in response.text
    assert not [query for query in queries.captured_queries if "news_newspage" in query["sql"]]


def test_publishing_news_renews_the_index_the_home_page_and_the_feed(client, news_index):
    """The feed is not kept by the page cache (it is not a page), but its address is renewed
    with the pages, for a front-end cache."""
    item = news_item(news_index, "Ny kurs", listing_summary="Anmäl dig senast i maj.")
    first_visit(client)
    for url in ("/", "/nyheter/"):
        assert client.get(url)["X-Cache"] == "miss"
        assert client.get(url)["X-Cache"] == "hit"

    # Publishing again with a new summary (no new title or address: the generation stays).
    generation = page_cache.generation()
    item.listing_summary = "Anmäl dig senast i juni."
    item.save_revision().publish()
    assert page_cache.generation() == generation
    for url in ("/", "/nyheter/"):
        response = client.get(url)
        assert response["X-Cache"] == "miss", url
        assert "Anmäl dig senast i juni." in response.text, url
    assert "Anmäl dig senast i juni." in client.get("/floden/nyheter/").content.decode()

    # A new news item shows at once too.
    news_item(news_index, "Ny utmaning")
    for url in ("/", "/nyheter/", "/floden/nyheter/"):
        assert "Ny utmaning" in client.get(url).content.decode(), url


def test_news_renew_the_home_page_and_feed_of_their_own_language(news_index, english_home):
    item = news_item(news_index, "Ny kurs")
    english = translate(item, title="New course", slug="new-course")
    assert set(news_urls(item)) == {"http://testserver/", "/floden/nyheter/"}
    assert set(news_urls(english)) == {"http://testserver/en/", "/en/feeds/news/"}


def test_a_draft_changes_nothing_public(client, news_index):
    item = news_item(news_index, "Ny kurs", listing_summary="Anmäl dig senast i maj.")
    first_visit(client)
    client.get("/")
    item.listing_summary = "Utkast som ingen ska se."
    item.save_revision()
    response = client.get("/")
    assert response["X-Cache"] == "hit"
    assert "Utkast som ingen ska se." not in response.text
