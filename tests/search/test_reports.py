"""Editors see what readers search for, and what they search for in vain."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from search.models import record_search
from tests.spreadsheets import FORMULA, assert_export_neutralised

from .conftest import search

pytestmark = pytest.mark.django_db

MOST_SEARCHED = "/admin/reports/search/most-searched/"
NO_RESULTS = "/admin/reports/search/no-results/"


@pytest.fixture
def editor(demo_site):
    user = get_user_model().objects.create_user("sokredaktor", password="x" * 16)
    group = Group.objects.create(name="Sökredaktörer")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_searchpromotion"),
    )
    user.groups.add(group)
    return user


def test_reports_list_most_searched_and_searches_without_results(client, editor):
    for _ in range(3):
        search(client, "kakor")
    search(client, "personuppgifter")
    search(client, "xyzzyplugh")
    client.force_login(editor)

    most = client.get(MOST_SEARCHED)
    assert most.status_code == 200
    content = most.content.decode()
    assert "Mest sökta" in content
    assert content.index("kakor") < content.index("personuppgifter")

    none = client.get(NO_RESULTS)
    assert none.status_code == 200
    content = none.content.decode()
    assert "Sökningar utan träffar" in content
    assert "xyzzyplugh" in content and "kakor" not in content

    export = client.get(NO_RESULTS, {"export": "csv"})
    assert (
        b"xyzzyplugh" in b"".join(export.streaming_content) if export.streaming else export.content
    )


def test_reports_are_in_the_reports_menu(client, editor):
    client.force_login(editor)
    content = client.get("/admin/").content.decode()
    assert MOST_SEARCHED in content and NO_RESULTS in content


def test_reports_need_the_search_promotion_permission(client, demo_site):
    user = get_user_model().objects.create_user("lasare", password="x" * 16)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    for url in (MOST_SEARCHED, NO_RESULTS):
        # Wagtail answers a missing permission by sending the user to the dashboard.
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == "/admin/"


@pytest.mark.parametrize("url", [MOST_SEARCHED, NO_RESULTS])
def test_search_report_exports_neutralise_a_formula_in_the_query(client, editor, url):
    query = record_search(FORMULA, hit_count=0)
    client.force_login(editor)
    assert_export_neutralised(client, url, text=query.query_string)


def test_wagtail_search_terms_export_neutralises_a_formula_in_the_query(client, demo_site):
    """Wagtail's own "Search terms" report (superusers only) lists the same queries."""
    query = record_search(FORMULA, hit_count=0)
    client.force_login(get_user_model().objects.get(username="admin"))
    url = "/admin/searchpicks/reports/search-terms/"
    assert_export_neutralised(client, url, text=query.query_string)
