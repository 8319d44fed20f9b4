"""The shared faceted listing (home/facets.py): reading the query string, counting every option
given the other facets' choices in one query, and the filter form component."""

import pytest
from django.db.models import Q
from django.http import QueryDict
from django.template.loader import render_to_string
from django.utils.translation import ngettext_lazy

from home.facets import (
    Facet,
    FacetOption,
    Filters,
    choices_facet,
    count_options,
    read_filters,
    relation_option,
)
from ideas.choices import Area, Municipality
from ideas.models import Idea
from ideas.stages import Stage
from testbeds.models import TestbedPage
from tests.factories import IdeaFactory, SectorFactory, TestbedIndexPageFactory, TestbedPageFactory

pytestmark = pytest.mark.django_db

AREA = choices_facet("area", "Område", "area", Area.choices)
MUNICIPALITY = choices_facet("municipality", "Kommun", "municipality", Municipality.choices)
STAGE = choices_facet("stage", "Steg", "stage", Stage.choices, multiple=False)
FACETS = [AREA, MUNICIPALITY, STAGE]


def filters_for(query: str) -> Filters:
    return read_filters(FACETS, QueryDict(query))


def counts(counted, name):
    facet = next(facet for facet in counted if facet.name == name)
    return {option.value: option.count for option in facet.options}


@pytest.fixture
def ideas():
    """Piteå: two elderly-care ideas (one received, one in assessment) and one school idea;
    Skellefteå: one elderly-care idea."""
    IdeaFactory(area=Area.ELDERLY_CARE, municipality=Municipality.PITEA)
    IdeaFactory(area=Area.ELDERLY_CARE, municipality=Municipality.PITEA, stage=Stage.ASSESSMENT)
    IdeaFactory(area=Area.SCHOOL, municipality=Municipality.PITEA)
    IdeaFactory(area=Area.ELDERLY_CARE, municipality=Municipality.SKELLEFTEA)


def test_only_allowed_values_are_read_once_each_in_the_order_given():
    filters = filters_for("area=school&area=nonsense&area=school&area=elderly_care&area=")
    assert filters.values("area") == ["school", "elderly_care"]
    assert filters.values("municipality") == []
    assert filters.active


def test_a_single_choice_facet_keeps_the_first_allowed_value_only():
    filters = filters_for("stage=bogus&stage=assessment&stage=received")
    assert filters.values("stage") == ["assessment"]


def test_unknown_and_malformed_parameters_select_nothing():
    filters = filters_for("area=%00&municipality=<script>&stage[]=x&page=-1&other=1")
    assert not filters.active
    assert filters.condition() == Q()


def test_options_of_one_facet_are_alternatives_and_facets_narrow_each_other(ideas):
    filters = filters_for("area=elderly_care&area=school&municipality=pitea")
    assert Idea.objects.filter(filters.condition()).count() == 3
    filters = filters_for("area=elderly_care&municipality=pitea&stage=assessment")
    assert Idea.objects.filter(filters.condition()).count() == 1


def test_each_option_is_counted_with_the_other_facets_choices(ideas):
    counted, total = count_options(Idea.objects.all(), filters_for("municipality=pitea"))
    assert total == 3
    # A facet's own choice does not narrow its counts: Skellefteå still shows its idea.
    assert counts(counted, "municipality")[Municipality.SKELLEFTEA] == 1
    assert counts(counted, "municipality")[Municipality.PITEA] == 3
    # The other facets count the Piteå ideas only.
    assert counts(counted, "area")[Area.ELDERLY_CARE] == 2
    assert counts(counted, "area")[Area.SCHOOL] == 1
    assert counts(counted, "stage")[Stage.RECEIVED] == 2


def test_counts_with_two_facets_checked_match_the_items_each_option_gives(ideas):
    filters = filters_for("municipality=pitea&area=elderly_care")
    counted, total = count_options(Idea.objects.all(), filters)
    assert total == Idea.objects.filter(filters.condition()).count() == 2
    for facet in counted:
        for option in facet.options:
            # The option instead of the facet's own choice, with the other facets' choices.
            changed = Filters(FACETS, {**filters.selected, facet.name: [option.value]}).condition()
            assert option.count == Idea.objects.filter(changed).count(), (facet.name, option)
            assert option.checked == (option.value in filters.values(facet.name))


def test_counting_is_one_query_whatever_is_checked(ideas, django_assert_num_queries):
    for query in ("", "area=school", "area=school&municipality=pitea&stage=received"):
        with django_assert_num_queries(1):
            count_options(Idea.objects.all(), filters_for(query))


def test_relation_options_count_an_item_linked_to_several_entries_once(home):
    catalogue = TestbedIndexPageFactory(parent=home)
    care, school = SectorFactory(name="Vård"), SectorFactory(name="Skola")
    TestbedPageFactory(parent=catalogue, sectors=[care, school])
    TestbedPageFactory(parent=catalogue, sectors=[care])
    sector = Facet(
        "sector",
        "Sektor",
        [relation_option(TestbedPage, "sectors", entry.pk, entry.name) for entry in (care, school)],
    )
    filters = read_filters([sector], QueryDict(f"sector={care.pk}&sector={school.pk}"))
    counted, total = count_options(TestbedPage.objects.all(), filters)
    assert total == 2
    assert counts(counted, "sector") == {str(care.pk): 2, str(school.pk): 1}
    assert TestbedPage.objects.filter(filters.condition()).count() == 2


def test_count_text_says_the_number_in_words(ideas):
    text = ngettext_lazy("%(counter)s idea", "%(counter)s ideas", "counter")
    counted, _total = count_options(Idea.objects.all(), filters_for(""), text)
    texts = {option.value: option.count_text for option in counted[1].options}
    # In the active language (Swedish, the default).
    assert texts == {Municipality.PITEA: "3 idéer", Municipality.SKELLEFTEA: "1 idé"}


def test_the_component_renders_a_fieldset_of_checkboxes_with_counts(ideas):
    counted, _total = count_options(Idea.objects.all(), filters_for("municipality=pitea"))
    html = render_to_string("components/facet.html", {"facet": counted[1]})
    assert "<legend>Kommun</legend>" in html
    assert '"checkbox" id="municipality-pitea" name="municipality" value="pitea" checked>' in html
    assert 'id="municipality-skelleftea" name="municipality" value="skelleftea">' in html
    assert "(3)" in html and "(1)" in html


def test_a_single_choice_facet_renders_radio_buttons_with_all_first(ideas):
    counted, _total = count_options(Idea.objects.all(), filters_for(""))
    html = render_to_string("components/facet.html", {"facet": counted[2]})
    assert 'type="radio" id="stage-all" name="stage" value="" checked>' in html
    assert html.index('value=""') < html.index(f'value="{Stage.RECEIVED}"')
    assert 'type="checkbox"' not in html


def test_a_facet_option_is_a_plain_condition():
    option = FacetOption("x", "X", Q(pk=1))
    facet = Facet("f", "F", [option])
    assert facet.options == (option,)
    assert facet.condition(["x"]) == Q(pk=1)
    assert facet.condition([]) == Q()
