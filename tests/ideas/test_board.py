"""The board of published ideas and each idea's public page."""

import pytest
from django.utils import timezone

from ideas.choices import Area, Municipality
from ideas.models import Idea, IdeaEvent
from ideas.stages import Stage
from tests.factories import IdeaBoardPageFactory, translate

from .conftest import EN_BOARD, ESCAPED_XSS, SV_BOARD, XSS

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def board(home):
    """The board in both languages, on the empty site."""
    board = IdeaBoardPageFactory(parent=home, title="Idéer", slug="ideer")
    translate(board, title="Ideas", slug="ideas")
    return board


def test_board_shows_only_public_ideas(client, make_idea):
    make_idea(title="Hemlig idé", public_title="Hemlig idé", is_public=False)
    make_idea(title="Öppen idé", public_title="Öppen publicerad idé", is_public=True)
    make_idea(title="Andra idén", public_title="Andra publicerade idén", is_public=True)
    response = client.get(SV_BOARD)
    assert response.status_code == 200
    assert "Öppen publicerad idé" in response.text
    assert "Hemlig idé" not in response.text
    assert "2 publicerade idéer" in response.text


def test_board_never_shows_contact_details_or_hidden_names(client, make_idea):
    idea = make_idea(
        public_title="Idé med kontaktuppgifter",
        is_public=True,
        submitter_name="Hemliga Hanna",
        submitter_email="hanna@example.org",
        submitter_phone="070-999 99 99",
        show_name=False,
    )
    for url in [SV_BOARD, f"{SV_BOARD}{idea.reference}/", f"{EN_BOARD}{idea.reference}/"]:
        response = client.get(url)
        assert response.status_code == 200
        for secret in ["Hemliga Hanna", "hanna@example.org", "070-999 99 99"]:
            assert secret not in response.text
        assert idea.tracking_token not in response.text


def test_shown_name_appears_only_on_the_idea_page(client, make_idea):
    idea = make_idea(
        public_title="Idé med namn",
        is_public=True,
        submitter_name="Visade Vera",
        submitter_email="vera@example.org",
        show_name=True,
    )
    response = client.get(f"{SV_BOARD}{idea.reference}/")
    assert "Visade Vera" in response.text
    assert "vera@example.org" not in response.text


def test_idea_page_shows_summary_timeline_and_answer(client, make_idea):
    idea = make_idea(
        public_title="Publik rubrik",
        public_summary="Publik sammanfattning",
        public_answer="Kommunens svar",
        is_public=True,
    )
    idea.change_stage(Stage.ASSESSMENT, internal_note="Bara för oss", public_note="Vi bedömer")
    response = client.get(f"{SV_BOARD}{idea.reference}/")
    assert response.status_code == 200
    text = response.text
    assert "Publik rubrik" in text and "Publik sammanfattning" in text
    assert "Kommunens svar" in text
    assert "Vi bedömer" in text
    assert "Bara för oss" not in text
    assert "Steget ändrades till ”Bedömning”" in text


def test_hidden_or_unknown_idea_gives_404(client, make_idea):
    hidden = make_idea(is_public=False)
    assert client.get(f"{SV_BOARD}{hidden.reference}/").status_code == 404
    assert client.get(f"{SV_BOARD}IDE-1999-0001/").status_code == 404
    assert client.get(f"{SV_BOARD}not-a-reference/").status_code == 404


def test_xss_is_escaped_on_the_board_and_idea_page(client, make_idea):
    idea = make_idea(
        title=XSS, public_title=XSS, public_summary=XSS, public_answer=XSS, is_public=True
    )
    IdeaEvent.objects.create(idea=idea, kind=IdeaEvent.Kind.ANSWERED, public_note=XSS)
    for url in [SV_BOARD, f"{SV_BOARD}{idea.reference}/"]:
        response = client.get(url)
        assert ESCAPED_XSS in response.text
        assert XSS not in response.text


def test_filters_narrow_the_list_and_count_per_option(client, make_idea):
    Idea.objects.update(is_public=False)
    make_idea(public_title="Piteå test", stage=Stage.TESTING, is_public=True)
    make_idea(
        public_title="Skellefteå test",
        stage=Stage.TESTING,
        municipality=Municipality.SKELLEFTEA,
        area=Area.DISABILITY_CARE,
        is_public=True,
    )
    make_idea(public_title="Piteå bedömning", stage=Stage.ASSESSMENT, is_public=True)
    response = client.get(SV_BOARD, {"stage": "testing", "municipality": "pitea"})
    assert response.status_code == 200
    assert "Piteå test" in response.text
    assert "Skellefteå test" not in response.text and "Piteå bedömning" not in response.text
    assert "1 publicerad idé" in response.text
    context = response.context
    stage_counts = {o.value: o.count for o in context["facets"][0].options}
    # Counts of each stage given the other filters (Piteå): one testing, one assessment.
    assert stage_counts["testing"] == 1 and stage_counts["assessment"] == 1
    municipality_counts = {o.value: o.count for o in context["facets"][2].options}
    assert municipality_counts == {"pitea": 1, "skelleftea": 1}
    assert "Rensa filter" in response.text


@pytest.mark.parametrize(
    "query",
    [
        "?stage=nonsense",
        "?stage=testing&stage=testing&stage=",
        "?area=%3Cscript%3E&municipality=lulea",
        "?page=x",
        "?page=-1",
        "?page=99999",
        "?stage[]=1&area=1%27%20OR%201=1",
        "?municipality=pitea&page=0",
    ],
)
def test_bogus_filters_give_a_normal_page(client, query):
    response = client.get(SV_BOARD + query)
    assert response.status_code == 200
    assert "&lt;script&gt;" not in response.text or "<script>" not in response.text


def test_empty_state(client):
    Idea.objects.update(is_public=False)
    response = client.get(SV_BOARD)
    assert "Ingen publicerad idé passar filtren." in response.text


def many_ideas(count):
    now = timezone.now()
    Idea.objects.bulk_create(
        Idea(
            reference=f"IDE-1990-{number:04d}",
            tracking_token=f"token-{number:040d}",
            title=f"Idé {number}",
            public_title=f"Publicerad idé {number}",
            public_summary="Sammanfattning",
            description="Beskrivning",
            need="Behov",
            area=Area.values[number % len(Area.values)],
            municipality=Municipality.values[number % 2],
            stage=Stage.values[number % len(Stage.values)],
            is_public=True,
            created_at=now,
            stage_changed_at=now,
        )
        for number in range(count)
    )


@pytest.mark.parametrize("count", [10, 1000])
@pytest.mark.parametrize(
    "params",
    [
        {},
        {"area": ["elderly_care", "disability_care"]},
        {"area": "elderly_care", "municipality": "pitea"},
    ],
)
def test_board_query_count_is_constant(client, count, params, django_assert_num_queries):
    """The same queries whatever the number of ideas and of filters set."""
    many_ideas(count)
    client.get(SV_BOARD)  # warm the site and settings caches
    with django_assert_num_queries(QUERIES):
        response = client.get(SV_BOARD, params)
    assert response.status_code == 200


# The board itself runs two: the counts of every option and of the ideas (one query, whatever is
# checked: home.facets.count_options) and the page of ideas. The rest is the page and the site's
# frame on the empty site (routing, site settings, language links) and the page cache's list of
# restricted sections (home.cache.is_restricted). Routing, view restrictions and the locale come
# from the per-generation map (home/routing.py).
QUERIES = 12
