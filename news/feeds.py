"""The Atom feed of news (home/feeds.py), one per language, in the order of the news index:
the newest news date first."""

from datetime import datetime, time

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.feeds import FEED_SIZE, PageFeed
from home.listing import public_pages

from .models import NewsIndexPage, NewsPage


class NewsFeed(PageFeed):
    name = "news"
    feed_title = _("News from the idea sluice")
    feed_subtitle = _(
        "News from Piteå Municipality and Skellefteå Municipality about the idea sluice."
    )
    page_model = NewsPage
    index_model = NewsIndexPage

    def items(self, locale):
        pages = list(
            public_pages(NewsPage.objects.live().filter(locale=locale))
            .defer_streamfields()
            .order_by("-date", "-first_published_at", "-pk")[:FEED_SIZE]
        )
        for page in pages:
            page.feed_link = page.url
        return pages

    def item_pubdate(self, item):
        """The news date (at midnight, Swedish time): what readers see on the page."""
        return datetime.combine(item.date, time(), tzinfo=timezone.get_current_timezone())

    def item_updateddate(self, item):
        published = self.item_pubdate(item)
        return max(published, item.last_published_at or published)
