"""Wagtail's page routing and view-restriction check answered from each process's map of the
pages (home/routing.py): the same answers as Wagtail's own routing, one query for the page, and
every change that moves, hides or restricts a page seen on the next request."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from home import cache as page_cache
from home import routing
from tests.factories import (
    ContentPageFactory,
    TestbedIndexPageFactory,
    TestbedPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db

fresh_number = iter(range(10**6))


def fetch(client, path):
    """GET `path` with a parameter the page cache does not accept: the page is built."""
    return client.get(f"{path}?fresh={next(fresh_number)}")


@pytest.fixture
def section(home):
    return ContentPageFactory(parent=home, title="Avsnitt", slug="avsnitt")


@pytest.fixture
def page(section):
    return ContentPageFactory(parent=section, title="Sidan", slug="sidan")


def test_a_page_is_routed_with_one_query_for_its_own_row(page, django_assert_num_queries):
    # The first request makes the site's settings (a new generation); the second keeps the
    # site, the map and the chrome for the generation.
    for _ in range(2):
        fetch(Client(), "/avsnitt/sidan/")
    request = RequestFactory().get("/avsnitt/sidan/")
    page_cache.recall_site(request)
    with translation.override("sv"), django_assert_num_queries(1):
        route = routing.find_route(request, "avsnitt/sidan/")
        assert route.page == page
        assert not route.page.get_view_restrictions()


def test_an_uncached_page_costs_the_same_at_any_depth(
    client, home, page, django_assert_num_queries
):
    """Wagtail's own routing costs two queries per URL segment and two for the restrictions."""
    ContentPageFactory(parent=home, slug="enkel")
    for _ in range(2):  # the site's settings are made on the first request (a new generation)
        for path in ("/enkel/", "/avsnitt/sidan/"):
            fetch(client, path)
    with CaptureQueriesContext(connection) as shallow:
        fetch(client, "/enkel/")
    with django_assert_num_queries(len(shallow)):
        fetch(client, "/avsnitt/sidan/")


def test_the_map_is_built_once_per_generation(client, page, monkeypatch):
    fetch(client, "/avsnitt/sidan/")  # the site's settings are made on the first request
    page_cache.bump_generation()
    builds = []
    build = routing.build_page_map
    monkeypatch.setattr(routing, "build_page_map", lambda: builds.append(1) or build())
    for _ in range(3):
        fetch(client, "/avsnitt/sidan/")
    assert len(builds) == 1


@pytest.mark.parametrize("page_cache", [True, False])
def test_the_answers_are_wagtails_own(client, settings, home, page_cache):
    """With the page cache off, Wagtail routes by itself; with it on, the map answers."""
    settings.PAGE_CACHE_ENABLED = page_cache
    section = ContentPageFactory(parent=home, slug="avsnitt")
    ContentPageFactory(parent=section, slug="sidan")
    draft = section.add_child(instance=ContentPageFactory.build(slug="utkast", live=False))
    ContentPageFactory(parent=draft, slug="under-utkast")
    expired = ContentPageFactory(parent=section, slug="utgangen")
    Page.objects.filter(pk=expired.pk).update(live=False, expired=True)
    catalogue = TestbedIndexPageFactory(parent=home)
    TestbedPageFactory(parent=catalogue, slug="data")
    translate(section, slug="section")
    expected = {
        "/avsnitt/": 200,
        "/avsnitt/sidan/": 200,
        "/avsnitt/utkast/": 404,
        # Wagtail routes through a page that is not live to its live children.
        "/avsnitt/utkast/under-utkast/": 200,
        "/avsnitt/utgangen/": 404,
        "/avsnitt/finns-inte/": 404,
        "/finns-inte/": 404,
        "/en/section/": 200,
        "/en/avsnitt/": 404,
        "/testbaddar/": 200,
        # A sub-route of a routable page goes before a child page with the same first segment.
        "/testbaddar/data/": 200,
        "/testbaddar/data/csv/": 200,
    }
    answers = {path: fetch(client, path).status_code for path in expected}
    assert answers == expected
    assert fetch(client, "/testbaddar/data/csv/")["Content-Type"].startswith("text/csv")


def test_publishing_unpublishing_moving_and_renaming_show_on_the_next_request(
    client, home, section, page
):
    assert fetch(client, "/avsnitt/sidan/").status_code == 200

    page.unpublish()
    assert fetch(client, "/avsnitt/sidan/").status_code == 404
    page.refresh_from_db()
    page.save_revision().publish()
    assert fetch(client, "/avsnitt/sidan/").status_code == 200

    page.slug = "nytt-namn"
    page.save_revision().publish()
    assert fetch(client, "/avsnitt/sidan/").status_code == 404
    assert fetch(client, "/avsnitt/nytt-namn/").status_code == 200

    other = ContentPageFactory(parent=home, slug="annat")
    page.move(other, pos="last-child")
    # Wagtail redirects the old address of a moved page (its automatic redirects).
    assert fetch(client, "/avsnitt/nytt-namn/").status_code == 301
    assert fetch(client, "/annat/nytt-namn/").status_code == 200

    Page.objects.get(pk=page.pk).delete()
    assert fetch(client, "/annat/nytt-namn/").status_code == 404


def test_a_new_revision_shows_at_once(client, page):
    fetch(client, "/avsnitt/sidan/")
    page.intro = "En ny inledning."
    page.save_revision().publish()
    assert "En ny inledning." in fetch(client, "/avsnitt/sidan/").text


def test_a_view_restriction_added_or_removed_shows_on_the_next_request(client, section, page):
    assert fetch(client, "/avsnitt/sidan/").status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    response = fetch(client, "/avsnitt/sidan/")
    assert response.status_code == 200
    assert 'type="password"' in response.text
    assert "En inledning." not in response.text
    assert "no-cache" in response["Cache-Control"]

    restriction.restriction_type = PageViewRestriction.LOGIN
    restriction.save()
    assert fetch(client, "/avsnitt/sidan/").status_code == 302

    restriction.delete()
    assert fetch(client, "/avsnitt/sidan/").status_code == 200


def test_a_group_restriction_lets_the_group_in(client, page, django_user_model):
    group = Group.objects.create(name="Läsare")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(group)
    assert fetch(client, "/avsnitt/sidan/").status_code == 302
    reader = django_user_model.objects.create_user("lasare", password="x")
    reader.groups.add(group)
    client.force_login(reader)
    assert fetch(client, "/avsnitt/sidan/").status_code == 200


def test_an_alias_is_served_and_restricted_as_its_source_page(client, home, page):
    elsewhere = ContentPageFactory(parent=home, slug="annanstans")
    page.create_alias(parent=elsewhere, update_slug="alias")
    response = fetch(client, "/annanstans/alias/")
    assert response.status_code == 200
    assert response.context["page"].alias_of_id == page.pk

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert fetch(client, "/annanstans/alias/").status_code == 302


def test_a_translated_page_is_routed_in_its_language(client, section, page):
    translate(section, title="Section", slug="section")
    english = translate(page, title="The page", slug="the-page")
    response = fetch(client, "/en/section/the-page/")
    assert response.status_code == 200
    assert response.context["page"] == english
    assert fetch(client, "/en/avsnitt/sidan/").status_code == 404


def test_wagtail_routes_by_itself_while_the_cache_is_degraded(client, page, monkeypatch):
    monkeypatch.setattr(routing, "remembering", lambda request: False)
    monkeypatch.setattr(routing, "build_page_map", lambda: pytest.fail("the map was built"))
    assert fetch(client, "/avsnitt/sidan/").status_code == 200
    assert fetch(client, "/avsnitt/finns-inte/").status_code == 404
