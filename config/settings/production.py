"""Production. Refuses to start without SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL.

One server or several: with REDIS_URL the cache (page cache, rate limits, sessions) is shared
between app servers; with AWS_STORAGE_BUCKET_NAME media files live in S3-compatible storage; with
the database task queue (the default here) a separate `manage.py db_worker` process sends e-mail.
See README, "Deployment" and "Scaling out". Environment variables are read in base.py.
"""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from config import env

from .base import *  # noqa: F403

SECRET_KEY = env.require("SECRET_KEY")
ALLOWED_HOSTS = env.get_list("ALLOWED_HOSTS") or [env.require("ALLOWED_HOSTS")]
DATABASES = {
    "default": dj_database_url.parse(
        env.require("DATABASE_URL"), conn_max_age=60, conn_health_checks=True
    )
}
DEBUG = False
# No demo notice, and no demo content: `load_demo_content` refuses whatever its flags, since its
# accounts' password is published. A staging server with demo content runs the dev settings.
DEMO_MODE = False
DEMO_CONTENT_ALLOWED = False


# Everyone who can see personal data signs in with a second factor; not switchable here.
TWO_FACTOR_REQUIRED = True

# --- Cache and sessions ------------------------------------------------------------------------

# Several app servers must share one Redis: the page cache, its invalidation on publishing, the
# form rate limits and the session cache are only consistent across servers through it. Without
# REDIS_URL each process keeps its own local-memory cache, which is right for one server only.
if REDIS_URL:  # noqa: F405
    CACHES = {
        "default": {
            # Django's RedisCache, but a Redis outage is a cache miss, not an error: pages are
            # served uncached, forms stored, the rate limit counts per process
            # (home/cache_backends.py).
            "BACKEND": "home.cache_backends.TolerantRedisCache",
            "LOCATION": REDIS_URL,  # noqa: F405
            "KEY_PREFIX": "idesluss",
            # Fail fast rather than hang a request when Redis cannot be reached; after a failure
            # leave Redis alone for RETRY_SECONDS, and log "cache degraded" once per LOG_SECONDS.
            "OPTIONS": {
                "socket_connect_timeout": 1,
                "socket_timeout": 1,
                "RETRY_SECONDS": 5,
                "LOG_SECONDS": 60,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Sessions are read from the cache and written through to the database, so a sign-in holds on
# every app server (no sticky sessions) and survives a cache restart.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- Static and media files --------------------------------------------------------------------

if STATIC_ROOT_PATH:  # noqa: F405
    STATIC_ROOT = Path(STATIC_ROOT_PATH)  # noqa: F405
if MEDIA_ROOT_PATH:  # noqa: F405
    MEDIA_ROOT = Path(MEDIA_ROOT_PATH)  # noqa: F405

# Uploaded images and documents go to an S3-compatible bucket when one is named, so that every
# app server sees the same files; otherwise to MEDIA_ROOT on this server's disk.
if AWS_STORAGE_BUCKET_NAME:  # noqa: F405
    STORAGES = {
        **STORAGES,  # noqa: F405
        "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    }
    # Buckets with object ACLs disabled (the S3 default) reject ACL headers: rely on the bucket
    # policy instead (public read for images/ and original_images/, see README).
    AWS_DEFAULT_ACL = None
    # Never overwrite an object: a new upload with the same name gets a new name, so every URL
    # points at content that never changes and can be cached for a year.
    AWS_S3_FILE_OVERWRITE = False
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "public, max-age=31536000, immutable"}
    AWS_S3_SIGNATURE_VERSION = "s3v4"
    # Documents are streamed through Django (WAGTAILDOCS_SERVE_METHOD = "serve_view"), so the
    # collection privacy of a document still applies when its file is in the bucket.

# --- Tasks -------------------------------------------------------------------------------------

# "database" (the default in production): e-mails and Wagtail's background jobs are stored in the
# database queue and run by `manage.py db_worker`; a failed task stays there with its traceback.
# "immediate": tasks run inside the request, as in development (one server without a worker).
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASKS_BACKEND = TASKS_BACKEND or "database"  # noqa: F405
if TASKS_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}, not {TASKS_BACKEND!r}."
    )
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND], "QUEUES": ["default"]}}

# --- Health check ------------------------------------------------------------------------------

# Load balancers call /healthz over plain HTTP on the server's own address.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
