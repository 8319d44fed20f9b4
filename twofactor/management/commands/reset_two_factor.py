from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from twofactor.devices import reset_devices


class Command(BaseCommand):
    help = (
        "Remove every second factor (authenticator apps, passkeys, recovery codes) of a user, "
        "e.g. after a lost phone. The user sets up a new one at the next sign-in."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user is called {username!r}.")
        count = reset_devices(user)
        self.stdout.write(f"Removed {count} two-factor device(s) of {username}.")
