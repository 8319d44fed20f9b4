"""Runs the scheduled jobs (settings.SCHEDULED_JOBS) at their intervals, in one process.

`make demo` runs it beside the development server, so that pages scheduled by editors go live
and failed e-mails are sent again. In production, cron or systemd timers run the same commands
(README, Deployment); this command is an alternative for a single server."""

import logging
import time

from django.conf import settings
from django.core.management import BaseCommand, call_command

logger = logging.getLogger(__name__)


def due_jobs(jobs, last_runs: dict[str, float], now: float) -> list[str]:
    """The jobs whose interval has passed since they last ran (all of them at the start)."""
    return [name for name, interval in jobs if now - last_runs.get(name, float("-inf")) >= interval]


class Command(BaseCommand):
    help = "Run the scheduled jobs at their intervals (or once with --once)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run every job once and stop.")

    def handle(self, *args, once=False, **options):
        last_runs: dict[str, float] = {}
        while True:
            now = time.monotonic()
            for name in due_jobs(settings.SCHEDULED_JOBS, last_runs, now):
                last_runs[name] = now
                try:
                    call_command(name, verbosity=0)
                except Exception:
                    # One failing job must not stop the others; the next interval tries again.
                    logger.exception("Scheduled job %s failed", name)
            if once:
                return
            time.sleep(15)
