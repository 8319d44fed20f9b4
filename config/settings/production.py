"""Production. Refuses to start without SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL."""

import dj_database_url

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
# Demo content may be loaded on a staging server, but the notice never shows in production.
DEMO_MODE = False
