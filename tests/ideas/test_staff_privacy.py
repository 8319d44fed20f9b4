"""The people behind a staff or team idea are personal data like the first submitter's: erased
after IDEA_RETENTION_DAYS, never in Wagtail's log, never on public pages."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from ideas import retention
from ideas.models import Idea, IdeaSubmitter, PartnerReferral
from ideas.stages import Stage
from tests.factories import IdeaBoardPageFactory, IdeaFactory, PartnerFactory

pytestmark = pytest.mark.django_db


def team_idea(**fields):
    idea = IdeaFactory(**fields)
    IdeaSubmitter.objects.create(
        idea=idea, name="Bo Berg", email="bo@example.org", phone="070-111 22 33"
    )
    return idea


def test_the_purge_erases_co_submitters_of_ideas_finished_long_ago(settings):
    settings.IDEA_RETENTION_DAYS = 30
    long_ago = timezone.now() - timedelta(days=31)
    expired = team_idea(stage=Stage.CLOSED, stage_changed_at=long_ago)
    waiting = team_idea(stage=Stage.ASSESSMENT, stage_changed_at=long_ago)
    assert set(Idea.objects.with_personal_data()) == {waiting, expired}
    counts = retention.purge()
    assert counts["ideas' personal data erased"] == 1
    assert list(expired.submitters.values_list("name", "email", "phone")) == [("", "", "")]
    assert waiting.submitters.get().name == "Bo Berg"
    assert retention.purge()["ideas' personal data erased"] == 0


def test_co_submitters_and_referrals_are_never_logged_by_wagtail():
    idea = team_idea()
    referral = PartnerReferral.objects.create(idea=idea, partner=PartnerFactory(), message="Bo")
    for instance in (idea.submitters.get(), referral):
        assert log(instance, "wagtail.edit") is None
    assert not ModelLogEntry.objects.filter(label__icontains="bo").exists()


def test_the_public_idea_page_shows_no_co_submitter(home):
    IdeaBoardPageFactory(parent=home)
    idea = team_idea(is_public=True, public_title="Varmt kaffe", public_summary="Kaffe.")
    text = Client().get(f"/ideer/{idea.reference}/").text
    assert "Varmt kaffe" in text
    assert "Bo Berg" not in text and "bo@example.org" not in text
