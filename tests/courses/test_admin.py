"""Registrations in the admin: only staff allowed to view them see them; filters and export."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone

from courses.choices import RegistrationStatus
from courses.models import Registration
from home.demo.accounts import ensure_groups_and_workflow
from tests.spreadsheets import FORMULA, assert_export_neutralised

from .conftest import bilingual_course_index, make_course, session_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_index(home):
    return bilingual_course_index(home)


LIST_URL = "/admin/registrations/"


def add_registration(session, email, status=RegistrationStatus.CONFIRMED):
    return Registration.objects.create(
        course_id=session.page_id,
        session_key=session.translation_key,
        session_starts_at=session.starts_at,
        name=email.split("@")[0].title(),
        email=email,
        organisation="Skellefteå kommun",
        role="Enhetschef",
        consent_at=timezone.now(),
        language="sv",
        status=status,
    )


@pytest.fixture
def registrations(course_index, session):
    other = make_course(course_index, "annan", [session_fields()]).sessions.get()
    return [
        add_registration(session, "anna@example.org"),
        add_registration(session, "bo@example.org", RegistrationStatus.WAITING_LIST),
        add_registration(other, "cecilia@example.org"),
    ]


def staff_user(*codenames):
    user = get_user_model().objects.create_user("staff", "staff@example.org", "x")
    editors, _moderators = ensure_groups_and_workflow()
    user.groups.add(editors)
    for codename in codenames:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


@pytest.mark.parametrize("url", [LIST_URL, f"{LIST_URL}?export=csv", f"{LIST_URL}?export=xlsx"])
def test_editor_without_permission_cannot_see_registrations(client, registrations, url):
    client.force_login(staff_user())
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert b"anna@example.org" not in response.content
    home = client.get("/admin/")
    assert LIST_URL not in home.text


def test_staff_with_view_permission_list_filter_and_export(client, registrations, session):
    client.force_login(staff_user("view_registration"))
    response = client.get(LIST_URL)
    assert response.status_code == 200
    assert "Anna" in response.text and "Cecilia" in response.text

    response = client.get(LIST_URL, {"session_key": str(session.translation_key)})
    assert "Anna" in response.text and "Bo" in response.text
    assert "Cecilia" not in response.text

    response = client.get(LIST_URL, {"status": "waiting_list"})
    assert "Bo" in response.text and "Anna" not in response.text

    response = client.get(LIST_URL, {"course": session.page_id, "export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert "anna@example.org" in body and "bo@example.org" in body
    assert "cecilia@example.org" not in body

    response = client.get(LIST_URL, {"export": "xlsx"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        {"session_key": "not-a-uuid"},
        {"course": "abc"},
        {"course": "999999"},
        {"status": "deleted"},
        {"p": "x"},
    ],
)
def test_admin_filters_ignore_bogus_values(client, registrations, query):
    client.force_login(staff_user("view_registration"))
    assert client.get(LIST_URL, query).status_code == 200


def test_registrations_cannot_be_added_in_the_admin(client, registrations):
    user = get_user_model().objects.create_superuser("boss", "boss@example.org", "x")
    client.force_login(user)
    assert client.get(LIST_URL).status_code == 200
    add = client.get(f"{LIST_URL}new/")
    assert add.status_code == 302
    assert add["Location"] == "/admin/"
    edit = client.get(f"{LIST_URL}edit/{registrations[0].pk}/")
    assert edit.status_code == 200


def test_exports_neutralise_a_formula_in_the_name(client, session):
    registration = add_registration(session, "anna@example.org")
    Registration.objects.filter(pk=registration.pk).update(name=FORMULA, needs="@SUM(1+1)")
    client.force_login(staff_user("view_registration"))
    assert_export_neutralised(client, LIST_URL)
    assert_export_neutralised(client, LIST_URL, text="@SUM(1+1)")
