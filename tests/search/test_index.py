"""The index follows the pages (publish, unpublish, translate, move), is built with each
page's own language on PostgreSQL, and can be rebuilt with a command."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from search.backend import config_for_language

from .conftest import add_page, postgres_only, search, titles

pytestmark = pytest.mark.django_db


def test_publishing_adds_a_page_and_unpublishing_removes_it(client, demo_site):
    page = add_page(demo_site, "Snöskottning", "snöskottningen vid entréerna", live=False)
    assert titles(search(client, "snöskottningen")) == []
    page.save_revision().publish()
    assert titles(search(client, "snöskottningen")) == ["Snöskottning"]
    page.refresh_from_db()
    page.unpublish()
    assert titles(search(client, "snöskottningen")) == []


def test_a_new_english_translation_appears_in_english_results(client, demo_site, english):
    page = add_page(demo_site, "Snöskottning", "snöskottningen vid entréerna")
    translation = page.copy_for_translation(english)
    translation.title = "Snow clearing"
    translation.intro = "Snowploughing at the entrances"
    translation.save_revision().publish()
    assert titles(search(client, "snowploughing", "en")) == ["Snow clearing"]
    assert titles(search(client, "snowploughing")) == []
    assert titles(search(client, "snöskottningen", "en")) == []


def test_a_moved_page_is_found_at_its_new_address(client, demo_site):
    first = add_page(demo_site, "Första avdelningen", "en avdelning")
    second = add_page(demo_site, "Andra avdelningen", "en annan avdelning")
    page = add_page(first, "Isgata", "isgatorna på vintern")
    assert search(client, "isgatorna").context["results"][0].url.startswith(first.url)
    page.move(second, pos="last-child")
    result = search(client, "isgatorna").context["results"][0]
    assert result.title == "Isgata"
    assert result.url.startswith(Page.objects.get(pk=second.pk).url)


def test_rebuild_command_rebuilds_the_index(client, demo_site):
    add_page(demo_site, "Snöskottning", "snöskottningen vid entréerna")
    IndexEntry.objects.all().delete()
    assert titles(search(client, "snöskottningen")) == []
    call_command("rebuild_search_index", stdout=StringIO(), stderr=StringIO())
    assert titles(search(client, "snöskottningen")) == ["Snöskottning"]
    assert "Så hanterar vi personuppgifter" in titles(search(client, "personuppgifter"))


def test_language_configurations():
    assert config_for_language("sv") == "swedish"
    assert config_for_language("en") == "english"
    assert config_for_language("en-gb") == "english"
    assert config_for_language(None) == "simple"


@postgres_only
def test_each_entry_is_built_with_its_own_language(demo_site):
    """Swedish pages hold Swedish stems, English pages English stems, in the one index."""
    about = Page.objects.get(slug="om-ideslussen").specific
    about_en = about.get_translation(Locale.objects.get(language_code="en")).specific

    def body(page):
        return page.index_entries.get().body

    assert "'äldreomsorg'" in body(about)
    assert "'fokusområd'" in body(about)  # swedish stem of "fokusområden"
    assert "'disabl'" in body(about_en) or "'disabil'" in body(about_en)  # english stem


@postgres_only
def test_the_backend_is_the_language_aware_one(db):
    backend = get_search_backend()
    assert type(backend).__name__ == "LanguagePostgresSearchBackend"
    assert backend.config == "simple"  # outside indexing: objects without a locale


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")
def test_sqlite_uses_fts5_with_prefix_queries(db):
    assert type(get_search_backend()).__name__ == "LanguageSQLiteSearchBackend"
