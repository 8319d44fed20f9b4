"""The demo content: enough example entries, in both languages, marked as example data."""

import pytest
from django.utils.html import escape
from wagtail.models import Locale

from home.models import NavigationMenu
from testbeds import demo
from testbeds.models import TestbedIndexPage, TestbedPage
from testbeds.snippets import HostOrganisation, Sector, TargetGroup


@pytest.mark.demo_check
def test_demo_has_entries_in_both_municipalities_and_five_sectors(demo_site, english):
    swedish = TestbedPage.objects.live().filter(locale=Locale.get_default())
    assert swedish.count() >= 24
    assert set(swedish.values_list("municipality", flat=True)) == {"pitea", "skelleftea"}
    assert swedish.values("sectors").distinct().count() >= 5
    assert all(swedish.values_list("is_example", flat=True))
    assert TestbedPage.objects.live().filter(locale=english).count() == swedish.count()


@pytest.mark.demo_check
def test_taxonomies_are_translated(demo_site, english):
    for model in (Sector, TargetGroup, HostOrganisation):
        for snippet in model.objects.filter(locale=Locale.get_default()):
            assert snippet.has_translation(english), snippet
    elderly = Sector.objects.get(locale=Locale.get_default(), name="Äldreomsorg")
    assert elderly.get_translation(english).name == "Elderly care"


@pytest.mark.demo_check
def test_every_demo_entry_renders_in_both_languages(client, demo_site):
    for entry in TestbedPage.objects.live().select_related("locale"):
        response = client.get(entry.url)
        assert response.status_code == 200, entry.url
        html = response.content.decode()
        assert escape(entry.title) in html
        marker = "Exempeldata." if entry.locale.language_code == "sv" else "Example data."
        assert marker in html
        assert "openstreetmap.org/?mlat=" in html
        # No map tiles or other resources from outside are loaded.
        assert "tile.openstreetmap" not in html


@pytest.mark.demo_check
def test_english_entry_shows_english_facts(client, demo_site):
    html = client.get("/en/testbeds/the-safety-flat/").content.decode()
    assert "Elderly care" in html and "Piteå Municipality" in html
    assert "Simulated environment" in html


@pytest.mark.demo_check
def test_catalogue_is_in_the_main_menu_in_both_languages(client, demo_site):
    assert 'href="/testbaddar/"' in client.get("/").content.decode()
    assert 'href="/en/testbeds/"' in client.get("/en/").content.decode()
    assert NavigationMenu.objects.count() >= 2


def test_loader_is_idempotent(demo_site):
    counts = (TestbedPage.objects.count(), Sector.objects.count(), TestbedIndexPage.objects.count())
    demo.load()
    assert (
        TestbedPage.objects.count(),
        Sector.objects.count(),
        TestbedIndexPage.objects.count(),
    ) == counts
