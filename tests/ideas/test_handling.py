"""The idea handlers' actions: change the stage, answer, publish, assign, merge, erase, the bulk
stage change, and the e-mail to the handlers when a new idea arrives."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from ideas.choices import Municipality
from ideas.models import Idea, IdeaEvent, Notification
from ideas.notifications import queue_new_idea_alert
from ideas.stages import Stage
from tests.conftest import form_session

from .conftest import SV_BOARD, SV_FORM, answers, assert_denied

pytestmark = pytest.mark.django_db


def stage_form(**overrides):
    data = {
        "stage": Stage.ASSESSMENT,
        "internal_note": "Läst och bedöms av teamet.",
        "public_answer": "",
        "closed_reason": "",
        "public_title": "",
        "public_summary": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def user(username):
    return get_user_model().objects.get(username=username)


# --- Change stage ------------------------------------------------------------------------------


def test_stage_change_needs_a_note(pitea_client, make_idea):
    idea = make_idea(submitter_email="a@example.org", wants_updates=True)
    response = pitea_client.post(f"/admin/ideas/stage/{idea.pk}/", stage_form(internal_note=""))
    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["internal_note"]
    idea.refresh_from_db()
    assert idea.stage == Stage.RECEIVED
    assert not idea.events.exists()
    assert not idea.notifications.exists()


def test_stage_change_records_the_event_and_mails_the_resident(
    pitea_client, make_idea, django_capture_on_commit_callbacks
):
    idea = make_idea(submitter_email="vill@example.org", wants_updates=True)
    with django_capture_on_commit_callbacks(execute=True):
        response = pitea_client.post(
            f"/admin/ideas/stage/{idea.pk}/",
            stage_form(public_answer="Vi tittar på idén under våren."),
        )
    assert response.status_code == 302
    assert response["Location"] == f"/admin/ideas/inspect/{idea.pk}/"
    idea.refresh_from_db()
    assert idea.stage == Stage.ASSESSMENT
    assert idea.public_answer == "Vi tittar på idén under våren."
    event = idea.events.get()
    assert event.kind == IdeaEvent.Kind.STAGE_CHANGED
    assert (event.from_stage, event.to_stage) == (Stage.RECEIVED, Stage.ASSESSMENT)
    assert event.actor == user("handlaggare-pitea")
    assert event.internal_note == "Läst och bedöms av teamet."
    assert event.public_note == "Vi tittar på idén under våren."
    assert [message.to for message in mail.outbox] == [["vill@example.org"]]
    assert "Vi tittar på idén under våren." in mail.outbox[0].body
    assert "Läst och bedöms" not in mail.outbox[0].body  # the internal note stays internal


def test_no_mail_unless_the_resident_asked(
    pitea_client, make_idea, django_capture_on_commit_callbacks
):
    quiet = make_idea(submitter_email="tyst@example.org", wants_updates=False)
    no_address = make_idea(wants_updates=True)
    with django_capture_on_commit_callbacks(execute=True):
        for idea in (quiet, no_address):
            response = pitea_client.post(f"/admin/ideas/stage/{idea.pk}/", stage_form())
            assert response.status_code == 302
    assert mail.outbox == []
    assert not Notification.objects.filter(idea__in=[quiet, no_address]).exists()
    assert IdeaEvent.objects.filter(idea__in=[quiet, no_address], kind="stage_changed").count() == 2


def test_answer_without_moving_the_idea(
    pitea_client, make_idea, django_capture_on_commit_callbacks
):
    idea = make_idea(submitter_email="svar@example.org", wants_updates=True, language="en")
    with django_capture_on_commit_callbacks(execute=True):
        response = pitea_client.post(
            f"/admin/ideas/stage/{idea.pk}/",
            stage_form(stage=Stage.RECEIVED, public_answer="Thank you, we will read it soon."),
        )
    assert response.status_code == 302
    event = idea.events.get()
    assert event.kind == IdeaEvent.Kind.ANSWERED
    assert event.public_note == "Thank you, we will read it soon."
    assert (
        mail.outbox[0].subject == f"The municipality has answered about your idea {idea.reference}"
    )
    assert "Thank you, we will read it soon." in mail.outbox[0].body


def test_a_note_alone_is_recorded_and_not_mailed(pitea_client, make_idea):
    idea = make_idea(submitter_email="a@example.org", wants_updates=True)
    response = pitea_client.post(f"/admin/ideas/stage/{idea.pk}/", stage_form(stage=Stage.RECEIVED))
    assert response.status_code == 302
    assert list(idea.events.values_list("kind", flat=True)) == [IdeaEvent.Kind.NOTE]
    assert not idea.notifications.exists()


def test_public_answer_is_shown_on_the_tracking_page_and_the_board(pitea_client, make_idea):
    idea = make_idea(title="Lånecyklar för äldre")
    response = pitea_client.post(
        f"/admin/ideas/stage/{idea.pk}/",
        stage_form(
            public_answer="Vi provar tre cyklar i sommar.",
            is_public="on",
            public_title="Lånecyklar",
            public_summary="Cyklar som boende kan låna.",
        ),
    )
    assert response.status_code == 302
    kinds = list(idea.events.values_list("kind", flat=True))
    assert kinds == [IdeaEvent.Kind.STAGE_CHANGED, IdeaEvent.Kind.PUBLISHED]
    tracking = pitea_client.get(f"{SV_BOARD}folj/{idea.tracking_token}/")
    assert "Vi provar tre cyklar i sommar." in tracking.text
    board = pitea_client.get(f"{SV_BOARD}{idea.reference}/")
    assert board.status_code == 200
    assert "Vi provar tre cyklar i sommar." in board.text
    assert "Lånecyklar" in board.text

    # Taking it down again is recorded and the board no longer shows it.
    response = pitea_client.post(
        f"/admin/ideas/stage/{idea.pk}/",
        stage_form(
            public_answer="Vi provar tre cyklar i sommar.",
            public_title="Lånecyklar",
            public_summary="Cyklar som boende kan låna.",
        ),
    )
    assert response.status_code == 302
    assert idea.events.filter(kind=IdeaEvent.Kind.UNPUBLISHED).count() == 1
    assert pitea_client.get(f"{SV_BOARD}{idea.reference}/").status_code == 404


def test_publishing_needs_a_public_title_and_summary(pitea_client, make_idea):
    idea = make_idea()
    response = pitea_client.post(f"/admin/ideas/stage/{idea.pk}/", stage_form(is_public="on"))
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"public_title", "public_summary"}
    idea.refresh_from_db()
    assert not idea.is_public


def test_closing_needs_a_reason(pitea_client, make_idea):
    idea = make_idea()
    response = pitea_client.post(f"/admin/ideas/stage/{idea.pk}/", stage_form(stage="closed"))
    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["closed_reason"]
    response = pitea_client.post(
        f"/admin/ideas/stage/{idea.pk}/",
        stage_form(stage="closed", closed_reason="Finns redan i hemtjänsten."),
    )
    assert response.status_code == 302
    idea.refresh_from_db()
    assert (idea.stage, idea.closed_reason) == (Stage.CLOSED, "Finns redan i hemtjänsten.")


@pytest.mark.parametrize("stage", ["merged", "nonsense", ""])
def test_bad_stages_are_refused(pitea_client, make_idea, stage):
    idea = make_idea()
    response = pitea_client.post(f"/admin/ideas/stage/{idea.pk}/", stage_form(stage=stage))
    assert response.status_code == 400
    idea.refresh_from_db()
    assert idea.stage == Stage.RECEIVED


def test_change_stage_page_is_labelled(pitea_client, make_idea):
    idea = make_idea()
    response = pitea_client.get(f"/admin/ideas/stage/{idea.pk}/")
    assert response.status_code == 200
    for name in ("stage", "internal_note", "public_answer", "is_public", "public_title"):
        assert f'<label class="w-field__label" for="id_{name}"' in response.text
    assert "Svar från kommunen" in response.text


# --- Assign ------------------------------------------------------------------------------------


def test_assigning_a_handler_of_the_municipality(pitea_client, make_idea):
    idea = make_idea()
    handler = user("handlaggare-pitea")
    response = pitea_client.get(f"/admin/ideas/assign/{idea.pk}/")
    choices = [choice for choice, _label in response.context["form"].fields["handler"].choices]
    assert handler.pk in [getattr(choice, "value", choice) for choice in choices]
    assert user("handlaggare-skelleftea").pk not in [
        getattr(choice, "value", choice) for choice in choices
    ]
    response = pitea_client.post(f"/admin/ideas/assign/{idea.pk}/", {"handler": handler.pk})
    assert response.status_code == 302
    idea.refresh_from_db()
    assert idea.assigned_handler == handler
    event = idea.events.get(kind=IdeaEvent.Kind.ASSIGNED)
    assert event.actor == handler and "Pia" in event.internal_note
    other = pitea_client.post(
        f"/admin/ideas/assign/{idea.pk}/", {"handler": user("handlaggare-skelleftea").pk}
    )
    assert other.status_code == 400
    idea.refresh_from_db()
    assert idea.assigned_handler == handler


# --- Merge -------------------------------------------------------------------------------------


def test_merge_points_to_the_surviving_idea(
    pitea_client, make_idea, django_capture_on_commit_callbacks
):
    surviving = make_idea(title="Den som blir kvar", is_public=True, public_title="Kvar")
    merged = make_idea(title="Dubbletten", submitter_email="dubbel@example.org", wants_updates=True)
    with django_capture_on_commit_callbacks(execute=True):
        response = pitea_client.post(
            f"/admin/ideas/merge/{merged.pk}/",
            {"surviving": surviving.reference.lower(), "internal_note": "Samma idé."},
        )
    assert response.status_code == 302
    merged.refresh_from_db()
    assert merged.stage == Stage.MERGED and merged.merged_into == surviving
    event = merged.events.get()
    assert (event.kind, event.to_stage, event.internal_note) == ("merged", "merged", "Samma idé.")
    assert surviving.events.get().kind == IdeaEvent.Kind.MERGED
    assert [message.to for message in mail.outbox] == [["dubbel@example.org"]]

    # The resident following the merged idea is led to the surviving one, and the resident
    # following the surviving one sees that another idea joined it.
    tracking = pitea_client.get(f"{SV_BOARD}folj/{merged.tracking_token}/")
    assert f'href="{SV_BOARD}{surviving.reference}/"' in tracking.text
    surviving_tracking = pitea_client.get(f"{SV_BOARD}folj/{surviving.tracking_token}/")
    surviving_note = surviving.events.get().public_note
    assert surviving_note and surviving_note in surviving_tracking.text
    inspect = pitea_client.get(f"/admin/ideas/inspect/{surviving.pk}/")
    assert merged.reference in inspect.text


@pytest.mark.parametrize("target", ["", "IDE-20", "IDE-2026-9999", "'; DROP TABLE", "self"])
def test_merge_refuses_bad_targets(pitea_client, make_idea, target):
    idea = make_idea()
    if target == "self":
        target = idea.reference
    response = pitea_client.post(
        f"/admin/ideas/merge/{idea.pk}/", {"surviving": target, "internal_note": "x"}
    )
    assert response.status_code == 400
    idea.refresh_from_db()
    assert idea.stage == Stage.RECEIVED


def test_merge_only_within_the_municipality(admin_client, make_idea):
    pitea = make_idea()
    skelleftea = make_idea(municipality=Municipality.SKELLEFTEA)
    response = admin_client.post(
        f"/admin/ideas/merge/{pitea.pk}/",
        {"surviving": skelleftea.reference, "internal_note": "x"},
    )
    assert response.status_code == 400
    assert response.context["form"].errors.as_data()["surviving"][0].code == "not_found"


def test_cannot_merge_into_a_merged_idea(pitea_client, make_idea):
    final = make_idea()
    merged = make_idea(stage=Stage.MERGED, merged_into=final)
    idea = make_idea()
    response = pitea_client.post(
        f"/admin/ideas/merge/{idea.pk}/", {"surviving": merged.reference, "internal_note": "x"}
    )
    assert response.status_code == 400


# --- Erase -------------------------------------------------------------------------------------


def test_erase_personal_data_from_the_detail_view(pitea_client, make_idea):
    idea = make_idea(
        submitter_name="Rut Raderas", submitter_email="rut@example.org", submitter_phone="0911-1"
    )
    assert (
        f"/admin/ideas/erase/{idea.pk}/"
        in pitea_client.get(f"/admin/ideas/inspect/{idea.pk}/").text
    )
    assert pitea_client.get(f"/admin/ideas/erase/{idea.pk}/").status_code == 200
    response = pitea_client.post(
        f"/admin/ideas/erase/{idea.pk}/", {"internal_note": "Bad om det per telefon."}
    )
    assert response.status_code == 302
    idea.refresh_from_db()
    assert (idea.submitter_name, idea.submitter_email, idea.submitter_phone) == ("", "", "")
    event = idea.events.get(kind=IdeaEvent.Kind.ERASED)
    assert event.actor == user("handlaggare-pitea")
    assert event.internal_note == "Bad om det per telefon."
    assert "Rut Raderas" not in pitea_client.get(f"/admin/ideas/inspect/{idea.pk}/").text


def test_erase_needs_the_personal_data_permission(limited_pitea_client, make_idea):
    idea = make_idea(submitter_name="Rut Raderas")
    assert_denied(limited_pitea_client.get(f"/admin/ideas/erase/{idea.pk}/"))
    assert_denied(limited_pitea_client.post(f"/admin/ideas/erase/{idea.pk}/", {}))
    idea.refresh_from_db()
    assert idea.submitter_name == "Rut Raderas"


# --- Bulk stage change -------------------------------------------------------------------------


def bulk_url(*ideas):
    ids = "&".join(f"id={idea.pk}" for idea in ideas)
    return f"/admin/bulk/ideas/idea/change_stage/?next=/admin/ideas/&{ids}"


def test_bulk_stage_change(pitea_client, make_idea, django_capture_on_commit_callbacks):
    first = make_idea(submitter_email="en@example.org", wants_updates=True)
    second = make_idea()
    already = make_idea(stage=Stage.TESTING)
    response = pitea_client.get(bulk_url(first, second, already))
    assert response.status_code == 200
    assert first.reference in response.text
    response = pitea_client.post(
        bulk_url(first, second, already), {"stage": Stage.TESTING, "internal_note": ""}
    )
    assert response.status_code == 400
    with django_capture_on_commit_callbacks(execute=True):
        response = pitea_client.post(
            bulk_url(first, second, already),
            {"stage": Stage.TESTING, "internal_note": "Alla testas i vår.", "closed_reason": ""},
        )
    assert response.status_code == 302
    assert response["Location"] == "/admin/ideas/"
    for idea in (first, second):
        idea.refresh_from_db()
        assert idea.stage == Stage.TESTING
        event = idea.events.get()
        assert event.internal_note == "Alla testas i vår."
        assert event.actor == user("handlaggare-pitea")
    assert not already.events.exists()
    assert [message.to for message in mail.outbox] == [["en@example.org"]]


@pytest.mark.parametrize("query", ["", "id=abc", "id=all", "id=999999", "id=1e3"])
def test_bulk_action_bad_ids(pitea_client, query):
    response = pitea_client.get(f"/admin/bulk/ideas/idea/change_stage/?{query}")
    assert response.status_code == 404


# --- New idea: the municipality's handlers are told --------------------------------------------


def test_new_idea_is_mailed_to_the_handlers_of_its_municipality(
    client, demo_site, django_capture_on_commit_callbacks, settings
):
    settings.WAGTAILADMIN_BASE_URL = "https://idesluss.example.org"
    with django_capture_on_commit_callbacks(execute=True):
        response = form_session(client).post(
            SV_FORM, answers(municipality=Municipality.SKELLEFTEA, name="Karin Ek")
        )
    assert response.status_code == 302
    idea = Idea.objects.get(title="Värmefilt som håller kaffet varmt")
    to_handlers = [message for message in mail.outbox if message.to != ["karin@example.org"]]
    assert [message.to for message in to_handlers] == [["handlaggare-skelleftea@example.org"]]
    message = to_handlers[0]
    assert idea.reference in message.subject and "Skellefteå" in message.subject
    assert f"https://idesluss.example.org/admin/ideas/inspect/{idea.pk}/" in message.body
    for personal in ("Karin", "karin@example.org", "070-123 45 67"):
        assert personal not in message.body


def test_inactive_handlers_and_missing_addresses_get_no_mail(demo_site, make_idea):
    idea = make_idea(municipality=Municipality.PITEA)
    handler = user("handlaggare-pitea")
    handler.is_active = False
    handler.save()
    assert queue_new_idea_alert(idea) == []
    assert mail.outbox == []
