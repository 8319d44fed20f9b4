"""Handlers' work with staff ideas in the admin: registering an idea received outside the web
form on someone's behalf (with a team), assessing it against criteria (saved, shown, exported,
never public) and referring it to a partner (an e-mail without personal data unless the
submitter agreed)."""

import csv
import io

import pytest
from django.test import Client

from home.models import OutgoingEmail
from ideas.choices import Channel, Municipality, SubmitterKind
from ideas.models import Assessment, Idea, IdeaEvent, IdeaSubmitter, PartnerReferral
from ideas.models.assessment import STANDARD_CRITERIA
from tests.factories import (
    AdministrationFactory,
    IdeaBoardPageFactory,
    IdeaFactory,
    PartnerFactory,
    UserFactory,
    idea_handler,
    manager,
)

pytestmark = pytest.mark.django_db

REGISTER = "/admin/ideas/new/"


@pytest.fixture
def handler(db):
    return idea_handler(Municipality.PITEA)


@pytest.fixture
def pitea(handler):
    return Client(), handler


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def social(db):
    return AdministrationFactory(name="Socialtjänsten", municipality=Municipality.PITEA)


def registration(**overrides):
    data = {
        "channel": Channel.WORKPLACE_MEETING,
        "municipality": Municipality.PITEA,
        "submitter_kind": SubmitterKind.EMPLOYEE,
        "title": "Fast tid för idéer på arbetsplatsträffen",
        "description": "Tio minuter på varje träff.",
        "need": "Idéer försvinner i vardagen.",
        "area": "elderly_care",
        "language": "sv",
        "submitter_name": "Anna Andersson",
        "submitter_email": "anna@example.org",
        "team": "Bo Berg, bo@example.org, 070-111 22 33\nCia Ek",
        "consent": "on",
        "internal_note": "Från APT i hemtjänsten.",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_a_handler_registers_a_team_idea_on_someones_behalf(
    handler, social, django_capture_on_commit_callbacks
):
    client = signed_in(handler)
    assert client.get(REGISTER).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(REGISTER, registration(administration=str(social.pk)))
    assert response.status_code == 302
    idea = Idea.objects.get()
    assert response["Location"] == f"/admin/ideas/inspect/{idea.pk}/"
    assert idea.channel == Channel.WORKPLACE_MEETING
    assert idea.registered_by == handler
    assert idea.submitter_kind == SubmitterKind.EMPLOYEE and idea.administration == social
    assert idea.consent_at is not None and idea.submitter_name == "Anna Andersson"
    team = list(idea.submitters.order_by("pk").values_list("name", "email", "phone", "joined_as"))
    assert team == [
        ("Bo Berg", "bo@example.org", "070-111 22 33", IdeaSubmitter.Joined.TEAM),
        ("Cia Ek", "", "", IdeaSubmitter.Joined.TEAM),
    ]
    registered = idea.events.get(kind=IdeaEvent.Kind.REGISTERED)
    assert registered.actor == handler
    assert idea.events.filter(kind=IdeaEvent.Kind.RECEIVED).exists()
    page = client.get(f"/admin/ideas/inspect/{idea.pk}/").text
    assert "Arbetsplatsträff" in page and "Bo Berg" in page and "Socialtjänsten" in page


def test_without_consent_no_personal_data_is_stored(handler):
    client = signed_in(handler)
    response = client.post(REGISTER, registration(consent=None, administration=None))
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert "submitter_name" in errors and "team" in errors
    assert not Idea.objects.exists()
    data = registration(
        consent=None,
        submitter_name="",
        submitter_email="",
        team="",
        submitter_kind=SubmitterKind.RESIDENT,
        channel=Channel.PHONE,
    )
    assert client.post(REGISTER, data).status_code == 302
    idea = Idea.objects.get()
    assert idea.consent_at is None and not idea.has_personal_data
    assert idea.channel == Channel.PHONE


def test_a_handler_registers_only_for_their_own_municipality(handler):
    client = signed_in(handler)
    data = registration(municipality=Municipality.SKELLEFTEA, submitter_kind="resident")
    response = client.post(REGISTER, data)
    assert response.status_code == 400
    assert "municipality" in response.context["form"].errors
    assert not Idea.objects.exists()


def test_the_web_form_is_not_a_channel_to_register_with(handler):
    response = signed_in(handler).post(REGISTER, registration(channel=Channel.WEB))
    assert response.status_code == 400
    assert "channel" in response.context["form"].errors


@pytest.mark.parametrize("team", ["Bo Berg, inte@en@adress", "\n".join(["X"] * 31)])
def test_a_team_list_that_cannot_be_read_is_a_field_error(handler, social, team):
    data = registration(administration=str(social.pk), team=team)
    response = signed_in(handler).post(REGISTER, data)
    assert response.status_code == 400
    assert "team" in response.context["form"].errors


def test_only_idea_handlers_may_register(social):
    someone = signed_in(UserFactory(username="nobody"))
    assert someone.get(REGISTER).status_code == 302  # Wagtail sends them to sign in / home
    boss = signed_in(manager(social))
    assert boss.get(REGISTER).status_code == 302
    assert boss.post(REGISTER, registration()).status_code == 302
    assert not Idea.objects.exists()


def test_the_listing_offers_registration_to_handlers(handler):
    response = signed_in(handler).get("/admin/ideas/")
    assert REGISTER in response.text


# --- Assessment ---------------------------------------------------------------------------------


def assessment_answers(**overrides):
    data = {
        "benefit_value": "4",
        "benefit_comment": "Många boende får nytta.",
        "feasibility_value": "3",
        "cost_value": "5",
        "gender_benefit_value": "yes",
        "accessibility_effect_value": "unknown",
        "accessibility_effect_comment": "Fråga brukarrådet.",
        "summary": "Bra idé, låg kostnad.",
    }
    data.update(overrides)
    return data


def test_an_assessment_is_saved_shown_recorded_and_exported(handler, home):
    IdeaBoardPageFactory(parent=home)
    idea = IdeaFactory(is_public=True, public_title="Varmt kaffe", public_summary="Kaffe.")
    client = signed_in(handler)
    url = f"/admin/ideas/assess/{idea.pk}/"
    assert client.get(url).status_code == 200
    assert client.post(url, assessment_answers()).status_code == 302
    assessment = Assessment.objects.get(idea=idea)
    assert assessment.actor == handler and assessment.summary == "Bra idé, låg kostnad."
    rows = {row.criterion: row for row in assessment.ratings.all()}
    assert set(rows) == {criterion.key for criterion in STANDARD_CRITERIA}
    assert rows["benefit"].rating == 4 and rows["cost"].rating == 5
    assert rows["gender_benefit"].answer == "yes" and rows["gender_benefit"].rating is None
    assert rows["accessibility_effect"].comment == "Fråga brukarrådet."
    assert rows["gender_valued"].answer == "" and rows["gender_valued"].rating is None
    event = idea.events.get(kind=IdeaEvent.Kind.ASSESSED)
    assert event.actor == handler
    page = client.get(f"/admin/ideas/inspect/{idea.pk}/").text
    assert "Bra idé, låg kostnad." in page and "4 / 5" in page
    # Exported with the listing, one column per standard criterion and the summary.
    export = client.get("/admin/ideas/", {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    header, row = rows[0], rows[1]
    assert "Nytta för invånarna" in header
    assert row[header.index("Nytta för invånarna")] == "4"
    assert row[header.index("Bedömning")] == "Bra idé, låg kostnad."
    # Never public: not on the board nor the idea's public page.
    for url in ("/ideer/", f"/ideer/{idea.reference}/"):
        public = Client().get(url)
        assert public.status_code == 200
        assert "Bra idé, låg kostnad." not in public.text and "Fråga brukarrådet" not in public.text


def test_a_second_assessment_starts_from_the_first_and_keeps_it(handler):
    idea = IdeaFactory()
    client = signed_in(handler)
    url = f"/admin/ideas/assess/{idea.pk}/"
    client.post(url, assessment_answers())
    form = client.get(url).context["form"]
    assert (
        form.initial["benefit_value"] == "4" and form.initial["summary"] == "Bra idé, låg kostnad."
    )
    client.post(url, assessment_answers(benefit_value="2", summary="Omprövad."))
    assert idea.assessments.count() == 2
    assert idea.assessments.first().summary == "Omprövad."


@pytest.mark.parametrize(
    "overrides",
    [
        {"benefit_value": "6"},
        {"gender_benefit_value": "maybe"},
        {"summary": ""},
        {key: "" for key in assessment_answers() if key.endswith("_value")},
    ],
)
def test_a_bad_assessment_is_refused_and_saves_nothing(handler, overrides):
    idea = IdeaFactory()
    response = signed_in(handler).post(
        f"/admin/ideas/assess/{idea.pk}/", assessment_answers(**overrides)
    )
    assert response.status_code == 400
    assert not Assessment.objects.exists()
    assert not idea.events.exists()


# --- Partners -----------------------------------------------------------------------------------


@pytest.fixture
def partner(db):
    return PartnerFactory(name="LTU", contact_email="ltu@example.org")


def personal_idea(**fields):
    return IdeaFactory(
        submitter_name="Karin Ek",
        submitter_email="karin@example.org",
        submitter_phone="070-123 45 67",
        **fields,
    )


def refer(handler, idea, partner, capture):
    with capture(execute=True):
        return signed_in(handler).post(
            f"/admin/ideas/refer/{idea.pk}/",
            {"partner": str(partner.pk), "message": "Kan ni hjälpa till med en testmiljö?"},
        )


def test_a_referral_emails_the_partner_without_personal_data(
    handler, partner, django_capture_on_commit_callbacks
):
    idea = personal_idea()
    response = refer(handler, idea, partner, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    referral = PartnerReferral.objects.get()
    assert referral.partner == partner and referral.actor == handler
    assert not referral.contact_details_shared
    email = OutgoingEmail.objects.get(kind=OutgoingEmail.Kind.PARTNER_REFERRAL)
    assert email.to_address == "ltu@example.org"
    assert idea.reference in email.subject
    assert "Kan ni hjälpa till med en testmiljö?" in email.body
    for secret in ("Karin", "karin@example.org", "070-123"):
        assert secret not in email.body and secret not in email.subject
    event = idea.events.get(kind=IdeaEvent.Kind.REFERRED)
    assert event.actor == handler and "LTU" in event.internal_note


def test_a_referral_includes_the_contact_details_when_the_submitter_agreed(
    handler, partner, django_capture_on_commit_callbacks
):
    idea = personal_idea(shares_contact_with_partners=True)
    refer(handler, idea, partner, django_capture_on_commit_callbacks)
    assert PartnerReferral.objects.get().contact_details_shared
    body = OutgoingEmail.objects.get(kind=OutgoingEmail.Kind.PARTNER_REFERRAL).body
    assert "Karin Ek" in body and "karin@example.org" in body


def test_a_retired_partner_or_one_of_the_other_municipality_cannot_be_chosen(handler):
    idea = IdeaFactory()
    retired = PartnerFactory(is_active=False)
    elsewhere = PartnerFactory(municipality=Municipality.SKELLEFTEA)
    client = signed_in(handler)
    for partner in (retired, elsewhere):
        response = client.post(
            f"/admin/ideas/refer/{idea.pk}/", {"partner": str(partner.pk), "message": "x"}
        )
        assert response.status_code == 400
    assert not PartnerReferral.objects.exists()
    assert not OutgoingEmail.objects.exists()


def test_erasing_personal_data_erases_the_co_submitters_too(handler):
    idea = personal_idea()
    IdeaSubmitter.objects.create(idea=idea, name="Bo Berg", email="bo@example.org")
    idea.erase_personal_data(actor=handler)
    assert list(idea.submitters.values_list("name", "email", "phone")) == [("", "", "")]


def test_the_listing_filters_by_kind_and_channel(handler):
    IdeaFactory(title="Från APT", submitter_kind="employee", channel=Channel.WORKPLACE_MEETING)
    IdeaFactory(title="Från webben")
    client = signed_in(handler)
    by_channel = client.get("/admin/ideas/", {"channel": Channel.WORKPLACE_MEETING})
    assert [idea.title for idea in by_channel.context["object_list"]] == ["Från APT"]
    by_kind = client.get("/admin/ideas/", {"submitter_kind": "resident"})
    assert [idea.title for idea in by_kind.context["object_list"]] == ["Från webben"]
    assert client.get("/admin/ideas/", {"channel": "nonsense"}).status_code == 200
