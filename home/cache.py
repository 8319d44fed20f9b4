"""The page cache: whole responses of public pages for anonymous readers, fragments of the
page chrome (menu, footer, language links) and of each page's own content, kept in the Django
cache.

Everything lives in the Django cache (Redis in production, local memory in development and
tests), never in a process's own memory, so several app servers share the cached pages and see
the same invalidation. Two numbers, both kept in the cache, are part of every page's key:

- the *content generation*, for changes that show on every page: menus, footer, site settings,
  sites, locales, view restrictions, images and documents, a page's title or address, a page
  published for the first time, unpublished, moved or deleted. It is part of the fragments' keys
  too. A bump makes every stored page and fragment unreachable at once; they expire on their own.
- a *path version* per URL path, for changes that show on a few pages: publishing a page again
  bumps its own path, its parent's (the listing) and its translations'; each app says which
  paths its own models show on (`register_invalidation`, called from its AppConfig.ready()).
  Those URLs are also purged from a front-end cache (Wagtail's frontend_cache) when configured.

`home` names no content app: apps register their models here, and the cache trusts each
response (`Cache-Control: private/no-cache/no-store`, a cookie set, a status other than 200) for
what must not be stored. Pages under a view restriction are never stored. See README, "Caching".
"""

import contextlib
import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save, pre_save
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, get_language_from_path
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import DraftStateMixin, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, unpublished

from home.cache_backends import degraded

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
PATH_KEY_PREFIX = "pagecache:path"
PAGE_KEY_PREFIX = "pagecache:page"
FRAGMENT_KEY_PREFIX = "pagecache:fragment"
PAGE_FRAGMENT_KEY_PREFIX = "pagecache:content"
RESTRICTED_KEY_PREFIX = "pagecache:restricted"
SITE_ROOT_PATHS_KEY = "pagecache:site-root-paths"
# A path version outlives every page stored under it; a lost one starts again from the clock.
PATH_VERSION_SECONDS = 24 * 3600

# Cache-Control directives that forbid storing a response in a shared cache.
PRIVATE_DIRECTIVES = {"private", "no-cache", "no-store"}

# What `urls_for` returns for a change that shows on every page.
EVERY_PAGE = None


# --- The content generation and the path versions ----------------------------------------------


def generation() -> int:
    """The current content generation. Starts from the clock, so a generation lost with the
    cache (Redis restarted, key evicted) never brings back pages stored under an old number."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY) or 0
    return value


def request_generation(request) -> int:
    """The generation, read once per request."""
    if not hasattr(request, "_content_generation"):
        request._content_generation = generation()
    return request._content_generation


def path_key(path: str) -> str:
    return f"{PATH_KEY_PREFIX}:{hashlib.sha256(path.encode()).hexdigest()}"


def request_versions(request) -> tuple[int, int]:
    """The generation and the version of the request's path, read together (one round trip)."""
    if not hasattr(request, "_page_cache_versions"):
        key = path_key(request.path)
        # A generation the request read already (routing, the chrome) is kept: one per request.
        known = hasattr(request, "_content_generation")
        found = cache.get_many([key] if known else [GENERATION_KEY, key])
        if GENERATION_KEY in found:
            request._content_generation = found[GENERATION_KEY]
        version = found.get(key)
        if version is None:
            cache.add(key, time.time_ns(), timeout=PATH_VERSION_SECONDS)
            version = cache.get(key) or 0
        request._page_cache_versions = (request_generation(request), version)
    return request._page_cache_versions


def bump_generation():
    """Make every cached page and fragment stale, now and again when the current transaction
    commits: a request that read the old rows between the two cannot keep them."""
    _bump()
    transaction.on_commit(_bump)


def _bump():
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # no generation yet, or lost with the cache
            cache.set(GENERATION_KEY, time.time_ns(), timeout=None)
    except Exception:
        # Publishing must not fail because the cache is down; pages expire on their own.
        logger.exception("The page cache could not be invalidated")


def invalidate_urls(urls: Iterable[str]):
    """Make the cached pages of these URLs (absolute, or paths; every query string of each)
    stale, now and again when the transaction commits, and purge them from a front-end cache."""
    urls = sorted(set(urls))
    if not urls:
        return
    _new_path_versions(urls)

    def after_commit():
        _new_path_versions(urls)
        _purge_frontend_cache(urls)

    transaction.on_commit(after_commit)


def _new_path_versions(urls):
    version = time.time_ns()
    try:
        cache.set_many(
            {path_key(urlsplit(url).path): version for url in urls}, PATH_VERSION_SECONDS
        )
    except Exception:
        logger.exception("The page cache could not be invalidated")


