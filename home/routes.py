"""One way to name a translated sub-route of a routable page.

A sub-route has a Swedish segment and an English one (`kalender/` and `calendar/`). Declare it
once with `translated_path` (or `translated_re_path` for a pattern with a regular expression):
both segments are registered, the Swedish under `name` and the English under `name_en`. Pages
reverse it with `TranslatedRoutesMixin.route_url(name, ...)`, which picks the segment of the
page's own language, so English pages link English segments and Swedish pages Swedish ones.

A link that uses the other language's segment (old English URLs used the Swedish ones) is
answered with a permanent redirect to the page's own segment; a form sent there (POST) is
served where it is, so that nothing a resident sends is lost.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import get_language_from_path
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

ENGLISH_SUFFIX = "_en"


def _translated(register, sv: str, en: str, name: str):
    def decorator(view):
        register(sv, name=name)(view)
        register(en, name=name + ENGLISH_SUFFIX)(view)
        return view

    return decorator


def translated_path(sv: str, en: str, *, name: str):
    """A sub-route with a Swedish and an English segment (Django `path` syntax)."""
    return _translated(path, sv, en, name)


def translated_re_path(sv: str, en: str, *, name: str):
    """A sub-route with a Swedish and an English pattern (regular expressions)."""
    return _translated(re_path, sv, en, name)


def route_name(name: str, language_code: str) -> str:
    """The registered name of the sub-route `name` in a language."""
    return name + ENGLISH_SUFFIX if language_code == "en" else name


class TranslatedRoutesMixin(RoutablePageMixin):
    """A routable page whose sub-routes are declared with `translated_path`."""

    @cached_property
    def own_url(self) -> str:
        """The page's URL, worked out once per instance: `url` reads the site root paths from
        the cache at each use, and a page may link many sub-routes (a course its sessions)."""
        return self.url or ""

    def url_language(self) -> str:
        """The language of the page's own URL (`/en/…` is English, unprefixed is Swedish),
        rather than `self.locale`, which would cost a query on every page that links a
        sub-route."""
        return get_language_from_path(urlsplit(self.own_url).path) or settings.LANGUAGE_CODE

    def route_path(self, name: str, *args, **kwargs) -> str:
        """The sub-route's path relative to the page, in the page's language."""
        return self.reverse_subpage(route_name(name, self.url_language()), args=args, kwargs=kwargs)

    def route_url(self, name: str, *args, **kwargs) -> str:
        """The sub-route's URL (site-relative, like `Page.url`), in the page's language."""
        return self.own_url + self.route_path(name, *args, **kwargs)

    def serve(self, request, view=None, args=None, kwargs=None):
        match = getattr(request, "routable_resolver_match", None)
        if view is not None and match is not None and request.method in ("GET", "HEAD"):
            own = self.own_language_route(match.url_name)
            if own is not None:
                return redirect(
                    self.route_url(own, *match.args, **match.kwargs) + query_suffix(request),
                    permanent=True,
                )
        return super().serve(request, view=view, args=args, kwargs=kwargs)

    @classmethod
    def route_names(cls) -> frozenset:
        """The names of the class's sub-routes, worked out once per class (as Wagtail keeps
        the class's resolver), not on every request."""
        if "_route_names" not in cls.__dict__:
            cls._route_names = frozenset(route.name for route in cls.get_subpage_urls())
        return cls._route_names

    def own_language_route(self, matched: str | None):
        """The base name to redirect to when `matched` is the other language's variant of a
        translated route, else None."""
        if not matched:
            return None
        base = matched.removesuffix(ENGLISH_SUFFIX)
        if base + ENGLISH_SUFFIX not in self.route_names():
            return None  # not a translated route
        if matched == route_name(base, self.url_language()):
            return None
        return base


def query_suffix(request) -> str:
    query = request.META.get("QUERY_STRING", "")
    return f"?{query}" if query else ""
