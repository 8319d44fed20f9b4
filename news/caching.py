"""Which cached pages a news item shows on beyond its own, its index's and its translations'
(home/cache.py adds those): the home page and the news feed of its language. Registered from
NewsConfig.ready()."""

from django.urls import reverse
from django.utils import translation

from home.models import HomePage


def news_urls(page) -> list[str]:
    """The home page above the news item and the feed in the item's language."""
    urls = [home.get_full_url() for home in HomePage.objects.live().ancestor_of(page)]
    with translation.override(page.locale.language_code):
        urls.append(reverse("feeds:news"))
    return [url for url in urls if url]
