"""SQLite: modelsearch's FTS5 backend with Snowball stems, prefix queries and near spellings.

SQLite has no language configurations, so the stems are made in Python (search/stemming.py):

- Indexing: after modelsearch has written an object's entry, its title and body are followed by
  the stems of their words in the object's own language (Swedish or English; objects without a
  language keep their text). The words themselves stay, so exact words and phrases still match.
- Querying: each word of a PlainText query matches the word or its stem in the ACTIVE language,
  as on PostgreSQL; `Prefix` matches either as the start of a word (parts of compounds).
- `Fuzzy` (the typo fallback of search.query): each word also matches the index's words within
  one edit (two from eight letters), read from the FTS5 vocabulary (fts5vocab).
"""

from django.db import connection
from django.db.models import Value
from django.utils.translation import get_language
from modelsearch.backends.database.sqlite.query import SearchQueryExpression, SearchQueryField
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Fuzzy, PlainText
from modelsearch.utils import get_content_type_pk
from wagtail.models import Locale

from ..stemming import allowed_edits, close_words, fold, stem_words, with_stems, words
from . import Prefix

__all__ = ["LanguageSQLiteSearchBackend", "SQLiteSearchBackend"]

VOCABULARY_TABLE = "temp.search_vocabulary"


class LanguageSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        super().add_items(model, objs)
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        language_of = {str(obj.pk): languages.get(getattr(obj, "locale_id", None)) for obj in objs}
        entries = list(
            self.entries.filter(
                content_type_id=get_content_type_pk(model), object_id__in=language_of
            ).only("pk", "object_id", "title", "body")
        )
        changed = []
        for entry in entries:
            language = language_of.get(entry.object_id)
            title, body = with_stems(entry.title, language), with_stems(entry.body, language)
            if (title, body) != (entry.title, entry.body):
                entry.title, entry.body = title, body
                changed.append(entry)
        self.entries.bulk_update(changed, ["title", "body"])


class NearSpellings(PlainText):
    """The words of a Fuzzy query, each also matching the index's words close to it."""


class FTSQuery(Value):
    """An FTS5 query built by `fts_query` (only quoted words, OR, AND and brackets)."""

    _output_field = SearchQueryField()

    def as_sql(self, compiler, connection):
        return "%s", [self.value]


def vocabulary(shortest: int, longest: int) -> list[str]:
    """The index's words (folded by FTS5's tokenizer) of `shortest` to `longest` letters. The
    fts5vocab table is made once per connection, in its temporary schema."""
    fts_table = SQLiteFTSIndexEntry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCABULARY_TABLE} "
            f"USING fts5vocab(main, '{fts_table}', 'row')"
        )
        cursor.execute(
            f"SELECT term FROM {VOCABULARY_TABLE} WHERE length(term) BETWEEN %s AND %s",  # noqa: S608 - constant table name
            [shortest, longest],
        )
        return [term for (term,) in cursor.fetchall()]


def alternatives(word: str, stem: str, near_spellings: bool) -> set[str]:
    """The terms one query word matches: itself, its stem and, for a Fuzzy query, the index's
    words within the allowed edits of either."""
    found = {fold(word), fold(stem)}
    edits = max(allowed_edits(fold(word)), allowed_edits(fold(stem)))
    if near_spellings and edits:
        lengths = [len(term) for term in found]
        terms = vocabulary(min(lengths) - edits, max(lengths) + edits)
        for form in (word, stem):
            found.update(close_words(form, terms))
    return found


def fts_query(query: PlainText) -> str | None:
    """The FTS5 query of a PlainText, Prefix or NearSpellings query in the active language."""
    query_words = words(query.query_string)
    if not query_words:
        return None
    star = "*" if isinstance(query, Prefix) else ""
    near_spellings = isinstance(query, NearSpellings)
    groups = []
    for word, stem in zip(query_words, stem_words(query_words, get_language()), strict=True):
        terms = sorted(alternatives(word, stem, near_spellings))
        groups.append("(" + " OR ".join(f'"{term}"{star}' for term in terms) + ")")
    operator = " AND " if query.operator == "and" else " OR "
    return operator.join(groups)


class LanguageSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def __init__(self, queryset, query, *args, **kwargs):
        if isinstance(query, Fuzzy):
            # modelsearch's SQLite backend cannot run Fuzzy: it becomes a PlainText query whose
            # words also match their near spellings.
            query = NearSpellings(query.query_string, operator=query.operator)
        super().__init__(queryset, query, *args, **kwargs)

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            text = fts_query(query)
            return SearchQueryExpression(FTSQuery(text), config=config) if text else None
        return super().build_search_query_content(query, config=config)


class LanguageSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = LanguageSQLiteIndex
    query_compiler_class = LanguageSQLiteQueryCompiler
