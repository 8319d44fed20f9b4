"""No query string or odd path makes a page fail with a server error."""

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

PAGES = ["/", "/om-ideslussen/", "/en/", "/en/about/", "/synpunkter-tillganglighet/"]
text = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    path=st.sampled_from(PAGES),
    params=st.lists(st.tuples(text, text), max_size=5),
)
def test_random_query_strings_never_give_a_server_error(client, demo_site, path, params):
    response = client.get(path, dict(params))
    assert response.status_code == 200


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(suffix=st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=30))
def test_unusual_paths_never_give_a_server_error(client, demo_site, suffix):
    # "//…" is a host to Django's test client (urlsplit), which cannot even build the request.
    assume(not suffix.startswith("/"))
    response = client.get("/" + suffix)
    assert response.status_code < 500


@pytest.mark.parametrize(
    "path",
    [
        "/%00",
        "/..%2f..%2fetc/passwd",
        "/en/%ff%fe/",
        "/om-ideslussen/?page=x&page=-1&page=99999999999999999999",
        "/?" + "a=" + "x" * 5000,
        "/en/about/?q=%00&q=<script>",
        "//" + "a" * 300,
        "/en/en/en/",
        "/sitemap.xml?p=-1",
    ],
)
def test_known_troublemakers(client, demo_site, path):
    assert client.get(path).status_code < 500
