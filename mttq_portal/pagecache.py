"""Whole public pages from the shared cache, for readers without a session.

Every cached page is stored with the *content version* current when it was rendered: one value
in the cache that changes whenever anything the public sees is saved or deleted (the apps'
post_save / post_delete receivers call bump_content_version()). A page of another version is a
miss, so an editor's save or publish reaches every reader at once, on every app server sharing
the cache. Scheduled articles become public by the clock, not by a save: the version also holds
the moment the next scheduled article falls due, and no page is kept past it.

Placed after the security middlewares (their headers are added to cached pages too) and before
sessions, CSRF, authentication and messages: a hit skips them all. Only requests without a
session or messages cookie are served from the cache (staff, and a reader with a message
waiting, always go through), and only responses that set no cookie, do not vary on cookies and
are not private are stored, so nothing personal is ever shared.
"""

import hashlib
import re
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.urls import Resolver404, resolve

from .ratelimit import is_limited

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
    version = ContentVersion.load(value if value is not None else cache.get(VERSION_KEY))
    if version is None or not version.is_current(time.time()):
        version = _new_version()
    return version


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


class PageCacheMiddleware:
    """Serve and store whole public pages in the shared cache (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not may_use_cache(request):
            return self.get_response(request)
        fast = self.fast_view(request)
        if fast is not None:
            # A page assembled per request (the article page, which counts its reader):
            # never stored, so not looked up either.
            response = fast(request)
            return response if response is not None else self.get_response(request)
        key = page_key(request)
        found = cache.get_many([VERSION_KEY, key])
        version = current_version(found.get(VERSION_KEY, ""))
        entry = found.get(key)
        now = time.time()
        if entry and entry["version"] == version.token and entry["expires"] > now:
            # A cached search still counts against its reader's limit: past it, the view
            # answers (and counts) as it would without the cache.
            limit = entry.get("rate_limit")
            if not (limit and is_limited(request, limit[0], limit=limit[1], window=limit[2])):
                return HttpResponse(entry["content"], status=200, headers=entry["headers"])
        response = self.get_response(request)
        if is_shareable(response):
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
        return response

    @staticmethod
    def fast_view(request):
        """Return the `fast_response(request, **kwargs)` of the view of this path, bound to
        the path's arguments, for a view that assembles its page for a reader without a
        session cheaper than a full render (the article page); else None. It returns the
        response, or None for the view to answer."""
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
