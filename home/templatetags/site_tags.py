from django import template
from wagtail.models import Page

from home import i18n
from home.models import SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to this page in every language; see home.i18n.language_links. A view can pass
    `language_urls` ({language code: url}) when it knows its own translations."""
    request = context["request"]
    page = context.get("page")
    links = i18n.language_links(request, page if isinstance(page, Page) else None)
    # Views routed under a page (e.g. an idea's tracking page) give their own translations.
    for link in links:
        url = context.get("language_urls", {}).get(link.code)
        if url:
            link.url, link.full_url = url, request.build_absolute_uri(url)
            link.is_translation = True
    return links


@register.simple_tag(takes_context=True)
def localized_url(context, page):
    """The URL of a chosen page in the active language (the page itself if not translated)."""
    request = context["request"]
    return i18n.localize(request, page).get_url(request)


def resolve_links(request, stream_value):
    """Turn a LinksBlock value into link dicts, each page link pointing at the page's live
    translation in the active language when there is one."""
    chosen = [block.value["page"] for block in stream_value if block.block_type == "page"]
    localized = i18n.localize_pages(request, chosen)
    links = []
    for block in stream_value:
        value = block.value
        if block.block_type == "external":
            links.append({"text": value["title"], "url": value["url"], "external": True})
            continue
        page = value["page"]
        page = localized.get(page.translation_key, page) if page else None
        if page is None or not page.live:
            continue
        links.append({"text": value["title"] or page.title, "url": page.get_url(request)})
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
    menu = i18n.localize(request, SiteSettings.for_request(request).main_navigation)
    links = resolve_links(request, menu.links) if menu else []
    for link in links:
        link["current"] = _current(request, link["url"])
    return {"links": links}


@register.inclusion_tag("components/site_footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    site_settings = SiteSettings.for_request(request)
    footer = i18n.localize(request, site_settings.footer)
    required = [site_settings.accessibility_page, site_settings.privacy_page]
    localized = i18n.localize_pages(request, required)
    required = [localized.get(page.translation_key, page) for page in required if page]
    return {
        "footer": footer,
        "links": resolve_links(request, footer.links) if footer else [],
        "required_links": [(page.title, page.get_url(request)) for page in required],
        "settings": site_settings,
    }
