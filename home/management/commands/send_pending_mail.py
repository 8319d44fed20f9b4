from django.core.management.base import BaseCommand

from home.models.outbox import MAX_ATTEMPTS
from home.outbox import send_pending_mail


class Command(BaseCommand):
    help = (
        "Send the stored e-mails whose next attempt is due: new ones their task has not sent, "
        "and failed ones after their wait (1, 2, 4 … minutes, at most "
        f"{MAX_ATTEMPTS} attempts). Every outbox: residents, handlers, courses, forms. Safe to "
        "run every few minutes."
    )

    def handle(self, *args, **options):
        sent, failed = send_pending_mail()
        self.stdout.write(f"Sent {sent} e-mail(s); {failed} failed and wait for a later attempt.")
