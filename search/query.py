"""Searching the pages of the active language: query cleaning, the stemmed search with its
partial-word fallback, and the highlighted excerpt of each result."""

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import F, Q, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from modelsearch.query import Fuzzy, PlainText
from wagtail.models import Page
from wagtail.search.index import SearchField

from ideas.models import Idea, IdeaBoardPage

from .backend import Prefix, config_for_language
from .stemming import stem_words

MAX_QUERY_LENGTH = 200
# Fewer hits than this from the stemmed search and the partial-word fallback runs too.
FALLBACK_BELOW = 3
# The most hits one search collects (ids and types only); more are not useful to a reader.
MAX_HITS = 500
EXCERPT_LENGTH = 240


def clean_query(raw, max_length: int | None = MAX_QUERY_LENGTH) -> str:
    """The query as typed, without NUL and other control characters, spaces collapsed and at
    most `max_length` characters long."""
    text = "".join(
        " " if unicodedata.category(char).startswith("C") else char for char in str(raw or "")
    )
    return " ".join(text.split())[:max_length].strip()


def query_terms(query: str) -> str:
    """Only the words of the query: no operator, quote or other syntax reaches the database."""
    return " ".join(re.findall(r"\w+", query))[:MAX_QUERY_LENGTH]


def pages_in(locale):
    """Pages a reader may find: live, public, in the active language, not the tree root."""
    return Page.objects.live().public().filter(locale=locale, depth__gt=1)


@dataclass(frozen=True)
class Hit:
    """One search hit before its page (or idea) is loaded: what it is and its id."""

    type_key: str  # "app_label.model", the value of the type filter
    pk: int


def type_key(content_type) -> str:
    return f"{content_type.app_label}.{content_type.model}"


def _page_hits(pages) -> list[Hit]:
    return [
        Hit(type_key(ContentType.objects.get_for_id(page.content_type_id)), page.pk)
        for page in pages
    ]


def find_page_hits(terms: str, locale) -> list[Hit]:
    """Pages matching the words, best first.

    The stemmed search runs first. While fewer than FALLBACK_BELOW pages are found, the
    fallbacks add more, without duplicates: a prefix search (parts of compound words), then a
    search for near spellings (small typos: trigrams on PostgreSQL, edit distance to the
    index's words on SQLite; the slowest, so it runs last)."""
    if not terms:
        return []
    pages = pages_in(locale).only("id", "content_type_id")
    hits = _page_hits(pages.search(PlainText(terms))[:MAX_HITS])
    fallbacks = [Prefix(terms), Fuzzy(terms)]
    for fallback in fallbacks:
        if len(hits) >= FALLBACK_BELOW:
            break
        seen = {hit.pk for hit in hits}
        hits += [hit for hit in _page_hits(pages.search(fallback)[:MAX_HITS]) if hit.pk not in seen]
    return hits


IDEA_TYPE = f"{Idea._meta.app_label}.{Idea._meta.model_name}"


def public_ideas(language_code: str):
    """Ideas published on the idea board, with the texts the board in this language shows: the
    English public title, summary and answer on English pages where they exist, otherwise the
    Swedish ones (the resident's title when there is no public title). Names and contact
    details are never searched."""

    def shown(*fields):
        texts = [NullIf(F(field), Value("")) for field in fields]
        return Coalesce(*texts, Value(""), output_field=TextField())

    english = language_code == "en"
    return Idea.objects.public().annotate(
        shown_title=shown(*(["public_title_en"] if english else []), "public_title", "title"),
        shown_summary=shown(*(["public_summary_en"] if english else []), "public_summary"),
        shown_answer=shown(*(["public_answer_en"] if english else []), "public_answer"),
    )


