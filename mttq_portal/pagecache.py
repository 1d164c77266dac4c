"""Whole public pages from the shared cache, for readers without a session.

Every cached page is stored with the *content version* current when it was rendered: one value
in the cache that changes whenever anything the public sees is saved or deleted (the apps'
post_save / post_delete receivers call bump_content_version()). A page of another version is a
miss, so an editor's save or publish reaches every reader at once, on every app server sharing
the cache. Scheduled articles become public by the clock, not by a save: the version also holds
the moment the next scheduled article falls due, and no page is kept past it.

PageCacheMiddleware is first in MIDDLEWARE: a page is stored with the headers every other
middleware gave it (security headers, Content-Security-Policy), and a hit runs none of them.
Each worker keeps copies of the pages it served (LocalPages) and the content version itself
(VersionWatch: a Redis subscription tells it of every change), so a hit costs no round trip.
Only requests without a session or messages cookie are served from the cache (staff, and a
reader with a message waiting, always go through), and only responses that set no cookie, do
not vary on cookies and are not private are stored, so nothing personal is ever shared.

FastPageMiddleware, after the security middlewares and before sessions, CSRF, authentication and
messages, answers the pages assembled per reader (the article page) from a Skeleton: a rendering
with placeholders kept per content version.
"""

import hashlib
import logging
import os
import re
import threading
import time
import uuid
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.urls import Resolver404, resolve

from .ratelimit import is_limited

logger = logging.getLogger(__name__)

VERSION_KEY = "pagecache:version"
PAGE_KEY_PREFIX = "pagecache:page:"
MESSAGES_COOKIE = "messages"  # django.contrib.messages' CookieStorage.cookie_name
_NO_STORE = ("private", "no-store", "no-cache")


class ContentVersion:
    """The current content version: a random token and when the next scheduled article falls
    due (a Unix time, or None when none is scheduled)."""

    __slots__ = ("next_due", "token")

    def __init__(self, token, next_due):
        self.token, self.next_due = token, next_due

    def dump(self):
        return f"{self.token}|{'' if self.next_due is None else self.next_due}"

    @classmethod
    def load(cls, value):
        if not isinstance(value, str) or "|" not in value:
            return None
        token, _, due = value.partition("|")
        try:
            return cls(token, float(due) if due else None)
        except ValueError:
            return None

    def is_current(self, now):
        return self.next_due is None or now < self.next_due


def _next_due():
    """Return when the next scheduled article becomes public, as a Unix time, or None."""
    from django.utils import timezone

    from news.models import Article

    moment = (
        Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )
    return moment.timestamp() if moment else None


def _new_version():
    version = ContentVersion(uuid.uuid4().hex, _next_due())
    cache.set(VERSION_KEY, version.dump(), None)
    version_watch.changed()
    version_watch.announce()
    return version


def bump_content_version(**kwargs):
    """Make every cached page stale: now, and again when the current transaction commits.

    Now, so the rest of this request and the tests see it; at commit, because a reader may
    render the old content between the two and cache it under the version bumped first.
    Usable as a signal receiver.
    """
    _new_version()
    transaction.on_commit(_new_version)


def current_version(value=None):
    """Return the current ContentVersion (`value`: the cached one, if already read)."""
    if value is None:
        return version_watch.get()
    version = ContentVersion.load(value)
    if version is None or not version.is_current(time.time()):
        version = _new_version()
    return version


