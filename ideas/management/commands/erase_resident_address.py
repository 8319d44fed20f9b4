"""Erase an address that a resident gave to support or follow ideas (their right to erasure):
the address, its supports, follows, confirmation links and e-mails. Ideas sent from the address
are erased from the admin (Erase personal data), one by one."""

from django.core.management.base import BaseCommand

from ideas.retention import erase_address


class Command(BaseCommand):
    help = "Erase an e-mail address given to support or follow ideas, and all tied to it."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        erased = erase_address(email)
        # Never print the address: the output may end up in a log.
        self.stdout.write("Erased 1 address." if erased else "No such address.")
