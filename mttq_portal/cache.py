"""Django's Redis cache backend, made an accelerator rather than a dependency.

Django's own `RedisCache` lets every `redis.ConnectionError` through, so a Redis that is down
turned every page and every save into a server error. This subclass answers each call as a
cache that holds nothing while Redis does not answer (a miss, False, an empty dict), logs one
warning per outage, and keeps a small circuit breaker per process: after a failure, calls are
answered at once without touching the network for RETRY_SECONDS, then one call tries Redis
again. Combined with short socket timeouts (settings: DJANGO_REDIS_TIMEOUT), a Redis that
refuses connections or hangs costs one request at most the timeout, not every request.

    CACHES = {"default": {
        "BACKEND": "mttq_portal.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/0",
        "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25, "RETRY_SECONDS": 5},
    }}
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# What a Redis that is down, hanging or unreachable raises: redis-py wraps most socket errors in
# ConnectionError or TimeoutError, but a few (e.g. while closing a broken socket) are plain OSError.
FAILURES = (RedisError, OSError)
DEFAULT_RETRY_SECONDS = 5.0
_FAILED = object()


class Breaker:
    """Whether Redis answered lately: one per server and process, shared by its threads.

    Django makes one cache backend per thread, so the state cannot live on the backend: each
    thread would wait for its own timeout. Plain attribute writes are atomic under the GIL; the
    locks only keep the warning to one per outage and let one thread at a time probe Redis.
    """

    def __init__(self, retry_seconds: float):
        self.retry_seconds = retry_seconds
        self.broken = False
        self.retry_at = 0.0  # time.monotonic() after which one call may try Redis again
        self.lock = threading.Lock()
        self.probe = threading.Lock()

    def is_open(self) -> bool:
        """Return True while calls must be answered without trying Redis."""
        return self.broken and time.monotonic() < self.retry_at

    def trip(self, error: BaseException) -> None:
        with self.lock:
            self.retry_at = time.monotonic() + self.retry_seconds
            if self.broken:
                return
            self.broken = True
        logger.warning(
            "Redis does not answer (%s: %s): the cache answers as empty and Redis is tried "
            "again every %g s.",
            type(error).__name__,
            error,
            self.retry_seconds,
        )

    def reset(self) -> None:
        with self.lock:
            if not self.broken:
                return
            self.broken = False
        logger.info("Redis answers again: the cache is in use again.")


_breakers: dict[tuple, Breaker] = {}
_breakers_lock = threading.Lock()


def breaker_for(servers, retry_seconds: float) -> Breaker:
    """Return this process's breaker of `servers`, made on first use."""
    key = (tuple(servers), retry_seconds)
    with _breakers_lock:
        if key not in _breakers:
            _breakers[key] = Breaker(retry_seconds)
        return _breakers[key]


class RedisCache(DjangoRedisCache):
    """Django's RedisCache whose every call fails soft, as a cache that holds nothing."""

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        # Ours, not redis-py's: every other option goes to the connection pool unchanged.
        retry_seconds = float(options.pop("RETRY_SECONDS", DEFAULT_RETRY_SECONDS))
        super().__init__(server, {**params, "OPTIONS": options})
        self._breaker = breaker_for(self._servers, retry_seconds)

    def _soft(self, call, miss, *args, **kwargs):
        """Return call(*args, **kwargs), or `miss` when Redis fails or the breaker is open."""
        breaker = self._breaker
        probing = False
        if breaker.broken:
            # Past retry_at one thread probes Redis; the others keep answering misses meanwhile
            # rather than all waiting for the same timeout.
            if breaker.is_open() or not breaker.probe.acquire(blocking=False):
                return miss
            probing = True
        try:
            result = call(*args, **kwargs)
        except FAILURES as error:
            breaker.trip(error)
            return miss
        finally:
            if probing:
                breaker.probe.release()
        if probing:
            breaker.reset()
        return result

    def available(self) -> bool:
        """Return False while the breaker is open: calls are answered without Redis."""
        return not self._breaker.is_open()

    def ping(self) -> bool:
        """Send a real PING (bounded by the socket timeout); return True if Redis answered.

        Used by the health check, so it tries Redis even while the breaker is open, and its
        answer opens or closes the breaker.
        """
        try:
            self._cache.get_client(write=True).ping()
        except FAILURES as error:
            self._breaker.trip(error)
            return False
        self._breaker.reset()
        return True

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft(super().add, False, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._soft(super().get, default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft(super().set, False, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft(super().touch, False, key, timeout, version)

    def delete(self, key, version=None):
        return self._soft(super().delete, False, key, version)

    def get_many(self, keys, version=None):
        return self._soft(super().get_many, {}, keys, version)

    def has_key(self, key, version=None):
        return self._soft(super().has_key, False, key, version)

    def incr(self, key, delta=1, version=None):
        # BaseCache.decr() calls incr(). A missing key raises ValueError: Django's contract, and
        # what a cache that holds nothing must answer.
        result = self._soft(super().incr, _FAILED, key, delta, version)
        if result is _FAILED:
            raise ValueError(f"Key '{key}' not found.")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft(super().set_many, list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._soft(super().delete_many, None, keys, version)

    def clear(self):
        return self._soft(super().clear, None)


class LocalObjectCache(LocMemCache):
    """Django's local-memory cache, keeping the values themselves instead of pickles.

    For what a process keeps of its own to serve a page without any round trip
    (caches["pages"]: whole pages and what each path reads): LocMemCache pickles a value when
    it is stored and unpickles it at every read, tens of microseconds for a page of 60 KB on a
    page served in a few hundred. Values kept here are never changed by those who read them.
    Keys are made by mttq_portal.pagecache (short digests): they are not checked one character
    at a time for memcached, which this cache is not.
    """

    def make_and_validate_key(self, key, version=None):
        return self.make_key(key, version=version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._set(key, value, timeout)
                return True
            return False

    def get(self, key, default=None, version=None):
        key = self.make_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._delete(key)
                return default
            value = self._cache[key]
            self._cache.move_to_end(key, last=False)
        return value

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_key(key, version=version)
        with self._lock:
            self._set(key, value, timeout)

    def incr(self, key, delta=1, version=None):
        key = self.make_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._delete(key)
                raise ValueError(f"Key '{key}' not found")
            value = self._cache[key] + delta
            self._cache[key] = value
            self._cache.move_to_end(key, last=False)
        return value
