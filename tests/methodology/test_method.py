"""The method: the overview, each phase with its steps and navigation, and the print view."""

import html

import pytest
from wagtail.models import Locale

from home.demo.builder import pick
from ideas.stages import OPEN_STAGES, Stage
from methodology.demo.phases import PHASES
from methodology.models import MethodPhasePage, phase_for_stage

from .conftest import EN_METHOD_URL, METHOD_URL

pytestmark = pytest.mark.django_db


def text(response):
    return html.unescape(response.content.decode())


def test_the_overview_lists_every_phase_in_order_as_an_ordered_list(client, phases):
    response = client.get(METHOD_URL)
    assert response.status_code == 200
    page = text(response)
    assert '<ol class="process">' in page
    positions = [page.index(f'href="{phase.url}">{phase.title}</a>') for phase in phases]
    assert positions == sorted(positions)
    for phase in phases:
        assert phase.purpose in page
    assert f'href="{METHOD_URL}skriv-ut/"' in page
    assert "checklista för alla faser" in page  # the download


def test_previous_and_next_follow_tree_order_and_stop_at_the_ends(client, phases):
    for number, phase in enumerate(phases):
        previous_phase = phase.get_previous_phase()
        next_phase = phase.get_next_phase()
        assert (previous_phase and previous_phase.pk) == (phases[number - 1].pk if number else None)
        expected_next = phases[number + 1].pk if number + 1 < len(phases) else None
        assert (next_phase and next_phase.pk) == expected_next

    first = text(client.get(phases[0].url))
    assert 'rel="prev"' not in first
    assert f'href="{phases[1].url}" rel="next"' in first
    last = text(client.get(phases[-1].url))
    assert 'rel="next"' not in last
    assert f'href="{phases[-2].url}" rel="prev"' in last


def test_moving_a_phase_changes_the_navigation(phases):
    last = phases[-1]
    last.move(phases[0], pos="left")
    last.refresh_from_db()
    assert last.get_previous_phase() is None
    assert last.get_next_phase().pk == phases[0].pk
    assert phases[-2].get_next_phase() is None


def test_an_unpublished_phase_is_skipped(phases):
    phases[2].unpublish()
    assert phases[1].get_next_phase().pk == phases[3].pk
    assert phases[3].get_previous_phase().pk == phases[1].pk


def test_every_step_has_an_anchor_and_a_link_to_itself(client, phases):
    phase = phases[1]
    page = text(client.get(phase.url))
    for number, step in enumerate(phase.steps, start=1):
        assert f'id="steg-{number}"' in page
        assert f'href="#steg-{number}">Länk till steg {number}</a>' in page
        assert step.value["title"] in page
    english = phase.get_translation(Locale.objects.get(language_code="en"))
    assert 'id="step-1"' in text(client.get(english.url))


def test_a_phase_shows_its_tools_in_its_own_language(client, phases, tools):
    english = Locale.objects.get(language_code="en")
    phase = phases[3].get_translation(english)
    page = text(client.get(phase.url))
    in_phase = [tool for tool in tools if phases[3] in tool.phases.all()]
    assert in_phase
    for tool in in_phase:
        assert f'href="{tool.get_translation(english).url}"' in page
        assert f'href="{tool.url}"' not in page
    assert 'href="/en/toolkit/?phase=test"' in page


def test_the_print_view_has_every_phase_and_step_in_order(client, phases):
    response = client.get(f"{METHOD_URL}skriv-ut/")
    assert response.status_code == 200
    page = text(response)
    assert '<meta name="robots" content="noindex">' in page
    headings = [page.index(f"Fas {n}: {phase.title}") for n, phase in enumerate(phases, 1)]
    assert headings == sorted(headings)
    steps = [step.value["title"] for phase in phases for step in phase.steps]
    positions = [page.index(f"<strong>{title}</strong>") for title in steps]
    assert positions == sorted(positions)
    assert len(steps) >= 5 * 3


def test_the_english_print_view(client, demo_site):
    response = client.get(f"{EN_METHOD_URL}print/")
    assert response.status_code == 200
    page = text(response)
    for number, phase in enumerate(PHASES, start=1):
        assert f"Phase {number}: {pick(phase['title'], 'en')}" in page


def test_phase_for_stage_finds_the_phase_of_each_open_stage_in_each_language(phases):
    english = Locale.objects.get(language_code="en")
    for stage, phase in zip(OPEN_STAGES, phases, strict=True):
        assert phase_for_stage(stage, phase.locale).pk == phase.pk
        assert phase_for_stage(stage.value, english).pk == phase.get_translation(english).pk
    assert phase_for_stage(Stage.CLOSED, english) is None
    assert phase_for_stage("bogus", english) is None


def test_phase_for_stage_ignores_unpublished_phases(phases):
    phases[0].unpublish()
    assert phase_for_stage(Stage.RECEIVED, phases[0].locale) is None
    assert MethodPhasePage.objects.filter(idea_stage=Stage.RECEIVED).count() == 2
