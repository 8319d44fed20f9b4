from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Rebuild the site search index: every page, image and document is indexed again, each "
        "with its own language's text-search configuration on PostgreSQL."
    )

    def handle(self, *args, **options):
        call_command("update_index", stdout=self.stdout, stderr=self.stderr)
