"""A manager of an administration sees its ideas read only, never another administration's or
municipality's (every URL answers 404), and sees no personal data without the permission."""

import pytest
from django.test import Client

from ideas.choices import Municipality
from ideas.models import IdeaEvent, IdeaSubmitter
from ideas.stages import Stage
from tests.factories import AdministrationFactory, IdeaFactory, UserFactory, manager

pytestmark = pytest.mark.django_db

INDEX = "/admin/managed-ideas/"
OBJECT_URLS = ["/admin/managed-ideas/{pk}/", "/admin/managed-ideas/{pk}/comment/"]
# The handlers' URLs: a manager reaches none of them, for any idea.
# The handlers' views and what a manager gets: Wagtail's own views check the model permission
# first and send them to the dashboard (302); the views on one idea find no idea they may see
# (404).
HANDLER_URLS = [
    ("/admin/ideas/", 302),
    ("/admin/ideas/new/", 302),
    ("/admin/ideas/inspect/{pk}/", 404),
    ("/admin/ideas/edit/{pk}/", 302),
    ("/admin/ideas/stage/{pk}/", 404),
    ("/admin/ideas/assess/{pk}/", 404),
    ("/admin/ideas/refer/{pk}/", 404),
    ("/admin/ideas/erase/{pk}/", 404),
]
SECRETS = ("Karin Ek", "karin@example.org", "070-123 45 67", "Bo Berg")


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def social(db):
    return AdministrationFactory(name="Socialtjänsten", municipality=Municipality.PITEA)


@pytest.fixture
def school(db):
    return AdministrationFactory(name="Utbildning", municipality=Municipality.PITEA)


@pytest.fixture
def skelleftea_social(db):
    return AdministrationFactory(name="Socialförvaltningen", municipality=Municipality.SKELLEFTEA)


def staff_idea(administration, title):
    idea = IdeaFactory(
        title=title,
        municipality=administration.municipality,
        administration=administration,
        submitter_kind="employee",
        submitter_name="Karin Ek",
        submitter_email="karin@example.org",
        submitter_phone="070-123 45 67",
    )
    IdeaSubmitter.objects.create(idea=idea, name="Bo Berg")
    IdeaEvent.objects.create(
        idea=idea, kind=IdeaEvent.Kind.NOTE, internal_note="Karin Ek ringde i går."
    )
    return idea


@pytest.fixture
def ideas(social, school, skelleftea_social):
    return {
        "own": staff_idea(social, "Egen idé"),
        "other_administration": staff_idea(school, "Skolans idé"),
        "other_municipality": staff_idea(skelleftea_social, "Skellefteås idé"),
        "no_administration": IdeaFactory(title="Invånarens idé"),
    }


@pytest.fixture
def boss(social):
    return manager(social, username="chef")


@pytest.mark.parametrize("url", OBJECT_URLS)
@pytest.mark.parametrize(
    "which", ["other_administration", "other_municipality", "no_administration"]
)
def test_another_administrations_idea_is_not_found_at_any_url(boss, ideas, url, which):
    idea = ideas[which]
    client = signed_in(boss)
    url = url.format(pk=idea.pk)
    assert client.get(url).status_code == 404
    assert client.post(url, {"comment": "Hej"}).status_code == 404
    assert not idea.events.filter(kind=IdeaEvent.Kind.MANAGER_COMMENT).exists()


@pytest.mark.parametrize("url", OBJECT_URLS)
def test_the_own_administrations_idea_is_shown(boss, ideas, url):
    response = signed_in(boss).get(url.format(pk=ideas["own"].pk))
    assert response.status_code == 200
    assert "Egen idé" in response.text


def test_the_listing_shows_only_the_own_administrations_ideas(boss, ideas):
    response = signed_in(boss).get(INDEX)
    assert response.status_code == 200
    assert "Egen idé" in response.text
    for other in ("Skolans idé", "Skellefteås idé", "Invånarens idé"):
        assert other not in response.text
    # A filter for another administration cannot widen the list.
    forged = signed_in(boss).get(
        INDEX, {"administration": str(ideas["other_administration"].administration_id)}
    )
    assert "Skolans idé" not in forged.text


@pytest.mark.parametrize(("url", "status"), HANDLER_URLS)
def test_a_manager_reaches_none_of_the_handlers_views(boss, ideas, url, status):
    response = signed_in(boss).get(url.format(pk=ideas["own"].pk))
    assert response.status_code == status
    if status == 302:
        assert response["Location"] == "/admin/"


def test_a_manager_sees_no_personal_data_nor_handlers_notes(boss, ideas):
    text = signed_in(boss).get(f"/admin/managed-ideas/{ideas['own'].pk}/").text
    for secret in SECRETS:
        assert secret not in text
    assert "1 person till bakom idén" in text  # the count, not the name


def test_a_manager_with_the_permission_sees_the_personal_data(social, ideas):
    allowed = manager(social, username="chef-med-behorighet", personal_data=True)
    text = signed_in(allowed).get(f"/admin/managed-ideas/{ideas['own'].pk}/").text
    assert "Karin Ek" in text and "karin@example.org" in text and "Bo Berg" in text
    assert "ringde i går" not in text  # a handler's note stays theirs


def test_a_managers_comment_is_recorded_as_an_event(boss, ideas):
    idea = ideas["own"]
    client = signed_in(boss)
    response = client.post(f"/admin/managed-ideas/{idea.pk}/comment/", {"comment": "Bra, kör!"})
    assert response.status_code == 302
    event = idea.events.get(kind=IdeaEvent.Kind.MANAGER_COMMENT)
    assert event.actor == boss and event.internal_note == "Bra, kör!"
    assert "Bra, kör!" in client.get(f"/admin/managed-ideas/{idea.pk}/").text
    assert (
        client.post(f"/admin/managed-ideas/{idea.pk}/comment/", {"comment": ""}).status_code == 400
    )
    idea.refresh_from_db()
    assert idea.stage == Stage.RECEIVED  # read only: nothing else changed


def test_a_manager_of_a_skelleftea_administration_sees_only_that(skelleftea_social, ideas):
    other = manager(skelleftea_social, username="chef-skelleftea")
    client = signed_in(other)
    assert "Skellefteås idé" in client.get(INDEX).text
    assert client.get(f"/admin/managed-ideas/{ideas['own'].pk}/").status_code == 404


def test_staff_without_admin_access_are_sent_to_sign_in(ideas):
    client = signed_in(UserFactory(username="nobody", is_staff=True))
    # Without access to the admin at all, Wagtail sends them to sign in.
    for url in (INDEX, f"/admin/managed-ideas/{ideas['own'].pk}/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_the_menu_shows_the_managers_section_only_to_managers(boss, ideas):
    assert INDEX in signed_in(boss).get("/admin/").text
