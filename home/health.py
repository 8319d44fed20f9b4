"""`/healthz`: whether this app server can reach its database and its cache.

Load balancers and monitoring call it; it answers 200 when both work and 503 naming the part that
failed, so a server that lost its database or Redis is taken out of rotation. The reason is
logged, never shown: the answer is public.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

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
    """Write a value no other request uses, read it back and remove it."""
    key = f"{CACHE_KEY_PREFIX}{uuid.uuid4().hex}"
    value = uuid.uuid4().hex
    try:
        cache.set(key, value, timeout=30)
        found = cache.get(key)
        cache.delete(key)
    except Exception:  # the cache backend's own errors (redis-py raises its own classes)
        logger.exception("Health check: the cache round trip failed")
        return False
    if found != value:
        logger.error("Health check: the cache did not return the value just written")
        return False
    return True


@require_safe
@never_cache
def healthz(request):
    checks = {"database": database_works(), "cache": cache_works()}
    healthy = all(checks.values())
    body = {"status": "ok" if healthy else "error"}
    body.update({name: "ok" if passed else "error" for name, passed in checks.items()})
    return JsonResponse(body, status=200 if healthy else 503)
