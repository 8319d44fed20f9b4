from importlib import import_module

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from home.demo import accounts
from home.demo.bootstrap import ensure_initial_data, repair_child_counts
from twofactor.demo import demo_totp_key_base32

# Each module has a load() function; they run in this order. The site comes first: the others
# add their pages under its home page and link them from its main navigation.
LOADERS = [
    "home.demo.site",
    "methodology.demo",
    "courses.demo",
    "ideas.demo",
    "ideas.demo_staff",
    "testbeds.demo",
    "ideas.demo_challenges",
    "ideas.demo_outcomes",
    "ideas.demo_figures",
    "news.demo",
    "search.demo",
]


class Command(BaseCommand):
    help = (
        "Load the bilingual demo content, the editor and moderator groups and the demo accounts. "
        "Safe to run again: what exists is kept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even when DEMO_MODE is off (never with the production settings).",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError(
                "Demo content is never loaded with these settings (production): its accounts, "
                "including a superuser, have a published password."
            )
        if not (settings.DEMO_MODE or force):
            raise CommandError("DEMO_MODE is off. Use --force to load demo content anyway.")
        with transaction.atomic():
            ensure_initial_data()
            for loader in LOADERS:
                import_module(loader).load()
            users = accounts.load()
            # And the accounts other loaders made (e.g. the ideas' managers), after these.
            users += (
                get_user_model()
                .objects.filter(totpdevice__name="demo")
                .exclude(pk__in=[user.pk for user in users])
                .order_by("username")
            )
            # Runs after wagtail-localize's own publications, which are also on commit.
            transaction.on_commit(repair_child_counts)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded in Swedish and English."))
        self.stdout.write(
            f"Log in at {settings.WAGTAILADMIN_BASE_URL}/admin/ with one of these accounts:"
        )
        for user in users:
            self.stdout.write(f"  username: {user.username:<22} password: {accounts.DEMO_PASSWORD}")
        self.stdout.write(
            "After the password the admin asks for a two-factor code. Add this time-based key,"
            " shared by every demo account, to an authenticator app (Microsoft or Google"
            f" Authenticator, FreeOTP):\n  {demo_totp_key_base32()}\n"
            "or print the current code with: .venv/bin/python manage.py demo_two_factor_code"
        )
