"""On the embedded SQLite database, search stems Swedish and English with Snowball and forgives
small typos, so the demo finds what PostgreSQL finds for ordinary queries (search/backend/
sqlite.py). PostgreSQL has the same tests on the demo content (test_swedish.py)."""

import pytest
from django.db import connection

from search.stemming import close_words, stem_words, with_stems
from tests.factories import ContentPageFactory, IdeaBoardPageFactory, IdeaFactory

from .conftest import search, titles

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="The SQLite search backend"),
]


@pytest.fixture
def swedish_pages(home):
    ContentPageFactory(
        parent=home, title="Trygghet på natten", intro="Vi prövar sensorer i korridoren."
    )
    ContentPageFactory(
        parent=home, title="Innovationsupphandling", intro="En upphandling som öppnar för idéer."
    )
    ContentPageFactory(
        parent=home, title="Träningslägenheten", intro="Här tränar brukare inom rehabilitering."
    )
    ContentPageFactory(parent=home, title="Kakor", intro="Webbplatsen använder kakor.")


@pytest.fixture
def english_pages(english_home):
    ContentPageFactory(
        parent=english_home, title="Accessibility statement", intro="How accessible the site is."
    )
    ContentPageFactory(
        parent=english_home, title="Handling personal data", intro="We handle little data."
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sensorerna", "Trygghet på natten"),
        ("Sensorn", "Trygghet på natten"),
        ("upphandlingar", "Innovationsupphandling"),
        ("upphandlingen", "Innovationsupphandling"),
        ("rehabiliteringen", "Träningslägenheten"),
        ("kakorna", "Kakor"),
        ("korridorerna", "Trygghet på natten"),
    ],
)
def test_inflected_swedish_query_finds_the_page(client, swedish_pages, query, expected):
    assert titles(search(client, query)) == [expected]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("statements", "Accessibility statement"),
        ("handled", "Handling personal data"),
        ("accessibility", "Accessibility statement"),
    ],
)
def test_inflected_english_query_finds_the_page(client, english_pages, query, expected):
    assert expected in titles(search(client, query, "en"))


def test_query_is_stemmed_in_the_language_of_the_page(client, swedish_pages, english_pages):
    # A Swedish word on the English site finds no Swedish page, and the other way round.
    assert titles(search(client, "sensorerna", "en")) == []
    assert titles(search(client, "statements")) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sensrer", "Trygghet på natten"),  # a letter missing
        ("snesorer", "Trygghet på natten"),  # two letters swapped
        ("upphandlnig", "Innovationsupphandling"),
        ("rehabilitring", "Träningslägenheten"),
    ],
)
def test_a_small_typo_finds_the_page(client, swedish_pages, query, expected):
    assert expected in titles(search(client, query))


def test_a_small_typo_finds_the_english_page(client, english_pages):
    assert "Accessibility statement" in titles(search(client, "accessibilty", "en"))


def test_short_words_are_not_corrected(client, swedish_pages):
    # "kax" is one letter from "kakor"'s stem "kak", but words of three letters are never
    # corrected (too many short words are one letter apart).
    assert titles(search(client, "kax")) == []


def test_compound_word_part_still_finds_the_whole(client, swedish_pages):
    assert "Innovationsupphandling" in titles(search(client, "innovation"))


def test_inflected_query_finds_a_public_idea(client, home):
    IdeaBoardPageFactory(parent=home)
    IdeaFactory(
        is_public=True,
        language="sv",
        title="Sensorer i trapphuset",
        public_title="Sensorer i trapphuset",
        public_summary="Ljuset tänds av sig självt.",
    )
    assert titles(search(client, "sensorerna")) == ["Sensorer i trapphuset"]


@pytest.mark.parametrize(
    "query",
    ['"', "*", "sensor*", "(a OR b", "NEAR(a b)", "a AND OR NOT b", "^x", "title:kakor", "ä" * 80],
)
def test_odd_queries_give_a_normal_page(client, swedish_pages, query):
    search(client, query)


def test_index_keeps_the_words_and_adds_their_stems():
    assert with_stems("Sensorerna blinkar", "sv") == "Sensorerna blinkar\nsensor blink"
    assert with_stems("Bilder", None) == "Bilder"
    assert stem_words(["statements"], "en") == ["statement"]


def test_close_words_allow_one_edit_and_two_in_long_words():
    vocabulary = ["sensor", "sensorer", "offentlighetsprincipen", "kak"]
    assert close_words("snesor", vocabulary) == ["sensor"]
    assert close_words("ofentlighetsprincpen", vocabulary) == ["offentlighetsprincipen"]
    assert close_words("kaj", vocabulary) == []
