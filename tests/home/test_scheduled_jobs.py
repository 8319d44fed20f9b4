"""Pages scheduled by editors go live when the scheduled jobs run."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, Page

from home.management.commands.run_scheduled_jobs import due_jobs
from home.models import ContentPage


@pytest.fixture
def scheduled_page(db):
    """A new page whose editor scheduled it to go live a minute ago."""
    parent = Page.objects.filter(depth=2, locale=Locale.get_default()).first()
    page = parent.add_child(
        instance=ContentPage(title="Schemalagd", slug="schemalagd-sida", live=False)
    )
    page.save_revision(approved_go_live_at=timezone.now() - timedelta(minutes=1))
    return page


def test_a_scheduled_page_goes_live_when_the_jobs_run(scheduled_page):
    assert not scheduled_page.live
    call_command("run_scheduled_jobs", once=True)
    scheduled_page.refresh_from_db()
    assert scheduled_page.live


def test_every_job_runs_at_the_start_and_then_at_its_interval():
    jobs = [("publish_scheduled", 60), ("send_pending_notifications", 300)]
    assert due_jobs(jobs, {}, 0) == ["publish_scheduled", "send_pending_notifications"]
    last_runs = {"publish_scheduled": 0, "send_pending_notifications": 0}
    assert due_jobs(jobs, last_runs, 59) == []
    assert due_jobs(jobs, last_runs, 60) == ["publish_scheduled"]
    assert due_jobs(jobs, last_runs, 300) == ["publish_scheduled", "send_pending_notifications"]


def test_a_failing_job_does_not_stop_the_others(scheduled_page, settings, caplog):
    settings.SCHEDULED_JOBS = [("no_such_command", 60), ("publish_scheduled", 60)]
    call_command("run_scheduled_jobs", once=True)
    assert "Scheduled job no_such_command failed" in caplog.text
    scheduled_page.refresh_from_db()
    assert scheduled_page.live
