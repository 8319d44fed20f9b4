"""The demo method and toolkit: complete in both languages, with real files to download."""

import html
import io

import pytest
from openpyxl import load_workbook
from wagtail.documents.models import Document
from wagtail.models import Locale, Page

from home.demo.builder import pick
from home.models import NavigationMenu
from methodology.demo import load, method_fields
from methodology.demo.phases import PHASES
from methodology.demo.tools import TOOLS
from methodology.models import MethodPhasePage, ToolPage

from .conftest import EN_METHOD_URL, EN_TOOLKIT_URL, METHOD_URL, TOOLKIT_URL

pytestmark = pytest.mark.django_db


def text(response):
    return html.unescape(response.content.decode())


@pytest.mark.demo_check
def test_the_demo_has_five_phases_and_at_least_twelve_tools_in_both_languages(demo_site):
    for language in ("sv", "en"):
        assert MethodPhasePage.objects.live().filter(locale__language_code=language).count() == 5
        assert ToolPage.objects.live().filter(locale__language_code=language).count() >= 12


@pytest.mark.demo_check
def test_the_tools_cover_every_phase_and_audience(tools, phases):
    for phase in phases:
        assert any(phase in tool.phases.all() for tool in tools), phase.title
    for field in ("for_managers", "for_idea_coaches", "for_staff", "for_politicians"):
        assert any(getattr(tool, field) for tool in tools), field


@pytest.mark.demo_check
def test_every_phase_renders_with_its_structured_fields(client, demo_site):
    for phase in MethodPhasePage.objects.live():
        response = client.get(phase.url)
        assert response.status_code == 200, phase.url
        page = text(response)
        assert phase.purpose in page
        assert phase.get_idea_stage_display() in page
        for field in (
            "entry_criteria",
            "exit_criteria",
            "checklist",
            "outputs",
            "gender_equality_questions",
            "accessibility_questions",
        ):
            items = getattr(phase, field)
            assert items, (phase.url, field)
            for item in items:
                assert item.value in page, (phase.url, field)
        for step in phase.steps:
            assert step.value["title"] in page
        for role in phase.roles:
            assert role.value["role"] in page


@pytest.mark.demo_check
def test_every_tool_renders_with_its_structured_fields(client, demo_site):
    for tool in ToolPage.objects.live():
        response = client.get(tool.url)
        assert response.status_code == 200, tool.url
        page = text(response)
        english = tool.locale.language_code == "en"
        assert tool.purpose in page
        minutes = f"{tool.duration_minutes} {'minutes' if english else 'minuter'}"
        assert minutes in page, tool.url
        people = "people" if english else "personer"
        assert f"{tool.group_size_min}–{tool.group_size_max} {people}" in page
        assert tool.expected_output in page
        for field in (
            "materials",
            "tips",
            "pitfalls",
            "gender_equality_questions",
            "accessibility_questions",
        ):
            assert getattr(tool, field), (tool.url, field)
            for item in getattr(tool, field):
                assert item.value in page, (tool.url, field)
        assert len(tool.steps) >= 3
        for step in tool.steps:
            assert step.value["title"] in page
        for phase in tool.get_phases():
            assert f'href="{phase.url}">{phase.title}</a>' in page
            assert phase.locale_id == tool.locale_id
        documents = [block.value for block in tool.templates]
        assert documents, tool.url
        for document in documents:
            assert f'href="{document.url}" download>{document.title}</a>' in page


@pytest.mark.demo_check
def test_each_language_has_its_own_template_files_with_content(tools):
    english = Locale.objects.get(language_code="en")
    for tool in tools:
        swedish_document = tool.templates[0].value
        english_document = tool.get_translation(english).templates[0].value
        assert swedish_document.pk != english_document.pk, tool.title
        for document in (swedish_document, english_document):
            with document.file.open("rb") as file:
                content = file.read()
            assert len(content) > 100, document.title
            if document.file_extension == "xlsx":
                workbook = load_workbook(io.BytesIO(content))
                rows = list(workbook.active.iter_rows(values_only=True))
                assert rows[0][0] == document.title
                assert any(value for row in rows[3:] for value in row)
            else:
                decoded = content.decode("utf-8-sig")
                assert len(decoded.splitlines()) >= 2


@pytest.mark.demo_check
def test_the_main_menu_links_to_the_method_and_the_toolkit(client, demo_site):
    for url, links in (
        (METHOD_URL, (METHOD_URL, TOOLKIT_URL)),
        (EN_METHOD_URL, (EN_METHOD_URL, EN_TOOLKIT_URL)),
    ):
        page = client.get(url).text
        nav = page[page.index('class="main-nav"') :]
        nav = nav[: nav.index("</nav>")]
        for link in links:
            assert f'href="{link}"' in nav
        assert f'href="{url}" aria-current="page"' in nav


def test_loading_again_creates_nothing(demo_site):
    counts = (Page.objects.count(), Document.objects.count())
    menu_links = [len(menu.links) for menu in NavigationMenu.objects.order_by("pk")]
    load()
    assert (Page.objects.count(), Document.objects.count()) == counts
    assert [len(menu.links) for menu in NavigationMenu.objects.order_by("pk")] == menu_links


def test_demo_tools_data_is_complete():
    assert len(TOOLS) >= 12
    slugs = [tool["slug"].sv for tool in TOOLS]
    for tool in TOOLS:
        assert set(tool["related"]) <= set(slugs)
        assert tool["group_size"][0] <= tool["group_size"][1]


class NoDocument:
    pk = None


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_method_text_counts_its_phases_once_and_says_piteå_coordinated(language):
    body = " ".join(
        str(block_["value"]) for block_ in pick(method_fields(NoDocument())["body"], language)
    )
    assert len(PHASES) == 5
    assert {"sv": "fem faser", "en": "five phases"}[language] in body
    for wrong in ("fyra", "four", "huvudsteg", "main steps"):
        assert wrong not in body
    assert {"sv": "Piteå kommun samordnade", "en": "Piteå Municipality coordinated"}[
        language
    ] in body
    assert {"sv": "samverkade med projektet", "en": "cooperated with the project"}[language] in body


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_testing_phase_covers_risks_data_protection_and_supported_consent(language):
    testing = PHASES[3]
    text = " ".join(
        f"{step['value']['title']} {step['value']['text']}"
        for step in pick(testing["steps"], language)
    )
    expected = {
        "sv": (
            "Analysera riskerna",
            "konsekvensbedömning",
            "kognitiv funktionsnedsättning",
            "företräder",
        ),
        "en": (
            "Analyse the risks",
            "data protection impact assessment",
            "cognitive impairments",
            "represents",
        ),
    }[language]
    for phrase in expected:
        assert phrase in text


def test_the_admin_offers_phases_and_tools_in_the_page_language_only(admin_client, toolkit, tools):
    response = admin_client.get(f"/admin/pages/add/methodology/toolpage/{toolkit.pk}/")
    assert response.status_code == 200
    page = text(response)
    assert "Bedöma och välja" in page
    assert "Assess and select" not in page

    # Wagtail-localize edits translations in its own editor; the source page offers its language.
    page = text(admin_client.get(f"/admin/pages/{tools[3].pk}/edit/"))
    assert "Behovskartan" in page
    assert "The needs map" not in page