class VersionWatch:
    """The content version, kept in this process while it hears of every change.

    Reading the version from Redis for every request was the largest cost of a cached page:
    not the bytes, the round trip (on a busy two-core server, the worker waits for Redis to
    be scheduled). So each process keeps the version it read, and a thread of its own,
    subscribed to a Redis channel, forgets it the moment any app server announces a change
    (_new_version() publishes on the channel after setting the new version). Until the
    subscription is confirmed, after a lost connection, past MAX_AGE seconds, or past the
    due time of a scheduled article, the version is read from the cache again.

    Without Redis (one process, local-memory cache) nothing is kept: reading is cheap there.
    """

    MAX_AGE = 5.0  # a bound on what a silently dead subscription could cost
    RETRY_SECONDS = 1.0

    def __init__(self):
        self.memo, self.read_at, self.generation = None, 0.0, 0
        self.listening, self.pid = False, None

    @staticmethod
    def redis():
        """Return the Redis client of the cache, or None when the cache is not Redis."""
        if not settings.CACHES["default"]["BACKEND"].startswith("django_redis."):
            return None
        from django_redis import get_redis_connection

        return get_redis_connection("default")

    @staticmethod
    def channel():
        return cache.make_key("pagecache:changed")

    def get(self):
        memo = self.memo
        if (
            memo is not None
            and time.monotonic() - self.read_at < self.MAX_AGE
            and memo.is_current(time.time())
        ):
            return memo
        self.start()
        generation = self.generation
        version = ContentVersion.load(cache.get(VERSION_KEY))
        if version is None or not version.is_current(time.time()):
            version = _new_version()
        elif self.listening and generation == self.generation:
            # Kept only if no change was announced while it was being read.
            self.memo, self.read_at = version, time.monotonic()
        return version

    def changed(self):
        self.generation += 1
        self.memo = None

    def announce(self):
        redis = self.redis()
        if redis is not None:
            redis.publish(self.channel(), "1")

    def start(self):
        """Start this process's listening thread (once per process: not across a fork)."""
        if self.pid == os.getpid() or self.redis() is None:
            return
        self.pid, self.listening = os.getpid(), False
        threading.Thread(target=self.listen, name="pagecache-version", daemon=True).start()

    def listen(self):
        while True:
            try:
                pubsub = self.redis().pubsub()
                pubsub.subscribe(self.channel())
                for message in pubsub.listen():
                    if message["type"] == "subscribe":
                        self.listening = True  # confirmed: no change can be missed now
                    else:
                        self.changed()
            except Exception:  # Redis gone: read the version every time until it is back
                logger.warning("Page cache: lost the Redis subscription", exc_info=True)
            self.listening = False
            self.changed()
            time.sleep(self.RETRY_SECONDS)


version_watch = VersionWatch()


def page_key(request):
    raw = f"{request.scheme}://{request.META.get('HTTP_HOST', '')}{request.get_full_path()}"
    return PAGE_KEY_PREFIX + hashlib.sha256(raw.encode("utf-8", "replace")).hexdigest()[:40]


def may_use_cache(request):
    """Return True for a request the shared cache may answer and store for."""
    if request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or MESSAGES_COOKIE in cookies:
        return False
    path = request.path_info
    return not path.startswith(
        (f"/{settings.ADMIN_URL}", settings.STATIC_URL, settings.MEDIA_URL, "/healthz")
    )


