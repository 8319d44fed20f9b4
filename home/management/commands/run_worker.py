"""`manage.py run_worker`: django-tasks-db's `db_worker` that survives a database restart.

The library's worker tolerates only SQLite's "database is locked"; any other connection error
ends the process. This one closes the broken connections, waits (1, 2, 4 … up to 30 seconds) and
starts the worker loop again, logging each attempt. It takes the same options as `db_worker`
(except --reload). Run it under a supervisor that restarts it anyway (README, "Deployment").
"""

import time

from django.db import InterfaceError, OperationalError, connections
from django_tasks_db.management.commands import db_worker

logger = db_worker.logger

DATABASE_ERRORS = (OperationalError, InterfaceError)
FIRST_DELAY_SECONDS = 1.0
MAX_DELAY_SECONDS = 30.0
# A worker loop that ran this long before failing starts the backoff again from the first delay.
STEADY_SECONDS = 60.0


class ReconnectingWorker(db_worker.Worker):
    def run(self) -> None:
        delay = FIRST_DELAY_SECONDS
        while self.running:
            started = time.monotonic()
            try:
                super().run()
                return
            except DATABASE_ERRORS as error:
                if time.monotonic() - started > STEADY_SECONDS:
                    delay = FIRST_DELAY_SECONDS
                logger.warning(
                    "Worker worker_id=%s lost the database (%s: %s); starting again in %g s.",
                    self.worker_id,
                    type(error).__name__,
                    str(error).strip(),
                    delay,
                )
                connections.close_all()
                time.sleep(delay)
                delay = min(delay * 2, MAX_DELAY_SECONDS)


class Command(db_worker.Command):
    help = "Run the database task worker, reconnecting after a database restart"

    def handle(
        self,
        *,
        verbosity,
        queue_name,
        interval,
        batch,
        backend_name,
        startup_delay,
        max_tasks,
        worker_id,
        **options,
    ):
        self.configure_logging(verbosity)
        worker = ReconnectingWorker(
            queue_names=queue_name.split(","),
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
        )
        worker.configure_signals()
        worker.run()
