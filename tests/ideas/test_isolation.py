"""A handler of one municipality never reaches the other municipality's ideas, whatever the URL."""

import csv
import io

import pytest
from django.test import Client

from ideas.choices import Municipality
from ideas.models import Idea
from ideas.stages import Stage

from .conftest import assert_denied, login

pytestmark = pytest.mark.django_db

OBJECT_URLS = [
    "/admin/ideas/inspect/{pk}/",
    "/admin/ideas/edit/{pk}/",
    "/admin/ideas/delete/{pk}/",
    "/admin/ideas/history/{pk}/",
    "/admin/ideas/usage/{pk}/",
    "/admin/ideas/stage/{pk}/",
    "/admin/ideas/assign/{pk}/",
    "/admin/ideas/merge/{pk}/",
    "/admin/ideas/erase/{pk}/",
]


@pytest.fixture
def skelleftea_idea(make_idea):
    return make_idea(
        title="Skellefteås hemliga idé",
        municipality=Municipality.SKELLEFTEA,
        submitter_name="Sara Skelleftebo",
        submitter_email="sara@example.org",
        wants_updates=True,
    )


@pytest.mark.parametrize("url", OBJECT_URLS)
def test_foreign_idea_urls_are_not_found(pitea_client, skelleftea_idea, url):
    url = url.format(pk=skelleftea_idea.pk)
    assert pitea_client.get(url).status_code == 404
    response = pitea_client.post(
        url,
        {
            "stage": Stage.CLOSED,
            "internal_note": "x",
            "closed_reason": "x",
            "public_title": "x",
            "public_summary": "x",
            "handler": "",
            "surviving": "IDE-2026-0001",
        },
    )
    assert response.status_code == 404
    idea = Idea.objects.get(pk=skelleftea_idea.pk)
    assert idea.stage == Stage.RECEIVED
    assert idea.submitter_name == "Sara Skelleftebo"
    assert idea.public_title == ""
    assert not idea.events.exists()


@pytest.mark.parametrize("url", OBJECT_URLS)
def test_own_idea_urls_work(skelleftea_client, skelleftea_idea, url):
    response = skelleftea_client.get(url.format(pk=skelleftea_idea.pk))
    if "/delete/" in url:
        assert_denied(response)  # nobody but superusers deletes ideas
    else:
        assert response.status_code == 200


def test_listing_search_and_export_leave_out_foreign_ideas(pitea_client, skelleftea_idea):
    listing = pitea_client.get("/admin/ideas/")
    assert skelleftea_idea.reference not in listing.text
    search = pitea_client.get("/admin/ideas/", {"q": "hemliga"})
    assert list(search.context["object_list"]) == []
    filtered = pitea_client.get("/admin/ideas/", {"municipality": "skelleftea"})
    assert list(filtered.context["object_list"]) == []
    response = pitea_client.get("/admin/ideas/", {"export": "csv"})
    text = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) > 1  # the demo's Piteå ideas
    assert skelleftea_idea.reference not in text and "Sara" not in text
    assert all(row[3] == "Piteå" for row in rows[1:])


def test_bulk_action_with_a_foreign_idea_changes_nothing(pitea_client, make_idea, skelleftea_idea):
    own = make_idea()
    for ids in ([skelleftea_idea.pk], [own.pk, skelleftea_idea.pk]):
        query = "&".join(f"id={pk}" for pk in ids)
        url = f"/admin/bulk/ideas/idea/change_stage/?{query}"
        assert pitea_client.get(url).status_code == 404
        response = pitea_client.post(url, {"stage": Stage.TESTING, "internal_note": "x"})
        assert response.status_code == 404
    for idea in (own, skelleftea_idea):
        idea.refresh_from_db()
        assert idea.stage == Stage.RECEIVED


def test_merge_cannot_reach_a_foreign_idea(pitea_client, make_idea, skelleftea_idea):
    own = make_idea()
    response = pitea_client.post(
        f"/admin/ideas/merge/{own.pk}/",
        {"surviving": skelleftea_idea.reference, "internal_note": "x"},
    )
    assert response.status_code == 400
    own.refresh_from_db()
    assert own.stage == Stage.RECEIVED


def test_staff_without_a_handler_group_see_no_ideas(demo_site, skelleftea_idea):
    editor = login(Client(), "redaktor")
    assert_denied(editor.get("/admin/ideas/"))
    assert editor.get(f"/admin/ideas/inspect/{skelleftea_idea.pk}/").status_code == 404
    assert_denied(editor.get(f"/admin/bulk/ideas/idea/change_stage/?id={skelleftea_idea.pk}"))


def test_anonymous_visitors_are_sent_to_the_login(client, skelleftea_idea):
    for url in [
        "/admin/ideas/",
        f"/admin/ideas/stage/{skelleftea_idea.pk}/",
        f"/admin/ideas/erase/{skelleftea_idea.pk}/",
    ]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_superusers_handle_every_municipality(admin_client, skelleftea_idea, make_idea):
    pitea = make_idea()
    listing = admin_client.get("/admin/ideas/")
    assert {pitea.reference, skelleftea_idea.reference} <= {
        idea.reference for idea in listing.context["object_list"]
    }
    inspect = admin_client.get(f"/admin/ideas/inspect/{skelleftea_idea.pk}/")
    assert "Sara Skelleftebo" in inspect.text
