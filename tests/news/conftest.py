from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import NewsIndexPageFactory, NewsPageFactory, translate


@pytest.fixture
def news_index(home, english_home):
    """The news index in both languages: /nyheter/ and /en/news/."""
    index = NewsIndexPageFactory(parent=home)
    translate(index, title="News", slug="news", intro="What happens in the idea sluice.")
    return index


def news_item(index, title, days_ago=0, **fields):
    """A Swedish news item dated `days_ago` days before today."""
    fields.setdefault("date", timezone.localdate() - timedelta(days=days_ago))
    return NewsPageFactory(parent=index, title=title, **fields)


@pytest.fixture
def uncached(settings):
    """Every request builds its page: the page cache would answer the second one."""
    settings.PAGE_CACHE_ENABLED = False
