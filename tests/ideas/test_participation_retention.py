"""Retention and erasure of what residents give to take part (ideas/retention.py)."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.utils import timezone

from ideas.models import Confirmation, Follow, Idea, ResidentAddress, Support
from ideas.participation import new_confirmation
from ideas.retention import purge
from ideas.stages import Stage
from tests.factories import IdeaFactory

pytestmark = pytest.mark.django_db


def old(model, days, **filters):
    model.objects.filter(**filters).update(created_at=timezone.now() - timedelta(days=days))


def test_expired_links_and_loose_addresses_are_deleted(settings):
    idea = IdeaFactory(is_public=True)
    address = ResidentAddress.for_email("glomd@example.org", "sv")
    new_confirmation(address, Confirmation.Purpose.FOLLOW, idea, "sv")
    old(Confirmation, 3)
    old(ResidentAddress, 3)
    result = purge()
    assert result["confirmation links deleted"] == 1
    assert result["residents' addresses deleted"] == 1
    assert not ResidentAddress.objects.exists()


def test_finished_ideas_keep_their_support_count_without_addresses(settings):
    idea = IdeaFactory(is_public=True, stage=Stage.IMPLEMENTED)
    Idea.objects.filter(pk=idea.pk).update(
        stage_changed_at=timezone.now() - timedelta(days=settings.IDEA_RETENTION_DAYS + 1)
    )
    address = ResidentAddress.for_email("stod@example.org", "sv")
    Support.objects.create(address=address, idea=idea)
    Follow.objects.create(
        address=address,
        content_type=ContentType.objects.get_for_model(Idea),
        object_id=idea.pk,
        language="sv",
    )
    old(ResidentAddress, 3)
    result = purge()
    assert result["supports made anonymous"] == 1
    assert result["follows deleted"] == 1
    assert idea.supports.count() == 1
    assert idea.supports.get().address is None
    assert not ResidentAddress.objects.exists()


def test_an_address_can_be_erased_on_request(capsys):
    idea = IdeaFactory(is_public=True)
    address = ResidentAddress.for_email("radera@example.org", "sv")
    Support.objects.create(address=address, idea=idea)
    call_command("erase_resident_address", "Radera@example.org")
    assert "radera@example.org" not in capsys.readouterr().out.lower()
    assert not ResidentAddress.objects.exists()
    assert not Support.objects.exists()
