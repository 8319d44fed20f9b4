"""The catalogue page: facets alone and combined, counts, search, sorting, pagination, bad
parameters, and a fixed number of queries whatever the number of entries."""

import ast
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

import testbeds
from testbeds.bulk import create_testbeds
from testbeds.demo import ENTRIES, SECTORS, TARGET_GROUPS

URL = "/testbaddar/"


def ids(entries):
    return sorted(entry.external_id for entry in entries)


def demo_ids(condition):
    return sorted(entry[0] for entry in ENTRIES if condition(*entry))


def get(client, url=URL, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200
    return response


def all_entries(client, params):
    """The external ids of every matching entry, over all pages."""
    params = {**params}
    found = []
    page = 1
    while True:
        response = get(client, params={**params, "page": page})
        found += [entry.external_id for entry in response.context["entries"]]
        if not response.context["page_obj"].has_next():
            return sorted(found), response
        page += 1


def facet(response, name):
    return {
        o.value: o for o in next(f for f in response.context["facets"] if f.name == name).options
    }


def test_catalogue_lists_every_live_entry_by_name(client, catalogue):
    response = get(client)
    assert response.context["result_count"] == len(ENTRIES)
    titles = [entry.title for entry in response.context["entries"]]
    assert len(titles) == 20
    assert titles == sorted(titles)
    assert "24 testbäddar" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "condition"),
    [
        ({"municipality": "pitea"}, lambda e, m, *r: m == "pitea"),
        ({"municipality": "skelleftea"}, lambda e, m, *r: m == "skelleftea"),
        ({"environment": "lab"}, lambda e, m, h, env, *r: env == "lab"),
        ({"environment": "real_life"}, lambda e, m, h, env, *r: env == "real_life"),
        ({"status": "planned"}, lambda e, m, h, env, s, t, status, *r: status == "planned"),
        ({"open": "1"}, lambda e, m, h, env, s, t, status, is_open, *r: is_open),
    ],
)
def test_each_choice_facet_filters(client, catalogue, params, condition):
    found, response = all_entries(client, params)
    assert found == demo_ids(condition)
    assert response.context["result_count"] == len(found)


def test_sector_and_target_group_facets_filter(client, sectors, target_groups):
    elderly = sectors[SECTORS["elderly"].sv]
    found, _response = all_entries(client, {"sector": elderly.pk})
    assert found == demo_ids(lambda e, m, h, env, s, *r: "elderly" in s)
    companies = target_groups[TARGET_GROUPS["companies"].sv]
    found, _response = all_entries(client, {"target_group": companies.pk})
    assert found == demo_ids(lambda e, m, h, env, s, t, *r: "companies" in t)


def test_facets_combine_and_values_of_one_facet_add_up(client, sectors):
    disability = sectors[SECTORS["disability"].sv]
    found, _response = all_entries(client, {"municipality": "skelleftea", "sector": disability.pk})
    assert found == demo_ids(lambda e, m, h, env, s, *r: m == "skelleftea" and "disability" in s)
    found, _response = all_entries(
        client, {"environment": ["lab", "simulated"], "open": "1", "municipality": "pitea"}
    )
    assert found == demo_ids(
        lambda e, m, h, env, s, t, st, is_open, *r: (
            m == "pitea" and env in {"lab", "simulated"} and is_open
        )
    )


def test_counts_are_given_the_other_filters(client, sectors):
    response = get(client, params={"municipality": "pitea"})
    # A facet's own choice does not narrow its counts: Skellefteå still shows its entries.
    municipalities = facet(response, "municipality")
    assert municipalities["pitea"].checked and not municipalities["skelleftea"].checked
    assert municipalities["skelleftea"].count == len(demo_ids(lambda e, m, *r: m == "skelleftea"))
    # The other facets count the Piteå entries only.
    for key, name in SECTORS.items():
        expected = sum(1 for e in ENTRIES if e[1] == "pitea" and key in e[4])
        assert facet(response, "sector")[str(sectors[name.sv].pk)].count == expected
    expected_open = len(demo_ids(lambda e, m, h, env, s, t, st, o, *r: m == "pitea" and o))
    assert facet(response, "open")["1"].count == expected_open


def test_text_search_in_both_languages(client, catalogue):
    found, _response = all_entries(client, {"q": "lägenhet"})
    assert "PIT-001" in found and "SKE-001" in found
    assert "SKE-010" not in found
    response = get(client, "/en/testbeds/", {"q": "flat  SAFETY"})
    assert [entry.external_id for entry in response.context["entries"]] == ["PIT-001"]


def test_sort_by_recently_reviewed(client, catalogue):
    response = get(client, params={"sort": "reviewed"})
    dates = [entry.last_reviewed for entry in response.context["entries"]]
    assert dates == sorted(dates, reverse=True)


def test_pagination_beyond_the_end_gives_the_last_page(client, catalogue):
    response = get(client, params={"page": "99"})
    assert response.context["page_obj"].number == 2
    assert len(response.context["entries"]) == len(ENTRIES) - 20
    html = response.content.decode()
    assert 'aria-current="page"' in html


