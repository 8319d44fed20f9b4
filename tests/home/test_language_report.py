"""The language versions report (home/reports.py): Swedish pages without an English version, or
with one older than the Swedish page, for the pages the editor may change."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from tests.factories import ContentPageFactory, SuperuserFactory, UserFactory, editor, translate

pytestmark = pytest.mark.django_db
URL = reverse("language_versions")


@pytest.fixture
def pages(home, english_home):
    missing = ContentPageFactory(parent=home, title="Bara svenska", slug="bara-svenska")
    current = ContentPageFactory(parent=home, title="Aktuell", slug="aktuell")
    translate(current, title="Current", slug="current")
    outdated = ContentPageFactory(parent=home, title="Ändrad", slug="andrad")
    translate(outdated, title="Changed", slug="changed")
    # The Swedish page was published again after its English version.
    Page.objects.filter(pk=outdated.pk).update(
        last_published_at=timezone.now() + timedelta(hours=1)
    )
    return {"missing": missing, "current": current, "outdated": outdated}


def rows(response):
    return {page.title: page.translation_state_label for page in response.context["pages"]}


def test_each_swedish_page_shows_the_state_of_its_english_version(client, pages):
    client.force_login(SuperuserFactory())
    response = client.get(URL)
    assert response.status_code == 200
    found = rows(response)
    assert found["Bara svenska"] == "Ingen engelsk version"
    assert found["Aktuell"] == "Aktuell"
    assert found["Ändrad"] == "Behöver uppdateras"
    # English pages are the versions, not rows of their own.
    assert "Current" not in found


def test_the_report_filters_by_state(client, pages):
    client.force_login(SuperuserFactory())
    response = client.get(URL, {"translation_state": "outdated"})
    assert set(rows(response)) == {"Ändrad"}


def test_an_editor_sees_the_report_and_its_menu_item(client, pages):
    client.force_login(editor())
    response = client.get(URL)
    assert response.status_code == 200
    assert "Ändrad" in rows(response)
    assert URL in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_user_without_page_permissions_is_refused(client, pages):
    user = UserFactory()
    user.user_permissions.add(*_admin_access())
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_the_csv_export_neutralises_a_formula_in_a_title(client, pages):
    pages["missing"].title = "=HYPERLINK(1)"
    pages["missing"].save_revision().publish()
    client.force_login(SuperuserFactory())
    response = client.get(URL, {"export": "csv"})
    assert response.status_code == 200
    assert "'=HYPERLINK(1)" in response.getvalue().decode()


def _admin_access():
    return Permission.objects.filter(codename="access_admin")
