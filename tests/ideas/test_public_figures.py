"""The public page "Idéslussen i siffror": the figures against a known set of ideas and
decisions (counts, implementation rate and median per municipality and year, an even number of
decisions, a year without decisions), agreement with the handlers' process figures, no personal
data, a constant number of queries, both languages, tables that carry the charts' values, and
invalidation of this page only by new ideas, decisions and stage changes."""

import re
from datetime import UTC, date, datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import SiteSettings
from ideas import demo_figures
from ideas.choices import Municipality
from ideas.models import Decision, FiguresPage, IdeaEvent
from ideas.process_figures import Period, process_figures
from ideas.public_figures import public_figures
from ideas.stages import Stage
from tests.factories import (
    ContentPageFactory,
    DecisionFactory,
    FiguresPageFactory,
    IdeaEventFactory,
    IdeaFactory,
    translate,
)

pytestmark = pytest.mark.django_db

SV_PAGE = "/i-siffror/"
EN_PAGE = "/en/in-figures/"
PITEA, SKELLEFTEA = Municipality.PITEA, Municipality.SKELLEFTEA


def noon(year, month, day):
    return datetime(year, month, day, 12, tzinfo=UTC)


def decided_idea(municipality, received, decided_on, stage, **fields):
    idea = IdeaFactory(municipality=municipality, created_at=received, stage=stage, **fields)
    DecisionFactory(idea=idea, decided_on=decided_on)
    return idea


@pytest.fixture
def known_ideas():
    """Piteå 2024: one idea received, none decided. Piteå 2025: six received (one at 00:30 on
    New Year's Day in Stockholm, still 2024 in UTC; one merged); four decided, after 10, 20, 31
    and 40 days (an even number: the median is (20 + 31) / 2 = 25.5), two of them implemented;
    the idea decided after 20 days is decided again later that year and counts once. Piteå
    2026: the idea decided after 40 days is decided again (289 days). Skellefteå 2025: three
    received and decided after 3, 7 and 30 days (median 7), one implemented."""
    IdeaFactory(municipality=PITEA, created_at=noon(2024, 6, 1))
    decided_idea(PITEA, noon(2025, 1, 10), date(2025, 1, 20), Stage.IMPLEMENTED)
    twice = decided_idea(PITEA, noon(2025, 2, 1), date(2025, 2, 21), Stage.CLOSED)
    DecisionFactory(idea=twice, decided_on=date(2025, 3, 1), outcome=Decision.Outcome.NO)
    decided_idea(PITEA, noon(2025, 3, 1), date(2025, 4, 1), Stage.IMPLEMENTED)
    later = decided_idea(PITEA, noon(2025, 4, 1), date(2025, 5, 11), Stage.TESTING)
    DecisionFactory(idea=later, decided_on=date(2026, 1, 15))
    IdeaFactory(municipality=PITEA, created_at=datetime(2024, 12, 31, 23, 30, tzinfo=UTC))
    IdeaFactory(municipality=PITEA, created_at=noon(2025, 5, 1), stage=Stage.MERGED)
    decided_idea(SKELLEFTEA, noon(2025, 6, 1), date(2025, 6, 4), Stage.IMPLEMENTED)
    decided_idea(SKELLEFTEA, noon(2025, 6, 1), date(2025, 6, 8), Stage.CLOSED)
    decided_idea(SKELLEFTEA, noon(2025, 7, 1), date(2025, 7, 31), Stage.TESTING)


@pytest.fixture
def pages(home, english_home):
    page = FiguresPageFactory(parent=home, intro="Siffror om idéerna.")
    english = translate(
        page, title="The idea sluice in figures", slug="in-figures", intro="Figures."
    )
    return page, english


def by_year(municipality):
    figures = {f.municipality: f for f in public_figures(today=date(2026, 11, 27))}
    return {year.year: year for year in figures[municipality].years}


def test_figures_per_municipality_and_year_against_a_known_data_set(known_ideas):
    pitea = by_year(PITEA)
    assert list(pitea) == [2024, 2025, 2026]
    assert (pitea[2024].received, pitea[2024].decided, pitea[2024].implemented) == (1, 0, 0)
    assert (pitea[2025].received, pitea[2025].decided, pitea[2025].implemented) == (6, 4, 2)
    assert pitea[2025].implementation_rate == 0.5
    assert pitea[2025].median_days_to_decision == 25.5
    assert (pitea[2026].received, pitea[2026].decided, pitea[2026].implemented) == (0, 1, 0)
    assert pitea[2026].median_days_to_decision == 289
    skelleftea = by_year(SKELLEFTEA)
    assert (skelleftea[2025].received, skelleftea[2025].decided) == (3, 3)
    assert skelleftea[2025].implemented == 1
    assert skelleftea[2025].implementation_rate == pytest.approx(1 / 3)
    assert skelleftea[2025].median_days_to_decision == 7


