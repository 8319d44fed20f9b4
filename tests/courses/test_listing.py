"""The course index: filters through allowed values only, counts, and a fixed query count."""

import pytest

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
    options = response.context["filter_options"]
    audience = {option["value"]: option["count"] for option in options["audience"]}
    fmt = {option["value"]: option["count"] for option in options["format"]}
    assert audience["politicians"] == 1 and audience["managers"] == 1
    assert fmt["workshop"] == 1  # only the managers' course counts here
    assert 'value="managers" id="audience-managers" checked' in response.text


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


def test_query_count_does_not_grow_with_the_number_of_courses(
    client, course_index, django_assert_num_queries
):
    client.get(INDEX_URL)  # warm caches (site root paths, locales)
    with django_assert_num_queries(QUERIES):
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
    with django_assert_num_queries(QUERIES):
        response = client.get(INDEX_URL)
    assert len(titles(response)) == 12  # one full page


QUERIES = 31
