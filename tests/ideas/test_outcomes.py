"""Decisions with reasons, the implementation and benefit follow-up, its reminder, and the
validation of indicators and measured values (issue 17)."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from home.models import OutgoingEmail
from home.outbox import send_pending_mail
from ideas.models import Decision, FollowUp, IdeaEvent, Indicator, Measurement, Notification
from ideas.outcomes import add_indicator, save_follow_up, send_follow_up_reminders
from ideas.stages import Stage
from tests.factories import IdeaBoardPageFactory, IdeaFactory, idea_handler, translate

pytestmark = pytest.mark.django_db

FAILING = "tests.home.failing_mail.FailingBackend"
WORKING = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def handler():
    return idea_handler()


@pytest.fixture
def handler_client(handler):
    client = Client()
    client.force_login(handler)
    return client


def decision_form(**overrides):
    data = {
        "outcome": "no",
        "next_stage": "",
        "reason": "Idén ryms inte i budgeten i år, men vi tar med behovet i planeringen.",
        "decided_by": "Socialnämnden",
        "decided_on": timezone.localdate().isoformat(),
        "case_number": "SN 2026/14",
        "minutes_url": "",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    ("language", "subject_start", "outcome_label"),
    [("sv", "Beslut om din idé", "Nej"), ("en", "Decision about your idea", "No")],
)
def test_decision_is_recorded_and_mailed_in_the_submitters_language(
    handler, handler_client, django_capture_on_commit_callbacks, language, subject_start,
    outcome_label,
):  # fmt: skip
    idea = IdeaFactory(
        stage=Stage.ASSESSMENT, language=language, submitter_email="resident@example.org"
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = handler_client.post(f"/admin/ideas/decide/{idea.pk}/", decision_form())
    assert response.status_code == 302
    decision = Decision.objects.get(idea=idea)
    assert decision.outcome == Decision.Outcome.NO
    assert decision.stage_before == Stage.ASSESSMENT
    idea.refresh_from_db()
    assert idea.stage == Stage.CLOSED
    assert idea.closed_reason == decision.reason
    event = idea.events.get(kind=IdeaEvent.Kind.DECIDED)
    assert event.actor == handler
    assert decision.reason in event.public_note
    assert idea.events.get(kind=IdeaEvent.Kind.STAGE_CHANGED).to_stage == Stage.CLOSED
    notification = idea.notifications.get()
    assert notification.kind == Notification.Kind.DECIDED
    assert notification.language == language
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject.startswith(subject_start)
    assert f": {outcome_label}" in mail.outbox[0].body
    assert decision.reason in mail.outbox[0].body
    assert "SN 2026/14" in mail.outbox[0].body


def test_go_on_moves_the_idea_to_the_chosen_stage(handler_client):
    idea = IdeaFactory(stage=Stage.ASSESSMENT)
    response = handler_client.post(
        f"/admin/ideas/decide/{idea.pk}/",
        decision_form(outcome="go_on", next_stage=Stage.CONCEPT_DEVELOPMENT),
    )
    assert response.status_code == 302
    idea.refresh_from_db()
    assert idea.stage == Stage.CONCEPT_DEVELOPMENT
    assert not idea.notifications.exists()  # no address, no e-mail


def test_decision_needs_a_reason_and_who_decided(handler_client):
    idea = IdeaFactory(stage=Stage.ASSESSMENT)
    response = handler_client.post(
        f"/admin/ideas/decide/{idea.pk}/", decision_form(reason="  ", decided_by="")
    )
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert "reason" in errors and "decided_by" in errors
    assert not Decision.objects.exists()


def test_decision_on_another_municipalitys_idea_is_not_found(handler_client):
    idea = IdeaFactory(stage=Stage.ASSESSMENT, municipality="skelleftea")
    response = handler_client.get(f"/admin/ideas/decide/{idea.pk}/")
    assert response.status_code == 404


def test_board_shows_the_published_decision_with_its_reason(home, handler):
    board = IdeaBoardPageFactory(parent=home)
    idea = IdeaFactory(stage=Stage.ASSESSMENT, is_public=True, public_title="Cykelställ vid skolan")
    hidden = IdeaFactory(stage=Stage.ASSESSMENT)
    client = Client()
    client.force_login(handler)
    for target in (idea, hidden):
        client.post(
            f"/admin/ideas/decide/{target.pk}/",
            decision_form(outcome="not_now", reason="Vi väntar på nästa års budget."),
        )
    response = Client().get(board.url + board.reverse_subpage("idea", args=[idea.reference]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Beslut: Inte nu" in html
    assert "Vi väntar på nästa års budget." in html
    assert "Socialnämnden" in html
    assert "SN 2026/14" in html
    hidden_response = Client().get(
        board.url + board.reverse_subpage("idea", args=[hidden.reference])
    )
    assert hidden_response.status_code == 404


def follow_up_form(**overrides):
    data = {
        "administration": "",
        "unit": "",
        "responsible": "",
        "planned_start": "",
        "planned_end": "",
        "follow_up_on": (timezone.localdate() + timedelta(days=30)).isoformat(),
    }
    data.update(overrides)
    return data


def test_follow_up_date_cannot_be_in_the_past_at_creation(handler_client):
    idea = IdeaFactory(stage=Stage.TESTING)
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    response = handler_client.post(
        f"/admin/ideas/follow-up/{idea.pk}/", follow_up_form(follow_up_on=yesterday)
    )
    assert response.status_code == 400
    assert "follow_up_on" in response.context["form"].errors
    assert not FollowUp.objects.exists()


def test_follow_up_is_recorded_with_the_acting_user(handler, handler_client):
    idea = IdeaFactory(stage=Stage.TESTING)
    response = handler_client.post(
        f"/admin/ideas/follow-up/{idea.pk}/", follow_up_form(responsible=handler.pk)
    )
    assert response.status_code == 302
    follow_up = FollowUp.objects.get(idea=idea)
    assert follow_up.responsible == handler
    event = idea.events.get(kind=IdeaEvent.Kind.FOLLOW_UP)
    assert event.actor == handler


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name": "Fall per månad", "unit": "", "baseline": "12", "target": "6"}, "unit"),
        ({"name": "Fall per månad", "unit": "fall", "baseline": "tolv", "target": "6"}, "baseline"),
        ({"name": "", "unit": "fall", "baseline": "12", "target": "6"}, "name"),
    ],
)
def test_indicator_validation(handler, handler_client, data, field):
    idea = IdeaFactory(stage=Stage.TESTING)
    save_follow_up(idea, actor=handler, follow_up_on=timezone.localdate())
    response = handler_client.post(f"/admin/ideas/follow-up/{idea.pk}/indicator/", data)
    assert response.status_code == 400
    assert list(response.context["form"].errors) == [field]
    assert not Indicator.objects.exists()


def test_measured_value_must_be_a_number(handler, handler_client):
    idea = IdeaFactory(stage=Stage.TESTING)
    follow_up = save_follow_up(idea, actor=handler, follow_up_on=timezone.localdate())
    indicator = add_indicator(
        follow_up, actor=handler, name="Fall per månad", unit="fall", baseline=12, target=6
    )
    url = f"/admin/ideas/follow-up/{idea.pk}/indicator/{indicator.pk}/"
    today = timezone.localdate().isoformat()
    response = handler_client.post(url, {"value": "några", "measured_on": today})
    assert response.status_code == 400
    assert "value" in response.context["form"].errors
    response = handler_client.post(url, {"value": "7,5", "measured_on": today})
    assert response.status_code == 302
    assert Measurement.objects.get().value == 7.5
    assert idea.events.filter(kind=IdeaEvent.Kind.EFFECT).count() == 2


def test_follow_up_reminder_is_sent_once_and_retried_on_failure(
    handler, settings, django_capture_on_commit_callbacks
):
    idea = IdeaFactory(stage=Stage.TESTING, assigned_handler=handler)
    responsible = idea_handler(username="ansvarig")
    follow_up = save_follow_up(
        idea, actor=handler, follow_up_on=timezone.localdate(), responsible=responsible
    )
    assert send_follow_up_reminders() == 0  # the date has not passed yet

    FollowUp.objects.filter(pk=follow_up.pk).update(follow_up_on=date(2026, 1, 5))
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_follow_up_reminders", verbosity=0)
    reminders = OutgoingEmail.objects.filter(kind=OutgoingEmail.Kind.FOLLOW_UP_REMINDER)
    assert sorted(reminders.values_list("to_address", flat=True)) == [
        responsible.email,
        handler.email,
    ]
    assert set(reminders.values_list("status", flat=True)) == {OutgoingEmail.Status.FAILED}

    # Run again: nothing new is queued.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_follow_up_reminders", verbosity=0)
    assert reminders.count() == 2

    # The outbox retries the failed reminders once the mail server works.
    settings.EMAIL_BACKEND = WORKING
    reminders.update(next_attempt_at=timezone.now() - timedelta(minutes=1))
    sent, failed = send_pending_mail()
    assert (sent, failed) == (2, 0)
    assert len(mail.outbox) == 2
    assert idea.reference in mail.outbox[0].subject
    assert "resident" not in mail.outbox[0].body
    assert send_pending_mail() == (0, 0)


def test_a_new_follow_up_date_means_a_new_reminder(handler):
    idea = IdeaFactory(stage=Stage.TESTING)
    follow_up = save_follow_up(idea, actor=handler, follow_up_on=timezone.localdate())
    FollowUp.objects.filter(pk=follow_up.pk).update(
        follow_up_on=date(2026, 1, 5), reminder_sent_at=timezone.now()
    )
    save_follow_up(idea, actor=handler, follow_up_on=timezone.localdate() + timedelta(days=10))
    follow_up.refresh_from_db()
    assert follow_up.reminder_sent_at is None


def test_inspect_page_shows_decisions_and_follow_up(handler, handler_client):
    idea = IdeaFactory(stage=Stage.TESTING)
    follow_up = save_follow_up(idea, actor=handler, follow_up_on=timezone.localdate())
    add_indicator(
        follow_up, actor=handler, name="Fall per månad", unit="fall", baseline=12, target=6
    )
    response = handler_client.get(f"/admin/ideas/inspect/{idea.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Fall per månad" in html
    assert f"/admin/ideas/decide/{idea.pk}/" in html


def test_english_board_shows_the_decision_too(home, english_home, handler):
    board = IdeaBoardPageFactory(parent=home)
    english_board = translate(board, title="Ideas", slug="ideas")
    idea = IdeaFactory(stage=Stage.ASSESSMENT, is_public=True, public_title="Bike racks")
    client = Client()
    client.force_login(handler)
    client.post(f"/admin/ideas/decide/{idea.pk}/", decision_form(outcome="go_on"))
    response = Client().get(english_board.idea_path(idea.reference))
    assert response.status_code == 200
    assert "Decision: Go on" in response.content.decode()