def test_a_year_without_decisions_has_no_rate_and_no_median(known_ideas):
    pitea_2024 = by_year(PITEA)[2024]
    assert pitea_2024.implementation_rate is None
    assert pitea_2024.median_days_to_decision is None
    skelleftea_2024 = by_year(SKELLEFTEA)[2024]
    assert (skelleftea_2024.received, skelleftea_2024.decided) == (0, 0)
    assert skelleftea_2024.median_days_to_decision is None


def test_the_public_figures_agree_with_the_handlers_process_figures(known_ideas):
    for municipality in Municipality.values:
        for year, figures in by_year(municipality).items():
            handlers = process_figures(Period.year(year), [municipality])[municipality]
            assert figures.decided == handlers.decided
            assert figures.implemented == handlers.implemented_of_decided
            assert figures.implementation_rate == handlers.implementation_rate
            assert figures.median_days_to_decision == handlers.median_days_to_decision


def test_no_ideas_give_no_years(db):
    assert all(not figures.years for figures in public_figures())


def test_the_page_shows_the_figures_in_swedish(client, known_ideas, pages):
    response = client.get(SV_PAGE)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Piteå kommun" in html and "Skellefteå kommun" in html
    assert "25,5" in html  # the even-count median, with a decimal comma
    assert "50\xa0%" in html and "33\xa0%" in html
    assert "Källa:" in html
    assert "<time datetime=" in html


def test_the_page_shows_the_figures_in_english(client, known_ideas, pages):
    response = client.get(EN_PAGE)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Piteå Municipality" in html and "Skellefteå Municipality" in html
    assert "25.5" in html
    assert "50%" in html and "33%" in html
    assert "Source:" in html
    assert 'lang="en"' in html


def test_the_page_shows_no_personal_data_nor_any_idea(client, pages):
    idea = IdeaFactory(
        title="Hemlig titel",
        description="Hemlig beskrivning",
        submitter_name="Karin Ek",
        submitter_email="karin@example.org",
        submitter_phone="070-123 45 67",
        created_at=noon(2025, 3, 1),
        stage=Stage.IMPLEMENTED,
        is_public=True,
        public_title="Offentlig titel",
    )
    DecisionFactory(idea=idea, decided_on=date(2025, 3, 5), reason="Ett hemligt skäl")
    for url in (SV_PAGE, EN_PAGE):
        html = client.get(url).content.decode()
        for text in ("Hemlig", "Karin", "example.org", "070-123", idea.reference, "Offentlig"):
            assert text not in html, text


def chart_values(html: str, chart_id: str) -> list[str]:
    """The values a chart's description lists, in order ("label: value; label: value.")."""
    desc = re.search(rf'<desc id="{chart_id}-desc">(.*?)</desc>', html, re.S).group(1)
    return [item.rsplit(": ", 1)[1] for item in desc.rstrip(".").split("; ") if ": " in item]


def table_cells(html: str, table_id: str) -> list[list[str]]:
    table = re.search(rf'<table id="{table_id}">(.*?)</table>', html, re.S).group(1)
    body = re.search(r"<tbody>(.*?)</tbody>", table, re.S).group(1)
    return [
        re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row) for row in re.findall(r"<tr>(.*?)</tr>", body)
    ]


@pytest.mark.parametrize("url", [SV_PAGE, EN_PAGE])
def test_the_tables_carry_the_same_figures_as_the_charts(client, known_ideas, pages, url):
    html = client.get(url).content.decode()
    for code in Municipality.values:
        counts = table_cells(html, f"figures-counts-{code}-table")
        assert chart_values(html, f"figures-counts-{code}") == [
            cell for row in counts for cell in row[1:]
        ]
        rates = table_cells(html, f"figures-rate-{code}-table")
        assert chart_values(html, f"figures-rate-{code}") == [row[3] for row in rates]
        medians = table_cells(html, f"figures-median-{code}-table")
        assert chart_values(html, f"figures-median-{code}") == [row[1] for row in medians]
        years = [row[0] for row in counts]
        assert years == [row[0] for row in rates] == [row[0] for row in medians]
    pitea = table_cells(html, "figures-counts-pitea-table")
    assert pitea[:2] == [["2024", "1", "0", "0"], ["2025", "6", "4", "2"]]
    assert table_cells(html, "figures-median-pitea-table")[0] == ["2024", "–", "0"]


