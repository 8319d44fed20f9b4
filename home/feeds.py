"""Atom feeds, one per kind of content and language (Swedish without a prefix, English under
/en/, like every page). Each entry links to the page in the feed's language.

To add a feed: subclass `ContentFeed` (items, title, the listing page), or `PageFeed` for the
newest pages of one type, in the app's feeds.py, and register it with `register_feed()` from the
app's `AppConfig.ready()`, as the apps register their cache rules; `home` names no content app.
The pages link to every feed with <link rel="alternate"> (the `feed_links` tag in base.html)."""

from django.contrib.syndication.views import Feed
from django.urls import path, reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from home.i18n import request_locale

FEED_SIZE = 20

# (translated path, feed class) in the order registered; the class's `name` is the URL name in
# the "feeds" namespace.
FEEDS = []


def register_feed(route, feed_class) -> None:
    """Serve `feed_class` at `route` (a lazily translated path such as _("feeds/ideas/"))."""
    FEEDS.append((route, feed_class))


class ContentFeed(Feed):
    """An Atom feed of the newest items of one kind, in the current language."""

    feed_type = Atom1Feed
    # No fixed language: Django then uses the active one (xml:lang on the feed).
    language = None
    author_name = _("The idea sluice, Piteå Municipality and Skellefteå Municipality")
    # The title readers see in the feed and in <link rel="alternate">.
    feed_title = ""
    feed_subtitle = ""
    name = ""

    def title(self):
        return str(self.feed_title)

    def subtitle(self):
        return str(self.feed_subtitle)

    def get_object(self, request, *args, **kwargs):
        """What the feed's methods need from the request (one instance serves every request,
        so nothing is kept on `self`); by default the active locale."""
        return request_locale(request)

    def link(self, obj):
        """The page that lists the items in this language (the site's root if none)."""
        return self.listing_url(obj) or "/"

    def feed_url(self):
        return reverse(f"feeds:{self.name}")

    def listing_url(self, obj) -> str:
        return ""

    def items(self, obj):
        raise NotImplementedError

    def item_link(self, item):
        """Set on each item by `items`: its page in the feed's language."""
        return item.feed_link

    def item_updateddate(self, item):
        return self.item_pubdate(item)


class PageFeed(ContentFeed):
    """The newest live, public pages of one type in the feed's language, linked from the first
    live index page of that language."""

    page_model = None
    index_model = None

    def listing_url(self, locale):
        index = self.index_model.objects.live().public().filter(locale=locale).first()
        return index.url if index else ""

    def items(self, locale):
        pages = list(
            self.page_model.objects.live()
            .public()
            .filter(locale=locale)
            .order_by("-first_published_at")[:FEED_SIZE]
        )
        for page in pages:
            page.feed_link = page.url
        return pages

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at


def feed_links() -> list[dict]:
    """Every feed in the current language, for <link rel="alternate"> in the page head."""
    return [
        {"url": reverse(f"feeds:{feed.name}"), "title": str(feed.feed_title)}
        for _route, feed in FEEDS
    ]


def urlpatterns():
    return [path(route, feed(), name=feed.name) for route, feed in FEEDS]
