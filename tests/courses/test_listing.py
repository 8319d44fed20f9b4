"""The course index: filters through allowed values only, counts, and a fixed query count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.choices import Audience, CourseFormat

from .conftest import INDEX_URL, make_course, session_fields

pytestmark = pytest.mark.django_db


def titles(response):
    return [course.title for course in response.context["courses"]]


def test_filter_by_audience_and_format(client, demo_site):
    response = client.get(INDEX_URL, {"audience": "politicians"})
    assert titles(response) == ["Innovation och politisk styrning"]
    response = client.get(INDEX_URL, {"audience": ["politicians", "managers"]})
    assert len(titles(response)) == 2
    response = client.get(INDEX_URL, {"format": "lecture"})
    assert titles(response) == []
    assert "Inga kurser passar dina val." in response.text
    assert "Rensa filter" in response.text


def test_counts_per_option_follow_the_other_filters(client, demo_site):
    response = client.get(INDEX_URL, {"audience": "managers"})
    options = {facet.name: facet.options for facet in response.context["facets"]}
    audience = {option.value: option.count for option in options["audience"]}
    fmt = {option.value: option.count for option in options["format"]}
    assert audience["politicians"] == 1 and audience["managers"] == 1
    assert fmt["workshop"] == 1  # only the managers' course counts here
    assert 'name="audience" value="managers" checked' in response.text


@pytest.mark.parametrize(
    "query",
    [
        "?audience=kings",
        "?audience=",
        "?format=%00",
        "?audience=politicians&audience=politicians",
        "?page=x",
        "?page=-1",
        "?page=99999",
        "?audience[]=1&format=1%27%20OR%201=1",
    ],
)
def test_bogus_parameters_give_a_normal_page(client, demo_site, query):
    response = client.get(INDEX_URL + query)
    assert response.status_code == 200
    assert len(titles(response)) >= 1


@pytest.fixture
def uncached(settings):
    """Every request builds its page: the page cache would answer the second one."""
    settings.PAGE_CACHE_ENABLED = False


def count_queries(client, url):
    client.get(url)  # warm up what every request shares (content types, site root paths)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


# The listing's own queries: the counts of every option and of the courses (1, whatever is
# checked), one page of
# courses and their upcoming sessions (2), the upcoming sessions of all courses (1). The rest
# is the site's frame (routing, navigation, footer, language links), measured on a plain content
# page at the same depth, so that changes to the frame do not break this test.
QUERIES = 4


def test_query_count_does_not_grow_with_the_number_of_courses(
    client, course_index, uncached, django_assert_num_queries
):
    expected = count_queries(client, "/personuppgifter/") + QUERIES
    client.get(INDEX_URL)  # warm caches (site root paths, locales)
    with django_assert_num_queries(expected):
        response = client.get(INDEX_URL)
    assert len(titles(response)) == 2
    for number in range(14):
        make_course(
            course_index,
            f"kurs-{number}",
            [session_fields(), session_fields()],
            audience=Audience.STAFF,
            fmt=CourseFormat.SELF_STUDY,
        )
    client.get(INDEX_URL)
    with django_assert_num_queries(expected):
        response = client.get(INDEX_URL)
    assert len(titles(response)) == 12  # one full page
    # Two filters set: the same queries (the counts stay one query).
    with django_assert_num_queries(expected):
        response = client.get(INDEX_URL, {"audience": "staff", "format": "self_study"})
    assert len(titles(response)) == 12


def test_counts_agree_with_the_listed_courses(client, course_index, uncached):
    """Each option's count is the number of courses listed when it is chosen with the others."""
    for number in range(3):
        make_course(
            course_index,
            f"kurs-{number}",
            [session_fields()],
            audience=Audience.STAFF,
            fmt=CourseFormat.SELF_STUDY,
        )
    for params in ({}, {"audience": "staff"}, {"audience": "staff", "format": "self_study"}):
        response = client.get(INDEX_URL, params)
        assert response.context["page_obj"].paginator.count == len(titles(response))
        for facet in response.context["facets"]:
            for option in facet.options:
                chosen = client.get(INDEX_URL, {**params, facet.name: option.value})
                assert option.count == len(titles(chosen)), (params, facet.name, option)
