"""PostgreSQL: each index entry is built with its object's language configuration, each query
with the active language's (see search/backend/__init__.py)."""

from collections import defaultdict
from contextvars import ContextVar
from functools import reduce

from django.contrib.postgres.search import SearchQuery
from django.utils.translation import get_language
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from wagtail.models import Locale

from . import NO_LANGUAGE_CONFIG, Prefix, config_for_language, query_words

# The configuration the index is being written with, set by add_items for each locale group.
_indexing_config: ContextVar[str | None] = ContextVar("search_indexing_config", default=None)


class LanguagePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        groups = defaultdict(list)
        for obj in objs:
            code = languages.get(getattr(obj, "locale_id", None))
            config = config_for_language(code) if code else self.backend.default_config
            groups[config].append(obj)
        for config, group in groups.items():
            token = _indexing_config.set(config)
            try:
                super().add_items(model, group)
            finally:
                _indexing_config.reset(token)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return config_for_language(get_language())

    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, Prefix):
            words = query_words(query.query_string)
            if not words:
                return None
            # Each word is a quoted lexeme ('word':*), stemmed by to_tsquery with `config`.
            lexemes = reduce(
                lambda a, b: a & b, (Lexeme(word, invert=invert, prefix=True) for word in words)
            )
            return SearchQuery(lexemes, search_type="raw", config=config)
        return super().build_tsquery_content(query, config=config, invert=invert)


# Trigram word similarity a fuzzy match needs; modelsearch's 0.3 matches too loosely for short
# Swedish words. WAGTAILSEARCH_BACKENDS can set FUZZY_SIMILARITY_THRESHOLD.
FUZZY_SIMILARITY_THRESHOLD = 0.5


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguagePostgresIndex
    query_compiler_class = LanguageQueryCompiler

    def __init__(self, params):
        super().__init__({"FUZZY_SIMILARITY_THRESHOLD": FUZZY_SIMILARITY_THRESHOLD, **params})

    @property
    def config(self):
        """The configuration modelsearch's ObjectIndexer builds vectors with."""
        return _indexing_config.get() or self.default_config

    @config.setter
    def config(self, value):
        # PostgresSearchBackend.__init__ stores SEARCH_CONFIG here: it becomes the configuration
        # of objects without a locale.
        self.default_config = value or NO_LANGUAGE_CONFIG