def is_shareable(response):
    """Return True for a response every reader without a session may be given."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    if "cookie" in response.get("Vary", "").lower():
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in _NO_STORE)


class LocalPages:
    """This process's copies of pages read from the shared cache, newest used kept, at most
    `max_bytes` of content: a page served again costs no transfer from Redis, only the
    reading of the content version (which still decides whether the copy may be served)."""

    def __init__(self, max_bytes):
        self.max_bytes, self.size, self.entries = max_bytes, 0, OrderedDict()

    def get(self, key):
        entry = self.entries.get(key)
        if entry is not None:
            self.entries.move_to_end(key)
        return entry

    def put(self, key, entry):
        self.discard(key)
        size = len(entry["content"])
        if size > self.max_bytes:
            return
        self.entries[key] = entry
        self.size += size
        while self.size > self.max_bytes:
            _, oldest = self.entries.popitem(last=False)
            self.size -= len(oldest["content"])

    def discard(self, key):
        entry = self.entries.pop(key, None)
        if entry is not None:
            self.size -= len(entry["content"])


class PageCacheMiddleware:
    """Serve and store whole public pages in the shared cache (see the module's docstring).

    First in MIDDLEWARE: a page is stored with the headers every other middleware gave it
    (security headers, Content-Security-Policy...), so that a hit needs none of them. A
    request the security middleware would redirect to HTTPS is left to it.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.local = LocalPages(settings.PAGE_CACHE_LOCAL_BYTES)

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if (
            not seconds
            or not may_use_cache(request)
            or (settings.SECURE_SSL_REDIRECT and not request.is_secure())
        ):
            return self.get_response(request)
        request.fast_view = fast_view(request)
        if request.fast_view is not None:
            # Assembled per request by FastPageMiddleware and never stored: not looked up.
            return self.get_response(request)
        key = page_key(request)
        version = current_version()
        now = time.time()
        entry = self.local.get(key)
        if not self.is_current(entry, version, now):
            entry = cache.get(key)
            if self.is_current(entry, version, now):
                self.local.put(key, entry)
            else:
                self.local.discard(key)
                entry = None
        if entry is not None:
            # A cached search still counts against its reader's limit: past it, the view
            # answers (and counts) as it would without the cache.
            limit = entry.get("rate_limit")
            if not (limit and is_limited(request, limit[0], limit=limit[1], window=limit[2])):
                return HttpResponse(entry["content"], status=200, headers=entry["headers"])
        response = self.get_response(request)
        # A page whose policy names a nonce must not be given to anyone else.
        if is_shareable(response) and getattr(request, "_csp_nonce", None) is None:
            expires = now + seconds
            if version.next_due is not None:
                expires = min(expires, version.next_due)
            if expires - now >= 1:
                entry = {
                    "version": version.token,
                    "expires": expires,
                    "headers": dict(response.items()),
                    "content": response.content,
                    "rate_limit": getattr(response, "page_cache_rate_limit", None),
                }
                cache.set(key, entry, int(expires - now))
                self.local.put(key, entry)
        return response

    @staticmethod
    def is_current(entry, version, now):
        return bool(entry) and entry["version"] == version.token and entry["expires"] > now


class FastPageMiddleware:
    """Answer a page assembled per request cheaper than a full render (a view class with a
    `fast_response(request, **kwargs)`: the article page, which counts its reader) for a
    reader the page cache serves: after the security middlewares, whose headers it gets,
    before sessions, CSRF, authentication and messages. The view answers whatever
    fast_response() leaves (it returns None)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.PAGE_CACHE_SECONDS and may_use_cache(request):
            # Found by PageCacheMiddleware already, unless it let the request through early.
            fast = request.fast_view if hasattr(request, "fast_view") else fast_view(request)
            if fast is not None:
                response = fast(request)
                if response is not None:
                    return response
        return self.get_response(request)


def fast_view(request):
    """Return the fast_response of this path's view, bound to the path's arguments, or None
    for a view without one."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    fast = getattr(getattr(match.func, "view_class", None), "fast_response", None)
    if fast is None:
        return None
    return lambda request: fast(request, **match.kwargs)


# --- pages assembled from a rendering with placeholders -----------------------------------------

_PLACEHOLDER = re.compile("\x02([A-Za-z0-9_]+)\x03")


def placeholder(name):
    """Return the placeholder of `name`: characters no template filter or escaping changes."""
    return f"\x02{name}\x03"


class Skeleton:
    """A page rendered once with placeholders in place of some values, completed per request
    by joining strings: the same HTML a render would give, for a fraction of its cost."""

    def __init__(self, html):
        self.parts = _PLACEHOLDER.split(html)

    def fill(self, values):
        """Return the page with each placeholder replaced by values[name] (already escaped)."""
        parts = self.parts[:]
        parts[1::2] = [values[name] for name in parts[1::2]]
        return "".join(parts)


class VersionedMemo:
    """Values derived from the content, kept in this process for one content version.

    Not state: every lookup names the current version (read from the shared cache), so an
    entry of another version is never used, and all of them go when the version changes.
    """

    def __init__(self, max_entries=500):
        self.token, self.entries, self.max_entries = None, {}, max_entries

    def get_or_build(self, version, key, build):
        if version.token != self.token:
            self.token, self.entries = version.token, {}
        value = self.entries.get(key)
        if value is None:
            if len(self.entries) >= self.max_entries:
                self.entries.clear()
            value = self.entries[key] = build()
        return value


def bump_on_change(*models):
    """Make every cached page stale whenever a row of one of `models` (or one of their
    many-to-many links) is saved or deleted. Called from the apps' ready()."""
    from django.db.models.signals import m2m_changed, post_delete, post_save

    for model in models:
        uid = f"pagecache:{model._meta.label}"
        post_save.connect(bump_content_version, sender=model, dispatch_uid=uid)
        post_delete.connect(bump_content_version, sender=model, dispatch_uid=uid)
        for field in model._meta.many_to_many:
            m2m_changed.connect(
                bump_content_version, sender=field.remote_field.through, dispatch_uid=uid
            )
