"""Whole public pages kept for readers without a session, until public content changes.

Django's cache framework stores and expires the pages: `caches["pages"]` holds each process's
own copies (local memory, so that a page served again costs no round trip) and
`caches["default"]`, when it is Redis, the copies every app server shares. This module adds
what the framework does not do by itself:

* **The content version** (`ContentVersion`, one row in the database). Pages are stored under
  the version they were rendered with. The services that change public content call
  `announce_change()`, which gives the version a new token once their transaction commits.
  Each process reads the version at most once every `PAGE_CACHE_RECHECK_SECONDS`: a change
  shows at once in the process that made it and within that time on every other app server,
  with or without Redis. No page is kept past the moment the next scheduled article becomes
  public, nor past the next expiry of a public article.
* **Canonical keys.** A view marks a response every reader may be given with `public_page()`,
  naming the query parameters the page reads and their canonical values. Other parameters are
  left out of the key (`/?x=1` is the page `/`), and a response to values that are not the
  canonical ones (`?page=02`) is served but not stored, so junk query strings cannot fill the
  cache. Which parameters a path reads each process learns from its own first render of it,
  so a page never stored (the article page) costs no round trip to the shared cache.
* Only requests without a session or messages cookie are answered from the cache, and only
  responses that set no cookie, do not vary and are not private are stored.

`PageCacheMiddleware` comes first in MIDDLEWARE, so a page is stored with the headers every
other middleware gave it and a hit is answered as the whole stack answered the first time. It
never resolves a URL nor calls a view: a view runs behind the whole stack or not at all.
"""

import hashlib
import logging
import time
import uuid
from datetime import UTC, datetime
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import DEFAULT_DB_ALIAS, DatabaseError, transaction
from django.http import HttpResponse
from django.utils import timezone

from .ratelimit import is_limited

logger = logging.getLogger(__name__)

MESSAGES_COOKIE = "messages"  # django.contrib.messages' CookieStorage.cookie_name
_NO_STORE = ("private", "no-store", "no-cache")
_VERSION_ROW = 1


class Version:
    """A content version: its token and when the next scheduled article becomes public (a Unix
    time, or None)."""

    __slots__ = ("next_due", "token")

    def __init__(self, token, next_due):
        self.token, self.next_due = token, next_due

    def is_current(self, now):
        return self.next_due is None or now < self.next_due


# This process's last reading of the version: (Version, time.monotonic() when read).
_memo = None


def current_version():
    """Return the content version, read from the database at most once every
    PAGE_CACHE_RECHECK_SECONDS by this process; raise DatabaseError when it does not answer."""
    global _memo
    now = time.time()
    memo = _memo
    if (
        memo is not None
        and time.monotonic() - memo[1] < settings.PAGE_CACHE_RECHECK_SECONDS
        and memo[0].is_current(now)
    ):
        return memo[0]
    version = _read_version()
    if not version.is_current(now):  # a scheduled article is due: its pages must go
        version = _renew(seen=version)
    _memo = (version, time.monotonic())
    return version


def announce_change(using=DEFAULT_DB_ALIAS):
    """Retire every cached page once the current transaction commits (at once outside one).

    The services that change what the public sees call it: the workflow, the admin's saves and
    deletions, imports, restore. However often it is called in one transaction, the version
    changes once; a transaction rolled back (a dry-run import) announces nothing.
    """
    connection = transaction.get_connection(using)
    if connection.in_atomic_block and any(
        callback is renew_version for _, callback, _ in connection.run_on_commit
    ):
        return
    transaction.on_commit(renew_version, using=using, robust=True)


def renew_version():
    """Give the content version a new token now, retiring every cached page (announce_change()
    does it when the transaction commits)."""
    global _memo
    _memo = None
    _renew(seen=None)


def _next_due():
    """Return when the public side next changes by itself, as a Unix time, or None: the next
    scheduled article becomes public, or a public article reaches its expiry."""
    from news.models import Article

    now = timezone.now()
    published = Article.objects.filter(status=Article.Status.PUBLISHED)
    moments = [
        published.filter(published_at__gt=now)
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first(),
        published.filter(expires_at__gt=now)
        .order_by("expires_at")
        .values_list("expires_at", flat=True)
        .first(),
    ]
    moments = [moment for moment in moments if moment is not None]
    return min(moments).timestamp() if moments else None


def _read_version():
    from .models import ContentVersion

    row = ContentVersion.objects.filter(pk=_VERSION_ROW).values_list("token", "next_due").first()
    if row is None:
        return _renew(seen=None)
    token, next_due = row
    return Version(token, next_due.timestamp() if next_due else None)


def _renew(*, seen):
    """Store a new version and return it. With `seen` (the version this process read), only if
    no other app server renewed it meanwhile; then return theirs."""
    from .models import ContentVersion

    version = Version(uuid.uuid4().hex, _next_due())
    values = {
        "token": version.token,
        "next_due": (
            datetime.fromtimestamp(version.next_due, UTC) if version.next_due is not None else None
        ),
        "changed_at": timezone.now(),
    }
    if seen is None:
        ContentVersion.objects.update_or_create(pk=_VERSION_ROW, defaults=values)
    elif not ContentVersion.objects.filter(pk=_VERSION_ROW, token=seen.token).update(**values):
        return _read_version()
    return version


