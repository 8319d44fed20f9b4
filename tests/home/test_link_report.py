"""The broken links report (home/link_report.py): what the link checker found, for the pages (and
menus) the user may change only; filters, edit links and a neutralised export."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission

from home.link_checker import check_links
from home.models import NavigationMenu
from tests.factories import (
    ContentPageFactory,
    NavigationMenuFactory,
    SuperuserFactory,
    UserFactory,
    editor,
    translate,
)
from tests.spreadsheets import FORMULA, assert_export_neutralised, csv_cells

pytestmark = pytest.mark.django_db
URL = reverse("broken_links")


def card(title, page):
    return {
        "type": "link_cards",
        "value": {"title": "", "cards": [{"title": title, "text": "", "page": page.pk, "url": ""}]},
    }


@pytest.fixture
def links(home, english_home):
    """Two sections with a page each that links to a draft, an English page with the same, and
    a menu linking to the draft. The check has run."""
    draft = ContentPageFactory(parent=home, title="Utkast", slug="utkast")
    draft.unpublish()
    first = ContentPageFactory(parent=home, title="Avdelning ett", slug="ett")
    own = ContentPageFactory(parent=first, title="Egen sida", body=[card("Till utkastet", draft)])
    second = ContentPageFactory(parent=home, title="Avdelning två", slug="tva")
    ContentPageFactory(parent=second, title="Annans sida", body=[card("Till utkastet", draft)])
    translate(first, title="Section one", slug="one")
    translate(own, title="Own page", slug="own-page")
    NavigationMenuFactory(name="Huvudmeny", links=[{"type": "page", "value": {"page": draft.pk}}])
    check_links()
    return {"draft": draft, "first": first, "own": own}


def rows(response):
    return {(link.source_title, link.problem) for link in response.context["links"]}


def test_the_report_lists_the_broken_links_with_a_link_to_edit_each_place(client, links):
    client.force_login(SuperuserFactory())
    response = client.get(URL)
    assert response.status_code == 200
    assert rows(response) == {
        ("Egen sida", "unpublished"),
        ("Own page", "unpublished"),
        ("Annans sida", "unpublished"),
        ("Huvudmeny", "unpublished"),
    }
    html = response.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[links["own"].pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[links["draft"].pk]) in html
    menu = NavigationMenu.objects.get()
    assert reverse(NavigationMenu.snippet_viewset.get_url_name("edit"), args=[menu.pk]) in html
    assert "Innehåll › Länkkort" in html
    assert "Sidan är inte publicerad" in html


def test_the_report_filters_by_problem_and_language(client, links):
    client.force_login(SuperuserFactory())
    assert rows(client.get(URL, {"language": "en"})) == {("Own page", "unpublished")}
    assert rows(client.get(URL, {"problem": "deleted"})) == set()
    assert len(rows(client.get(URL, {"problem": "unpublished", "language": "sv"}))) == 3


def test_an_editor_sees_only_the_pages_they_may_change(client, links):
    user = UserFactory(username="avdelningsredaktor")
    group = Group.objects.create(name="Avdelning ett")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(group=group, page=links["first"], permission_type="change")
    user.groups.add(group)
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 200
    # Not the other section, not the menu (no snippet permission), not the English tree.
    assert rows(response) == {("Egen sida", "unpublished")}
    assert "Annans sida" not in client.get(URL, {"export": "csv"}).getvalue().decode()


def test_the_sites_editors_see_every_page_and_the_menu_and_the_menu_item(client, links):
    client.force_login(editor())
    response = client.get(URL)
    assert response.status_code == 200
    assert ("Huvudmeny", "unpublished") in rows(response)
    assert URL in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_user_without_page_permissions_is_refused_as_by_the_other_reports(client, links):
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert URL not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_exports_neutralise_a_formula_in_a_link_text(client, home, links):
    ContentPageFactory(parent=home, title="Källa", body=[card(FORMULA, links["draft"])])
    check_links()
    client.force_login(SuperuserFactory())
    assert_export_neutralised(client, URL)
    assert "Sidan är inte publicerad" in csv_cells(client.get(URL, {"export": "csv"}))
