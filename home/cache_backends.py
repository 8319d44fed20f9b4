"""A Redis cache that degrades instead of failing: Redis is an accelerator, never a single point
of failure.

`TolerantRedisCache` is Django's own `RedisCache` whose every operation, when Redis cannot be
reached (or answers with an error), behaves as a cache miss: reads return the default, writes do
nothing, `incr` raises ValueError as for a missing key. Every caller survives, Wagtail's included
(`Site.get_site_root_paths()` reads the cache on every page). After a failure the process does
not call Redis for `RETRY_SECONDS` (default 5), so a Redis that hangs costs one socket timeout per
interval, not one per request; it logs "cache degraded" once per `LOG_SECONDS` (default 60), and
`degraded(cache)` tells the health check and the rate limit that the cache is not working. See
README, "Scaling out".
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def degraded(cache) -> bool:
    """True while `cache` is a tolerant cache that could not reach its server lately."""
    return bool(getattr(cache, "is_degraded", False))


class _Outage:
    """What this process knows of one Redis server's outage, shared by its threads (Django
    gives each thread its own cache object)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.last_logged = 0.0
        self.failures = 0


_outages: dict[str, _Outage] = {}
_outages_lock = threading.Lock()


class TolerantRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        self.retry_seconds = float(options.pop("RETRY_SECONDS", 5))
        self.log_seconds = float(options.pop("LOG_SECONDS", 60))
        super().__init__(server, {**params, "OPTIONS": options})
        with _outages_lock:
            self._outage = _outages.setdefault(str(server), _Outage())

    @property
    def _down_until(self) -> float:
        return self._outage.down_until

    @property
    def is_degraded(self) -> bool:
        return time.monotonic() < self._outage.down_until

    def _failed(self, error):
        now = time.monotonic()
        outage = self._outage
        with outage.lock:
            outage.down_until = now + self.retry_seconds
            outage.failures += 1
            if outage.last_logged and now - outage.last_logged < self.log_seconds:
                return
            failures, outage.failures = outage.failures, 0
            outage.last_logged = now
        logger.warning(
            "Cache degraded: Redis cannot be reached (%s: %s); %d failed operation(s) since the "
            "last message. Pages are served without the cache; trying again every %g s.",
            type(error).__name__,
            error,
            failures,
            self.retry_seconds,
        )

    def _recovered(self):
        outage = self._outage
        with outage.lock:
            was_down, outage.down_until = outage.down_until, 0.0
        if was_down:
            logger.warning("Cache restored: Redis answers again.")

    def _call(self, operation, fallback, *args, **kwargs):
        if self.is_degraded:
            return fallback()
        try:
            result = operation(*args, **kwargs)
        except RedisError as error:
            self._failed(error)
            return fallback()
        if self._down_until:
            self._recovered()
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().add, lambda: False, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call(super().get, lambda: default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set, lambda: None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().touch, lambda: False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(super().delete, lambda: False, key, version)

    def get_many(self, keys, version=None):
        return self._call(super().get_many, dict, keys, version)

    def has_key(self, key, version=None):
        return self._call(super().has_key, lambda: False, key, version)

    def incr(self, key, delta=1, version=None):
        return self._call(super().incr, _missing(key), key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set_many, lambda: list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call(super().delete_many, lambda: None, keys, version)

    def clear(self):
        return self._call(super().clear, lambda: False)


def _missing(key):
    """The fallback of incr: the key is missing, as Django's caches say it."""

    def fallback():
        raise ValueError(f"Key '{key}' not found (the cache is degraded).")

    return fallback
