"""`/healthz`: 200 while the database works (the cache "ok" or "degraded"), 503 when it does not."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent.parent


def closed_port() -> int:
    """A local TCP port that nothing listens on (bound and released at once)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def unreachable_redis_cache():
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }


def test_healthy_server_answers_ok_with_one_query_and_is_never_cached(
    client, django_assert_num_queries
):
    with django_assert_num_queries(1):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"]
    again = client.get("/healthz")
    assert again.status_code == 200
    assert again.get("X-Cache") != "hit"


def test_head_works_and_other_methods_are_refused(client):
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405


def test_unreachable_cache_is_reported_degraded_and_the_server_stays_in_rotation(client):
    """Pages are served without the cache, so the load balancer must keep the server."""
    with override_settings(CACHES=unreachable_redis_cache()):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "degraded"}
    assert "no-store" in response["Cache-Control"]


def test_healthz_is_outside_the_language_prefixes_and_not_in_the_sitemap(client, demo_site):
    assert client.get("/en/healthz", follow=True).status_code == 404
    assert client.get("/healthz/", follow=True).status_code == 404
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    assert "healthz" not in sitemap.content.decode()


def test_unreachable_database_gives_503_naming_the_database():
    """A real server process whose DATABASE_URL points at a port where no PostgreSQL listens."""
    script = (
        "import django, json; django.setup(); "
        "from django.test import Client; "
        "response = Client().get('/healthz'); "
        "print(json.dumps({'status': response.status_code, 'body': response.json()}))"
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL=f"postgres://nobody@127.0.0.1:{closed_port()}/idesluss",
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer == {
        "status": 503,
        "body": {"status": "error", "database": "error", "cache": "ok"},
    }
