"""<link rel="alternate" type="application/atom+xml"> to every feed, in the page's language."""

from django import template

from home.feeds import feed_links as all_feed_links

register = template.Library()


@register.inclusion_tag("components/feed_links.html")
def feed_links():
    return {"feeds": all_feed_links()}
