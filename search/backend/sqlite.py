"""SQLite: modelsearch's FTS5 backend (no stemming) that also runs `Prefix` queries."""

from functools import reduce

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)

from . import Prefix, query_words

__all__ = ["PrefixSQLiteSearchBackend", "SQLiteSearchBackend"]


class PrefixSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, Prefix):
            words = query_words(query.query_string)
            if not words:
                return None
            lexemes = reduce(lambda a, b: a & b, (Lexeme(word, prefix=True) for word in words))
            return SearchQueryExpression(lexemes, config=config)
        return super().build_search_query_content(query, config=config)


class PrefixSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = PrefixSQLiteQueryCompiler
