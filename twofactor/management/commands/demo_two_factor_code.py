from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from twofactor.demo import demo_totp_code


class Command(BaseCommand):
    help = "Print the current two-factor code of the demo accounts (DEMO_MODE only)."

    def handle(self, *args, **options):
        if not settings.DEMO_MODE:
            raise CommandError("DEMO_MODE is off: the demo accounts' code is not shown.")
        self.stdout.write(demo_totp_code())
        self.stderr.write("The code changes every 30 seconds; each code works once per account.")
