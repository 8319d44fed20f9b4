"""The link checker (`manage.py check_links`, a daily scheduled job): finds the links in live pages
(both languages) and in the menu and footer snippets that lead to a page that is not published,
is private or no longer exists, and the external addresses that answer an error or do not answer
at all. The results replace the previous run's `home.BrokenLink` rows; the report
(home/link_report.py) lists them for editors.

Links are read from the stored content itself, not from Wagtail's ReferenceIndex: when a page is
deleted, Wagtail deletes every index row that points at it (`ReferenceIndex.remove_references_to`),
so the index cannot tell which links now lead nowhere. A page chooser in a StreamField keeps the
page's id in its stored JSON and rich text keeps `<a linktype="page" id="…">`, so the raw data
still names the deleted page.
"""

import ipaddress
import logging
import socket
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import requests
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, Page, PageViewRestriction

from home.models import BrokenLink, Footer, NavigationMenu

logger = logging.getLogger(__name__)

# The snippets whose links are checked, besides the pages.
SNIPPET_MODELS = (NavigationMenu, Footer)

# Redirects followed before an address counts as unreachable (as requests' own limit is 30).
MAX_REDIRECTS = 10

# Link texts, titles and addresses are cut to their columns' lengths.
MAX_TEXT = 255
MAX_URL = 2000


@dataclass(frozen=True)
class Link:
    """One link as stored: where it is (field and block path) and where it leads."""

    model_path: str
    content_path: str
    text: str = ""
    page_id: int | None = None
    url: str = ""


@dataclass(frozen=True)
class Source:
    """Where links were found, without the content (a run keeps one per page, not the page)."""

    content_type_id: int
    object_id: str
    page_id: int | None
    title: str
    locale_id: int

    @classmethod
    def of(cls, obj):
        return cls(
            content_type_id=ContentType.objects.get_for_model(obj).pk,
            object_id=str(obj.pk),
            page_id=obj.pk if isinstance(obj, Page) else None,
            title=str(obj)[:MAX_TEXT],
            locale_id=obj.locale_id,
        )


@dataclass(frozen=True)
class UrlResult:
    problem: str | None
    status_code: int | None = None


# --- Finding the links ---------------------------------------------------------------------------