def _purge_frontend_cache(urls):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    absolute = [url for url in urls if urlsplit(url).netloc]
    try:
        batch = PurgeBatch()
        batch.add_urls(absolute)
        batch.purge()
    except Exception:
        logger.exception("The front-end cache could not be purged")


def page_urls(page, *, parent=True, translations=True) -> list[str]:
    """The absolute URLs of a page, of its parent (the listing it appears in) and of its
    translations: what publishing the page again changes."""
    pages = [page]
    if translations:
        pages += list(page.get_translations().live().specific(defer=True))
    if parent:
        pages += [p.get_parent() for p in pages if p.depth > 2]
    return [url for url in (p.get_full_url() for p in pages if p is not None) if url]


# --- What each app registers --------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    urls_for: Callable | None
    ignore_fields: frozenset
    ignore_created: bool


_rules: dict[type, list[Rule]] = {}


def register_invalidation(model, urls_for=EVERY_PAGE, *, ignore_fields=(), ignore_created=False):
    """Say that saving or deleting `model` changes public pages. `urls_for(instance)` returns
    the URLs (absolute, or paths) of the pages that show it, an empty list when none do (an idea
    that is not public), or EVERY_PAGE; without it every page is invalidated. A save whose
    update_fields are all in `ignore_fields` changes nothing public; `ignore_created`: a new
    object shows nowhere yet (an image before a page uses it). For a page type, `urls_for` gives
    the URLs it shows on beyond its own, its parent's and its translations' (sub-routes).
    Called from the AppConfig.ready() of the app whose pages show the model: several apps may
    register rules for one model (ideas show on the board and on testbed pages)."""
    _rules.setdefault(model, []).append(Rule(urls_for, frozenset(ignore_fields), ignore_created))


def _rules_for(model) -> list[Rule]:
    """The rules of the most specific class in the model's ancestry that has any."""
    for cls in model.__mro__:
        if cls in _rules:
            return _rules[cls]
    return []


def _urls(rules, instance):
    """The URLs the rules name for `instance`, or EVERY_PAGE when one of them says so."""
    urls = []
    for rule in rules:
        found = rule.urls_for(instance) if rule.urls_for is not None else EVERY_PAGE
        if found is EVERY_PAGE:
            return EVERY_PAGE
        urls += list(found)
    return urls


def _apply(rules, instance):
    if not rules:
        return
    urls = _urls(rules, instance)
    if urls is EVERY_PAGE:
        bump_generation()
    else:
        invalidate_urls(urls)


# What saving a draft, a lock or a workflow step writes to a snippet with drafts (Wagtail's
# DraftStateMixin): the public site reads only the live row, which these leave as it was.
DRAFT_FIELDS = frozenset(
    {"latest_revision", "has_unpublished_changes", "locked", "locked_at", "locked_by"}
)


def _is_draft_save(instance, update_fields) -> bool:
    """Whether saving a snippet with drafts changes nothing readers see: it is not live (a new
    draft, or one never published; unpublishing sends `unpublished`), or only its draft state
    changed. Publishing saves the live row in full."""
    if not isinstance(instance, DraftStateMixin):
        return False
    return not instance.live or bool(update_fields and set(update_fields) <= DRAFT_FIELDS)


def _on_save(sender, instance, created=False, update_fields=None, **kwargs):
    if kwargs.get("raw"):
        return
    if isinstance(instance, Page):
        _on_page_saved(instance, created)
        return  # otherwise: the publishing signals below
    if _is_draft_save(instance, update_fields):
        return
    rules = [
        rule
        for rule in _rules_for(sender)
        if not (created and rule.ignore_created)
        and not (update_fields and set(update_fields) <= rule.ignore_fields)
    ]
    _apply(rules, instance)


def _on_unpublished(sender, instance, **kwargs):
    """A snippet with drafts (a menu, the footer) taken off the public site."""
    if not isinstance(instance, Page):
        _apply(_rules_for(sender), instance)


def _on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_generation()  # menus, breadcrumbs and listings may link it
        return
    _apply(_rules_for(sender), instance)


def _on_m2m_change(sender, instance, action, **kwargs):
    if action.startswith("post_") and not isinstance(instance, Page):
        _apply(_rules_for(type(instance)), instance)


# Page fields that show beyond the page itself: in menus, breadcrumbs, listings, language links.
SHARED_PAGE_FIELDS = ("title", "url_path", "live", "show_in_menus")


