"""The toolkit listing: filters alone and combined, counts per option, bad input, query count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from home.demo.builder import pick
from home.models import ContentPage
from methodology.demo.tools import TOOLS
from methodology.models import ToolkitIndexPage, ToolPage
from methodology.toolkit import duration_band

from .conftest import EN_TOOLKIT_URL, TOOLKIT_URL

pytestmark = pytest.mark.django_db

PHASE_SLUGS = [
    "fanga-ideer",
    "bedoma-och-valja",
    "utveckla-koncept",
    "testa",
    "infora-och-ta-hem-nyttan",
]


def expected(phase=None, audience=None, duration=None, people=None, language="sv"):
    """Titles of the demo tools that match, worked out from the demo data itself."""
    titles = set()
    for tool in TOOLS:
        fewest, most = tool["group_size"]
        if phase is not None and PHASE_SLUGS.index(phase) not in tool["phases"]:
            continue
        if audience is not None and audience.replace("-", "_") not in tool["audiences"]:
            continue
        if duration is not None and duration_band(tool["duration_minutes"]).value != duration:
            continue
        if people is not None and not fewest <= people <= most:
            continue
        titles.add(pick(tool["title"], language))
    return titles


def listed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    page_obj = response.context["page_obj"]
    assert page_obj.paginator.count <= 12, "the test expects one page of results"
    return {tool.title for tool in page_obj}, response


def test_without_filters_every_tool_is_listed(client, tools):
    response = client.get(TOOLKIT_URL)
    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == len(TOOLS) == len(tools)
    assert f"{len(TOOLS)} verktyg" in response.text


@pytest.mark.parametrize("slug", PHASE_SLUGS)
def test_filter_by_phase(client, demo_site, slug):
    titles, _response = listed(client, f"{TOOLKIT_URL}?phase={slug}")
    assert titles == expected(phase=slug)
    assert titles


@pytest.mark.parametrize("audience", ["managers", "idea-coaches", "staff", "politicians"])
def test_filter_by_audience(client, demo_site, audience):
    response = client.get(f"{TOOLKIT_URL}?audience={audience}")
    page_obj = response.context["page_obj"]
    assert page_obj.paginator.count == len(expected(audience=audience)) > 0


@pytest.mark.parametrize("band", ["short", "medium", "long"])
def test_filter_by_duration_band(client, demo_site, band):
    response = client.get(f"{TOOLKIT_URL}?duration={band}")
    tools = list(response.context["page_obj"])
    assert response.context["page_obj"].paginator.count == len(expected(duration=band)) > 0
    for tool in tools:
        assert duration_band(tool.duration_minutes).value == band


def test_filter_by_group_size(client, demo_site):
    titles, _response = listed(client, f"{TOOLKIT_URL}?people=25")
    assert titles == expected(people=25)


def test_a_30_minute_session_with_8_people_in_the_assessment_phase(client, demo_site):
    url = f"{TOOLKIT_URL}?phase=bedoma-och-valja&audience=managers&duration=short&people=8"
    titles, response = listed(client, url)
    assert titles == expected("bedoma-och-valja", "managers", "short", 8)
    assert "Nytta–insats-matrisen" in titles
    # The form shows what is chosen, so the URL can be shared and changed.
    assert 'value="bedoma-och-valja" checked' in response.text
    assert 'value="managers" checked' in response.text
    assert 'value="short" checked' in response.text
    assert 'name="people" min="1" max="500"' in response.text and 'value="8"' in response.text


def test_options_within_a_group_are_alternatives(client, demo_site):
    response = client.get(f"{TOOLKIT_URL}?duration=short&duration=long")
    count = response.context["page_obj"].paginator.count
    assert count == len(expected(duration="short")) + len(expected(duration="long"))


def test_counts_per_option_take_the_other_filters_into_account(client, demo_site):
    response = client.get(f"{TOOLKIT_URL}?audience=politicians&duration=short")
    facets = {facet.name: facet.options for facet in response.context["facets"]}
    phases = {option.value: option.count for option in facets["phase"]}
    for slug in PHASE_SLUGS:
        assert phases[slug] == len(expected(phase=slug, audience="politicians", duration="short"))
    # An option's count ignores its own group: the other bands are counted too.
    durations = {option.value: option.count for option in facets["duration"]}
    assert durations["long"] == len(expected(audience="politicians", duration="long"))
    audiences = {option.value: option.count for option in facets["audience"]}
    assert audiences["staff"] == len(expected(audience="staff", duration="short"))
    assert [option.checked for option in facets["duration"]] == [True, False, False]


def test_an_empty_result_says_so_and_offers_a_way_back(client, demo_site):
    response = client.get(f"{TOOLKIT_URL}?duration=long&audience=politicians")
    assert response.context["page_obj"].paginator.count == 0
    assert "Inget verktyg passar alla filter" in response.text
    assert f'href="{TOOLKIT_URL}"' in response.text


@pytest.mark.parametrize(
    "query",
    [
        "phase=nope&audience=everyone&duration=forever",
        "people=0",
        "people=501",
        "people=abc",
        "people=-3",
        "people=1e9",
        "people=8.5",
        "phase=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "phase=testa&phase=testa&phase=testa",
        "audience=managers&audience=managers",
        "page=9999",
        "page=-1",
        "page=x",
        "phase=assess-and-select",  # the English slug on the Swedish page
    ],
)
def test_bogus_values_are_ignored(client, demo_site, query):
    response = client.get(f"{TOOLKIT_URL}?{query}")
    assert response.status_code == 200
    if "testa" in query:
        assert response.context["page_obj"].paginator.count == len(expected(phase="testa"))
    elif "audience=managers" in query:
        assert response.context["page_obj"].paginator.count == len(expected(audience="managers"))
    else:
        assert response.context["page_obj"].paginator.count == len(TOOLS)
    assert "<script>alert" not in response.text


def test_english_toolkit_filters_by_english_phase_slugs(client, demo_site):
    titles, response = listed(client, f"{EN_TOOLKIT_URL}?phase=assess-and-select&audience=managers")
    assert titles == expected("bedoma-och-valja", "managers", language="en")
    assert '<html lang="en">' in response.text
    assert all(tool.locale.language_code == "en" for tool in response.context["page_obj"])


def test_cards_show_time_group_size_phases_and_audience(client, demo_site):
    response = client.get(f"{EN_TOOLKIT_URL}?phase=test")
    assert "60 minutes" in response.text
    assert "2–6 people" in response.text
    assert "Idea coaches" in response.text
    assert "<dd>Develop the concept, Test</dd>" in response.text


def make_toolkit(home, slug, count, phase):
    toolkit = home.add_child(instance=ToolkitIndexPage(title=slug, slug=slug, intro="Verktyg."))
    for number in range(count):
        tool = ToolPage(
            title=f"Verktyg {number}",
            slug=f"verktyg-{number}",
            purpose="Ett verktyg.",
            for_managers=True,
            for_staff=number % 2 == 0,
            duration_minutes=20 + number % 20,
            group_size_min=2,
            group_size_max=10,
            expected_output="En lista.",
            steps=[("step", {"title": "Gör så här", "text": "", "minutes": 5})],
        )
        tool.phases = [phase]
        tool.related_tools = []
        toolkit.add_child(instance=tool)
    return toolkit


def count_queries(client, url):
    client.get(url)  # warm up what every request shares (content types, site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


@pytest.fixture
def uncached(settings):
    """Every request builds its page: the page cache would answer the second one."""
    settings.PAGE_CACHE_ENABLED = False


def frame_queries(client, home):
    """The queries of the site's frame (routing, navigation, footer, language links), measured on
    a plain content page at the same depth and, like the toolkits made here, without a
    translation, so that changes to the frame do not break these tests."""
    plain = home.add_child(instance=ContentPage(title="Ram", slug="ram"))
    return count_queries(client, plain.url)[0]


# The listing's own queries: the phases of the locale (1), the counts of every option and of the
# tools (1, whatever is checked: home.facets.count_options), one page of tools and their phases
# (2). The same with four filters set as with none.
QUERIES = {"": 4, "?phase=bedoma-och-valja&audience=managers&duration=short&people=8&page=2": 4}


@pytest.mark.parametrize("query", QUERIES)
def test_the_listing_runs_the_same_number_of_queries_for_5_and_30_tools(
    client, demo_site, phases, uncached, django_assert_num_queries, query
):
    small = make_toolkit(demo_site, "fem-verktyg", 5, phases[1])
    large = make_toolkit(demo_site, "trettio-verktyg", 30, phases[1])
    small_count, small_response = count_queries(client, small.url + query)
    large_count, large_response = count_queries(client, large.url + query)
    assert large_response.context["page_obj"].paginator.count > 12
    assert small_count == large_count
    with django_assert_num_queries(frame_queries(client, demo_site) + QUERIES[query]):
        client.get(large.url + query)


def test_tools_of_other_locales_are_not_listed(client, demo_site):
    english = Locale.objects.get(language_code="en")
    response = client.get(TOOLKIT_URL)
    assert all(tool.locale_id != english.pk for tool in response.context["page_obj"])
