"""Cache-backed rate limits per client address, shared by every app server through the cache.

With Redis as the cache (REDIS_URL), all gunicorn processes and machines count together. While
Redis does not answer, each process counts in its own memory instead, as it does without Redis:
a limit then applies per process, but it still applies, and a request is never refused or failed
because the cache is down.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache

logger = logging.getLogger(__name__)

# This process's counts while the shared cache does not answer.
local_counts = LocMemCache("mttq-ratelimit", {"OPTIONS": {"MAX_ENTRIES": 10000}})


def client_ip(request) -> str:
    """Return the address of the client, trusting a proxy header only when configured.

    Without DJANGO_CLIENT_IP_HEADER the socket's address is used, so a client cannot pick its
    own address by sending X-Forwarded-For. With it set to HTTP_X_FORWARDED_FOR, the right-most
    entry is used: the one our own proxy appended.
    """
    header = settings.CLIENT_IP_HEADER
    if header:
        value = request.META.get(header, "")
        candidates = [part.strip() for part in value.split(",") if part.strip()]
        if candidates:
            return candidates[-1][:64]
    return request.META.get("REMOTE_ADDR", "")[:64] or "unknown"


def is_limited(request, scope: str, *, limit: int, window: int) -> bool:
    """Count one request of this client in `scope`; return True once it has gone past `limit`
    requests in the current window of `window` seconds."""
    bucket = int(time.time() // window)
    # Hashed: a proxy header may hold anything, and cache keys must stay short and plain.
    address = hashlib.sha256(client_ip(request).encode("utf-8", "replace")).hexdigest()[:32]
    return count(f"rl:{scope}:{address}:{bucket}", window=window) > limit


def count(key: str, *, window: int, delta: int = 1) -> int:
    """Add `delta` to the count of `key`, kept `window` seconds, and return it: in the shared
    cache, so that every app server counts together; in this process's memory while the shared
    cache does not answer (as without Redis). Never raises."""
    total = _count(cache, key, window, delta) if _answers(cache) else None
    if total is None or not _answers(cache):  # Redis failed while counting
        total = _count(local_counts, key, window, delta) or delta
    return total


def _answers(store) -> bool:
    """Return False while `store` says it cannot answer (mttq_portal.cache.RedisCache)."""
    available = getattr(store, "available", None)
    return available is None or available()


def _count(store, key: str, window: int, delta: int) -> int | None:
    """Add `delta` under `key` in `store`; return the count, or None when `store` could not
    count it (a cache that does not answer holds nothing: add() is False, incr() raises)."""
    try:
        store.add(key, 0, timeout=window + 1)
        try:
            return store.incr(key, delta)
        except ValueError:  # expired between add() and incr(), or the store does not answer
            return delta if store.add(key, delta, timeout=window + 1) else None
    except Exception:  # any other cache backend, down: a count must never fail the request
        logger.warning("%s not counted in the shared cache", key, exc_info=True)
        return None


def configured_limit(setting: str, default: str) -> tuple[int, int]:
    """Return (requests, seconds) of a setting written "20/60": 20 requests per 60 seconds."""
    value = getattr(settings, setting, default)
    if isinstance(value, list | tuple):
        return int(value[0]), int(value[1])
    limit, _, window = str(value).partition("/")
    return int(limit), int(window or 60)
