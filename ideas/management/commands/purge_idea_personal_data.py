from django.core.management.base import BaseCommand

from ideas.retention import purge


class Command(BaseCommand):
    help = (
        "Erase the submitter's name, e-mail and phone of ideas finished longer than "
        "IDEA_RETENTION_DAYS ago (the idea's text stays) and delete e-mails to residents sent "
        "longer than OUTBOX_RETENTION_DAYS ago. Safe to run daily. `purge_personal_data` runs "
        "this with every other purge."
    )

    def handle(self, *args, **options):
        counts = purge()
        self.stdout.write("; ".join(f"{name}: {count}" for name, count in counts.items()))
