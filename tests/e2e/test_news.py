"""A reader finds the news from the home page, in Swedish and in English, with the keyboard:
the home page, the news index and a news item, each checked with axe-core."""

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible, tab_to

JOURNEYS = [
    pytest.param(
        {"home": "/", "all_news": "Alla nyheter", "index": "Nyheter", "feed": "/floden/nyheter/"},
        id="sv",
    ),
    pytest.param(
        {"home": "/en/", "all_news": "All news", "index": "News", "feed": "/en/feeds/news/"},
        id="en",
    ),
]


def press_enter_and_wait(page):
    with page.expect_navigation():
        page.keyboard.press("Enter")


@pytest.mark.parametrize("journey", JOURNEYS)
def test_a_reader_goes_from_the_home_page_to_a_news_item(page, journey):
    page.goto(journey["home"])
    expect(page.locator("#home-news-heading")).to_be_visible()
    assert page.locator(".home-news .card").count() == 3
    assert_accessible(page)

    expect(page.locator(".home-news > p > a")).to_have_text(journey["all_news"])
    tab_to(page, ".home-news > p > a")
    press_enter_and_wait(page)
    expect(page.locator("h1")).to_have_text(journey["index"])
    feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]')
    assert journey["feed"] in [feed.nth(i).get_attribute("href") for i in range(feed.count())]
    assert_accessible(page)

    title = page.locator("main .card__title a").first.inner_text()
    tab_to(page, "main .card__title a")
    press_enter_and_wait(page)
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator(".breadcrumbs")).to_contain_text(journey["index"])
    assert_accessible(page)