@pytest.mark.parametrize(
    "query",
    [
        "sector=999",
        "sector=abc&sector=",
        "municipality=oslo&municipality=pitea&municipality=pitea",
        "page=x",
        "page=-1",
        "page=0",
        "sort=title;DROP TABLE",
        "open=2",
        "environment[]=lab",
        "q=" + "x" * 5000,
        "q=%00%01tr%00ygg",
        "target_group=1.5&status=ACTIVE",
    ],
)
def test_bogus_parameters_give_a_normal_page(client, catalogue, query):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert "page_obj" in response.context


def test_repeated_values_count_once(client, catalogue):
    once = get(client, params={"municipality": "pitea"}).context["result_count"]
    twice = get(client, params={"municipality": ["pitea", "pitea"]}).context["result_count"]
    assert once == twice == len(demo_ids(lambda e, m, *r: m == "pitea"))


def test_empty_state_suggests_removing_a_filter(client, catalogue):
    response = get(client, params={"q": "zzzz", "municipality": "pitea"})
    assert response.context["result_count"] == 0
    links = dict(response.context["removal_links"])
    assert len(links) == 2
    assert links["“zzzz”"] == "municipality=pitea"
    html = response.content.decode()
    assert "Ingen testbädd stämmer med alla dina val." in html
    assert "Ta bort" in html


def test_english_catalogue_uses_english_names(client, catalogue):
    response = get(client, "/en/testbeds/")
    labels = [option.label for option in facet(response, "sector").values()]
    assert "Elderly care" in labels and "Äldreomsorg" not in labels
    html = response.content.decode()
    assert "24 testbeds" in html
    assert "The safety flat" in html


def test_form_works_without_javascript(client, catalogue):
    html = get(client).content.decode()
    assert '<form class="filters" method="get"' in html
    assert "<legend>Kommun</legend>" in html
    assert 'href="/testbaddar/">Rensa filter</a>' in html


# The catalogue's own queries, measured with the page cache off (every request builds the page):
# taxonomy names (1), the counts of every facet option and of the results (1, whatever is
# checked: home.facets.count_options), one page of entries and their sectors (2). The rest belongs
# to the site's frame (routing, navigation, footer, language links), measured on a plain content
# page at the same depth so that changes to the frame do not break these tests.
CATALOGUE_QUERIES = 4
# Three facets checked, a text query and a sort order: the same queries as without filters.
FILTERED_CATALOGUE_QUERIES = CATALOGUE_QUERIES


@pytest.fixture
def uncached(settings):
    settings.PAGE_CACHE_ENABLED = False


def frame_queries(client):
    client.get("/personuppgifter/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/personuppgifter/")
    return len(queries)


def test_query_count_does_not_grow_with_the_number_of_entries(
    client, catalogue, sectors, target_groups, uncached, django_assert_num_queries
):
    expected = frame_queries(client) + FILTERED_CATALOGUE_QUERIES
    params = {
        "municipality": "pitea",
        "environment": ["lab", "real_life"],
        "sector": sectors[SECTORS["elderly"].sv].pk,
        "q": "a",
        "sort": "reviewed",
    }
    with django_assert_num_queries(expected):
        small = get(client, params=params)
    create_testbeds(
        catalogue, 300, sectors=list(sectors.values()), target_groups=list(target_groups.values())
    )
    with django_assert_num_queries(expected):
        large = get(client, params=params)
    assert large.context["result_count"] > small.context["result_count"]


def test_query_count_without_filters(
    client, catalogue, sectors, uncached, django_assert_num_queries
):
    expected = frame_queries(client) + CATALOGUE_QUERIES
    with django_assert_num_queries(expected):
        get(client)
    create_testbeds(catalogue, 300, sectors=list(sectors.values()))
    with django_assert_num_queries(expected):
        response = get(client, params={"page": "7"})
    assert response.context["result_count"] == len(ENTRIES) + 300
    assert response.context["page_obj"].number == 7


def test_counts_with_a_text_query_and_checked_facets_match_the_entries(client, catalogue, sectors):
    """The conditional counts agree with the entries they count: each option's number is the
    number of entries the catalogue lists when that option is checked instead."""
    params = {"q": "a", "municipality": "pitea", "sector": sectors[SECTORS["elderly"].sv].pk}
    response = get(client, params=params)
    facets = {facet.name: facet for facet in response.context["facets"]}
    for name in ("municipality", "environment", "sector", "open"):
        for option in facets[name].options:
            changed = {**params, name: option.value}
            found, _response = all_entries(client, changed)
            assert option.count == len(found), (name, option.value)
    found, _response = all_entries(client, params)
    assert response.context["result_count"] == len(found)


def test_the_catalogue_and_open_data_do_not_import_the_models():
    """testbeds.models imports the catalogue and the open data at module level; they take the
    page, its querysets and the model as arguments, so there is no import cycle to hide."""
    folder = Path(testbeds.__file__).parent
    for name in ("catalogue.py", "open_data.py"):
        tree = ast.parse((folder / name).read_text())
        imported = {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module is not None
        }
        assert "models" not in imported and "testbeds.models" not in imported, name
