"""Erase an address that a resident gave to support or follow ideas, or to contact a testbed
(their right to erasure): the address, its supports, follows, confirmation links and e-mails,
and the testbed contact requests sent from it with their e-mails. Ideas sent from the address
are erased from the admin (Erase personal data), one by one."""

from django.core.management.base import BaseCommand

from ideas.retention import erase_address
from testbeds.retention import erase_address as erase_contact_requests


class Command(BaseCommand):
    help = (
        "Erase an e-mail address given to support or follow ideas or to contact a testbed, and "
        "all tied to it."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        erased = erase_address(email)
        requests = erase_contact_requests(email)
        # Never print the address: the output may end up in a log.
        self.stdout.write("Erased 1 address." if erased else "No such address.")
        self.stdout.write(f"Erased {requests} testbed contact request(s).")
