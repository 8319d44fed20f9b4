"""Local development: `make demo`. Relaxes security so the site runs on plain http://127.0.0.1."""

from ipaddress import ip_address

from django.core.exceptions import ImproperlyConfigured

from config import env

from .base import *  # noqa: F403

DEBUG = env.get_bool("DEBUG", True)
DEMO_MODE = env.get_bool("DEMO_MODE", True)
DEMO_CONTENT_ALLOWED = True


def is_local_host(host: str) -> bool:
    """SQLite (no host), a Unix socket (a path) or this machine's loopback address."""
    if not host or host.startswith("/") or host == "localhost":
        return True
    try:
        return ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# With DEBUG, a weak key and the demo accounts, these settings must not reach a shared database
# (a production database above all) by a stray DATABASE_URL.
DATABASE_HOST = DATABASES["default"].get("HOST") or ""  # noqa: F405
if not (is_local_host(DATABASE_HOST) or ALLOW_NONLOCAL_DATABASE):  # noqa: F405
    raise ImproperlyConfigured(
        f"The development settings refuse the database on {DATABASE_HOST!r}: use a database on "
        "this machine, or set ALLOW_NONLOCAL_DATABASE=true if you really mean to."
    )
SECRET_KEY = SECRET_KEY or "dev-only-secret-key-not-for-production"  # noqa: F405, S105
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]  # noqa: F405

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False

# Without DEBUG, runserver does not serve static files; whitenoise does, from the finders.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# `make demo` runs the daily link checker beside the server: from a developer's machine it asks
# only the links between pages, not the external addresses in the demo content (which would send
# requests to other people's servers from wherever the demo runs). LINK_CHECK_EXTERNAL=true asks
# them too.
LINK_CHECK_EXTERNAL = env.get_bool("LINK_CHECK_EXTERNAL", False)

# Tasks run inside the request here; their start and end lines would drown the demo loader's.
LOGGING["loggers"]["django_tasks"] = {"level": "WARNING"}  # noqa: F405
