"""Expire the course seat offers whose deadline has passed and offer each free seat to the next
on the waiting list (scheduled every five minutes; safe to run again)."""

from django.core.management import BaseCommand

from courses.models import offer_course_seats


class Command(BaseCommand):
    help = "Expire unanswered course seat offers and offer free seats to the waiting list."

    def handle(self, *args, **options):
        for label, count in offer_course_seats().items():
            if options["verbosity"] > 0:
                self.stdout.write(f"{label}: {count}")
