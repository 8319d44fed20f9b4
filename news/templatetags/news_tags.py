"""The latest news on the home page."""

from django import template

from home import cache
from news.models import NewsPage

register = template.Library()


@register.simple_tag(takes_context=True)
def home_news(context):
    """The latest news in the home page's language (`latest`: title, address, date and
    summary of each; `index_url`: the news index), in one query, cached like the home page's
    calls to action. The key also holds the version of the home page's path, which publishing
    a news item renews (news/caching.py): a changed summary or date shows at once, as a new
    or renamed item does through the generation."""
    request, page = context["request"], context["page"]

    def build():
        latest = [
            {
                "title": item.title,
                "url": item.get_url(request),
                "date": item.date,
                "summary": item.listing_summary,
            }
            for item in NewsPage.latest(page.locale_id)
        ]
        # The index is the parent of every news item: its address is theirs without the
        # last segment (no second query).
        index_url = latest[0]["url"].rsplit("/", 2)[0] + "/" if latest else ""
        return {"latest": latest, "index_url": index_url}

    if not cache.fragments_allowed(request):
        return build()
    _generation, path_version = cache.request_versions(request)
    return cache.cached_fragment(request, "home-news", build, path_version)
