"""`/healthz`: whether this app server can serve: its database, and its cache.

Load balancers and monitoring call it. It answers 503 only when this server cannot serve (the
database is unreachable), so the load balancer takes it out of rotation; a cache that does not
work is reported as "degraded" with 200, because pages are then served without it (Redis is an
accelerator, home/cache_backends.py). The reason is logged, never shown: the answer is public.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from home.cache_backends import degraded

logger = logging.getLogger(__name__)

CACHE_KEY_PREFIX = "healthz:"


def database_works() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # any driver or connection error means the database is not usable
        logger.exception("Health check: the database query failed")
        return False


def cache_works() -> bool:
    """Write a value no other request uses, read it back and remove it. A tolerant cache logs
    its own outage once per interval; this logs only what it cannot see."""
    key = f"{CACHE_KEY_PREFIX}{uuid.uuid4().hex}"
    value = uuid.uuid4().hex
    try:
        cache.set(key, value, timeout=30)
        found = cache.get(key)
        cache.delete(key)
    except Exception:  # a cache backend that raises its own errors (redis-py's classes)
        logger.warning("Health check: the cache round trip failed", exc_info=True)
        return False
    if found != value:
        if not degraded(cache):
            logger.warning("Health check: the cache did not return the value just written")
        return False
    return True


@require_safe
@never_cache
def healthz(request):
    database = database_works()
    cache_state = "ok" if cache_works() else "degraded"
    body = {
        "status": "ok" if database and cache_state == "ok" else "degraded" if database else "error",
        "database": "ok" if database else "error",
        "cache": cache_state,
    }
    return JsonResponse(body, status=200 if database else 503)
