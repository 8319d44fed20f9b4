"""Good examples: links between the good example, the idea, the testbed and the method phase in
both languages, the effect chart with its table, and the rule that only an implemented idea's
example may be published."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from ideas.models import GoodExamplePage
from ideas.outcomes import add_indicator, add_measurement, save_follow_up
from ideas.stages import Stage
from tests.factories import (
    GoodExampleIndexPageFactory,
    GoodExamplePageFactory,
    IdeaBoardPageFactory,
    IdeaFactory,
    MethodologyIndexPageFactory,
    MethodPhasePageFactory,
    TestbedIndexPageFactory,
    TestbedPageFactory,
    ToolkitIndexPageFactory,
    ToolPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def linked(home, english_home):
    """A good example in Swedish and English, linked to an idea, a testbed, a method phase and a
    tool, each with its English translation."""
    board = IdeaBoardPageFactory(parent=home)
    english_board = translate(board, title="Ideas", slug="ideas")
    testbeds = TestbedIndexPageFactory(parent=home)
    translate(testbeds, title="Testbeds", slug="testbeds")
    testbed = TestbedPageFactory(parent=testbeds, title="Trygghetslägenheten", slug="flat")
    english_testbed = translate(testbed, title="The safety flat")
    method = MethodologyIndexPageFactory(parent=home)
    translate(method, title="Method", slug="method")
    phase = MethodPhasePageFactory(
        parent=method, title="Införa", slug="infora", idea_stage=Stage.IMPLEMENTED
    )
    english_phase = translate(phase, title="Implement", slug="implement")
    toolkit = ToolkitIndexPageFactory(parent=home)
    translate(toolkit, title="Toolkit", slug="toolkit")
    tool = ToolPageFactory(parent=toolkit, title="Behovskartan", slug="behovskartan")
    english_tool = translate(tool, title="The needs map", slug="the-needs-map")
    idea = IdeaFactory(stage=Stage.IMPLEMENTED, is_public=True, public_title="Digital fika")
    index = GoodExampleIndexPageFactory(parent=home)
    translate(index, title="Good examples", slug="good-examples")
    example = GoodExamplePageFactory(
        parent=index,
        title="Digital fika minskar ensamheten",
        slug="digital-fika",
        idea=idea,
        testbed=testbed,
        method_phase=phase,
        tools=[("tool", tool)],
    )
    english_example = translate(
        example, title="Digital coffee breaks ease loneliness", slug="digital-coffee-breaks"
    )
    return {
        "idea": idea,
        "board": board,
        "english_board": english_board,
        "testbed": testbed,
        "english_testbed": english_testbed,
        "phase": phase,
        "english_phase": english_phase,
        "tool": tool,
        "english_tool": english_tool,
        "example": example,
        "english_example": english_example,
    }


def html(url):
    response = Client().get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_good_example_links_to_idea_testbed_phase_and_tools_in_swedish(linked):
    page = html(linked["example"].url)
    assert linked["board"].idea_path(linked["idea"].reference) in page
    assert linked["testbed"].url in page
    assert linked["phase"].url in page
    assert linked["tool"].url in page


def test_good_example_links_to_idea_testbed_phase_and_tools_in_english(linked):
    page = html(linked["english_example"].url)
    assert linked["english_board"].idea_path(linked["idea"].reference) in page
    assert linked["english_testbed"].url in page
    assert linked["english_phase"].url in page
    assert linked["english_tool"].url in page
    assert linked["testbed"].url not in page


@pytest.mark.parametrize("language", ["sv", "en"])
def test_idea_testbed_and_phase_link_back_to_the_good_example(linked, language):
    prefix = "english_" if language == "en" else ""
    example_url = linked[f"{prefix}example"].url
    board = linked[f"{prefix}board"]
    for url in (
        board.idea_path(linked["idea"].reference),
        linked[f"{prefix}testbed"].url,
        linked[f"{prefix}phase"].url,
    ):
        assert example_url in html(url), url
    other = linked["example" if language == "en" else "english_example"].url
    assert other not in html(linked[f"{prefix}testbed"].url)


def test_good_example_draws_the_indicators_with_a_table(linked):
    follow_up = save_follow_up(linked["idea"], actor=None, follow_up_on=timezone.localdate())
    indicator = add_indicator(
        follow_up, actor=None, name="Deltagare per vecka", unit="personer", baseline=0, target=25
    )
    add_measurement(indicator, actor=None, value=14, measured_on=timezone.localdate())
    page = html(linked["example"].url)
    assert 'role="img"' in page
    assert "Deltagare per vecka (personer)" in page
    assert '<th scope="row">Utgångsvärde</th><td>0</td>' in page
    assert '<th scope="row">Målvärde</th><td>25</td>' in page


def test_index_lists_the_good_examples_of_its_language(linked):
    assert linked["example"].title in html(linked["example"].get_parent().url)
    english_index = html(linked["english_example"].get_parent().url)
    assert linked["english_example"].title in english_index
    assert linked["example"].title not in english_index


def example_form(idea, action):
    data = nested_form_data(
        {
            "title": "Sensorlampor",
            "slug": "sensorlampor",
            "idea": idea.pk,
            "need": rich_text("<p>Behov.</p>"),
            "solution": rich_text("<p>Lösning.</p>"),
            "participants": rich_text(""),
            "tools": streamfield([]),
            "effect": rich_text(""),
            "lessons": rich_text(""),
            "gender_equality": rich_text(""),
            "accessibility": rich_text(""),
            "listing_summary": "",
        }
    )
    data[action] = "1"
    return data


def test_a_good_example_cannot_be_published_for_an_idea_not_implemented(home):
    index = GoodExampleIndexPageFactory(parent=home)
    idea = IdeaFactory(stage=Stage.TESTING, is_public=True, public_title="Sensorlampor")
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("admin", "a@example.org", "x"))
    url = f"/admin/pages/add/ideas/goodexamplepage/{index.pk}/"
    response = client.post(url, example_form(idea, "action-publish"))
    assert response.status_code == 200
    assert "kan bara publiceras för en idé som är införd" in response.content.decode()
    assert not GoodExamplePage.objects.exists()
    # A draft may be saved while the idea is tested.
    response = client.post(url, example_form(idea, "action-save-draft"))
    assert response.status_code == 302
    assert not GoodExamplePage.objects.get().live


def test_index_filters_by_municipality_and_area_with_counts(home):
    index = GoodExampleIndexPageFactory(parent=home)
    GoodExamplePageFactory(parent=index, title="Piteås exempel")
    skelleftea = IdeaFactory(
        stage=Stage.IMPLEMENTED,
        is_public=True,
        public_title="Lugna timmar",
        municipality="skelleftea",
        area="culture_leisure",
    )
    GoodExamplePageFactory(parent=index, title="Skellefteås exempel", idea=skelleftea)
    response = Client().get(index.url, {"municipality": "skelleftea", "area": "nonsense"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Skellefteås exempel" in page
    assert "Piteås exempel" not in page
    facets = {facet.name: facet for facet in response.context["facets"]}
    counts = {option.value: option.count for option in facets["municipality"].options}
    assert counts == {"pitea": 1, "skelleftea": 1}
