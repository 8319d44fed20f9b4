import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Erase or delete the personal data whose retention period has passed, in every store: "
        "runs each purge listed in PERSONAL_DATA_PURGES and prints what it removed. Safe to run "
        "daily and to run again."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        failed = []
        for path in settings.PERSONAL_DATA_PURGES:
            # One store's failure must not keep the others' data: run the rest, then fail.
            try:
                with transaction.atomic():
                    counts = import_string(path)(now)
            except Exception:
                logger.exception("The purge %s failed.", path)
                failed.append(path)
                continue
            summary = ", ".join(f"{name}: {count}" for name, count in counts.items())
            self.stdout.write(f"{path}: {summary or 'nothing to do'}")
        if failed:
            raise CommandError(f"These purges failed (see the log): {', '.join(failed)}")
