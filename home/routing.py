"""Wagtail's page routing and view-restriction check answered from this process's memory.

Wagtail routes a request one URL segment at a time (a query for the child with that slug, and
one for its specific row, per segment), then checks the view restrictions of the page and its
ancestors (two queries), and looks up the active locale on the way (one more). For a GET or
HEAD, `PageRoutingMiddleware` answers all of that from a map of every page's URL path, kept in
this process for the request's content generation (`home.cache.remembered`, like the chrome):
the routed page then costs ONE query, for its own specific row.

The map is built once per generation (three queries: the pages, the view restrictions, the
locales) and is correct across servers for the same reason as the chrome: everything that
changes it (a page published for the first time, unpublished, moved, renamed or given a new
slug, deleted; a view restriction, a site or a locale) bumps the generation, and the generation
is read from the shared cache on every request. Publishing a page again changes none of it: the
page's own row is read from the database on every request, so a new revision shows at once.

What Wagtail would answer is kept: the same page (drafts, unpublished and expired pages 404 as
they did; a sub-route of a routable page takes precedence over a child page with the same slug;
the site root's translation is used only when live, as `Page.localized` does), the same
restrictions (an alias's are its source page's; each restriction still decides with
`accept_request`), and the page's own `route()` for the last step. A page type with a `route()`
of its own, a site root below the second level, or a URL path that two pages share are left to
Wagtail, and so is everything while the page cache is off or the cache is degraded.
"""

from dataclasses import dataclass
from uuid import UUID

from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError
from django.http import Http404
from django.utils.translation import get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site

from home.cache import remembered, remembering

ROUTES_KEY = "routing:pages"
LOCALES_KEY = "routing:locales"
# Wagtail routes from the site's root page: with it at the usual depth, the root's translation
# into the active language is another root at that depth.
SITE_ROOT_DEPTH = 2


class Unanswered(Exception):
    """The map cannot answer this request as Wagtail would: let Wagtail route it."""


@dataclass(frozen=True, slots=True)
class PageEntry:
    """What routing needs to know of one page."""

    id: int
    url_path: str
    content_type_id: int
    live: bool
    alias_of_id: int | None
    locale_id: int
    translation_key: UUID
    depth: int


@dataclass(frozen=True)
class PageMap:
    by_url_path: dict[str, PageEntry | None]  # None: two pages share the path
    by_id: dict[int, PageEntry]
    roots: dict[tuple[UUID, int], PageEntry]  # (translation key, locale id) at SITE_ROOT_DEPTH
    restrictions: dict[int, list[PageViewRestriction]]  # by page id


def build_page_map() -> PageMap:
    by_url_path, by_id, roots = {}, {}, {}
    rows = Page.objects.values_list(
        "id",
        "url_path",
        "content_type_id",
        "live",
        "alias_of_id",
        "locale_id",
        "translation_key",
        "depth",
    )
    for row in rows:
        entry = PageEntry(*row)
        by_id[entry.id] = entry
        by_url_path[entry.url_path] = None if entry.url_path in by_url_path else entry
        if entry.depth == SITE_ROOT_DEPTH:
            roots[(entry.translation_key, entry.locale_id)] = entry
    restrictions = {}
    for restriction in PageViewRestriction.objects.prefetch_related("groups"):
        restrictions.setdefault(restriction.page_id, []).append(restriction)
    return PageMap(by_url_path, by_id, roots, restrictions)


def page_map(request) -> PageMap:
    return remembered(request, ROUTES_KEY, build_page_map, always=True)


def all_locales() -> dict[str, Locale]:
    return {locale.language_code: locale for locale in Locale.objects.all()}


def active_locale(request) -> Locale:
    """`Locale.get_active()`, from this process's copy of the locales while there is one."""
    if not remembering(request):
        return Locale.get_active()
    locales = remembered(request, LOCALES_KEY, all_locales, always=True)
    try:
        return locales[get_supported_content_language_variant(get_language())]
    except (KeyError, LookupError):
        return Locale.get_active()


def view_restrictions(pages: PageMap, entry: PageEntry) -> list[PageViewRestriction]:
    """The restrictions on the page and its ancestors, each alias's taken from its source page,
    as `Page.get_view_restrictions()` finds them."""
    segments = entry.url_path.strip("/").split("/")
    ancestors = ["/"] + ["/" + "/".join(segments[:n]) + "/" for n in range(1, len(segments))]
    page_ids = set()
    for page in [pages.by_url_path.get(url_path) for url_path in ancestors] + [entry]:
        if page is None:
            raise Unanswered
        while page.alias_of_id:  # Wagtail checks an alias's source page instead
            page = pages.by_id.get(page.alias_of_id)
            if page is None:
                raise Unanswered
        page_ids.add(page.id)
    return [r for page_id in page_ids for r in pages.restrictions.get(page_id, [])]


def page_class(entry: PageEntry):
    model = ContentType.objects.get_for_id(entry.content_type_id).model_class()
    if model is None or model.route not in (Page.route, RoutablePageMixin.route):
        raise Unanswered
    return model


def has_sub_route(model, components) -> bool:
    """Whether a routable page type has a sub-route for the rest of the path (as
    `RoutablePageMixin.route` tries before looking for a child page)."""
    if not issubclass(model, RoutablePageMixin):
        return False
    rest = "/" + "".join(f"{component}/" for component in components)
    try:
        model.get_resolver().resolve(rest)
    except Http404:  # Resolver404, as RoutablePageMixin.route catches it
        return False
    return True


def find_route(request, path):
    """Wagtail's `Page.route_for_request(request, path)`, from the map: a RouteResult, or None
    for a 404."""
    if not remembering(request):
        raise Unanswered
    site = Site.find_for_request(request)
    if site is None:
        return None
    pages = page_map(request)
    root = pages.by_id.get(site.root_page_id)
    if root is None or root.depth != SITE_ROOT_DEPTH:
        raise Unanswered
    locale = active_locale(request)
    if locale.id != root.locale_id:
        translation = pages.roots.get((root.translation_key, locale.id))
        if translation is not None and translation.live:
            root = translation
    components = [component for component in path.split("/") if component]
    entry, position = root, 0
    while True:
        model = page_class(entry)
        rest = components[position:]
        if not rest or (entry.live and has_sub_route(model, rest)):
            break
        child_path = f"{entry.url_path}{rest[0]}/"
        if child_path not in pages.by_url_path:
            return None
        entry = pages.by_url_path[child_path]
        if entry is None:
            raise Unanswered
        position += 1
    try:
        page = model._default_manager.get(pk=entry.id)
    except model.DoesNotExist as error:  # deleted since the map was built
        raise Unanswered from error
    page.remembered_view_restrictions = view_restrictions(pages, entry)
    return page.route(request, rest)


class PageRoutingMiddleware:
    """Routes GET and HEAD requests for Wagtail pages from the map (see the module's
    docstring): sets what `Page.route_for_request` reads before Wagtail's view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.url_name != "wagtail_serve":
            return None
        # Wagtail's pattern passes the path as the view's one positional argument.
        path = view_kwargs.get("path", view_args[0] if view_args else None)
        if path is None or request.method not in ("GET", "HEAD"):
            return None
        if hasattr(request, "_wagtail_route_for_request"):
            return None
        try:
            request._wagtail_route_for_request = find_route(request, path)
        except Unanswered:
            pass
        except Http404:
            request._wagtail_route_for_request = None
        except DatabaseError:
            pass  # Wagtail's own routing meets the same error, in the view (503 page)
        return None
