"""The example ideas (ideas/demo.py EXAMPLES): public texts in both languages, Swedish answers
on Swedish pages, and no claims about real organisations."""

import re

import pytest

from ideas.demo import EXAMPLES
from ideas.stages import Stage

PUBLISHED = [
    example for example in EXAMPLES if example.get("public", example["stage"] != Stage.RECEIVED)
]
# Named real organisations, units and places that examples must not say anything about.
REAL_NAMES = re.compile(
    r"Länstrafik|Pitholm|Norrfjärden|Campus Skellefteå|bibliotek i Piteå|Dövas|Deaf association"
)
ENGLISH_WORDS = re.compile(r"\b(the|are|is|now|every|we|with)\b", re.IGNORECASE)
SWEDISH_LETTERS = re.compile(r"[åäöÅÄÖ]")


@pytest.mark.parametrize("example", PUBLISHED, ids=lambda example: example["title"])
def test_every_published_example_has_public_texts_in_both_languages(example):
    assert example.get("public_title", example["title"])
    assert example["summary"] and example["title_en"] and example["summary_en"]
    assert bool(example.get("answer")) == bool(example.get("answer_en"))


@pytest.mark.parametrize("example", PUBLISHED, ids=lambda example: example["title"])
def test_swedish_public_texts_are_in_swedish(example):
    swedish = [example.get("public_title", example["title"]), example["summary"]]
    swedish += [example.get("answer", "")]
    for text in filter(None, swedish):
        assert not ENGLISH_WORDS.search(text), text


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: example["title"])
def test_examples_state_nothing_about_real_organisations(example):
    texts = [value for value in example.values() if isinstance(value, str)]
    for note in example.get("notes", {}).values():
        texts += [note.sv, note.en]
    for text in texts:
        assert not REAL_NAMES.search(text), text
