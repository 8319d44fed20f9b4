"""The factories build what they promise on the empty site: live pages in both languages where
asked, and people with the demo's permissions."""

import pytest

from ideas.models import Idea
from tests import factories

pytestmark = pytest.mark.django_db


def test_pages_of_every_section_are_live_and_translatable(client, home):
    method = factories.MethodologyIndexPageFactory(parent=home)
    factories.MethodPhasePageFactory(parent=method)
    toolkit = factories.ToolkitIndexPageFactory(parent=home)
    factories.ToolPageFactory(parent=toolkit)
    courses = factories.CourseIndexPageFactory(parent=home)
    course = factories.CoursePageFactory(parent=courses)
    factories.CourseSessionFactory(page=course)
    catalogue = factories.TestbedIndexPageFactory(parent=home)
    sector = factories.SectorFactory(name="Vård och omsorg")
    testbed = factories.TestbedPageFactory(parent=catalogue, sectors=[sector])
    board = factories.IdeaBoardPageFactory(parent=home)
    english_board = factories.translate(board, title="Ideas", slug="ideas")

    assert list(testbed.sectors.all()) == [sector]
    assert course.sessions.count() == 1
    assert english_board.translation_key == board.translation_key
    for url in ["/metod/", "/verktygslada/", "/utbildning/", "/testbaddar/", "/ideer/"]:
        assert client.get(url).status_code == 200, url
    assert client.get("/en/ideas/").status_code == 200


def test_a_translated_course_shares_its_sessions_translation_keys(home):
    courses = factories.CourseIndexPageFactory(parent=home)
    factories.translate(courses, title="Training", slug="training")
    course = factories.CoursePageFactory(parent=courses)
    session = factories.CourseSessionFactory(page=course)
    course.save_revision().publish()
    english = factories.translate(course, title="Course", slug="course")
    assert english.sessions.get().translation_key == session.translation_key


def test_idea_handlers_have_their_municipalitys_permission(db):
    pitea = factories.idea_handler("pitea")
    assert pitea.has_perm("ideas.handle_pitea_ideas")
    assert not pitea.has_perm("ideas.handle_skelleftea_ideas")
    event = factories.IdeaEventFactory()
    assert Idea.objects.get() == event.idea
    assert factories.editor().has_perm("wagtailadmin.access_admin")
    assert factories.moderator().has_perm("home.change_sitesettings")
