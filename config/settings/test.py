"""The test suite: `make test`. DATABASE_URL picks PostgreSQL; SQLite in memory otherwise."""

import atexit
import shutil
import tempfile

from .dev import *  # noqa: F403

DEBUG = False
DEMO_MODE = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["*"]
# django-axes needs the request in authenticate(), which Client.login() does not pass; the
# sign-in lockout is tested with it switched on (tests/home/test_security.py).
AXES_ENABLED = False
# Two-factor sign-in is enforced in tests as in production; tests/conftest.py marks the sessions
# of Client.login() and force_login() as strongly authenticated; tests/twofactor take the real
# steps.
TWO_FACTOR_REQUIRED = True
WHITENOISE_AUTOREFRESH = True
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
# Close connections at the end of each request, so the live server of the browser tests leaves
# none open when the test database is dropped.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# Each test process keeps uploads and renditions in a folder of its own, removed when it ends:
# `make test` runs the SQLite and PostgreSQL passes at the same time.
MEDIA_ROOT = tempfile.mkdtemp(prefix="idesluss-test-media-")
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)
# No test asks the internet (whatever the environment says): the link checker's tests switch
# external checks on and answer from a local server (tests/home/test_link_checker.py).
LINK_CHECK_EXTERNAL = False
