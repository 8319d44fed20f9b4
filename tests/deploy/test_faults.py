"""Faults in a running deployment: one app server (gunicorn, production settings), Redis, the
task worker (`run_worker`) and PostgreSQL on this machine.

Redis stopped: public pages still answer 200 (rendered without the cache), `/healthz` answers
200 with the cache "degraded", and a resident's idea is stored and acknowledged. PostgreSQL
dropping every connection and refusing new ones for a moment (as in a restart): pages answer the
503 "try again in a moment" page while it lasts, never 500, and afterwards the worker is still
running and sends the next receipt. Runs only on PostgreSQL; bounded to about a minute.
"""

import itertools
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest
import requests
from django.conf import settings
from django.db import connection
from django.utils import timezone
from psycopg import sql

from home.form_protection import STARTED_FIELD
from ideas.models import Idea, Notification
from tests.ideas.conftest import SV_FORM, answers

from .cluster import (
    PUBLIC_HOST,
    REDIS_SERVER,
    Cluster,
    Visitor,
    database_url,
    delete_mail_rows_made_since,
    wait_for,
)

pytestmark = pytest.mark.skipif(
    "postgresql" not in settings.DATABASES["default"]["ENGINE"],
    reason="needs PostgreSQL: several server processes share the database "
    "(run with scripts/with-postgres.sh or make test-postgres)",
)

MARKER = f"Feltest {uuid.uuid4().hex[:8]}"
PUBLIC_PAGES = ["/", "/om-ideslussen/", "/ideer/", "/en/", "/en/about/", "/metod/"]


@pytest.fixture(scope="module")
def cluster(demo_content, django_db_blocker, tmp_path_factory):
    assert Path(REDIS_SERVER).exists(), "needs redis-server"
    started_at = timezone.now()
    with django_db_blocker.unblock():
        url = database_url(connection.settings_dict)
    servers = Cluster(
        tmp_path_factory.mktemp("faults"),
        url,
        {"FORM_MIN_FILL_SECONDS": "0", "EMAIL_HOST": ""},
        server_names=("a",),
    )
    try:
        servers.start()
        yield servers
    finally:
        servers.stop()
        with django_db_blocker.unblock():
            from django_tasks_db.models import DBTaskResult

            Idea.objects.filter(title__startswith=MARKER).delete()
            DBTaskResult.objects.filter(enqueued_at__gte=started_at).delete()
            delete_mail_rows_made_since(started_at)


def maintenance_connection():
    """A connection to the server's `postgres` database, from where the test database's
    connections can be refused and ended."""
    params = connection.get_connection_params()
    params["dbname"] = "postgres"
    return psycopg.connect(**params, autocommit=True)


def submit_idea(visitor, server, title):
    fields = visitor.form_fields(server, SV_FORM, STARTED_FIELD)
    return visitor.post(server, SV_FORM, answers(title=title, **fields))


def read_for(server, *, seconds, readers) -> Counter:
    """Anonymous readers requesting the public pages in turn for `seconds`; the statuses."""
    deadline = time.monotonic() + seconds

    def reader(offset):
        found = Counter()
        visitor = Visitor()
        paths = itertools.cycle(PUBLIC_PAGES[offset:] + PUBLIC_PAGES[:offset])
        while time.monotonic() < deadline:
            found[visitor.get(server, next(paths)).status_code] += 1
        return found

    with ThreadPoolExecutor(readers) as pool:
        return sum(pool.map(reader, range(readers)), Counter())


def test_redis_stopped_then_database_restarted(cluster, django_db_blocker):
    server = cluster.servers["a"]
    visitor = Visitor()

    # --- Redis stopped: readers for five seconds (four at a time) ---
    cluster.redis.stop()
    statuses = read_for(server, seconds=5, readers=4)
    print(f"Redis stopped, {sum(statuses.values())} page requests: {dict(statuses)}")
    assert set(statuses) == {200}, statuses
    health = requests.get(f"{server}/healthz", headers={"Host": PUBLIC_HOST}, timeout=30)
    assert health.status_code == 200
    assert health.json() == {"status": "degraded", "database": "ok", "cache": "degraded"}

    title = f"{MARKER} idé utan Redis"
    sent = submit_idea(visitor, server, title)
    assert sent.status_code == 302, sent.text[:3000]
    thanks = visitor.get(server, sent.headers["Location"])
    assert thanks.status_code == 200
    with django_db_blocker.unblock():
        idea = Idea.objects.get(title=title)
    assert idea.reference in thanks.text

    # --- PostgreSQL drops every connection and refuses new ones for two seconds ---
    with django_db_blocker.unblock():
        connection.close()  # this test's own connection goes too, and comes back after
        database = connection.settings_dict["NAME"]
        with maintenance_connection() as admin:
            name = sql.Identifier(database)
            admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS false").format(name))
            try:
                admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                    [database],
                )
                during = visitor.get(server, "/om-ideslussen/")
                time.sleep(2)
            finally:
                admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS true").format(name))
    assert during.status_code == 503
    assert during.headers["Retry-After"]
    assert "Försök igen om en stund" in during.text

    # Back: pages answer again, and the worker is alive and sends the next receipt.
    assert wait_for(lambda: visitor.get(server, "/om-ideslussen/").status_code == 200)
    assert cluster.worker.running(), cluster.worker.log()
    title = f"{MARKER} idé efter omstart"
    sent = submit_idea(visitor, server, title)
    assert sent.status_code == 302, sent.text[:3000]

    def receipt_sent():
        with django_db_blocker.unblock():
            return Notification.objects.filter(
                idea__title=title,
                kind=Notification.Kind.RECEIPT,
                status=Notification.Status.SENT,
            ).exists()

    assert wait_for(receipt_sent), f"the worker sent no receipt\n{cluster.worker.log()}"
    assert cluster.worker.running()
    assert "lost the database" in cluster.worker.log()
    logs = cluster.logs()
    assert "Cache degraded" in logs
    # Once per interval and process (the server and the worker), not once per request.
    assert logs.count("Cache degraded") <= 2
