"""The demo's news in both languages."""

import pytest
from wagtail.models import Locale

from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


@pytest.mark.demo_check
def test_demo_news_exist_in_both_languages(client, demo_site):
    for language, index_url in (("sv", "/nyheter/"), ("en", "/en/news/")):
        index = NewsIndexPage.objects.live().get(locale__language_code=language)
        assert index.url == index_url
        assert index.get_parent().specific.locale.language_code == language
        items = NewsPage.objects.live().child_of(index)
        assert 3 <= items.count() <= 4
        response = client.get(index_url)
        assert response.status_code == 200
        assert len(response.context["page_obj"]) == items.count()
    english_locale = Locale.objects.get(language_code="en")
    for item in NewsPage.objects.live().filter(locale__language_code="sv"):
        english = item.get_translation(english_locale)
        assert english.live and english.date == item.date and english.title != item.title


@pytest.mark.demo_check
def test_the_demo_home_pages_show_the_latest_three_news(client, demo_site):
    for url, language in (("/", "sv"), ("/en/", "en")):
        latest = NewsPage.latest(
            NewsIndexPage.objects.get(locale__language_code=language).locale_id
        )
        text = client.get(url).text
        assert 'id="home-news-heading"' in text
        for item in latest:
            assert item.title in text
