from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from ideas.models import Idea
from ideas.stages import FINISHED_STAGES


def expired_ideas(now=None):
    """Finished ideas (implemented, closed or merged) whose stage has not changed for longer
    than the retention period and that still hold personal data."""
    days = settings.IDEA_RETENTION_DAYS
    cutoff = (now or timezone.now()) - timedelta(days=days)
    return Idea.objects.filter(
        stage__in=FINISHED_STAGES,
        stage_changed_at__lt=cutoff,
        personal_data_erased_at__isnull=True,
    ).with_personal_data()


class Command(BaseCommand):
    help = (
        "Erase the submitter's name, e-mail and phone of ideas finished longer than "
        "IDEA_RETENTION_DAYS ago. The idea's text stays. Safe to run daily."
    )

    def handle(self, *args, **options):
        count = 0
        for idea in expired_ideas():
            idea.erase_personal_data(note="Retention period passed (purge_idea_personal_data).")
            count += 1
        self.stdout.write(f"Erased the personal data of {count} idea(s).")
