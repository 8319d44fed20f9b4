"""Atom feeds (home/feeds.py) and the board's texts in both languages."""

import pytest
from defusedxml import ElementTree as ET

from ideas.stages import Stage
from tests.factories import (
    ChallengeIndexPageFactory,
    ChallengePageFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    GoodExampleIndexPageFactory,
    GoodExamplePageFactory,
    IdeaBoardPageFactory,
    IdeaFactory,
    translate,
)

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture
def boards(home, english_home):
    board = IdeaBoardPageFactory(parent=home)
    return board, translate(board, title="Ideas", slug="ideas")


@pytest.fixture
def ideas(boards):
    both = IdeaFactory(
        is_public=True,
        stage=Stage.ASSESSMENT,
        public_title="Varm mat på cykel",
        public_summary="Matlådor med lastcykel.",
        public_answer="Vi testar i vinter.",
        public_title_en="Warm meals by bike",
        public_summary_en="Meals delivered by cargo bike.",
    )
    swedish_only = IdeaFactory(
        is_public=True,
        public_title="Sinnesrum på korttidsboendet",
        public_summary="Ett lugnt rum.",
    )
    hidden = IdeaFactory(is_public=False, public_title="Hemlig idé")
    return both, swedish_only, hidden


def parse_atom(response):
    """The feed, checked against what RFC 4287 requires of a feed and its entries."""
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{required}") is not None, required
    assert feed.find(f"{ATOM}link[@rel='self']") is not None
    for entry in feed.findall(f"{ATOM}entry"):
        for required in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{required}").text, required
        assert entry.find(f"{ATOM}link[@rel='alternate']").get("href").startswith("http")
    return feed


def entries(feed):
    return {
        entry.find(f"{ATOM}title").text: entry.find(f"{ATOM}link").get("href")
        for entry in feed.findall(f"{ATOM}entry")
    }


def test_swedish_ideas_feed_is_valid_atom_with_swedish_texts_and_links(client, ideas):
    both, swedish_only, _hidden = ideas
    feed = parse_atom(client.get("/floden/ideer/"))
    assert feed.get(XML_LANG) == "sv"
    shown = entries(feed)
    assert set(shown) == {"Varm mat på cykel", "Sinnesrum på korttidsboendet"}
    assert shown["Varm mat på cykel"].endswith(f"/ideer/{both.reference}/")


def test_english_ideas_feed_uses_english_texts_and_english_links(client, ideas):
    both, swedish_only, _hidden = ideas
    feed = parse_atom(client.get("/en/feeds/ideas/"))
    assert feed.get(XML_LANG) == "en"
    shown = entries(feed)
    assert shown["Warm meals by bike"].endswith(f"/en/ideas/{both.reference}/")
    # No English text: the Swedish one, still linking to the English page.
    assert shown["Sinnesrum på korttidsboendet"].endswith(f"/en/ideas/{swedish_only.reference}/")


def test_courses_feed_per_language(client, home, english_home):
    index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, title="Innovation i vardagen")
    translate(index, title="Courses", slug="courses")
    translate(course, title="Innovation in everyday work", slug="innovation-in-everyday-work")
    assert set(entries(parse_atom(client.get("/floden/kurser/")))) == {"Innovation i vardagen"}
    english = entries(parse_atom(client.get("/en/feeds/courses/")))
    assert set(english) == {"Innovation in everyday work"}
    assert "/en/" in english["Innovation in everyday work"]


def test_challenges_and_good_examples_have_feeds(client, home):
    challenges = ChallengeIndexPageFactory(parent=home)
    ChallengePageFactory(parent=challenges, title="Vinterpromenader")
    examples = GoodExampleIndexPageFactory(parent=home)
    GoodExamplePageFactory(parent=examples, title="Lugna timmar i simhallen")
    assert set(entries(parse_atom(client.get("/floden/utmaningar/")))) == {"Vinterpromenader"}
    good = entries(parse_atom(client.get("/floden/goda-exempel/")))
    assert set(good) == {"Lugna timmar i simhallen"}


def test_pages_link_to_the_feeds_in_their_language(client, boards):
    swedish = client.get("/ideer/").text
    assert '<link rel="alternate" type="application/atom+xml"' in swedish
    assert 'href="/floden/ideer/"' in swedish
    assert 'href="/en/feeds/ideas/"' in client.get("/en/ideas/").text


# --- Both languages on the board ------------------------------------------------------------


def test_english_board_shows_english_texts_or_marks_the_swedish_ones(client, ideas):
    both, swedish_only, hidden = ideas
    board = client.get("/en/ideas/").text
    assert ">Warm meals by bike</a>" in board
    assert "Varm mat på cykel" not in board
    assert 'lang="sv">Sinnesrum på korttidsboendet</a>' in board
    assert 'lang="sv">Ett lugnt rum.</p>' in board
    assert "Hemlig idé" not in board


def test_english_idea_page_falls_back_to_the_swedish_answer_marked_swedish(client, ideas):
    both, _swedish_only, _hidden = ideas
    page = client.get(f"/en/ideas/{both.reference}/").text
    assert "<h1>Warm meals by bike</h1>" in page
    assert '<p lang="sv">Vi testar i vinter.</p>' in page


def test_swedish_board_shows_swedish_texts_unmarked(client, ideas):
    page = client.get("/ideer/").text
    assert ">Varm mat på cykel</a>" in page
    assert "Warm meals by bike" not in page
    assert 'lang="sv"' not in page.split("<main", 1)[1]
