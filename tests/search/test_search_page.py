"""The search page: results of the active language only, what never appears, hostile queries,
the page's headers, filters, pagination, promotions, suggestions and a fixed query count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, PageViewRestriction

from ideas.models import Idea, IdeaSubmissionPage
from search.query import clean_query, excerpt, highlight_pattern, query_terms

from .conftest import add_page, postgres_only, search, titles

pytestmark = pytest.mark.django_db


def languages(response) -> set[str]:
    """The languages of the pages and ideas found."""
    return {
        result.item.language if isinstance(result.item, Idea) else result.item.locale.language_code
        for result in response.context["results"]
    }


# --- Languages -----------------------------------------------------------------------------


def test_english_query_returns_english_pages_only(client, demo_site):
    response = search(client, "accessibility", "en")
    assert "Accessibility statement" in titles(response)
    assert languages(response) == {"en"}


def test_swedish_query_returns_swedish_pages_only(client, demo_site):
    response = search(client, "tillgänglighet")
    assert "Tillgänglighetsredogörelse" in titles(response)
    assert languages(response) == {"sv"}


@pytest.mark.parametrize("query", ["tillgänglighetsredogörelse", "personuppgifter", "Idéslussen"])
def test_swedish_query_on_the_english_site_returns_nothing_swedish(client, demo_site, query):
    response = search(client, query, "en")
    swedish_titles = set(
        Page.objects.filter(locale__language_code="sv").values_list("title", flat=True)
    )
    assert not swedish_titles & set(titles(response)) - {"Idéslussen"} or languages(response) <= {
        "en"
    }
    assert "sv" not in languages(response)


def test_search_urls_are_translated(client, demo_site):
    assert client.get("/sok/").status_code == 200
    assert client.get("/en/search/").status_code == 200
    response = client.get("/sok/", {"q": "kakor"})
    assert 'href="/en/search/?q=kakor"' in response.content.decode()


def test_every_page_has_a_search_box_in_the_header(client, demo_site):
    swedish = client.get("/").content.decode()
    english = client.get("/en/").content.decode()
    assert 'role="search"' in swedish and 'action="/sok/"' in swedish
    assert 'action="/en/search/"' in english
    assert 'src="/static/js/search.js" defer' in swedish or "js/search" in swedish


# --- What never appears --------------------------------------------------------------------


def test_draft_unpublished_and_private_pages_never_appear(client, demo_site):
    draft = add_page(demo_site, "Zebrakorsning utkast", "zebrakorsningar i utkast", live=False)
    unpublished = add_page(demo_site, "Zebrakorsning avpublicerad", "zebrakorsningar förr")
    unpublished.unpublish()
    private = add_page(demo_site, "Zebrakorsning privat", "zebrakorsningar bakom lösenord")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemligt-ord"
    )
    public = add_page(demo_site, "Zebrakorsning öppen", "zebrakorsningar för alla")
    # A published page whose newer draft says something else: only the published text is found.
    public.intro = "hemlighetsfullt utkastord"
    public.save_revision()

    found = titles(search(client, "zebrakorsningar"))
    assert found == ["Zebrakorsning öppen"]
    assert titles(search(client, "hemlighetsfullt")) == []
    assert draft.title not in found


def test_only_public_ideas_appear_and_never_personal_data(client, demo_site):
    common = {"area": Idea._meta.get_field("area").choices[0][0], "need": "behov", "language": "sv"}
    municipality = Idea._meta.get_field("municipality").choices[0][0]
    Idea.objects.create(
        reference="IDE-2026-9901",
        title="Kvastfening för alla",
        description="Rita Kvastberg",
        public_title="Kvastfening för alla",
        public_summary="Kvastfening i parken.",
        submitter_name="Rita Kvastberg",
        submitter_email="rita@example.org",
        submitter_phone="070-1234567",
        is_public=True,
        municipality=municipality,
        **common,
    )
    Idea.objects.create(
        reference="IDE-2026-9902",
        title="Kvastfening hemligt",
        description="inte publicerad",
        is_public=False,
        municipality=municipality,
        **common,
    )
    response = search(client, "kvastfening")
    assert titles(response) == ["Kvastfening för alla"]
    content = response.content.decode()
    assert "Kvastfening hemligt" not in content
    for personal in ["Rita Kvastberg", "rita@example.org", "070-1234567"]:
        assert personal not in content
    # The submitter's name, address or phone never find the idea (other pages may mention
    # example.org, as the privacy page's demo addresses do).
    for personal in ["Kvastberg", "rita@example.org", "0701234567"]:
        assert "Kvastfening för alla" not in titles(search(client, personal))


# --- Hostile queries -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        "x" * 10_000,
        "& | ! :*",
        "cykel:* & !bana",
        "'",
        '"unbalanced',
        "((()",
        "\x00",
        "ab\x00cd",
        "'; DROP TABLE wagtailcore_page; --",
        "<script>alert(1)</script>",
        "\\",
        "*",
        "NEAR(a b)",
        "a AND OR NOT b",
        "title:kakor",
        "é" * 300,
        "🙂 ⁂",
    ],
)
def test_hostile_queries_give_a_normal_page(client, demo_site, query):
    for language in ("sv", "en"):
        response = search(client, query, language, type=["evil", "home.contentpage"], page="x")
        assert "<script>alert(1)" not in response.content.decode()
    suggestions = client.get("/sok/forslag/", {"q": query})
    assert suggestions.status_code == 200


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=60))
def test_random_queries_never_give_a_server_error(client, demo_site, query):
    search(client, query)


def test_query_cleaning():
    assert clean_query("  a\x00b\tc\n  d ") == "a b c d"
    assert len(clean_query("x" * 10_000)) == 200
    assert query_terms("& | ! :* 'cykel' \"bana") == "cykel bana"
    assert query_terms("cykel:* & !bana") == "cykel bana"


def test_highlight_escapes_and_marks_inflected_and_compound_words():
    pattern = highlight_pattern("äldreomsorgen cykel")
    text = "Vi <b>arbetar</b> med äldreomsorg och bygger en cykelbana."
    html = excerpt(text, pattern)
    assert "<mark>äldreomsorg</mark>" in html
    assert "<mark>cykelbana</mark>" in html
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert excerpt("inget här", pattern) == ""


# --- The page ------------------------------------------------------------------------------


def test_results_page_is_not_indexed_or_publicly_cached(client, demo_site):
    response = search(client, "kakor")
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-cache" in cache_control
    assert "public" not in cache_control
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_result_shows_type_title_summary_and_highlighted_text(client, demo_site):
    response = search(client, "personuppgifter")
    result = next(
        r for r in response.context["results"] if r.title == "Så hanterar vi personuppgifter"
    )
    assert result.type_label == "Innehållssida"
    assert result.url == "/personuppgifter/"
    assert "<mark>" in str(result.summary) + str(result.matched_text)
    content = response.content.decode()
    assert "Innehållssida" in content and "<mark>" in content


def test_filter_by_type_with_counts(client, demo_site):
    add_page(demo_site, "Filtertest ett", "filtertestord")
    add_page(demo_site, "Filtertest två", "filtertestord")
    demo_site.intro += " filtertestord"
    demo_site.save_revision().publish()
    response = search(client, "filtertestord")
    types = {option.value: option for option in response.context["types"]}
    assert types["home.contentpage"].count == 2
    assert types["home.homepage"].count == 1
    assert types["home.contentpage"].label == "Innehållssida"
    filtered = search(client, "filtertestord", type="home.homepage")
    assert titles(filtered) == ["Idéslussen"]
    options = {option.value: option for option in filtered.context["types"]}
    assert options["home.homepage"].selected
    assert options["home.contentpage"].count == types["home.contentpage"].count


def test_pagination(client, demo_site):
    for number in range(13):
        add_page(demo_site, f"Paginering {number}", "bläddringsprovet")
    first = search(client, "bläddringsprovet")
    assert first.context["hit_count"] == 13
    assert len(first.context["results"]) == 10
    second = search(client, "bläddringsprovet", page="2")
    assert len(second.context["results"]) == 3
    assert 'href="?q=bl%C3%A4ddringsprovet&amp;page=2"' in first.content.decode()
    assert len(search(client, "bläddringsprovet", page="999").context["results"]) == 3


def test_empty_state_with_suggestions(client, demo_site):
    response = search(client, "xyzzyplugh")
    assert response.context["results"] == []
    content = response.content.decode()
    assert "Vi hittade inga sidor om" in content
    assert "Kontrollera hur orden är stavade" in content


def test_search_promotion_is_shown_on_top(client, demo_site):
    privacy = Page.objects.get(slug="personuppgifter")
    query = Query.get("trygghet")
    SearchPromotion.objects.create(query=query, page=privacy, description="Läs om dina uppgifter.")
    response = search(client, "Trygghet")
    assert [p["title"] for p in response.context["promotions"]] == [privacy.title]
    assert "Läs om dina uppgifter." in response.content.decode()
    # The English site shows the English translation of the pinned page.
    english = search(client, "trygghet", "en")
    assert [p["title"] for p in english.context["promotions"]] == ["How we handle personal data"]


def test_demo_promotions_pin_the_idea_form_in_both_languages(client, demo_site):
    form = IdeaSubmissionPage.objects.get(locale__language_code="sv")
    english = form.get_translation(Locale.objects.get(language_code="en"))
    promoted = search(client, "Idé").context["promotions"]
    assert [promotion["title"] for promotion in promoted] == [form.title]
    promoted = search(client, "idea", "en").context["promotions"]
    assert [promotion["title"] for promotion in promoted] == [english.title]
    assert english.title not in titles(search(client, "idea", "en"))  # not listed twice


def test_searches_are_logged_and_searches_without_results_counted(client, demo_site):
    search(client, "kakor")
    search(client, "Kakor")
    search(client, "kakor", page="2")  # paging is not a new search
    search(client, "xyzzyplugh")
    assert Query.get("kakor").hits == 2
    assert not Query.get("kakor").no_results_daily_hits.exists()
    assert Query.get("xyzzyplugh").no_results_daily_hits.get().hits == 1


def test_suggestions_complete_titles(client, demo_site):
    response = client.get("/sok/forslag/", {"q": "tillgängl"})
    assert response.status_code == 200
    assert "Tillgänglighetsredogörelse" in response.json()["suggestions"]
    assert "private" in response["Cache-Control"]
    english = client.get("/en/search/suggestions/", {"q": "accessib"}).json()["suggestions"]
    assert "Accessibility statement" in english
    assert client.get("/sok/forslag/", {"q": "t"}).json() == {"suggestions": []}


# --- Query count ---------------------------------------------------------------------------


def _count_queries(client, query):
    with CaptureQueriesContext(connection) as queries:
        search(client, query)
    return len(queries)


@pytest.mark.parametrize(("few", "many"), [(3, 30)])
def test_query_count_is_fixed_whatever_the_number_of_hits(
    client, demo_site, django_assert_num_queries, few, many
):
    for number in range(few):
        add_page(demo_site, f"Få träffar {number}", "fåträffsord")
    for number in range(many):
        add_page(demo_site, f"Många träffar {number}", "mångträffsord")
    search(client, "kakor")  # warm caches (content types, site root paths)
    expected = _count_queries(client, "fåträffsord")
    with django_assert_num_queries(expected):
        search(client, "mångträffsord")


def test_query_count_with_the_fallback_is_fixed(client, demo_site):
    add_page(demo_site, "Reservsök ett", "reservsöksordet")
    add_page(demo_site, "Reservsök två", "reservsöksordet")
    search(client, "kakor")
    one_word = _count_queries(client, "reservsöksord")
    assert _count_queries(client, "reservsöksor") == one_word


@postgres_only
def test_fuzzy_fallback_needs_the_trigram_extension(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        assert cursor.fetchone()
