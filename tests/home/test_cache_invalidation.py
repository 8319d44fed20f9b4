"""Invalidate only what changed: each app registers what its models show on (home/cache.py,
`register_invalidation`), and the page cache never stores nor serves a restricted page."""

import ast
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.core.cache import cache
from django.test import Client, RequestFactory, override_settings
from django.utils.cache import patch_cache_control
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import PageViewRestriction

from home import cache as page_cache
from home.models import ContentPage
from ideas.choices import Area, Municipality
from ideas.models import Idea, IdeaEvent
from ideas.stages import Stage
from tests.home.test_caching import ABOUT, ABOUT_EN, PRIVACY, about_page, assert_fresh, cached

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent.parent
BOARD = "/ideer/"
BOARD_EN = "/en/ideas/"


def assert_still_cached(client, *urls):
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["X-Cache"] == "hit", url


def new_idea(**fields):
    return Idea.objects.create(
        title="Intern titel",
        description="Beskrivning",
        need="Behov",
        area=Area.ELDERLY_CARE,
        municipality=Municipality.PITEA,
        stage=Stage.ASSESSMENT,
        **fields,
    )


# --- Ideas -------------------------------------------------------------------------------------


def test_a_new_idea_that_is_not_public_keeps_every_cached_page(client, demo_site):
    for url in (ABOUT, BOARD, BOARD_EN, "/"):
        cached(client, url)
    generation = page_cache.generation()
    idea = new_idea()
    IdeaEvent.objects.create(idea=idea, kind=IdeaEvent.Kind.RECEIVED)
    IdeaEvent.objects.create(idea=idea, kind=IdeaEvent.Kind.NOTE, internal_note="Intern")
    assert page_cache.generation() == generation
    assert_still_cached(client, ABOUT, BOARD, BOARD_EN, "/")


def test_assessing_an_idea_that_is_not_public_keeps_every_cached_page(client, demo_site):
    idea = Idea.objects.create(
        title="Intern titel",
        description="Beskrivning",
        need="Behov",
        area=Area.ELDERLY_CARE,
        municipality=Municipality.PITEA,
    )
    for url in (ABOUT, BOARD, BOARD_EN, "/"):
        cached(client, url)
    generation = page_cache.generation()
    idea.change_stage(Stage.ASSESSMENT, internal_note="Bedöms")
    assert page_cache.generation() == generation
    assert_still_cached(client, ABOUT, BOARD, BOARD_EN, "/")


def test_an_internal_note_or_assignment_on_a_public_idea_keeps_the_board(client, demo_site):
    idea = new_idea(is_public=True, public_title="Gungor")
    cached(client, BOARD)
    idea.assign(get_user_model().objects.get(username="redaktor"))
    IdeaEvent.objects.create(idea=idea, kind=IdeaEvent.Kind.NOTE, internal_note="Ring upp")
    assert_still_cached(client, BOARD)


def test_publishing_an_idea_invalidates_the_boards_and_its_page_only(client, demo_site):
    idea = new_idea()
    idea_page = f"{BOARD}{idea.reference}/"
    for url in (ABOUT, BOARD, BOARD_EN, "/"):
        cached(client, url)
    assert client.get(idea_page).status_code == 404
    generation = page_cache.generation()

    idea.set_publication(True, public_title="Gungor för alla åldrar", public_summary="Gungor")

    assert page_cache.generation() == generation
    assert "Gungor för alla åldrar" in assert_fresh(client, BOARD).text
    assert "Gungor för alla åldrar" in assert_fresh(client, BOARD_EN).text
    assert "Gungor för alla åldrar" in assert_fresh(client, idea_page).text
    assert_still_cached(client, ABOUT, "/")

    assert_still_cached(client, idea_page)
    idea.set_publication(False)
    assert client.get(idea_page).status_code == 404
    assert "Gungor för alla åldrar" not in assert_fresh(client, BOARD).text
    assert_still_cached(client, ABOUT, "/")


PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


def test_publishing_an_idea_purges_exactly_its_urls_from_the_frontend_cache(
    demo_site, django_capture_on_commit_callbacks
):
    idea = new_idea()
    PURGED.clear()
    backend = {"recording": {"BACKEND": f"{__name__}.RecordingBackend"}}
    with (
        override_settings(WAGTAILFRONTENDCACHE=backend),
        django_capture_on_commit_callbacks(execute=True),
    ):
        idea.set_publication(True, public_title="Gungor", public_summary="Gungor")
    assert sorted(set(PURGED)) == sorted(
        f"http://testserver{path}"
        for path in (BOARD, BOARD_EN, f"{BOARD}{idea.reference}/", f"{BOARD_EN}{idea.reference}/")
    )


# --- Pages -------------------------------------------------------------------------------------


