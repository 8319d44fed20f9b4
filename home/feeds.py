"""Atom feeds, one per kind of content and language (Swedish without a prefix, English under
/en/, like every page). Each entry links to the page in the feed's language.

To add a feed: subclass `ContentFeed` (items, title, the listing page) in the app's feeds.py
and add one line to FEEDS. The pages link to every feed with <link rel="alternate"> (the
`feed_links` tag in base.html)."""

from django.contrib.syndication.views import Feed
from django.urls import path, reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from home.i18n import request_locale

FEED_SIZE = 20

# (name, translated path, feed class). The name is the URL name in the "feeds" namespace.
FEEDS = [
    ("ideas", _("feeds/ideas/"), "ideas.feeds.NewIdeasFeed"),
    ("courses", _("feeds/courses/"), "courses.feeds.CoursesFeed"),
]


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


def feed_links() -> list[dict]:
    """Every feed in the current language, for <link rel="alternate"> in the page head."""
    return [
        {"url": reverse(f"feeds:{name}"), "title": str(import_string(dotted).feed_title)}
        for name, _route, dotted in FEEDS
    ]


def urlpatterns():
    return [path(route, import_string(dotted)(), name=name) for name, route, dotted in FEEDS]
