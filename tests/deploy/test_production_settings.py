"""What the production settings make of the scale-out variables: Redis cache, sessions, S3 media,
the task queue. Each case loads the settings in a fresh process, as a server would."""

import json
import os
import subprocess
import sys

from .cluster import ROOT

BASE_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "k3#v9!q0z@x7m2n5b8c1d4f6g8h0j2l4p6r8t0w2y4a6s8e0u2i4o6",
    "ALLOWED_HOSTS": "idesluss.example.org",
    "DATABASE_URL": "postgres://idesluss@db.example.org:5432/idesluss",
}
SCALE_OUT_VARIABLES = {
    "REDIS_URL",
    "CACHE_URL",
    "TASKS_BACKEND",
    "STATIC_ROOT",
    "MEDIA_ROOT",
    *(name for name in os.environ if name.startswith("AWS_")),
}
SCRIPT = """
import json
import django
django.setup()
from django.conf import settings
from django.core.files.storage import storages
default_storage = storages["default"]
print(json.dumps({
    "cache": settings.CACHES["default"],
    "session_engine": settings.SESSION_ENGINE,
    "storage": type(default_storage).__module__ + "." + type(default_storage).__name__,
    "media_url": default_storage.url("images/lake.2e16d0ba.fill-800x450.jpg"),
    "object_parameters": getattr(settings, "AWS_S3_OBJECT_PARAMETERS", None),
    "file_overwrite": getattr(settings, "AWS_S3_FILE_OVERWRITE", None),
    "default_acl": getattr(settings, "AWS_DEFAULT_ACL", "unset"),
    "tasks": settings.TASKS["default"]["BACKEND"],
    "redirect_exempt": settings.SECURE_REDIRECT_EXEMPT,
}, default=str))
"""


def load_settings(**variables):
    inherited = {*BASE_ENV, *SCALE_OUT_VARIABLES, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in inherited}
    env.update(BASE_ENV, **variables)
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_settings(**variables) -> dict:
    result = load_settings(**variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_one_server_without_redis_or_bucket_uses_local_cache_disk_and_the_database_queue():
    loaded = production_settings()
    assert loaded["cache"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    assert loaded["session_engine"] == "django.contrib.sessions.backends.cached_db"
    assert loaded["storage"] == "django.core.files.storage.filesystem.FileSystemStorage"
    assert loaded["media_url"] == "/media/images/lake.2e16d0ba.fill-800x450.jpg"
    assert loaded["tasks"] == "django_tasks_db.DatabaseBackend"
    assert loaded["redirect_exempt"] == ["^healthz$"]


def test_several_servers_share_redis_and_an_s3_bucket_behind_a_cdn():
    loaded = production_settings(
        REDIS_URL="redis://cache.internal:6379/1",
        AWS_STORAGE_BUCKET_NAME="idesluss-media",
        AWS_S3_ENDPOINT_URL="https://s3.example-cloud.se",
        AWS_S3_REGION_NAME="se-north-1",
        AWS_ACCESS_KEY_ID="AKIDEXAMPLE",
        AWS_SECRET_ACCESS_KEY="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        AWS_S3_CUSTOM_DOMAIN="media.idesluss.se",
    )
    assert loaded["cache"]["BACKEND"] == "home.cache_backends.TolerantRedisCache"
    assert loaded["cache"]["LOCATION"] == "redis://cache.internal:6379/1"
    assert loaded["session_engine"] == "django.contrib.sessions.backends.cached_db"
    assert loaded["storage"] == "storages.backends.s3.S3Storage"
    # Public, unsigned URLs on the CDN host: pages that show them can be cached.
    assert loaded["media_url"] == "https://media.idesluss.se/images/lake.2e16d0ba.fill-800x450.jpg"
    assert loaded["object_parameters"] == {"CacheControl": "public, max-age=31536000, immutable"}
    assert loaded["file_overwrite"] is False
    assert loaded["default_acl"] is None


def test_cache_url_is_accepted_as_the_name_of_the_redis_address():
    loaded = production_settings(CACHE_URL="redis://cache.internal:6379/2")
    assert loaded["cache"]["LOCATION"] == "redis://cache.internal:6379/2"


def test_bucket_without_custom_domain_gives_signed_urls_only_when_asked():
    bucket = {"AWS_STORAGE_BUCKET_NAME": "idesluss-media", "AWS_S3_REGION_NAME": "eu-north-1"}
    bucket |= {"AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret-example"}
    public = production_settings(**bucket)["media_url"]
    assert public.startswith("https://idesluss-media.s3.")
    assert "Signature" not in public
    signed = production_settings(**bucket, AWS_QUERYSTRING_AUTH="true")["media_url"]
    assert "X-Amz-Signature=" in signed


def test_tasks_can_run_immediately_on_one_server_without_a_worker():
    loaded = production_settings(TASKS_BACKEND="immediate")
    assert loaded["tasks"] == "django_tasks.backends.immediate.ImmediateBackend"


def test_unknown_task_backend_is_refused_with_a_clear_message():
    result = load_settings(TASKS_BACKEND="celery")
    assert result.returncode != 0
    assert "TASKS_BACKEND must be one of database, immediate, not 'celery'." in result.stderr
