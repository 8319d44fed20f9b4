from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from home import cache, i18n
from home.models import SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to this page in every language; see home.i18n.language_links. A view can pass
    `language_urls` ({language code: url}) when it knows its own translations."""
    request = context["request"]
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    if page is not None and page.pk:
        links = cache.copy_links(
            cache.cached_fragment(
                request, "language-links", lambda: i18n.language_links(request, page), page.pk
            )
        )
    else:
        links = i18n.language_links(request, page)
    # Views routed under a page (e.g. an idea's tracking page) give their own translations.
    for link in links:
        url = context.get("language_urls", {}).get(link.code)
        if url:
            link.url, link.full_url = url, request.build_absolute_uri(url)
            link.is_translation = True
    return links


@register.simple_tag(takes_context=True)
def page_full_url(context):
    """The full URL of the page being shown, or "": worked out once per request, with the
    site root paths the request already holds (`page.full_url` reads them from the cache at
    each use)."""
    page = context.get("page")
    if not isinstance(page, Page):
        return ""
    return page.get_full_url(request=context.get("request")) or ""


@register.simple_tag(takes_context=True)
def localized_url(context, page):
    """The URL of a chosen page in the active language (the page itself if not translated)."""
    request = context["request"]
    return i18n.localize(request, page).get_url(request)


def resolve_links(request, *stream_values):
    """Turn LinksBlock values into lists of link dicts, one list a value, each page link pointing
    at the page's live translation in the active language when there is one (looked up in one
    query for all the values)."""
    chosen = [
        block.value["page"]
        for stream_value in stream_values
        for block in stream_value
        if block.block_type == "page"
    ]
    localized = i18n.localize_pages(request, chosen)
    return [_links(request, stream_value, localized) for stream_value in stream_values]


def _links(request, stream_value, localized):
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


def published(request, snippet):
    """The published version of a menu or footer in the active language (the chosen one when
    its translation is not published), or None when neither is published. A published snippet's
    row holds its live version: drafts are kept as revisions."""
    snippet = i18n.localize(request, snippet)
    return snippet if snippet is not None and snippet.live else None


def menu_links(request, menu=None):
    """The links of the main navigation in the active language, or of `menu` (a preview)."""
    if menu is None:
        menu = published(request, SiteSettings.for_request(request).main_navigation)
    return resolve_links(request, menu.links)[0] if menu else []


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The main menu. Its links come from the cache; which one is current, from the request.
    The preview of a menu shows the menu being edited (`preview_navigation`)."""
    request = context["request"]
    previewed = context.get("preview_navigation")
    if previewed is not None:
        links = menu_links(request, previewed)
    else:
        links = cache.cached_fragment(request, "main-navigation", lambda: menu_links(request))
    # Copies: the cached links are shared by every request of this process.
    links = [{**link, "current": _current(request, link["url"])} for link in links]
    return {"links": links}


@register.simple_tag(takes_context=True)
def home_calls(context):
    """The addresses of the home page's calls to action in its language (propose an idea,
    answer a challenge), by model; cached like the menu, so a page-cache miss costs no query."""
    request, page = context["request"], context["page"]

    def build():
        return {model: found.get_url(request) for model, found in page.call_pages().items()}

    return cache.cached_fragment(request, "home-calls", build)


def international_phone(number: str) -> str:
    """A Swedish number as callers abroad dial it: "0911-69 60 00" becomes "+46 911 69 60 00"."""
    number = number.strip()
    if number.startswith("0") and not number.startswith("00"):
        number = "+46 " + number[1:]
    return number.replace("-", " ")


def footer_html(request, footer=None):
    """The footer in the active language, or `footer` (a preview) rendered the same way."""
    site_settings = SiteSettings.for_request(request)
    if footer is None:
        footer = published(request, site_settings.footer)
    phone = footer.phone if footer else ""
    legal_links, links = (
        resolve_links(request, footer.legal_links, footer.links) if footer else ([], [])
    )
    context = {
        "footer": footer,
        "links": links,
        "legal_links": legal_links,
        "settings": site_settings,
        # Swedish readers get the number as written in Sweden, others the international form.
        "phone": phone if get_language() == settings.LANGUAGE_CODE else international_phone(phone),
        "phone_link": international_phone(phone).replace(" ", ""),
    }
    return render_to_string("components/site_footer.html", context, request=request)


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer, the same on every page of a language: rendered once per generation. The
    preview of a footer shows the footer being edited (`preview_footer`)."""
    request = context["request"]
    previewed = context.get("preview_footer")
    if previewed is not None:
        return mark_safe(footer_html(request, previewed))  # noqa: S308
    return mark_safe(cache.cached_fragment(request, "footer", lambda: footer_html(request)))  # noqa: S308


@register.simple_tag(takes_context=True)
def link_cards(context, cards):
    """The cards of a link-cards block, each with the URL of its page in the active language
    (all chosen pages looked up in one query) or its external address."""
    request = context["request"]
    localized = i18n.localize_pages(request, [card["page"] for card in cards])
    result = []
    for card in cards:
        page = card["page"]
        if page is not None:
            page = localized.get(page.translation_key, page)
            url = page.get_url(request)
        else:
            url = card["url"]
        result.append({"title": card["title"], "text": card["text"], "url": url})
    return result


# Renditions of the listing image on a card (components/card_image.html uses the same sizes).
CARD_IMAGE_SPECS = ["fill-400x225", "fill-800x450"]


@register.simple_tag
def prefetch_listing_images(pages):
    """Load the listing images of a list of cards with their renditions in two queries, however
    many cards there are. Renders nothing."""
    from wagtail.images import get_image_model

    pages = [page for page in pages if getattr(page, "listing_image_id", None)]
    if not pages:
        return ""
    ids = {page.listing_image_id for page in pages}
    images = get_image_model().objects.filter(pk__in=ids).prefetch_renditions(*CARD_IMAGE_SPECS)
    by_id = {image.pk: image for image in images}
    for page in pages:
        type(page).listing_image.field.set_cached_value(page, by_id.get(page.listing_image_id))
    return ""


@register.simple_tag(takes_context=True)
def breadcrumb_links(context, page):
    """(title, url) of the ancestors of `page` below the site root, kept with the chrome."""
    if not isinstance(page, Page) or not page.pk:
        return []
    request = context["request"]

    def build():
        ancestors = page.get_ancestors()[1:]
        return [(ancestor.title, ancestor.get_url(request)) for ancestor in ancestors]

    return cache.cached_fragment(request, "breadcrumbs", build, page.pk)


@register.simple_tag(takes_context=True)
def privacy_page_url(context):
    """The URL of the privacy page chosen in the site settings, in the active language, or ""."""
    request = context["request"]
    page = i18n.localize(request, SiteSettings.for_request(request).privacy_page)
    return page.get_url(request) if page else ""