def kept(version, key, build):
    """Return build(), kept in this process's copies (caches["pages"]) for the content version
    `version`: what pages derive from public content and share (a layout, a menu, a list)."""
    key = f"pagecache:kept:{version.token}:{key}"
    local = caches["pages"]
    value = local.get(key)
    if value is None:
        value = build()
        local.set(key, value)
    return value


def forget_version():
    """Make this process read the version again at its next request (tests)."""
    global _memo
    _memo = None


# --- what a page declares ------------------------------------------------------------------------


def public_page(response, *, params=None, rate_limit=None):
    """Mark `response` as a page any reader without a session may be given, and return it.

    `params`: each query parameter the page reads, with its canonical value (None: absent).
    The key of the page is made of those parameters only, and the response is stored only when
    the request gave exactly those values. `rate_limit`: (scope, limit, window) of
    mttq_portal.ratelimit that a copy served from the cache still counts against.
    """
    response.public_page = {"params": dict(params or {}), "rate_limit": rate_limit}
    return response


class PublicPageMixin:
    """For class-based views whose page every reader without a session may be given."""

    def page_cache_params(self, context):
        """Return {query parameter: canonical value} of the parameters this page reads."""
        return {}

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        return public_page(response, params=self.page_cache_params(context))


# --- the middleware ------------------------------------------------------------------------------


def may_use_cache(request):
    """Return True for a request the cache may answer and store for."""
    if request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and MESSAGES_COOKIE not in cookies


def is_shareable(response):
    """Return True for a response every reader without a session may be given."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    if response.has_header("Vary"):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in _NO_STORE)


def _digest(text):
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:40]


def page_key(version, site, query, names):
    """Return the cache key of the page at `site` (scheme, host, path) for the values `query`
    gives to the parameters `names`."""
    values = urlencode([(name, value) for name in names for value in query.getlist(name)])
    return f"pagecache:page:{_digest(f'{version.token}|{site}|{values}')}"


def _params_key(site):
    return f"pagecache:params:{_digest(site)}"


class PageCacheMiddleware:
    """Serve and store whole public pages (see the module's docstring). First in MIDDLEWARE.

    A request the security middleware would redirect to HTTPS goes through untouched, as does
    every request while the database does not answer.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        default = caches["default"]
        # Local memory as the default cache is this process's own: the local tier suffices.
        self.shared = None if isinstance(default, LocMemCache) else default

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if (
            not seconds
            or not may_use_cache(request)
            or (settings.SECURE_SSL_REDIRECT and not request.is_secure())
        ):
            return self.get_response(request)
        try:
            # The host as sent: a page is only stored after the stack has checked it
            # (ALLOWED_HOSTS), so another host can only miss.
            site = f"{request.scheme}://{request.META.get('HTTP_HOST', '')}{request.path}"
            version = current_version()
        except DatabaseError:
            return self.get_response(request)
        now = time.time()
        local = caches["pages"]
        # What this path reads is learned by each process from its own renders: a path whose
        # page is never stored (the article page) costs no round trip to the shared cache.
        names = local.get(_params_key(site))
        if names is not None:
            key = page_key(version, site, request.GET, names)
            entry = self.lookup(local, key, now=now)
            if entry is not None:
                limit = entry["rate_limit"]
                if not (limit and is_limited(request, limit[0], limit=limit[1], window=limit[2])):
                    return HttpResponse(entry["content"], headers=entry["headers"])
        response = self.get_response(request)
        self.store(request, response, site, version, now, seconds)
        return response

    def lookup(self, local, key, now):
        """Return the entry of `key` from this process's copies, else from the shared cache
        (copied here), else None."""
        entry = local.get(key)
        if entry is None and self.shared is not None:
            entry = self.shared.get(key)
            if entry is not None and entry["expires"] - now >= 1:
                local.set(key, entry, entry["expires"] - now)
        if entry is not None and entry["expires"] <= now:
            return None
        return entry

    def store(self, request, response, site, version, now, seconds):
        declared = getattr(response, "public_page", None)
        # A page whose policy names a nonce must not be given to anyone else.
        if (
            declared is None
            or not is_shareable(response)
            or getattr(request, "_csp_nonce", None) is not None
        ):
            return
        params = declared["params"]
        for name, canonical in params.items():
            if request.GET.getlist(name) != ([] if canonical is None else [canonical]):
                return  # served as asked, but not the page's canonical address
        expires = now + seconds
        if version.next_due is not None:
            expires = min(expires, version.next_due)
        timeout = int(expires - now)
        if timeout < 1:
            return
        names = tuple(sorted(params))
        entry = {
            "expires": expires,
            "headers": dict(response.items()),
            "content": response.content,
            "rate_limit": declared["rate_limit"],
        }
        key = page_key(version, site, request.GET, names)
        local = caches["pages"]
        local.set(_params_key(site), names, seconds)
        for tier in filter(None, (local, self.shared)):
            tier.set(key, entry, timeout)