def more_ideas(number):
    for day in range(1, number + 1):
        municipality = PITEA if day % 2 else SKELLEFTEA
        received = noon(2023 + day % 3, 1 + day % 12, day % 28 + 1)
        decided_idea(municipality, received, date(2026, 1, day % 28 + 1), Stage.IMPLEMENTED)


def uncached_queries(client, url) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_page_runs_the_same_number_of_queries_whatever_the_number_of_ideas(
    client, home, pages, django_assert_num_queries
):
    client.get(SV_PAGE)  # the first request of a site makes its settings
    more_ideas(2)
    few = uncached_queries(client, SV_PAGE)
    more_ideas(60)
    cache.clear()
    with django_assert_num_queries(few):
        assert client.get(SV_PAGE).status_code == 200


def test_one_figures_page_per_language_tree(home, english_home):
    assert FiguresPage.can_create_at(home)
    page = FiguresPageFactory(parent=home)
    assert not FiguresPage.can_create_at(home)
    translate(page, slug="in-figures")
    english_home.refresh_from_db()  # its number of children
    assert not FiguresPage.can_create_at(english_home)


# --- Caching ------------------------------------------------------------------------------------


def assert_cached(client, url):
    assert client.get(url)["X-Cache"] == "miss", url
    response = client.get(url)
    assert response["X-Cache"] == "hit", (url, response.headers)


@pytest.fixture
def cached_pages(client, home, pages):
    other = ContentPageFactory(parent=home, title="Om", slug="om")
    idea = IdeaFactory(municipality=PITEA, stage=Stage.ASSESSMENT)
    client.get(other.url)  # the first request of a site makes its settings (every page changes)
    for url in (other.url, SV_PAGE, EN_PAGE):
        assert_cached(client, url)
    return idea, other.url


def test_a_decision_invalidates_the_figures_page_in_both_languages_only(client, cached_pages):
    idea, other = cached_pages
    DecisionFactory(idea=idea, decided_on=date(2025, 3, 5))
    assert client.get(SV_PAGE)["X-Cache"] == "miss"
    assert client.get(EN_PAGE)["X-Cache"] == "miss"
    assert client.get(other)["X-Cache"] == "hit"


def test_a_stage_change_invalidates_the_figures_page_only(client, cached_pages):
    idea, other = cached_pages
    IdeaEventFactory(idea=idea, from_stage=Stage.ASSESSMENT, to_stage=Stage.TESTING)
    assert client.get(SV_PAGE)["X-Cache"] == "miss"
    assert client.get(EN_PAGE)["X-Cache"] == "miss"
    assert client.get(other)["X-Cache"] == "hit"


def test_an_internal_note_keeps_the_figures_page_cached(client, cached_pages):
    idea, other = cached_pages
    IdeaEventFactory(idea=idea, kind=IdeaEvent.Kind.NOTE, internal_note="Intern")
    assert client.get(SV_PAGE)["X-Cache"] == "hit"
    assert client.get(other)["X-Cache"] == "hit"


# --- The demo -----------------------------------------------------------------------------------


def test_demo_page_in_both_languages_linked_from_the_home_page_and_the_footer(client, demo_site):
    assert set(FiguresPage.objects.live().values_list("slug", flat=True)) == {
        "i-siffror",
        "in-figures",
    }
    for home_url, url in (("/", SV_PAGE), ("/en/", EN_PAGE)):
        html = client.get(home_url).text
        assert html.count(f'href="{url}"') == 2, home_url  # the hero and the footer
        figures = client.get(url)
        assert figures.status_code == 200
        assert 'id="figures-counts-pitea"' in figures.text


def test_demo_figures_loader_is_idempotent(demo_site):
    footer = SiteSettings.objects.get(site__is_default_site=True).footer
    counts = (Page.objects.count(), len(footer.links))
    demo_figures.load()
    footer.refresh_from_db()
    assert (Page.objects.count(), len(footer.links)) == counts
