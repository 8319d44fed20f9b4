"""Who sends an idea: residents, employees (with their administration and unit), organisations
and companies, through the public form; the administration must be the chosen municipality's."""

import pytest

from home.models import OutgoingEmail
from ideas.choices import Channel, Municipality, SubmitterKind
from ideas.models import Idea
from tests.conftest import form_session
from tests.factories import (
    AdministrationFactory,
    IdeaSubmissionPageFactory,
    UnitFactory,
    manager,
    translate,
)

from .conftest import answers

pytestmark = pytest.mark.django_db

FORM = "/lamna-en-ide/"


@pytest.fixture
def client(client):
    return form_session(client)


@pytest.fixture
def page(home):
    return IdeaSubmissionPageFactory(parent=home)


@pytest.fixture
def social(db):
    return AdministrationFactory(name="Socialtjänsten", municipality=Municipality.PITEA)


@pytest.fixture
def home_care(social):
    return UnitFactory(name="Hemtjänst", administration=social)


@pytest.fixture
def skelleftea_social(db):
    return AdministrationFactory(name="Socialförvaltningen", municipality=Municipality.SKELLEFTEA)


def submit(client, data, capture):
    with capture(execute=True):
        return client.post(FORM, data)


@pytest.mark.parametrize(
    "kind", [SubmitterKind.RESIDENT, SubmitterKind.ORGANISATION, SubmitterKind.COMPANY]
)
def test_a_resident_organisation_or_company_is_stored_without_administration(
    client, page, social, kind, django_capture_on_commit_callbacks
):
    # An administration sent along by someone who is not an employee is left out.
    data = answers(submitter_kind=kind, administration=str(social.pk), workplace="Hemma")
    response = submit(client, data, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    idea = Idea.objects.get()
    assert idea.submitter_kind == kind
    assert idea.administration is None and idea.unit is None and idea.workplace == ""
    assert idea.channel == Channel.WEB and idea.registered_by is None


def test_a_form_without_the_kind_is_a_residents(client, page, django_capture_on_commit_callbacks):
    response = submit(client, answers(), django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert Idea.objects.get().submitter_kind == SubmitterKind.RESIDENT


def test_an_employee_is_stored_with_administration_unit_and_workplace(
    client, page, home_care, django_capture_on_commit_callbacks
):
    data = answers(
        submitter_kind=SubmitterKind.EMPLOYEE,
        administration=str(home_care.administration.pk),
        unit=str(home_care.pk),
        workplace="Hemtjänsten Norr",
    )
    response = submit(client, data, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    idea = Idea.objects.get()
    assert idea.submitter_kind == SubmitterKind.EMPLOYEE
    assert idea.administration == home_care.administration
    assert idea.unit == home_care
    assert idea.workplace == "Hemtjänsten Norr"


def test_an_employee_must_choose_an_administration(client, page, social):
    response = client.post(FORM, answers(submitter_kind=SubmitterKind.EMPLOYEE))
    assert response.status_code == 400
    assert "Välj den förvaltning du arbetar i." in response.text
    assert not Idea.objects.exists()


def test_an_administration_of_the_other_municipality_is_a_field_error(
    client, page, skelleftea_social
):
    data = answers(
        submitter_kind=SubmitterKind.EMPLOYEE,
        administration=str(skelleftea_social.pk),
        workplace="Kept as typed",
    )
    response = client.post(FORM, data)
    assert response.status_code == 400
    assert response.context["form"].errors["administration"]
    assert 'value="Kept as typed"' in response.text
    assert not Idea.objects.exists()


def test_a_unit_of_another_administration_is_a_field_error(client, page, social):
    other_unit = UnitFactory(administration=AdministrationFactory())
    data = answers(
        submitter_kind=SubmitterKind.EMPLOYEE,
        administration=str(social.pk),
        unit=str(other_unit.pk),
    )
    response = client.post(FORM, data)
    assert response.status_code == 400
    assert response.context["form"].errors["unit"]


@pytest.mark.parametrize("value", ["999999", "x", "1; drop table"])
def test_unknown_administrations_are_a_field_error_not_a_crash(client, page, social, value):
    data = answers(submitter_kind=SubmitterKind.EMPLOYEE, administration=value)
    response = client.post(FORM, data)
    assert response.status_code == 400
    assert response.context["form"].errors["administration"]


def test_a_retired_administration_is_not_offered_but_old_ideas_keep_it(client, page, social):
    retired = AdministrationFactory(name="Gamla förvaltningen", is_active=False)
    idea = Idea.objects.create(
        title="t", description="d", need="n", area="other", municipality="pitea",
        administration=retired,
    )  # fmt: skip
    response = client.get(FORM)
    assert "Socialtjänsten" in response.text
    assert "Gamla förvaltningen" not in response.text
    idea.refresh_from_db()
    assert idea.administration == retired


def test_the_english_form_shows_the_translated_administration(client, page, social, english):
    translation = social.copy_for_translation(english)
    translation.name = "Social services"
    translation.save()
    translate(page, title="Submit an idea", slug="submit-an-idea")
    response = client.get("/en/submit-an-idea/")
    assert response.status_code == 200
    assert "Social services" in response.text
    assert f'value="{social.pk}"' in response.text


def test_the_sender_fields_are_grouped_in_fieldsets_that_work_without_script(client, page):
    text = client.get(FORM).text
    assert 'id="idea-sender"' in text and 'id="idea-employee"' in text
    assert 'type="radio" name="submitter_kind"' in text
    assert "<legend" in text


def test_the_administrations_managers_are_emailed_without_personal_data(
    client, page, social, django_capture_on_commit_callbacks
):
    boss = manager(social)
    data = answers(submitter_kind=SubmitterKind.EMPLOYEE, administration=str(social.pk))
    submit(client, data, django_capture_on_commit_callbacks)
    alert = OutgoingEmail.objects.get(kind=OutgoingEmail.Kind.MANAGER_ALERT)
    assert alert.to_address == boss.email
    idea = Idea.objects.get()
    assert idea.reference in alert.subject and "Socialtjänsten" in alert.subject
    assert f"/admin/managed-ideas/{idea.pk}/" in alert.body
    for secret in ("Karin", "karin@example.org", "070-123"):
        assert secret not in alert.body and secret not in alert.subject
