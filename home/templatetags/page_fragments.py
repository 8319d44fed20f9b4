"""`{% page_fragment %}…{% endpage_fragment %}`: the page's own content, below the chrome,
rendered once and kept in the cache (home.cache.page_fragment) until what it shows changes.

The page type builds what only its content shows in `get_content_context(request)`
(home.models.BasePage), which runs only when the fragment is built: a cached fragment saves
those queries as well as the rendering. Names of listing parameters the content reads (e.g.
`"page"` for a paginated list) are given as arguments and are part of the key; any other
parameter of the request must not change the content."""

from django import template
from django.utils.safestring import mark_safe
from wagtail.models import Page

from home import cache

register = template.Library()


class PageFragmentNode(template.Node):
    def __init__(self, nodelist, parameters):
        self.nodelist = nodelist
        self.parameters = parameters

    def render(self, context):
        request, page = context.get("request"), context.get("page")
        if request is None or not isinstance(page, Page) or not page.pk:
            return self.nodelist.render(context)

        def build():
            extra = getattr(page, "get_content_context", dict)(request)
            with context.push(extra):
                return self.nodelist.render(context)

        parameters = [
            (name.resolve(context), request.GET.getlist(name.resolve(context)))
            for name in self.parameters
        ]
        return mark_safe(cache.page_fragment(request, page, build, *parameters))  # noqa: S308


@register.tag
def page_fragment(parser, token):
    """`{% page_fragment ["parameter" …] %}…{% endpage_fragment %}`"""
    parameters = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    nodelist = parser.parse(("endpage_fragment",))
    parser.delete_first_token()
    return PageFragmentNode(nodelist, parameters)
