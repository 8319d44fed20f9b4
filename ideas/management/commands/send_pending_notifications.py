from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from ideas.models import Notification
from ideas.models.notifications import MAX_ATTEMPTS
from ideas.notifications import deliver


class Command(BaseCommand):
    help = (
        "Send the e-mails to residents that are waiting or failed before (at most "
        f"{MAX_ATTEMPTS} attempts each). Safe to run every few minutes."
    )

    def handle(self, *args, **options):
        # A notification just created is normally sent by its task; leave it a minute.
        settled = timezone.now() - timedelta(minutes=1)
        waiting = Notification.objects.filter(
            status__in=[Notification.Status.PENDING, Notification.Status.FAILED],
            attempts__lt=MAX_ATTEMPTS,
            created_at__lt=settled,
        ).order_by("created_at", "pk")
        sent = failed = 0
        for notification_id in waiting.values_list("pk", flat=True):
            notification = deliver(notification_id)
            if notification is not None and notification.status == Notification.Status.SENT:
                sent += 1
            else:
                failed += 1
        self.stdout.write(f"Sent {sent} notification(s); {failed} failed or were skipped.")
