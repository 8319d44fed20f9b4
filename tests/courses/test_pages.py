"""Page-type rules, the demo courses and modules in both languages, JSON-LD and the listing."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import CourseIndexPage, CourseModulePage, CoursePage, CourseSession
from home.models import ContentPage, HomePage

from .conftest import (
    EN_INDEX_URL,
    EN_POLITICIANS_URL,
    INDEX_URL,
    POLITICIANS_URL,
    make_course,
    session_fields,
)


class PageTypeRulesTests(WagtailPageTestCase):
    def test_course_index_lives_under_the_home_page(self):
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, CourseIndexPage)
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertCanNotCreateAt(ContentPage, CourseIndexPage)

    def test_courses_live_under_the_index_and_hold_modules(self):
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {CourseModulePage})
        self.assertCanNotCreateAt(HomePage, CoursePage)

    def test_modules_have_no_children(self):
        self.assertAllowedParentPageTypes(CourseModulePage, {CoursePage})
        self.assertAllowedSubpageTypes(CourseModulePage, set())


@pytest.mark.django_db
def test_editor_can_create_a_course_with_a_session_in_the_admin(client, course_index):
    user = get_user_model().objects.create_superuser(
        "course-admin", "course-admin@example.org", "x"
    )
    client.force_login(user)
    data = nested_form_data(
        {
            "title": "Ny kurs",
            "slug": "ny-kurs",
            "audience": "staff",
            "format": "self_study",
            "summary_text": "Om innovation.",
            "learning_objectives": rich_text("<p>Mål.</p>"),
            "duration_minutes": "90",
            "prerequisites": "",
            "body": streamfield([]),
            "material": streamfield([]),
            "listing_summary": "",
            "sessions": inline_formset(
                [
                    {
                        "starts_at": "2030-04-02 09:00",
                        "ends_at": "2030-04-02 12:00",
                        "place": "Stadshuset",
                        "online_url": "",
                        "seat_limit": "12",
                        "registration_deadline": "2030-03-20 12:00",
                        "language": "sv",
                    }
                ]
            ),
        }
    )
    response = client.post(f"/admin/pages/add/courses/coursepage/{course_index.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    session = CourseSession.objects.get(page__slug="ny-kurs")
    assert session.locale == course_index.locale
    assert session.starts_at.isoformat() == "2030-04-02T07:00:00+00:00"  # 09:00 summer time


@pytest.mark.django_db
def test_session_validation():
    from datetime import timedelta

    from django.core.exceptions import ValidationError

    fields = session_fields(place="")
    fields["ends_at"] = fields["starts_at"] - timedelta(hours=1)
    fields["registration_deadline"] = fields["starts_at"] + timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        CourseSession(**fields).clean()
    assert set(error.value.message_dict) == {"ends_at", "registration_deadline", "place"}


@pytest.mark.django_db
@pytest.mark.parametrize("url", [INDEX_URL, EN_INDEX_URL])
def test_index_lists_both_demo_courses_and_upcoming_sessions(client, demo_site, url):
    response = client.get(url)
    assert response.status_code == 200
    courses = CoursePage.objects.live().filter(locale=response.context["page"].locale)
    assert courses.count() >= 2
    for course in courses:
        assert course.title in response.text
    assert len(response.context["upcoming"]) >= 4
    assert "kalender/" in response.text or "calendar/" in response.text


@pytest.mark.django_db
def test_course_index_is_in_the_main_menu(client, demo_site):
    assert re.search(r'href="/utbildning/"[^>]*>\s*Utbildning', client.get("/").text)
    assert re.search(r'href="/en/training/"[^>]*>\s*Training', client.get("/en/").text)


@pytest.mark.django_db
def test_every_demo_course_and_module_renders_in_both_languages(client, demo_site):
    courses = CoursePage.objects.live()
    modules = CourseModulePage.objects.live()
    assert courses.filter(locale__language_code="sv").count() >= 2
    assert modules.filter(locale__language_code="en").count() >= 7
    for page in [*courses, *modules]:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f"<h1>{page.title}</h1>" in response.text.replace("&#x27;", "'")


@pytest.mark.django_db
def test_demo_courses_have_modules_sessions_and_material(demo_site):
    politicians = CoursePage.objects.get(slug="innovation-och-politisk-styrning")
    managers = CoursePage.objects.get(slug="leda-innovationsarbete")
    assert politicians.modules().count() >= 4
    assert managers.modules().count() >= 3
    for course in [politicians, managers]:
        assert len(course.upcoming_sessions()) >= 2
        assert course.past_sessions()
        documents = [doc for block in course.material for doc in block.value["documents"]]
        assert documents and all(doc.file.size > 0 for doc in documents)


@pytest.mark.django_db
def test_course_page_shows_modules_sessions_and_archive(client, demo_site):
    response = client.get(POLITICIANS_URL)
    html = response.text
    assert "Vad innovation betyder i kommunal styrning" in html
    assert "Anmäl dig" in html
    assert "Lägg till i kalendern" in html
    assert "Tidigare tillfällen" in html
    assert "Riskmatris för innovationsarbete" in html
    # Each language has its own documents.
    assert "Risk matrix" not in html
    english = client.get(EN_POLITICIANS_URL).text
    assert "Risk matrix for innovation work" in english
    assert "Riskmatris" not in english


@pytest.mark.django_db
@pytest.mark.parametrize("url", [POLITICIANS_URL, EN_POLITICIANS_URL])
def test_course_json_ld(client, demo_site, url):
    html = client.get(url).text
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(match.group(1))
    assert data["@type"] == "Course"
    assert data["provider"]["@type"] == "Organization"
    assert data["timeRequired"] == "PT9H"
    instances = data["hasCourseInstance"]
    assert len(instances) >= 3
    assert {instance["@type"] for instance in instances} == {"CourseInstance"}
    assert {"onsite", "online"} <= {instance["courseMode"] for instance in instances}
    assert all(instance["startDate"] > "2026" for instance in instances)


@pytest.mark.django_db
def test_json_ld_cannot_break_out_of_the_script(client, course_index):
    course = make_course(course_index, "skript", [session_fields()])
    course.summary_text = "</script><script>alert(1)</script> & mer"
    course.save_revision().publish()
    html = client.get(course.url).text
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in script
    assert "alert(1)" in json.loads(script)["description"]


@pytest.mark.django_db
def test_module_has_previous_and_next(client, demo_site):
    politicians = CoursePage.objects.get(slug="innovation-och-politisk-styrning")
    first, second, *_rest, last = politicians.modules()
    html = client.get(second.url).text
    assert "Modul 2 av" in html
    assert f'href="{first.url}" rel="prev"' in html
    assert 'rel="next"' in html
    assert 'rel="prev"' not in client.get(first.url).text
    assert 'rel="next"' not in client.get(last.url).text
    assert "Frågor att diskutera" in html
