"""Redis is an accelerator, the database's outage gives a plain 503, the worker survives a
database restart (home/cache_backends.py, home/unavailable.py, home/management/commands/
run_worker.py)."""

import logging
import socket
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.db import OperationalError
from django.test import Client, RequestFactory, override_settings
from django.utils import translation
from wagtail.models import Site

from home import form_protection, unavailable
from home.cache_backends import TolerantRedisCache, degraded
from home.management.commands import run_worker
from tests.home.test_caching import ABOUT, ABOUT_EN

pytestmark = pytest.mark.django_db


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_down():
    return {
        "default": {
            "BACKEND": "home.cache_backends.TolerantRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


# --- Redis down --------------------------------------------------------------------------------


def test_an_unreachable_redis_is_a_cache_miss_logged_once(caplog):
    backend = TolerantRedisCache(
        f"redis://127.0.0.1:{closed_port()}/0", {"OPTIONS": {"socket_connect_timeout": 0.5}}
    )
    with caplog.at_level(logging.WARNING, logger="home.cache_backends"):
        for _ in range(20):
            assert backend.get("key", "default") == "default"
            assert backend.get_many(["a", "b"]) == {}
            assert backend.add("key", 1) is False
            backend.set("key", 1)
            backend.delete("key")
            with pytest.raises(ValueError):
                backend.incr("key")
    assert degraded(backend)
    assert len([r for r in caplog.records if "Cache degraded" in r.message]) == 1


def test_public_pages_render_while_redis_is_down(client, demo_site):
    with override_settings(CACHES=redis_down()):
        Site.clear_site_root_paths_cache()
        for url in ("/", ABOUT, ABOUT_EN, "/ideer/"):
            response = client.get(url)
            assert response.status_code == 200, url
    caches["default"].clear()


def test_healthz_reports_a_degraded_cache_and_still_answers_200(client):
    with override_settings(CACHES=redis_down()):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "degraded"}


@override_settings(FORM_RATE_LIMIT=(2, 600))
def test_the_rate_limit_counts_per_process_while_redis_is_down():
    form_protection._process_counts.clear()
    request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.10")
    with override_settings(CACHES=redis_down()):
        answers = [form_protection.rate_limited(request, "test") for _ in range(3)]
    assert answers == [False, False, True]


def test_sessions_are_written_to_the_database_while_redis_is_down(client, demo_site):
    user = get_user_model().objects.get(username="redaktor")
    with override_settings(
        CACHES=redis_down(), SESSION_ENGINE="django.contrib.sessions.backends.cached_db"
    ):
        client.force_login(user)
        key = client.cookies["sessionid"].value
        assert Session.objects.filter(session_key=key).exists()
        assert client.get("/admin/").status_code == 200


# --- Database down -----------------------------------------------------------------------------


def test_a_database_error_in_a_view_gives_the_try_again_page(demo_site, caplog, monkeypatch):
    monkeypatch.setattr(unavailable, "_last_logged", 0.0)
    client = Client(raise_request_exception=False)
    with (
        mock.patch(
            "wagtail.models.Site.find_for_request",
            side_effect=OperationalError("server closed the connection unexpectedly"),
        ),
        caplog.at_level(logging.WARNING),
    ):
        response = client.get(ABOUT)
        english = client.get(ABOUT_EN)
    # Logged once per interval, not once per request (nor again by Django as a 503).
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert len(errors) == 1, [record.getMessage() for record in errors]
    assert "Database unavailable" in errors[0].getMessage()
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert "no-store" in response["Cache-Control"]
    assert "Försök igen om en stund" in response.content.decode()
    assert "skicka" not in response.content.decode().lower().replace("skickade", "")
    assert english.status_code == 503
    assert "Try again in a moment" in english.content.decode()
    assert "send it again" not in english.content.decode()


def test_a_database_error_in_a_middleware_gives_the_try_again_page():
    request = RequestFactory().get("/")
    try:
        raise OperationalError("could not connect to server")
    except OperationalError:
        with translation.override("sv"):
            response = unavailable.server_error(request)
    assert response.status_code == 503
    assert "Försök igen om en stund" in response.content.decode()


def test_other_errors_keep_the_500_page():
    request = RequestFactory().get("/")
    try:
        raise ValueError("a bug")
    except ValueError:
        response = unavailable.server_error(request)
    assert response.status_code == 500


# --- The worker --------------------------------------------------------------------------------


def test_the_worker_starts_again_after_losing_the_database():
    worker = run_worker.ReconnectingWorker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
    )
    loops = [OperationalError("terminating connection"), OperationalError("refused"), None]

    def run_once(self):
        outcome = loops.pop(0)
        if outcome is not None:
            raise outcome

    with (
        mock.patch.object(run_worker.db_worker.Worker, "run", run_once),
        mock.patch.object(run_worker.time, "sleep") as sleep,
    ):
        worker.run()
    assert loops == []
    assert [call.args[0] for call in sleep.call_args_list] == [1.0, 2.0]
