"""Reminds the owner and the idea handler of each follow-up whose date has passed, once
(settings.SCHEDULED_JOBS runs it; the outbox sends and retries the e-mails)."""

from django.core.management import BaseCommand

from ideas.outcomes import send_follow_up_reminders


class Command(BaseCommand):
    help = "Queue a reminder for each follow-up whose date has passed (once per follow-up)."

    def handle(self, *args, **options):
        count = send_follow_up_reminders()
        if options["verbosity"] > 0:
            self.stdout.write(f"Follow-up reminders queued: {count}")
