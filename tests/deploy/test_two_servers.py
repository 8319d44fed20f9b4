"""Two app servers, one PostgreSQL, one Redis and one task worker on this machine.

What one server does, the other sees: an idea sent to server A is in the handlers' list on
server B and its receipt is sent by the worker; a sign-in on one server holds on the other; a
page unpublished or published on A is no longer served from the cache on B; the form rate
limit counts submissions to both servers together.

Runs only on PostgreSQL (`make test-postgres`): several processes cannot share SQLite in memory.
The servers use the pytest test database, whose demo content is committed, so this test uses no
rolled-back transaction and deletes the rows it made at the end.
"""

import secrets
import uuid
from pathlib import Path

import pytest
import redis
import requests
from django.conf import settings
from django.db import connection
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from home.form_protection import STARTED_FIELD
from home.models import ContentPage
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

pytestmark = [
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="needs PostgreSQL: several server processes share the database "
        "(run with scripts/with-postgres.sh or make test-postgres)",
    ),
    # With pytest-xdist (`--dist loadgroup`) one worker runs them all: one set of servers.
    pytest.mark.xdist_group("two_servers"),
]

RATE_LIMIT = 3
MARKER = f"Tvåserverstest {uuid.uuid4().hex[:8]}"
# A superuser of this test's own: the test settings hash passwords with MD5, which production
# does not accept, so the demo accounts cannot sign in on the production servers.
HANDLER = {"username": f"handler-{uuid.uuid4().hex[:8]}", "password": secrets.token_urlsafe()}
# Its authenticator-app key: production asks superusers for a second factor after the password.
HANDLER_TOTP_KEY = secrets.token_hex(20)
PAGE_SLUG = "om-ideslussen"
PAGE_PATH = f"/{PAGE_SLUG}/"


@pytest.fixture(scope="module")
def cluster(demo_content, django_db_blocker, tmp_path_factory):
    assert Path(REDIS_SERVER).exists(), (
        "needs redis-server: scripts/ensure-system-packages.sh redis-server"
    )
    started_at = timezone.now()
    with django_db_blocker.unblock():
        url = database_url(connection.settings_dict)
        create_handler()
    servers = Cluster(
        tmp_path_factory.mktemp("cluster"),
        url,
        {
            # The servers' forms accept a submission at once and allow RATE_LIMIT per window.
            "FORM_MIN_FILL_SECONDS": "0",
            "FORM_RATE_LIMIT": str(RATE_LIMIT),
            "FORM_RATE_LIMIT_WINDOW": "600",
            # E-mail is printed by the worker (console backend), so the test can read it.
            "EMAIL_HOST": "",
        },
    )
    visitors = []
    try:
        servers.start()
        servers.visitors = visitors
        yield servers
    finally:
        servers.stop()
        with django_db_blocker.unblock():
            delete_rows_made_since(started_at, visitors)


def create_handler():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import PBKDF2PasswordHasher

    hasher = PBKDF2PasswordHasher()
    user = get_user_model().objects.create(
        username=HANDLER["username"],
        email="tvaserverstest@example.org",
        is_superuser=True,
        is_staff=True,
        password=hasher.encode(HANDLER["password"], hasher.salt()),
    )
    TOTPDevice.objects.create(user=user, name="app", key=HANDLER_TOTP_KEY, confirmed=True)


def delete_rows_made_since(started_at, visitors):
    from django.apps import apps
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.models import Session
    from django_tasks_db.models import DBTaskResult
    from wagtail.models import PageLogEntry

    Idea.objects.filter(title__startswith=MARKER).delete()  # with events and notifications
    DBTaskResult.objects.filter(enqueued_at__gte=started_at).delete()
    PageLogEntry.objects.filter(timestamp__gte=started_at, page__slug=PAGE_SLUG).delete()
    keys = set().union(*(visitor.session_keys for visitor in visitors))
    Session.objects.filter(session_key__in=keys).delete()
    if apps.is_installed("axes"):
        from axes.models import AccessAttempt, AccessFailureLog, AccessLog

        for model in (AccessLog, AccessAttempt, AccessFailureLog):
            model.objects.filter(attempt_time__gte=started_at).delete()
    get_user_model().objects.filter(username=HANDLER["username"]).delete()
    delete_mail_rows_made_since(started_at)


@pytest.fixture
def visitor(cluster):
    visitor = Visitor()
    cluster.visitors.append(visitor)
    return visitor


@pytest.fixture
def handler(cluster, django_db_blocker):
    """A superuser signed in on server B: the password, then an authenticator-app code."""
    visitor = Visitor()
    cluster.visitors.append(visitor)
    fields = visitor.form_fields(cluster.servers["b"], "/admin/login/")
    response = visitor.post(
        cluster.servers["b"], "/admin/login/", {**fields, **HANDLER, "next": "/admin/"}
    )
    assert response.status_code == 302, response.text[:3000]
    assert response.headers["Location"] == "/admin/"
    verify = "/admin/two-factor/verify/"
    fields = visitor.form_fields(cluster.servers["b"], verify)
    # A code works once (django-otp refuses a replay); an earlier test may have used this one.
    with django_db_blocker.unblock():
        TOTPDevice.objects.filter(user__username=HANDLER["username"]).update(last_t=-1)
    code = f"{totp(bytes.fromhex(HANDLER_TOTP_KEY)):06d}"
    response = visitor.post(cluster.servers["b"], verify, {**fields, "code": code})
    assert response.status_code == 302, response.text[:3000]
    return visitor


