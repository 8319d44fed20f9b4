"""Which page is "the same page" in each language, for the language switcher and hreflang links."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from home.routing import active_locale


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    # False when the page has no translation in this language and the link leads to its home page.
    is_translation: bool
    full_url: str


def home_pages(request) -> dict[str, Page]:
    """The live home page of each language, keyed by language code."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    pages = Page.objects.live().filter(translation_key=site.root_page.translation_key)
    return {page.locale.language_code: page for page in pages.select_related("locale")}


def page_translations(page) -> dict[str, Page]:
    """The live translations of a page, including itself, keyed by language code."""
    pages = Page.objects.live().public().filter(translation_key=page.translation_key)
    return {p.locale.language_code: p for p in pages.select_related("locale")}


def _non_page_translation(request, code):
    """The same non-page view (e.g. search) in another language, if the path resolves."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.url_name == "wagtail_serve":
        return None
    return translate_url(request.get_full_path(), code)


def language_links(request, page=None) -> list[LanguageLink]:
    current = get_language()
    translations = page_translations(page) if page is not None and page.pk else {}
    homes = None
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        url = target.get_url(request) if target else None
        if url is None and page is None:
            url = _non_page_translation(request, code)
        is_translation = url is not None
        if url is None:
            homes = homes if homes is not None else home_pages(request)
            target = homes.get(code)
            url = target.get_url(request) if target else language_root(code)
        # Page URLs use the Wagtail site's address, as canonical links and the sitemap do.
        full_url = target.get_full_url(request) if target else request.build_absolute_uri(url)
        links.append(LanguageLink(code, name, url, code == current, is_translation, full_url))
    return links


def language_root(code: str) -> str:
    return "/" if code == settings.LANGUAGE_CODE else f"/{code}/"


def request_locale(request) -> Locale:
    """The active locale, looked up once per request."""
    if not hasattr(request, "_active_locale"):
        request._active_locale = active_locale(request)
    return request._active_locale


def localize(request, obj):
    """The translation of a snippet or page in the active language, or the object itself."""
    if obj is None:
        return None
    locale = request_locale(request)
    if obj.locale_id == locale.pk:
        return obj
    translation = obj.get_translations().filter(locale=locale).first()
    if translation is None or not getattr(translation, "live", True):
        return obj
    return translation


def localize_pages(request, pages) -> dict:
    """The live translations in the active language of several pages, keyed by translation key,
    in one query. Pages without one are left out."""
    keys = [page.translation_key for page in pages if page is not None]
    if not keys:
        return {}
    translations = Page.objects.live().filter(
        translation_key__in=keys, locale=request_locale(request)
    )
    return {page.translation_key: page for page in translations}