def test_publishing_a_content_page_invalidates_it_its_listing_and_its_translation(
    client, demo_site
):
    for url in (ABOUT, ABOUT_EN, "/", PRIVACY, BOARD):
        cached(client, url)
    generation = page_cache.generation()
    page = about_page()
    page.intro = "En ny inledning om Idéslussen."
    page.save_revision().publish()
    assert page_cache.generation() == generation
    assert "En ny inledning om Idéslussen." in assert_fresh(client, ABOUT).text
    assert_fresh(client, ABOUT_EN)
    assert_fresh(client, "/")
    assert_still_cached(client, PRIVACY, BOARD)


def test_saving_a_draft_changes_no_public_page(client, demo_site):
    cached(client, ABOUT)
    page = about_page()
    page.title = "Ett utkast"
    page.save_revision()
    assert_still_cached(client, ABOUT)


def test_renaming_a_page_reaches_every_page_menus_and_breadcrumbs_included(client, demo_site):
    cached(client, PRIVACY)
    generation = page_cache.generation()
    page = about_page()
    page.title = "Om oss"
    page.save_revision().publish()
    assert page_cache.generation() > generation
    assert_fresh(client, PRIVACY)


def test_a_private_response_is_not_stored(client, demo_site, monkeypatch):
    original = ContentPage.serve

    def serve_privately(self, request, *args, **kwargs):
        response = original(self, request, *args, **kwargs)
        patch_cache_control(response, private=True)
        return response

    monkeypatch.setattr(ContentPage, "serve", serve_privately)
    for _ in range(2):
        response = client.get(ABOUT)
        assert response.status_code == 200
        assert "X-Cache" not in response
    assert cache.get(page_cache.page_cache_key(RequestFactory().get(ABOUT))) is None


def test_home_names_no_content_app():
    """`home` knows no app that depends on it: apps register their own cache rules."""
    content_apps = {"ideas", "courses", "testbeds", "methodology", "search"}
    for path in (ROOT / "home").rglob("*.py"):
        if "migrations" in path.parts or "demo" in path.parts or "management" in path.parts:
            continue
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert node.module.split(".")[0] not in content_apps, path
            if isinstance(node, ast.Import):
                for alias in node.names:
                    assert alias.name.split(".")[0] not in content_apps, path
    source = (ROOT / "home" / "cache.py").read_text()
    for app in content_apps:
        assert f'"{app}.' not in source


# --- Restricted pages --------------------------------------------------------------------------


def restrict(page, kind, **fields):
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, **fields)


def test_the_page_cache_checks_view_restrictions_itself(demo_site):
    """Whatever order Wagtail's hooks run in, a restricted page is never marked cacheable."""
    page = about_page()
    restrict(page, PageViewRestriction.PASSWORD, password="hemligt")
    request = RequestFactory().get(ABOUT)
    request.user = AnonymousUser()
    page_cache.mark_cacheable_page(page, request, [], {})
    assert not getattr(request, "page_cache_allowed", False)
    child = ContentPage.objects.get(locale__language_code="sv", slug="personuppgifter")
    if child.path.startswith(page.path):
        page_cache.mark_cacheable_page(child, request, [], {})
        assert not getattr(request, "page_cache_allowed", False)


def test_a_password_page_seen_with_the_password_is_not_served_to_others(client, demo_site):
    page = about_page()
    cached(client, ABOUT)
    restriction = restrict(page, PageViewRestriction.PASSWORD, password="hemligt")
    reader = Client()
    answer = reader.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": "hemligt", "return_url": ABOUT},
    )
    assert answer.status_code == 302
    assert reader.get(ABOUT).status_code == 200
    anonymous = client.get(ABOUT)
    assert anonymous.status_code == 200
    assert 'type="password"' in anonymous.text
    assert "X-Cache" not in anonymous


@pytest.mark.parametrize("kind", [PageViewRestriction.LOGIN, PageViewRestriction.GROUPS])
def test_a_sign_in_or_group_page_is_not_served_to_anonymous_readers(client, demo_site, kind):
    page = about_page()
    cached(client, ABOUT)
    group = Group.objects.create(name="Läsare")
    restriction = restrict(page, kind)
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.set([group])
    user = get_user_model().objects.create_user("lasare", password="x")  # noqa: S106
    user.groups.add(group)
    reader = Client()
    reader.force_login(user)
    assert reader.get(ABOUT).status_code == 200
    anonymous = client.get(ABOUT)
    assert anonymous.status_code == 302
    assert "X-Cache" not in anonymous


@override_settings(FORM_RATE_LIMIT=(3, 600))
def test_guessing_a_page_password_is_throttled_per_client_and_page(client, demo_site):
    page = about_page()
    restriction = restrict(page, PageViewRestriction.PASSWORD, password="hemligt")
    url = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    for _ in range(3):
        assert client.post(url, {"password": "fel", "return_url": ABOUT}).status_code == 200
    refused = client.post(url, {"password": "hemligt", "return_url": ABOUT})
    assert refused.status_code == 429
    assert "För många försök" in refused.text
    english = client.post(f"/en{url}", {"password": "hemligt", "return_url": ABOUT_EN})
    assert english.status_code == 429
    assert "Too many attempts" in english.text
    # Another client is not affected.
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert other.post(url, {"password": "hemligt", "return_url": ABOUT}).status_code == 302
