"""The search backend: one index whose entries are built with each object's own language.

Wagtail 8 searches through the `modelsearch` package. Its PostgreSQL backend uses ONE text-search
configuration for everything it indexes and queries; two backends with different configurations
would overwrite each other's entries in the same IndexEntry table (wagtail issue 9253). Instead
(search/backend/postgres.py):

- Indexing: the index groups the objects by their locale and indexes each group with that
  language's configuration (`swedish` for sv, `english` for en, `simple` for objects without a
  locale, such as images and documents). modelsearch's ObjectIndexer reads `backend.config` when
  it is created, so `config` is a property backed by a ContextVar that the index sets per group
  (thread- and async-safe; no modelsearch code is copied).
- Querying: the compiler uses the configuration of the ACTIVE language, so a Swedish query is
  stemmed as Swedish and an English query as English. Callers filter the results to the active
  locale, so a query never meets vectors built with another language's stemmer.
- Autocomplete keeps modelsearch's `simple` configuration (no stemming of half-typed words).
- `Prefix` is a plain-text query whose every word matches as a prefix (`word:*`) of the stemmed
  lexemes: "cykel" finds "cykelbana". It is the partial-word fallback of search.query.

On SQLite, `SearchBackend` returns modelsearch's SQLite FTS5 backend with Snowball stems made in
Python (each object's language when indexing, the active language when querying), `Prefix`
(FTS5 prefix queries) and `Fuzzy` (near spellings from the index's vocabulary), see
search/backend/sqlite.py.
"""

import re

from django.db import connection
from modelsearch.backends import database
from modelsearch.query import PlainText

CONFIGS = {"sv": "swedish", "en": "english"}
NO_LANGUAGE_CONFIG = "simple"


class Prefix(PlainText):
    """Every word of the query matches the start of a word (of a stemmed word on PostgreSQL)."""


def config_for_language(language_code: str | None) -> str:
    return CONFIGS.get((language_code or "").split("-")[0], NO_LANGUAGE_CONFIG)


def query_words(query_string: str) -> list[str]:
    return [word for word in re.split(r"[\s\-]+", query_string) if word]


def SearchBackend(params):  # noqa: N802 - modelsearch looks up this name in a backend module
    """The language-aware backend on PostgreSQL; on SQLite modelsearch's FTS5 backend with
    stems, prefix queries and near spellings; otherwise whatever modelsearch picks."""
    if connection.vendor == "postgresql":
        from .postgres import LanguagePostgresSearchBackend

        return LanguagePostgresSearchBackend(params)
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite":
        from .sqlite import LanguageSQLiteSearchBackend, SQLiteSearchBackend

        if isinstance(backend, SQLiteSearchBackend):
            return LanguageSQLiteSearchBackend(params)
    return backend
