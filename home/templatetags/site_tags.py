from django import template
from wagtail.models import Locale, Page

from home import i18n
from home.models import SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to this page in every language; see home.i18n.language_links."""
    request = context["request"]
    page = context.get("page")
    return i18n.language_links(request, page if isinstance(page, Page) else None)


def resolve_links(request, stream_value):
    """Turn a LinksBlock value into (text, url) pairs, with each page link pointing at the page's
    translation in the active language when one is live. Two queries whatever the length."""
    chosen = [block.value["page"] for block in stream_value if block.block_type == "page"]
    chosen = [page for page in chosen if page is not None]
    localized = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in=[page.translation_key for page in chosen],
            locale=Locale.get_active(),
        )
    }
    links = []
    for block in stream_value:
        value = block.value
        if block.block_type == "external":
            links.append({"text": value["title"], "url": value["url"], "external": True})
            continue
        if value["page"] is None:
            continue
        page = localized.get(value["page"].translation_key, value["page"])
        if not page.live:
            continue
        links.append(
            {"text": value["title"] or page.title, "url": page.get_url(request), "external": False}
        )
    return links


def _current(request, url):
    if url == request.path:
        return "page"
    if url not in ("/", "/en/") and request.path.startswith(url):
        return "true"
    return ""


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context["request"]
    menu = SiteSettings.for_request(request).main_navigation
    links = resolve_links(request, menu.localized.links) if menu else []
    for link in links:
        link["current"] = _current(request, link["url"])
    return {"links": links}


@register.inclusion_tag("components/site_footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    site_settings = SiteSettings.for_request(request)
    footer = site_settings.footer.localized if site_settings.footer else None
    required_pages = [
        page.localized
        for page in (site_settings.accessibility_page, site_settings.privacy_page)
        if page is not None
    ]
    return {
        "request": request,
        "footer": footer,
        "links": resolve_links(request, footer.links) if footer else [],
        "required_links": [(page.title, page.get_url(request)) for page in required_pages],
        "settings": site_settings,
    }
