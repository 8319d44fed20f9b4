from django.core.management.base import BaseCommand

from home.link_checker import check_links


class Command(BaseCommand):
    help = (
        "Check the links in live pages and in the menu and footer: links to pages that are not "
        "published, are private or were deleted, and external addresses that answer an error. "
        "Replaces the results shown in the broken links report. Run daily."
    )

    def handle(self, *args, **options):
        counts = check_links()
        summary = ", ".join(f"{problem}: {count}" for problem, count in counts.items())
        self.stdout.write(f"Broken links: {summary}")
