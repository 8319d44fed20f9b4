"""Swedish and English are stemmed with their own PostgreSQL configuration: inflected forms find
the demo pages that use another form of the word, and parts of compound words find the whole."""

import pytest

from .conftest import postgres_only, search, titles

pytestmark = pytest.mark.django_db

# Query -> the title of a demo page that must be among the first three results.
SWEDISH_QUERIES = [
    # Definite and plural forms of words the pages use in another form
    ("fokusområdena", "Om Idéslussen"),
    ("kronorna", "Om Idéslussen"),
    ("rekryteringen", "Om Idéslussen"),
    ("personuppgiften", "Så hanterar vi personuppgifter"),
    ("kakorna", "Så hanterar vi personuppgifter"),
    ("offentlighetsprincipens", "Så hanterar vi personuppgifter"),
    ("gallringen", "Så hanterar vi personuppgifter"),
    ("kommunstyrelserna", "Så hanterar vi personuppgifter"),
    ("tillgänglighetsredogörelsen", "Tillgänglighetsredogörelse"),
    ("skärmläsaren", "Tillgänglighetsredogörelse"),
    ("bristerna", "Tillgänglighetsredogörelse"),
    ("synpunkterna", "Lämna synpunkter på tillgängligheten"),
    ("jämställdheten", "Jämställdhet och tillgänglighet som perspektiv"),
    ("upphandlingen", "Upphandling som bjuder in nya lösningar"),
    ("ledningssystemet", "Idéslussen i ledningssystemet"),
    ("uppföljningen", "Risk, styrning och uppföljning"),
    ("styrningen", "Innovation och politisk styrning"),
    # å, ä and ö
    ("äldreomsorgen", "Sensorer på ett äldreboende"),
    ("äldreboendet", "Sensorer på ett äldreboende"),
    ("måltidsvännen", "Måltidsvän på äldreboendet"),
    ("högtalaren", "Påminnelse om läkemedel via högtalare"),
    ("fritidspengarna", "Jämställd fördelning av fritidspengar"),
    ("sensorlamporna", "Sensorlampor i korridorerna på natten"),
    ("kalendern", "Gemensam kalender för anhöriga"),
    # Parts of compound words (the prefix fallback)
    ("simulering", "Simuleringsrummet för hemtjänsten"),
    ("inloggning", "Så hanterar vi personuppgifter"),
    ("rubrik", "Tillgänglighetsredogörelse"),
]


@postgres_only
@pytest.mark.parametrize(("query", "expected"), SWEDISH_QUERIES)
def test_swedish_query_finds_the_page_in_the_top_three(client, demo_site, query, expected):
    assert expected in titles(search(client, query))[:3]


@postgres_only
def test_a_small_typo_still_finds_the_page(client, demo_site):
    assert "Så hanterar vi personuppgifter" in titles(search(client, "offentlighetsprincpen"))


@postgres_only
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("handling personal data", "How we handle personal data"),
        ("cookies", "How we handle personal data"),
        ("rights", "How we handle personal data"),
        ("statements", "Accessibility statement"),
        ("disabilities", "About the idea sluice"),
    ],
)
def test_english_query_is_stemmed_as_english(client, demo_site, query, expected):
    assert expected in titles(search(client, query, "en"))[:3]


def test_exact_words_are_found_on_both_databases(client, demo_site):
    """Valid on SQLite too: the form of the word in the text, without stemming."""
    assert "Så hanterar vi personuppgifter" in titles(search(client, "personuppgifter"))
    # A word of few pages: "elderly" is on more than a page of results since the news came.
    assert "About the idea sluice" in titles(search(client, "recruit", "en"))


def test_compound_word_part_is_found_on_both_databases(client, demo_site):
    """Valid on SQLite too: FTS5 prefix queries find the start of a compound word."""
    assert "Så hanterar vi personuppgifter" in titles(search(client, "inloggning"))