@pytest.fixture
def fresh_rate_limits(cluster):
    """Forget earlier submissions' counts (the Redis belongs to this test)."""
    redis.Redis.from_url(cluster.redis_url).flushdb()


def submit_idea(visitor, server, title):
    fields = visitor.form_fields(server, SV_FORM, STARTED_FIELD)
    return visitor.post(server, SV_FORM, answers(title=title, **fields))


def test_health_check_answers_over_plain_http_and_pages_redirect_to_https(cluster):
    for server in cluster.servers.values():
        health = requests.get(f"{server}/healthz", headers={"Host": PUBLIC_HOST}, timeout=30)
        assert health.status_code == 200
        assert health.json() == {"status": "ok", "database": "ok", "cache": "ok"}
        page = requests.get(
            f"{server}/", headers={"Host": PUBLIC_HOST}, allow_redirects=False, timeout=30
        )
        assert page.status_code == 301
        assert page.headers["Location"] == f"https://{PUBLIC_HOST}/"


def test_idea_sent_to_one_server_is_seen_on_the_other_and_its_receipt_is_sent(
    cluster, visitor, handler, fresh_rate_limits, django_db_blocker
):
    a, b = cluster.servers["a"], cluster.servers["b"]
    title = f"{MARKER} idé via server A"

    response = submit_idea(visitor, a, title)
    assert response.status_code == 302, response.text[:3000]
    assert response.headers["Location"] == "/lamna-en-ide/tack/"

    # The session written on A is read on B: the thank-you page there shows the reference.
    with django_db_blocker.unblock():
        idea = Idea.objects.get(title=title)
    thanks = visitor.get(b, "/lamna-en-ide/tack/")
    assert thanks.status_code == 200
    assert idea.reference in thanks.text

    # A handler signed in on B sees it in the admin; the same sign-in holds on A.
    listing = handler.get(b, "/admin/ideas/")
    assert listing.status_code == 200
    assert idea.reference in listing.text
    assert title in listing.text
    assert handler.get(a, "/admin/ideas/").status_code == 200
    assert visitor.get(a, "/admin/ideas/").status_code == 302  # not signed in: to the login

    # The worker, not the request, sent the receipt (the console backend prints it).
    def receipt_sent():
        with django_db_blocker.unblock():
            return Notification.objects.filter(
                idea=idea, kind=Notification.Kind.RECEIPT, status=Notification.Status.SENT
            ).exists()

    assert wait_for(receipt_sent), "the worker did not send the receipt"
    assert idea.reference in cluster.worker.log()


def test_unpublishing_and_publishing_on_one_server_clears_the_cache_of_the_other(
    cluster, handler, visitor, django_db_blocker
):
    a, b = cluster.servers["a"], cluster.servers["b"]
    with django_db_blocker.unblock():
        page = ContentPage.objects.get(slug=PAGE_SLUG, locale__language_code="sv")
    # No draft waits on the page, so publishing its latest revision again restores it exactly.
    assert page.live and page.live_revision_id == page.latest_revision_id

    visitor.get(b, PAGE_PATH)
    cached = visitor.get(b, PAGE_PATH)
    assert cached.status_code == 200
    assert cached.headers.get("X-Cache") == "hit"
    assert visitor.get(a, PAGE_PATH).headers.get("X-Cache") == "hit"  # one cache for both

    unpublish_path = f"/admin/pages/{page.pk}/unpublish/"
    fields = handler.form_fields(a, unpublish_path)
    try:
        assert handler.post(a, unpublish_path, fields).status_code == 302
        assert visitor.get(b, PAGE_PATH).status_code == 404
    finally:
        publish_path = f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}&next=/admin/"
        fields = handler.form_fields(a, publish_path)
        published = handler.post(a, publish_path, fields)
    assert published.status_code == 302
    with django_db_blocker.unblock():
        page.refresh_from_db()
    assert page.live

    fresh = visitor.get(b, PAGE_PATH)
    assert fresh.status_code == 200
    assert fresh.headers.get("X-Cache") == "miss"
    assert page.title in fresh.text
    assert visitor.get(b, PAGE_PATH).headers.get("X-Cache") == "hit"


def test_form_rate_limit_counts_submissions_to_both_servers(
    cluster, visitor, fresh_rate_limits, django_db_blocker
):
    a, b = cluster.servers["a"], cluster.servers["b"]
    order = [a, b, a, b, a]
    statuses = [
        submit_idea(visitor, server, f"{MARKER} idé {number}").status_code
        for number, server in enumerate(order, start=1)
    ]
    # Server B refuses its second submission: it counts the two that server A took.
    assert statuses == [302] * RATE_LIMIT + [429] * (len(order) - RATE_LIMIT)
    with django_db_blocker.unblock():
        sent = Idea.objects.filter(title__regex=rf"^{MARKER} idé [0-9]$").count()
    assert sent == RATE_LIMIT