def _remember_page(sender, instance, update_fields=None, **kwargs):
    """Before a page is saved in full (publishing), note what it showed to other pages."""
    if isinstance(instance, Page) and instance.pk and update_fields is None:
        instance._page_cache_before = (
            Page.objects.filter(pk=instance.pk).values_list(*SHARED_PAGE_FIELDS).first()
        )


def _on_page_saved(instance, created):
    """A page created live (an alias, a copy, a page added in code) or given another address
    or published state without the publishing signals: what routes to it changed
    (home/routing.py)."""
    before = getattr(instance, "_page_cache_before", None)
    if created:
        if instance.live:
            bump_generation()
    elif before is not None:
        shown = dict(zip(SHARED_PAGE_FIELDS, before, strict=True))
        if (shown["url_path"], shown["live"]) != (instance.url_path, instance.live):
            bump_generation()


def _on_page_published(sender, instance, **kwargs):
    before = getattr(instance, "_page_cache_before", None)
    now = tuple(getattr(instance, field) for field in SHARED_PAGE_FIELDS)
    if before is None or tuple(before) != now:
        bump_generation()  # new, renamed or moved: menus, breadcrumbs and language links change
        return
    extra = _urls([rule for rule in _rules_for(type(instance)) if rule.urls_for], instance)
    if extra is EVERY_PAGE:
        bump_generation()
        return
    invalidate_urls(page_urls(instance) + extra)


def _on_page_removed(sender, instance=None, **kwargs):
    bump_generation()


def _on_deploy_or_setting_change(**kwargs):
    bump_generation()


def connect_signal_handlers():
    """Called from HomeConfig.ready()."""
    post_save.connect(_on_save, dispatch_uid="home.cache.post_save")
    post_delete.connect(_on_delete, dispatch_uid="home.cache.post_delete")
    m2m_changed.connect(_on_m2m_change, dispatch_uid="home.cache.m2m_changed")
    pre_save.connect(_remember_page, dispatch_uid="home.cache.pre_save")
    page_published.connect(_on_page_published, dispatch_uid="home.cache.page_published")
    page_unpublished.connect(_on_page_removed, dispatch_uid="home.cache.page_unpublished")
    unpublished.connect(_on_unpublished, dispatch_uid="home.cache.unpublished")
    post_page_move.connect(_on_page_removed, dispatch_uid="home.cache.post_page_move")
    # `migrate` runs on every deploy; settings change in tests (override_settings).
    post_migrate.connect(_on_deploy_or_setting_change, dispatch_uid="home.cache.post_migrate")
    setting_changed.connect(_on_deploy_or_setting_change, dispatch_uid="home.cache.setting")


# --- Which requests and responses may be cached -------------------------------------------------


def _skipped_prefixes():
    return ("/admin/", "/documents/", settings.STATIC_URL, settings.MEDIA_URL)


def request_is_cacheable(request) -> bool:
    """A real GET or HEAD from a reader without a session (not signed in, no pending messages),
    for a path outside the admin, with no query string or only the listing filters."""
    if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD"):
        return False
    # Wagtail runs previews (and moderation views) as dummy requests through the middleware.
    if getattr(request, "is_dummy", False):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    if request.path.startswith(_skipped_prefixes()):
        return False
    query = request.META.get("QUERY_STRING", "")
    if len(query) > settings.PAGE_CACHE_MAX_QUERY_LENGTH:
        return False
    allowed = settings.PAGE_CACHE_QUERY_PARAMETERS
    return all(name in allowed for name in request.GET)


def page_cache_key(request) -> str:
    """The key of a page: site, language, path and query string, under the generation and the
    path's version. The hash of the static files' manifest keeps the pages of two releases
    apart during a rolling deploy (each links to its own hashed CSS)."""
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    query = request.META.get("QUERY_STRING", "")
    release = getattr(staticfiles_storage, "manifest_hash", "")
    address = f"{request.get_host()}|{language}|{request.path}|{query}|{release}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    generation_now, version = request_versions(request)
    return f"{PAGE_KEY_PREFIX}:{generation_now}:{version}:{digest}"


def restricted_paths(request) -> list[str]:
    """The tree paths of every page with a view restriction (password, sign-in, groups), read
    once per generation: a restriction's change bumps it."""

    def shared():
        key = f"{RESTRICTED_KEY_PREFIX}:{request_generation(request)}"
        paths = cache.get(key)
        if paths is None:
            paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
            cache.set(key, paths, settings.FRAGMENT_CACHE_SECONDS)
        return paths

    return remembered(request, RESTRICTED_KEY_PREFIX, shared)


