"""Translated sub-routes (home/routes.py): each page links the segment of its own language, and
a link with the other language's segment is redirected to it."""

import pytest

from tests.factories import (
    IdeaBoardPageFactory,
    IdeaFactory,
    MethodologyIndexPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def boards(home, english_home):
    board = IdeaBoardPageFactory(parent=home)
    return board, translate(board, title="Ideas", slug="ideas")


@pytest.fixture
def idea(db):
    return IdeaFactory(tracking_token="t" * 40)


def test_each_board_reverses_the_tracking_route_in_its_own_language(boards, idea):
    swedish, english = boards
    assert swedish.route_url("track", idea.tracking_token) == f"/ideer/folj/{'t' * 40}/"
    assert english.route_url("track", idea.tracking_token) == f"/en/ideas/follow/{'t' * 40}/"


@pytest.mark.parametrize(
    ("url", "location"),
    [
        (f"/en/ideas/folj/{'t' * 40}/", f"/en/ideas/follow/{'t' * 40}/"),
        (f"/ideer/follow/{'t' * 40}/", f"/ideer/folj/{'t' * 40}/"),
    ],
)
def test_the_other_languages_segment_redirects_permanently(client, boards, idea, url, location):
    response = client.get(url)
    assert response.status_code == 301
    assert response["Location"] == location


def test_the_own_segment_is_served(client, boards, idea):
    assert client.get(f"/en/ideas/follow/{'t' * 40}/").status_code == 200


def test_the_query_string_survives_the_redirect(client, home, english_home):
    method = MethodologyIndexPageFactory(parent=home, title="Metod", slug="metod")
    translate(method, title="Method", slug="method")
    response = client.get("/en/method/skriv-ut/?utm=x")
    assert response.status_code == 301
    assert response["Location"] == "/en/method/print/?utm=x"


def test_routes_that_are_not_translated_are_not_redirected(client, boards):
    # The board's own listing and one idea's page have one pattern for both languages.
    assert client.get("/en/ideas/").status_code == 200
