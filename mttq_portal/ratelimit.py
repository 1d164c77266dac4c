"""Cache-backed rate limits per client address, shared by every app server through the cache.

A limit counts a client by client_key(): an IPv4 address whole, an IPv6 address by its /64
network (the block one subscriber or one LAN is given, whose addresses a client picks at will),
so that a client cannot pass a limit by moving to another address of its own.

With Redis as the cache (REDIS_URL), all gunicorn processes and machines count together. While
Redis does not answer, each process counts in its own memory instead, as it does without Redis:
a limit then applies per process, but it still applies, and a request is never refused or failed
because the cache is down.
"""

import hashlib
import ipaddress
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


def rate_key(address: str) -> str:
    """Return what the rate limits count `address` (a client_ip()) under: an IPv4 address
    itself; an IPv4-mapped IPv6 address (::ffff:1.2.3.4) as that IPv4 address; any other IPv6
    address as its /64 network ("2001:db8:1:2::/64"); anything else, unchanged."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:  # a proxy header may hold anything: it still gets its own count
        return address
    if parsed.version == 4:
        return str(parsed)
    if parsed.ipv4_mapped:
        return str(parsed.ipv4_mapped)
    return str(ipaddress.IPv6Network((int(parsed) >> 64 << 64, 64)))


def client_key(request) -> str:
    """Return what the rate limits count this request's client under: rate_key(client_ip())."""
    return rate_key(client_ip(request))


def limit_key(request, scope: str, window: int) -> str:
    """Return the cache key of this client's count in `scope` for the current window."""
    bucket = int(time.time() // window)
    # Hashed: a proxy header may hold anything, and cache keys must stay short and plain.
    client = hashlib.sha256(client_key(request).encode("utf-8", "replace")).hexdigest()[:32]
    return f"rl:{scope}:{client}:{bucket}"


def is_limited(request, scope: str, *, limit: int, window: int) -> bool:
    """Count one request of this client in `scope`; return True once it has gone past `limit`
    requests in the current window of `window` seconds."""
    return count(limit_key(request, scope, window), window=window) > limit


def has_reached(request, scope: str, *, limit: int, window: int) -> bool:
    """Return True once `limit` events of this client have been counted in `scope` (note())
    in the current window of `window` seconds; counts nothing itself."""
    return peek(limit_key(request, scope, window)) >= limit


def note(request, scope: str, *, window: int) -> int:
    """Count one event of this client in `scope` (a failed login, say) in the current window of
    `window` seconds, to be checked with has_reached(); return the count."""
    return count(limit_key(request, scope, window), window=window)


def count(key: str, *, window: int, delta: int = 1) -> int:
    """Add `delta` to the count of `key`, kept `window` seconds, and return it: in the shared
    cache, so that every app server counts together; in this process's memory while the shared
    cache does not answer (as without Redis). Never raises."""
    total = _count(cache, key, window, delta) if _answers(cache) else None
    if total is None or not _answers(cache):  # Redis failed while counting
        total = _count(local_counts, key, window, delta) or delta
    return total


def peek(key: str) -> int:
    """Return the count of `key` where count() keeps it now, without adding to it: in the
    shared cache, or in this process's memory while the shared cache does not answer. 0 for a
    key not counted yet. Never raises."""
    if _answers(cache):
        total = _read(cache, key)
        if total is not None and _answers(cache):  # Redis did not fail while reading
            return total
    return _read(local_counts, key) or 0


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


def _read(store, key: str) -> int | None:
    """Return the count under `key` in `store` (0 when it has none), or None when `store`
    could not be read."""
    try:
        return int(store.get(key) or 0)
    except Exception:  # any other cache backend, down: a check must never fail the request
        logger.warning("%s not read from the shared cache", key, exc_info=True)
        return None


def configured_limit(setting: str, default: str) -> tuple[int, int]:
    """Return (requests, seconds) of a setting written "20/60": 20 requests per 60 seconds."""
    value = getattr(settings, setting, default)
    if isinstance(value, list | tuple):
        return int(value[0]), int(value[1])
    limit, _, window = str(value).partition("/")
    return int(limit), int(window or 60)
