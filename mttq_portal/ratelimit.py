"""Cache-backed rate limits per client address, shared by every app server through the cache.

With Redis as the cache (REDIS_URL), all gunicorn processes and machines count together.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache


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
    key = f"rl:{scope}:{address}:{bucket}"
    cache.add(key, 0, timeout=window + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window + 1)
        count = 1
    return count > limit