class _AnchorParser(HTMLParser):
    """The `<a>` elements of a piece of rich text, as (attributes, text) pairs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.anchors = []
        self._open = None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._open = (dict(attrs), [])

    def handle_data(self, data):
        if self._open is not None:
            self._open[1].append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._open is not None:
            attrs, text = self._open
            self.anchors.append((attrs, " ".join("".join(text).split())))
            self._open = None


def rich_text_links(html, model_path, content_path):
    """The page links (`linktype="page"`, also to a missing id) and http(s) links in rich text."""
    if not html or not isinstance(html, str):
        return
    parser = _AnchorParser()
    parser.feed(html)
    for attrs, text in parser.anchors:
        if attrs.get("linktype") == "page":
            try:
                page_id = int(attrs.get("id") or "")
            except ValueError:
                continue
            yield Link(model_path, content_path, text, page_id=page_id)
        elif is_external(attrs.get("href")):
            yield Link(model_path, content_path, text, url=attrs["href"].strip())


def is_external(url) -> bool:
    return isinstance(url, str) and url.strip().lower().startswith(("http://", "https://"))


def block_links(block, raw, model_path, content_path, text=""):
    """The links in `raw`, the stored JSON of `block`. A struct's `title` is the link text of the
    page chooser or address beside it (link cards, menu links)."""
    if raw is None or raw == "":
        return
    if isinstance(block, blocks.BaseStreamBlock):
        for child in raw:
            child_block = block.child_blocks.get(child.get("type"))
            if child_block is not None:
                yield from block_links(
                    child_block,
                    child.get("value"),
                    f"{model_path}.{child['type']}",
                    f"{content_path}.{child.get('id')}",
                )
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(raw):
            # Lists are stored as {"type": "item", "value": …, "id": …}, older ones as values.
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                item_id, value = item.get("id") or index, item["value"]
            else:
                item_id, value = index, item
            yield from block_links(
                block.child_block, value, f"{model_path}.item", f"{content_path}.{item_id}", text
            )
    elif isinstance(block, blocks.BaseStructBlock):
        title = raw.get("title") if isinstance(raw.get("title"), str) else ""
        for name, child_block in block.child_blocks.items():
            yield from block_links(
                child_block,
                raw.get(name),
                f"{model_path}.{name}",
                f"{content_path}.{name}",
                title or text,
            )
    elif isinstance(block, blocks.PageChooserBlock):
        if isinstance(raw, int) or (isinstance(raw, str) and raw.isdigit()):
            yield Link(model_path, content_path, text, page_id=int(raw))
    elif isinstance(block, blocks.URLBlock):
        if is_external(raw):
            yield Link(model_path, content_path, text, url=raw.strip())
    elif isinstance(block, blocks.RichTextBlock):
        yield from rich_text_links(raw, model_path, content_path)


def object_links(obj):
    """The links in every StreamField and rich text field of `obj` (a specific page or a
    snippet)."""
    for field in obj._meta.get_fields():
        if isinstance(field, StreamField):
            value = getattr(obj, field.attname)
            raw = list(value.raw_data) if value is not None else []
            yield from block_links(field.stream_block, raw, field.name, field.name)
        elif isinstance(field, RichTextField):
            yield from rich_text_links(getattr(obj, field.attname), field.name, field.name)


def sources():
    """The live pages, specific (both languages), and the menu and footer snippets (their live
    versions when they have drafts)."""
    yield from Page.objects.live().filter(depth__gt=1).specific().iterator(chunk_size=200)
    for model in SNIPPET_MODELS:
        objects = model.objects.all()
        if issubclass(model, DraftStateMixin):
            objects = objects.filter(live=True)
        yield from objects.order_by("pk")


# --- Checking them -------------------------------------------------------------------------------


def page_problems(page_ids) -> dict[int, tuple[str, str]]:
    """For each page id that is not a working target: (problem, the page's title)."""
    pages = {
        page["pk"]: page
        for page in Page.objects.filter(pk__in=page_ids).values("pk", "live", "path", "title")
    }
    restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    problems = {}
    for page_id in page_ids:
        page = pages.get(page_id)
        if page is None:
            problems[page_id] = (BrokenLink.Problem.DELETED, "")
        elif not page["live"]:
            problems[page_id] = (BrokenLink.Problem.UNPUBLISHED, page["title"])
        elif any(page["path"].startswith(path) for path in restricted):
            problems[page_id] = (BrokenLink.Problem.PRIVATE, page["title"])
    return problems


class NotAsked(Exception):
    """The address (or a redirect) leads to a machine on a local or private network."""


def is_public(url: str) -> bool:
    """Whether every address `url`'s host name resolves to is a public one. The checker never
    asks a machine on the server's own networks (loopback, private, link-local such as a cloud
    metadata service) for an editor, unless LINK_CHECK_LOCAL_ADDRESSES is on (the tests)."""
    if settings.LINK_CHECK_LOCAL_ADDRESSES:
        return True
    host = urlsplit(url).hostname
    if not host:
        return False
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except (socket.gaierror, UnicodeError):
        return True  # No such host: the request fails and the link is unreachable.
    return all(ipaddress.ip_address(address.split("%")[0]).is_global for address in addresses)


def ask(method: str, url: str) -> requests.Response:
    """One request, following redirects by hand so that each hop is checked with `is_public`.
    Streamed and closed at once: only the status is wanted, not the body."""
    for _hop in range(MAX_REDIRECTS + 1):
        if not is_public(url):
            raise NotAsked(url)
        with requests.request(
            method,
            url,
            allow_redirects=False,
            stream=True,
            timeout=settings.LINK_CHECK_TIMEOUT,
            headers={"User-Agent": settings.LINK_CHECK_USER_AGENT},
        ) as response:
            pass
        if not response.is_redirect:
            return response
        url = urljoin(url, response.headers["Location"])
    raise requests.TooManyRedirects(url)


def check_url(url: str) -> UrlResult:
    """Ask for `url` once: HEAD, then GET if HEAD answers an error (some servers refuse HEAD),
    following redirects. An answer of 400 or more is an error status; no answer within the
    timeout, or no connection, is unreachable. An address on a local network is not asked and
    not reported."""
    try:
        response = ask("HEAD", url)
        if response.status_code >= 400:
            response = ask("GET", url)
    except NotAsked:
        logger.info("Link check: %s is on a local network, not asked", url)
        return UrlResult(None)
    except requests.RequestException as error:
        logger.info("Link check: %s did not answer (%s)", url, type(error).__name__)
        return UrlResult(BrokenLink.Problem.UNREACHABLE)
    if response.status_code >= 400:
        return UrlResult(BrokenLink.Problem.ERROR_STATUS, response.status_code)
    return UrlResult(None, response.status_code)


def check_urls(urls) -> dict[str, UrlResult]:
    """Each distinct address checked once, a few at a time."""
    urls = sorted(set(urls))
    with ThreadPoolExecutor(max_workers=settings.LINK_CHECK_CONCURRENCY) as pool:
        return dict(zip(urls, pool.map(check_url, urls), strict=True))


# --- One run -------------------------------------------------------------------------------------


def find_broken_links(now) -> list[BrokenLink]:
    """Every broken link, as unsaved rows."""
    found = []  # (Source, Link)
    for obj in sources():
        source = Source.of(obj)
        found.extend((source, link) for link in object_links(obj))

    problems = page_problems({link.page_id for _obj, link in found if link.page_id is not None})
    url_results = {}
    if settings.LINK_CHECK_EXTERNAL:
        url_results = check_urls(link.url for _obj, link in found if link.url)

    broken = {}
    for source, link in found:
        if link.page_id is not None and link.page_id in problems:
            problem, title = problems[link.page_id]
            status_code = None
        elif link.url and url_results.get(link.url, UrlResult(None)).problem:
            problem, status_code = url_results[link.url].problem, url_results[link.url].status_code
            title = ""
        else:
            continue
        row = BrokenLink(
            source_content_type_id=source.content_type_id,
            source_object_id=source.object_id,
            source_page_id=source.page_id,
            source_title=source.title,
            locale_id=source.locale_id,
            model_path=link.model_path,
            content_path=link.content_path,
            link_text=link.text[:MAX_TEXT],
            target_page_id=link.page_id,
            target_title=title[:MAX_TEXT],
            url=link.url[:MAX_URL],
            problem=problem,
            status_code=status_code,
            first_seen_at=now,
            last_checked_at=now,
        )
        broken.setdefault(row.key, row)
    return list(broken.values())


def check_links(now=None) -> dict[str, int]:
    """Check every link and replace the stored results. Returns the count of each problem."""
    now = now or timezone.now()
    broken = find_broken_links(now)
    with transaction.atomic():
        first_seen = {link.key: link.first_seen_at for link in BrokenLink.objects.all()}
        for link in broken:
            link.first_seen_at = first_seen.get(link.key, now)
        BrokenLink.objects.all().delete()
        BrokenLink.objects.bulk_create(broken)
    counts = dict.fromkeys(BrokenLink.Problem.values, 0)
    for link in broken:
        counts[link.problem] += 1
    return counts
