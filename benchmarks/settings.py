"""The production settings, served with the benchmark's URLconf (benchmarks/urls.py), which adds
the minimal baseline view. `benchmarks/pages.py` sets SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL,
REDIS_URL and STATIC_ROOT (a temporary folder) in the environment, as a deployment would."""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls"
# The benchmark builds its throw-away database from the demo content.
DEMO_CONTENT_ALLOWED = True
