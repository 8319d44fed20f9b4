"""The page cache: whole responses of public pages for anonymous readers, and fragments of the
page chrome (menu, footer, language links), kept in the Django cache.

Everything lives in the Django cache (Redis in production, local memory in development and
tests), never in a process's own memory, so several app servers share the cached pages and see
the same invalidation. Every key carries a "content generation": a number kept in the cache and
bumped whenever anything shown on public pages changes (pages, snippets, site settings, images,
documents, ideas, course sessions and registrations). A bump makes every stored page and fragment
unreachable at once; they expire on their own.

What is stored: 200 responses to GET requests for Wagtail pages from readers without a session
cookie, without cookies set by the response (a form's CSRF cookie) and without a Cache-Control
that forbids it. Forms, the idea tracking page, course registration, search, previews and the
admin are never stored. See README, "Caching".
"""

import contextlib
import hashlib
import logging
import time
from dataclasses import replace

from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, get_language_from_path
from wagtail.models import Page

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
PAGE_KEY_PREFIX = "pagecache:page"
FRAGMENT_KEY_PREFIX = "pagecache:fragment"

# Page types whose every response holds a form with a CSRF token or personal data.
UNCACHED_PAGE_TYPES = {"home.formpage", "ideas.ideasubmissionpage"}
# Routes of routable pages that are private or hold a form: {page type: {view name}}.
UNCACHED_ROUTES = {
    "ideas.ideaboardpage": {"track"},
    "courses.coursepage": {"register"},
}
# Cache-Control directives that forbid storing a response in a shared cache.
PRIVATE_DIRECTIVES = {"private", "no-cache", "no-store"}

# Models whose changes show on public pages: a save or delete bumps the generation. Every page
# type counts too (publish, unpublish, move, delete, translation). Renditions are not listed:
# rendering a page creates them.
INVALIDATING_MODELS = [
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.CollectionViewRestriction",
    "home.SiteSettings",
    "home.NavigationMenu",
    "home.Footer",
    "testbeds.Sector",
    "testbeds.TargetGroup",
    "testbeds.HostOrganisation",
    "ideas.Idea",
    "ideas.IdeaEvent",
    "courses.CourseSession",
    "courses.Registration",
]


# --- The content generation ---------------------------------------------------------------------


def generation() -> int:
    """The current content generation. Starts from the clock, so a generation lost with the
    cache (Redis restarted, key evicted) never brings back pages stored under an old number."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def request_generation(request) -> int:
    """The generation, read once per request."""
    if not hasattr(request, "_content_generation"):
        request._content_generation = generation()
    return request._content_generation


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


# Fields that images and documents fill in lazily while a page is rendered: not a change.
LAZY_FIELDS = {"file_size", "file_hash"}


def _on_change(sender, instance, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= LAZY_FIELDS:
        return
    if isinstance(instance, Page) or sender in _invalidating_models():
        bump_generation()


def _on_m2m_change(sender, instance, action, **kwargs):
    if action.startswith("post_") and (
        isinstance(instance, Page) or type(instance) in _invalidating_models()
    ):
        bump_generation()


_models = None


def _invalidating_models() -> set:
    global _models
    if _models is None:
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model

        found = {get_image_model(), get_document_model()}
        for label in INVALIDATING_MODELS:
            with contextlib.suppress(LookupError):
                found.add(apps.get_model(label))
        _models = found
    return _models


def _on_deploy_or_setting_change(**kwargs):
    bump_generation()


def connect_signal_handlers():
    """Called from HomeConfig.ready()."""
    post_save.connect(_on_change, dispatch_uid="home.cache.post_save")
    post_delete.connect(_on_change, dispatch_uid="home.cache.post_delete")
    m2m_changed.connect(_on_m2m_change, dispatch_uid="home.cache.m2m_changed")
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
    """The key of a page: site, language, path and query string, under the generation. The
    hash of the static files' manifest keeps the pages of two releases apart during a rolling
    deploy (each links to its own hashed CSS)."""
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    query = request.META.get("QUERY_STRING", "")
    release = getattr(staticfiles_storage, "manifest_hash", "")
    address = f"{request.get_host()}|{language}|{request.path}|{query}|{release}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"{PAGE_KEY_PREFIX}:{request_generation(request)}:{digest}"


def page_is_cacheable(page, serve_args) -> bool:
    """False for page types and routes that hold a form or private data."""
    label = page._meta.label_lower
    if label in UNCACHED_PAGE_TYPES:
        return False
    view = serve_args[0] if serve_args and callable(serve_args[0]) else None
    return view is None or view.__name__ not in UNCACHED_ROUTES.get(label, set())


def mark_cacheable_page(page, request, serve_args, serve_kwargs):
    """Wagtail's before_serve_page hook: marks a request for a page that may be cached. Runs
    after Wagtail's own view-restriction check, so private pages are never marked."""
    if page_is_cacheable(page, serve_args):
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
    try:
        key = f"{FRAGMENT_KEY_PREFIX}:{name}:{request_generation(request)}:{digest}"
        value = cache.get(key)
    except Exception:
        logger.warning("The page cache is not available", exc_info=True)
        return build()
    if value is None:
        value = build()
        with contextlib.suppress(Exception):
            cache.set(key, value, settings.FRAGMENT_CACHE_SECONDS)
    return value


def copy_links(links):
    """Language links from the cache, as copies the caller may change."""
    return [replace(link) for link in links]
