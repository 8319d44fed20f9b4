"""Words, stems and near spellings for the search on SQLite, where the database has no language
configuration of its own (PostgreSQL stems with its `swedish` and `english` configurations and
finds typos with pg_trgm; see search/backend/).

- `stem_words`: the Snowball stem of each word (Swedish or English; other languages and objects
  without a language keep their words): "sensorerna" -> "sensor", "upphandlingar" -> "upphandl".
- `close_words`: the words of a vocabulary within a small edit distance of a word (a letter
  missing, added, changed or two letters swapped): "sensrer" -> "sensorer".
"""

import functools
import re
import unicodedata

import snowballstemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

SNOWBALL_LANGUAGES = {"sv": "swedish", "en": "english"}
WORD = re.compile(r"\w+")
# Words shorter than this are never corrected (too many short words are one edit apart);
# from TWO_EDITS_FROM letters on, two edits are allowed.
FUZZY_MIN_LENGTH = 4
TWO_EDITS_FROM = 8
# The most near spellings one query word is widened to.
MAX_CLOSE_WORDS = 5
# Stems remembered per process (a word and its stem take a few hundred bytes).
STEM_CACHE_SIZE = 100_000


def words(text: str) -> list[str]:
    return [word.lower() for word in WORD.findall(text or "")]


def stem_words(word_list: list[str], language_code: str | None) -> list[str]:
    """The stem of each word in the language's Snowball stemmer; the words themselves when the
    language has none."""
    language = SNOWBALL_LANGUAGES.get((language_code or "").split("-")[0])
    if language is None:
        return list(word_list)
    return [stem(word, language) for word in word_list]


@functools.lru_cache(maxsize=STEM_CACHE_SIZE)
def stem(word: str, language: str) -> str:
    """One word's stem. The pure-Python stemmer takes tens of microseconds a word and a text
    repeats its words, so stems are remembered; a stemmer keeps state while it works, so each
    word not yet remembered gets its own (safe in threads)."""
    return snowballstemmer.stemmer(language).stemWord(word)


def with_stems(text: str, language_code: str | None) -> str:
    """The text as it is, followed by the stems that differ from their words, in order: the
    words still match exactly (and in phrases), the stems match the other inflections."""
    text_words = words(text)
    stems = [
        stem
        for word, stem in zip(text_words, stem_words(text_words, language_code), strict=True)
        if stem != word
    ]
    return f"{text}\n{' '.join(stems)}" if stems else text


def fold(word: str) -> str:
    """Lower case without diacritics, as SQLite FTS5's unicode61 tokenizer stores a word."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def allowed_edits(word: str) -> int:
    if len(word) < FUZZY_MIN_LENGTH:
        return 0
    return 2 if len(word) >= TWO_EDITS_FROM else 1


def close_words(word: str, vocabulary: list[str]) -> list[str]:
    """The words of `vocabulary` (folded, see `fold`) at most `allowed_edits` edits from `word`,
    nearest first; never the word itself."""
    word = fold(word)
    edits = allowed_edits(word)
    if not edits:
        return []
    matches = process.extract(
        word, vocabulary, scorer=OSA.distance, score_cutoff=edits, limit=MAX_CLOSE_WORDS + 1
    )
    return [match for match, _distance, _index in matches if match != word][:MAX_CLOSE_WORDS]
