"""Ideas tested in a testbed are listed on its page: only public ones, with the public title in
the page's language (English, or the Swedish text marked lang="sv"), linked to the board."""

import pytest

from home import cache
from ideas.models import Idea
from testbeds.caching import idea_testbed_urls
from testbeds.models import TestbedPage
from tests.factories import (
    IdeaBoardPageFactory,
    IdeaFactory,
    TestbedIndexPageFactory,
    TestbedPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def ideas():
    return {
        "both": IdeaFactory(
            is_public=True, public_title="Varm kaffe på natten", public_title_en="Hot coffee"
        ),
        "swedish": IdeaFactory(is_public=True, public_title="Halkskydd att låna"),
        "hidden": IdeaFactory(is_public=False, public_title="Hemlig idé"),
    }


@pytest.fixture
def testbeds(home, english_home, ideas):
    board = IdeaBoardPageFactory(parent=home)
    translate(board, title="Ideas", slug="ideas")
    catalogue = TestbedIndexPageFactory(parent=home)
    translate(catalogue, title="Testbeds", slug="testbeds")
    testbed = TestbedPageFactory(
        parent=catalogue, slug="lagenheten", related_ideas=list(ideas.values())
    )
    english = translate(testbed, title="The flat", slug="the-flat")
    return testbed, english


def test_the_swedish_page_lists_the_public_ideas_with_links_to_the_board(client, testbeds, ideas):
    text = client.get("/testbaddar/lagenheten/").text
    assert "Idéer som testas här" in text
    both, swedish = ideas["both"], ideas["swedish"]
    assert f'<a href="/ideer/{both.reference}/">Varm kaffe på natten</a>' in text
    assert f'<a href="/ideer/{swedish.reference}/">Halkskydd att låna</a>' in text
    assert "Hemlig idé" not in text
    assert ideas["hidden"].reference not in text


def test_the_english_page_shows_english_titles_or_the_swedish_one_marked(client, testbeds, ideas):
    english_page = testbeds[1]
    assert set(english_page.related_ideas.all()) == set(ideas.values())  # synchronised
    text = client.get("/en/testbeds/the-flat/").text
    assert "Ideas tested here" in text
    both, swedish = ideas["both"], ideas["swedish"]
    assert f'<a href="/en/ideas/{both.reference}/">Hot coffee</a>' in text
    assert f'<a href="/en/ideas/{swedish.reference}/" lang="sv">Halkskydd att låna</a>' in text
    assert "Hemlig idé" not in text


def test_an_idea_taken_down_disappears_from_the_page(client, testbeds, ideas):
    ideas["both"].is_public = False
    ideas["both"].save()
    assert "Varm kaffe" not in client.get("/testbaddar/lagenheten/").text


def test_the_testbed_pages_are_invalidated_with_the_idea(testbeds, ideas):
    # The testbeds app registers the rule itself (testbeds/apps.py), beside the ideas app's own.
    assert idea_testbed_urls in [rule.urls_for for rule in cache._rules_for(Idea)]
    urls = idea_testbed_urls(ideas["both"])
    assert any(url.endswith("/testbaddar/lagenheten/") for url in urls)
    assert any(url.endswith("/en/testbeds/the-flat/") for url in urls)


def test_only_public_ideas_can_be_chosen_in_the_admin():
    field = TestbedPage._meta.get_field("related_ideas")
    assert field.remote_field.limit_choices_to == {"is_public": True}