def find_idea_hits(terms: str, language_code: str) -> list[Hit]:
    """Published ideas with every word: on PostgreSQL a word whose stem starts with the word's
    stem (the language's configuration), on SQLite the word or its Snowball stem anywhere in
    the text."""
    words = terms.split()
    if not words:
        return []
    ideas = public_ideas(language_code)
    if connection.vendor == "postgresql":
        config = config_for_language(language_code)
        vector = SearchVector("shown_title", "shown_summary", "shown_answer", config=config)
        # Safe as raw tsquery syntax: query_terms() leaves only word characters.
        prefixes = " & ".join(f"'{word}':*" for word in words)
        query = SearchQuery(prefixes, config=config, search_type="raw")
        ideas = ideas.annotate(search=vector).filter(search=query)
    else:
        stems = stem_words([word.lower() for word in words], language_code)
        for word, stem in zip(words, stems, strict=True):
            ideas = ideas.filter(
                Q(shown_title__icontains=word)
                | Q(shown_summary__icontains=word)
                | Q(shown_answer__icontains=word)
                | Q(shown_title__icontains=stem)
                | Q(shown_summary__icontains=stem)
                | Q(shown_answer__icontains=stem)
            )
    return [Hit(IDEA_TYPE, pk) for pk in ideas.values_list("pk", flat=True)[:MAX_HITS]]


def type_label(key: str) -> str:
    app_label, model = key.split(".")
    model_class = ContentType.objects.get_by_natural_key(app_label, model).model_class()
    return capfirst(model_class._meta.verbose_name) if model_class else key


def type_counts(hits) -> Counter:
    """How many hits each type has."""
    return Counter(hit.type_key for hit in hits)


def load_results(hits, locale) -> list:
    """The specific pages and the ideas of the given hits, in the same order: one query per page
    type, and for ideas one for the ideas and one for the idea board that shows them."""
    page_ids = [hit.pk for hit in hits if hit.type_key != IDEA_TYPE]
    idea_ids = [hit.pk for hit in hits if hit.type_key == IDEA_TYPE]
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
    ideas = {}
    if idea_ids:
        board = IdeaBoardPage.objects.live().filter(locale=locale).first()
        for idea in public_ideas(locale.language_code).filter(pk__in=idea_ids):
            idea.board_url = board.idea_path(idea.reference) if board else ""
            ideas[idea.pk] = idea
    found = [(ideas if hit.type_key == IDEA_TYPE else pages).get(hit.pk) for hit in hits]
    return [item for item in found if item is not None]


def page_text(page) -> str:
    """The searchable text of a page besides its title (intro, body…), as plain text."""
    texts = []
    for field in page.get_search_fields():
        if isinstance(field, SearchField) and field.field_name != "title":
            texts.append(_plain(field.get_value(page)))
    return " ".join(text for text in texts if text)


def _plain(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_plain(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_plain(item) for item in value.values())
    return str(value)


def highlight_pattern(terms: str):
    """A regex finding the words of the query, their inflections and compounds: a word of the
    text that starts with the query word or with its stem-like start (the word without its last
    three letters, at least four), so "äldreomsorgen" marks "äldreomsorg" and "cykel" marks
    "cykelbana"."""
    starts = set()
    for word in terms.lower().split():
        starts.add(word[: max(4, len(word) - 3)] if len(word) > 4 else word)
    if not starts:
        return None
    alternatives = "|".join(re.escape(start) for start in sorted(starts, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)


def excerpt(text: str, pattern, length: int = EXCERPT_LENGTH) -> str:
    """About `length` characters of `text` around the first match, HTML-escaped, with every match
    wrapped in <mark>. Empty when nothing matches."""
    text = " ".join(text.split())
    match = pattern.search(text) if pattern else None
    if match is None:
        return ""
    start = max(0, match.start() - length // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < match.start() else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", match.end(), end)
        end = space if space > 0 else end
    window = text[start:end]
    parts = []
    position = 0
    for found in pattern.finditer(window):
        parts.append(escape(window[position : found.start()]))
        parts.append(f"<mark>{escape(found.group())}</mark>")
        position = found.end()
    parts.append(escape(window[position:]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 - every part is escaped
