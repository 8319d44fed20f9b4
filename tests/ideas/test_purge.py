"""Retention: personal data of finished ideas is erased after IDEA_RETENTION_DAYS."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from ideas.models import IdeaEvent, Notification
from ideas.stages import Stage

pytestmark = pytest.mark.django_db

PERSONAL = {
    "submitter_name": "Per Persson",
    "submitter_email": "per@example.org",
    "submitter_phone": "070-111 22 33",
    "show_name": True,
    "wants_updates": True,
}


def purge():
    call_command("purge_idea_personal_data", stdout=StringIO())


def test_purge_erases_exactly_the_expired_personal_data(settings, make_idea):
    settings.IDEA_RETENTION_DAYS = 30
    long_ago = timezone.now() - timedelta(days=31)
    recently = timezone.now() - timedelta(days=29)
    expired = {
        stage: make_idea(
            title=f"Gammal {stage}", stage=stage, stage_changed_at=long_ago, **PERSONAL
        )
        for stage in (Stage.CLOSED, Stage.MERGED, Stage.IMPLEMENTED)
    }
    kept = [
        make_idea(title="Nyss avslutad", stage=Stage.CLOSED, stage_changed_at=recently, **PERSONAL),
        make_idea(
            title="Gammal men öppen", stage=Stage.TESTING, stage_changed_at=long_ago, **PERSONAL
        ),
    ]
    notification = Notification.objects.create(
        idea=expired[Stage.CLOSED],
        kind="receipt",
        language="sv",
        to_address="per@example.org",
        subject="Kvitto",
        body="Hej Per Persson",
        status="failed",
    )
    kept_notification = Notification.objects.create(
        idea=kept[0], kind="receipt", language="sv", to_address="per@example.org", subject="K",
        body="Hej Per Persson",
    )  # fmt: skip

    purge()

    for idea in expired.values():
        idea.refresh_from_db()
        assert (idea.submitter_name, idea.submitter_email, idea.submitter_phone) == ("", "", "")
        assert not idea.show_name and not idea.wants_updates
        assert idea.personal_data_erased_at is not None
        assert idea.title.startswith("Gammal")  # the idea text stays
        assert idea.description == "Beskrivning"
        assert idea.events.filter(kind=IdeaEvent.Kind.ERASED).count() == 1
    notification.refresh_from_db()
    assert (notification.to_address, notification.body) == ("", "")
    assert notification.status == Notification.Status.CANCELLED
    for idea in kept:
        idea.refresh_from_db()
        assert idea.submitter_email == "per@example.org"
        assert idea.submitter_name == "Per Persson"
        assert not idea.events.filter(kind=IdeaEvent.Kind.ERASED).exists()
    kept_notification.refresh_from_db()
    assert kept_notification.to_address == "per@example.org"

    # Safe to run again: nothing more happens.
    purge()
    assert IdeaEvent.objects.filter(kind=IdeaEvent.Kind.ERASED).count() == 3


def test_default_retention_is_a_year(make_idea):
    from config.settings import base

    assert base.IDEA_RETENTION_DAYS == 365
    idea = make_idea(
        stage=Stage.CLOSED, stage_changed_at=timezone.now() - timedelta(days=364), **PERSONAL
    )
    purge()
    idea.refresh_from_db()
    assert idea.submitter_email == "per@example.org"