def is_restricted(page, request) -> bool:
    """Whether a view restriction applies to the page or any page above it (Wagtail's own check
    runs in the same hook list and may come after the page cache's)."""
    if page.alias_of_id:
        return bool(page.get_view_restrictions())
    return any(page.path.startswith(path) for path in restricted_paths(request))


def mark_cacheable_page(page, request, serve_args, serve_kwargs):
    """Wagtail's before_serve_page hook: marks a request for a page that may be cached, unless
    the page is under a view restriction. Whether the answer may be stored is then the
    response's to say (Cache-Control, cookies, status)."""
    if not settings.PAGE_CACHE_ENABLED or getattr(request, "is_dummy", False):
        return
    keep_site(request)
    if not is_restricted(page, request):
        request.page_cache_allowed = True


def response_is_cacheable(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    directives = {
        part.split("=")[0].strip().lower()
        for part in response.get("Cache-Control", "").split(",")
        if part.strip()
    }
    return not directives & PRIVATE_DIRECTIVES


def add_public_headers(response):
    patch_cache_control(
        response,
        public=True,
        max_age=settings.CACHE_CONTROL_MAX_AGE,
        s_maxage=settings.CACHE_CONTROL_S_MAXAGE,
    )


class PageCacheMiddleware:
    """Serves and stores whole anonymous page responses. Sits above the session, CSRF and
    authentication middleware, so it sees the cookies they set on the way out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = None
        try:
            if request_is_cacheable(request):
                key = page_cache_key(request)
                cached = cache.get(key)
                if cached is not None:
                    cached["X-Cache"] = "hit"
                    return cached
        except DisallowedHost:
            key = None  # the view answers 400
        except Exception:
            # The cache is down: serve the page without it rather than fail.
            logger.warning("The page cache is not available", exc_info=True)
            key = None
        if request.method in ("GET", "HEAD") and not request.path.startswith(_skipped_prefixes()):
            recall_site(request)
        response = self.get_response(request)
        if not getattr(request, "page_cache_allowed", False):
            return response
        if key is not None and response_is_cacheable(request, response):
            add_public_headers(response)
            response["X-Cache"] = "miss"
            if request.method == "GET":
                try:
                    cache.set(key, response, settings.PAGE_CACHE_SECONDS)
                except Exception:
                    logger.warning("The page cache is not available", exc_info=True)
        elif "Cache-Control" not in response:
            # Signed in, a session, unusual parameters: this copy is for this reader only.
            patch_cache_control(response, private=True, no_cache=True)
        return response


# --- Fragments of the page chrome ---------------------------------------------------------------


def fragments_allowed(request) -> bool:
    """Fragments are shared by every anonymous reader; previews and signed-in editors build
    their own. PAGE_CACHE_ENABLED = False switches them off with the page cache, so that every
    request then does all its work (what query-count tests measure)."""
    if not settings.PAGE_CACHE_ENABLED or settings.FRAGMENT_CACHE_SECONDS <= 0:
        return False
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def cached_fragment(request, name: str, build, *parts):
    """`build()`, or its value stored under name, parts, site, language and generation."""
    if not fragments_allowed(request):
        return build()
    address = "|".join(str(part) for part in (request.get_host(), get_language(), *parts))
    digest = hashlib.sha256(address.encode()).hexdigest()

    def shared():
        return _stored_or_built(
            lambda: f"{FRAGMENT_KEY_PREFIX}:{name}:{request_generation(request)}:{digest}",
            build,
            settings.FRAGMENT_CACHE_SECONDS,
        )

    return remembered(request, f"{FRAGMENT_KEY_PREFIX}:{name}:{digest}", shared)


def _stored_or_built(key, build, timeout):
    """The value stored under `key()` in the shared cache, or `build()` stored there; `build()`
    alone when the cache cannot be reached (the key needs it too)."""
    try:
        cache_key = key()
        value = cache.get(cache_key)
    except Exception:
        logger.warning("The page cache is not available", exc_info=True)
        return build()
    if value is None:
        value = build()
        with contextlib.suppress(Exception):
            cache.set(cache_key, value, timeout)
    return value


# --- Fragments of a page's own content --------------------------------------------------------


def page_fragment(request, page, build, *parts) -> str:
    """The HTML of the page's own content (`{% page_fragment %}`): `build()`, or the HTML stored
    under the page, its live revision, the site, language, release, path, `parts` (the listing
    parameters it reads), the content generation and the path version of the request's path.
    Those are what the cached page's key holds, so the fragment is renewed by exactly what
    renews the cached page (each app's `register_invalidation` rules), and it is kept as long
    (PAGE_CACHE_SECONDS: seats left and deadlines change with time). Kept in the shared cache
    only, not in this process's memory, for that expiry. Off when the chrome fragments are, and
    for a page under a view restriction (the page cache stores none either)."""
    if not fragments_allowed(request) or not getattr(request, "page_cache_allowed", False):
        return build()
    release = getattr(staticfiles_storage, "manifest_hash", "")
    shown = (request.get_host(), get_language(), release, request.path)
    address = "|".join(str(part) for part in (*shown, page.pk, page.live_revision_id, *parts))
    digest = hashlib.sha256(address.encode()).hexdigest()

    def key():
        generation_now, version = request_versions(request)
        return f"{PAGE_FRAGMENT_KEY_PREFIX}:{generation_now}:{version}:{digest}"

    return _stored_or_built(key, build, settings.PAGE_CACHE_SECONDS)


def copy_links(links):
    """Language links from the cache, as copies the caller may change."""
    return [replace(link) for link in links]


# --- This process's copy of what only a new generation changes ---------------------------------

# Values that change only when the content generation does (the Wagtail site of a host, the
# restricted sections, the chrome fragments) are also kept in this process's memory, for the
# generation the request read from the shared cache: a page-cache miss then builds its chrome
# without a query or a round trip to Redis. Correct across servers, because the generation
# is read from the shared cache on every request and a new one makes new keys; not used while
# the cache is degraded (the generation is unknown then) or switched off. At most
# MEMORY_ITEMS values for each of the last MEMORY_GENERATIONS generations.
MEMORY_GENERATIONS = 2
MEMORY_ITEMS = 2000
_memory: dict[int, dict] = {}
_memory_lock = threading.Lock()


def _memory_generation(request) -> int | None:
    """The generation this process's copy may be used for, or None (switched off, degraded)."""
    if not settings.PAGE_CACHE_ENABLED or degraded(cache):
        return None
    try:
        return request_generation(request) or None
    except Exception:
        return None


def _keep(generation_now: int, key: str, value, always=False):
    with _memory_lock:
        values = _memory.setdefault(generation_now, {})
        if always or len(values) < MEMORY_ITEMS:
            values[key] = value
        for old in sorted(_memory)[:-MEMORY_GENERATIONS]:
            del _memory[old]


def remembering(request) -> bool:
    """Whether this process's copy may be used for the request (the page cache is on and the
    cache reachable)."""
    return _memory_generation(request) is not None


def remembered(request, key: str, build, *, always=False):
    """`build()`, kept in this process for the request's content generation. The value is
    shared by every thread of the process: callers must not change it. `always`: kept even when
    the generation holds MEMORY_ITEMS values already (one value per process, such as the page
    routing map, never one per page)."""
    generation_now = _memory_generation(request)
    if generation_now is None:
        return build()
    values = _memory.get(generation_now, {})
    if key in values:
        return values[key]
    value = build()
    _keep(generation_now, key, value, always)
    return value


def recall_site(request):
    """Give the request Wagtail's site for its host and the site root paths from this
    process's copy (Wagtail then reads them from the request: `Site.find_for_request`, every
    page URL), so that a page is routed and linked without looking the site up or reading the
    root paths from the cache. Reads no database: the copies are made by `keep_site`.
    The generation is read with the version of the request's path, in one round trip (a page's
    own content is kept under both: `page_fragment`)."""
    if settings.PAGE_CACHE_ENABLED and not degraded(cache):
        try:
            request_versions(request)
        except Exception:
            return  # the cache is down: Wagtail looks them up
    generation_now = _memory_generation(request)
    if not generation_now:
        return
    values = _memory.get(generation_now, {})
    key = _site_key(request)
    if key in values:
        request._wagtail_site = values[key]
    if SITE_ROOT_PATHS_KEY in values:  # Wagtail's request attribute
        request._wagtail_cached_site_root_paths = values[SITE_ROOT_PATHS_KEY]


def keep_site(request):
    """Keep the site Wagtail found for this request's host and the site root paths (a site's
    or a site root's change bumps the generation: home/apps.py). Called while a page is served,
    so a database error here is the view's to answer."""
    generation_now = _memory_generation(request)
    if generation_now and hasattr(request, "_wagtail_site"):
        _keep(generation_now, _site_key(request), request._wagtail_site)
    if generation_now:
        request._wagtail_cached_site_root_paths = remembered(
            request, SITE_ROOT_PATHS_KEY, Site.get_site_root_paths, always=True
        )


def _site_key(request) -> str:
    """What Wagtail finds the site by: the host name and the port."""
    return f"site:{request._get_raw_host()}|{request.get_port()}"
