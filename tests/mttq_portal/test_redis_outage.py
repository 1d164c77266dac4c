"""Redis is an accelerator, never a dependency.

Each test starts its own real redis-server on a free port (never the machine's shared Redis),
points the cache at it, uses it, then kills it (refused connections) or stops it with SIGSTOP (a
Redis that hangs): every public page, the admin, saves, view counts, votes and rate limits go on
within about a second, and once Redis is back it is used again, without a restart.
"""

import logging
import os
import signal
import socket
import subprocess
import time
from unittest import mock

import pytest
import redis
from django.core.cache import cache, caches
from django.test import Client
from django.urls import reverse

from mttq_portal import ratelimit
from mttq_portal.cache import RedisCache
from mttq_portal.roles import PUBLISHER
from news.models import Article, Rating
from tests.mttq_portal.public_site import populate_public_site, rating_url
from tests.mttq_portal.test_security_ratelimit import requests_until_limited, search
from tests.news.conftest import attachment_rows
from tests.news.factories import BROWSER_UA, ArticleFactory, staff_member

REDIS_SERVER = "/usr/bin/redis-server"
if not os.access(REDIS_SERVER, os.X_OK):
    pytest.skip(
        f"{REDIS_SERVER} is missing (apt-get install redis-server): these tests need a real Redis",
        allow_module_level=True,
    )

pytestmark = pytest.mark.django_db

SOCKET_TIMEOUT = 0.25  # the production default of DJANGO_REDIS_TIMEOUT
RETRY_SECONDS = 0.2
SLOW = 2.0  # seconds: no request may take longer, whatever Redis does
PASSWORD = "Mật-khẩu-thử-2025"  # tests.news.factories.UserFactory's


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """A redis-server of one test, on a free port of 127.0.0.1, keeping nothing on disk."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        options = ["--port", str(self.port), "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(
            [REDIS_SERVER, *options, "--bind", "127.0.0.1"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                self.client().ping()
                return
            except redis.ConnectionError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not start on port {self.port}") from None
                time.sleep(0.02)

    def client(self) -> redis.Redis:
        """Return a plain client, apart from Django's cache."""
        return redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=2)

    def kill(self):
        if self.process is not None and self.process.poll() is None:
            self.process.kill()  # SIGKILL ends a stopped (SIGSTOP) process too
            self.process.wait(timeout=10)

    def hang(self):
        self.process.send_signal(signal.SIGSTOP)

    def resume(self):
        self.process.send_signal(signal.SIGCONT)


@pytest.fixture
def redis_server():
    server = RedisServer()
    server.start()
    try:
        yield server
    finally:
        server.kill()  # even when the test failed: no redis-server outlives its test


@pytest.fixture
def redis_cache(settings, redis_server):
    """Point the default cache at this test's redis-server, with short timeouts and retries."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "mttq_portal.cache.RedisCache",
            "LOCATION": redis_server.url,
            "KEY_PREFIX": "mttq",
            "OPTIONS": {
                "socket_connect_timeout": SOCKET_TIMEOUT,
                "socket_timeout": SOCKET_TIMEOUT,
                "RETRY_SECONDS": RETRY_SECONDS,
            },
        },
    }
    # Django drops its cache handlers when CACHES changes (django.test.signals).
    assert isinstance(caches["default"], RedisCache)
    ratelimit.local_counts.clear()
    yield caches["default"]
    ratelimit.local_counts.clear()


@pytest.fixture
def public_urls(db):
    urls = populate_public_site()
    return [
        urls["home"],
        urls["category"],
        urls["article"],
        "/rss/",
        "/sitemap.xml",
        "/tim-kiem/?q=mo+hinh",
        "/mo-hinh/",
        "/don-vi-diem/",
        "/khen-thuong/",
        "/thong-ke/",
    ]


def timed_get(client, url, **headers):
    """GET `url`; fail if it took longer than SLOW seconds."""
    started = time.monotonic()
    response = client.get(url, **headers)
    elapsed = time.monotonic() - started
    assert elapsed < SLOW, f"{url} took {elapsed:.2f} s"
    return response


def timed_post(client, url, data, **headers):
    started = time.monotonic()
    response = client.post(url, data, **headers)
    elapsed = time.monotonic() - started
    assert elapsed < SLOW, f"POST {url} took {elapsed:.2f} s"
    return response


def assert_every_page_answers(urls):
    for url in urls:
        # A fresh reader each time, so that no page comes from the reader's own session state.
        response = timed_get(Client(), url, HTTP_USER_AGENT=BROWSER_UA)
        assert response.status_code == 200, url


def assert_the_cache_is_used(server):
    """A value set through Django's cache is read back by a plain Redis client."""
    key = f"back-{time.monotonic_ns()}"
    cache.set(key, 42, timeout=60)
    assert server.client().get(f"mttq:1:{key}") == b"42"


def wait_for_retry():
    time.sleep(RETRY_SECONDS + 0.05)


# Redis answering ------------------------------------------------------------------------------


def test_the_cache_is_stored_in_redis_while_it_answers(redis_cache, redis_server, client):
    assert_the_cache_is_used(redis_server)
    assert cache.get("missing", "default") == "default"
    response = client.get("/healthz")
    assert response.json() == {
        "status": "ok",
        "database": {"status": "ok"},
        "cache": {"status": "ok", "backend": "redis"},
    }


# Redis killed: connections refused ------------------------------------------------------------


def test_with_redis_killed_every_public_page_answers(redis_cache, redis_server, public_urls):
    assert_every_page_answers(public_urls)  # stored in Redis too
    redis_server.kill()
    caches["pages"].clear()  # as on another app server: only Redis would have the pages

    assert_every_page_answers(public_urls)
    assert_every_page_answers(public_urls)


def test_with_redis_killed_staff_log_in_and_save_an_article(redis_cache, redis_server, client):
    publisher = staff_member(PUBLISHER, "duyetbai")
    article = ArticleFactory(status=Article.Status.DRAFT, published_at=None, author=publisher)
    redis_server.kill()

    assert timed_get(client, reverse("admin:login")).status_code == 200
    response = timed_post(
        client,
        reverse("admin:login"),
        {"username": "duyetbai", "password": PASSWORD, "next": reverse("admin:index")},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert timed_get(client, reverse("admin:index")).status_code == 200
    assert timed_get(client, reverse("admin:news_article_changelist")).status_code == 200

    response = timed_post(
        client,
        reverse("admin:news_article_change", args=[article.pk]),
        {
            "title": "Sửa khi Redis ngừng",
            "slug": article.slug,
            "category": article.category_id,
            "summary": article.summary,
            "body": article.body,
            "byline": article.byline,
            "source": "",
            "cover_caption": "",
            "loaded_version": article.updated_at.isoformat(),
            **attachment_rows(article),
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    article.refresh_from_db()
    assert article.title == "Sửa khi Redis ngừng"


def test_with_redis_killed_healthz_answers_degraded(redis_cache, redis_server, client):
    redis_server.kill()

    response = timed_get(client, "/healthz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "database": {"status": "ok"},
        "cache": {"status": "unavailable", "backend": "redis"},
    }
    assert "no-cache" in response["Cache-Control"]


def test_with_redis_killed_every_view_of_new_readers_is_counted(redis_cache, redis_server):
    article = ArticleFactory()
    redis_server.kill()

    for _ in range(7):
        response = timed_get(Client(), article.get_absolute_url(), HTTP_USER_AGENT=BROWSER_UA)
        assert response.status_code == 200

    assert Article.objects.get(pk=article.pk).view_count == article.view_count + 7


def test_with_redis_killed_a_vote_is_counted(redis_cache, redis_server):
    article = ArticleFactory()
    redis_server.kill()

    response = timed_post(
        Client(), rating_url(article.get_absolute_url()), {"score": 4}, HTTP_USER_AGENT=BROWSER_UA
    )

    assert response.status_code == 302
    assert Rating.objects.filter(article=article).count() == 1
    stored = Article.objects.get(pk=article.pk)
    assert (stored.rating_sum, stored.rating_count) == (4, 1)


def test_with_redis_killed_searches_are_still_limited(redis_cache, redis_server, client):
    redis_server.kill()

    allowed, response = requests_until_limited(lambda: search(client, REMOTE_ADDR="10.9.9.9"))

    assert allowed >= 10
    assert response.status_code == 429
    assert search(Client(), REMOTE_ADDR="10.8.8.8").status_code == 200


def test_once_redis_restarts_on_the_same_port_the_cache_is_used_again(
    redis_cache, redis_server, client, public_urls
):
    redis_server.kill()
    assert_every_page_answers(public_urls[:2])
    assert not redis_cache.available()

    redis_server.start()
    wait_for_retry()

    assert_the_cache_is_used(redis_server)
    assert redis_cache.available()
    assert client.get("/healthz").json()["status"] == "ok"


# Redis hanging: SIGSTOP -----------------------------------------------------------------------


def test_with_redis_hanging_every_page_and_the_admin_answer(
    redis_cache, redis_server, public_urls, client
):
    assert_every_page_answers(public_urls)
    redis_server.hang()
    caches["pages"].clear()

    # The first call waits for the socket timeout; the breaker then answers without Redis.
    assert_every_page_answers(public_urls)
    assert timed_get(client, reverse("admin:login")).status_code == 200
    response = timed_get(client, "/healthz")
    assert (response.status_code, response.json()["status"]) == (200, "degraded")


def test_with_redis_hanging_later_calls_do_not_wait(redis_cache, redis_server):
    redis_server.hang()
    started = time.monotonic()
    assert cache.get("key", "miss") == "miss"
    first = time.monotonic() - started
    assert first < SLOW

    started = time.monotonic()
    for _ in range(100):
        assert cache.get("key", "miss") == "miss"
    assert time.monotonic() - started < SOCKET_TIMEOUT  # 100 misses, not one timeout


def test_once_a_hanging_redis_resumes_the_cache_is_used_again(
    redis_cache, redis_server, public_urls
):
    redis_server.hang()
    assert_every_page_answers(public_urls[:2])
    assert not redis_cache.available()

    redis_server.resume()
    wait_for_retry()

    assert_the_cache_is_used(redis_server)


# The breaker itself ---------------------------------------------------------------------------


def refused_cache(retry_seconds=60):
    """Return a backend of a port where nothing listens: every connection is refused."""
    return RedisCache(
        f"redis://127.0.0.1:{free_port()}/0",
        {
            "KEY_PREFIX": "mttq",
            "OPTIONS": {
                "socket_connect_timeout": SOCKET_TIMEOUT,
                "socket_timeout": SOCKET_TIMEOUT,
                "RETRY_SECONDS": retry_seconds,
            },
        },
    )


def test_while_the_breaker_is_open_every_call_is_a_miss_without_the_network():
    backend = refused_cache()
    assert backend.get("key") is None  # refused: the breaker opens
    assert not backend.available()

    with mock.patch.object(
        backend._cache, "get_client", wraps=backend._cache.get_client
    ) as get_client:
        assert backend.get("key", "default") == "default"
        assert backend.get_many(["a", "b"]) == {}
        assert backend.set("key", 1) is False
        assert backend.add("key", 1) is False
        assert backend.touch("key") is False
        assert backend.delete("key") is False
        assert backend.has_key("key") is False
        assert backend.set_many({"a": 1, "b": 2}) == ["a", "b"]
        assert backend.delete_many(["a", "b"]) is None
        assert backend.clear() is None
        assert backend.get_or_set("key", lambda: "computed") == "computed"
        with pytest.raises(ValueError):
            backend.incr("key")
        with pytest.raises(ValueError):
            backend.decr("key")

    assert get_client.call_count == 0


def test_one_warning_is_logged_per_outage(caplog):
    backend = refused_cache(retry_seconds=0.05)

    with caplog.at_level(logging.WARNING, logger="mttq_portal.cache"):
        for _ in range(3):
            backend.get("key")
            time.sleep(0.06)  # past RETRY_SECONDS: each get tries Redis again, and fails

    assert len(caplog.records) == 1
    assert "Redis" in caplog.records[0].getMessage()


def test_ping_opens_the_breaker_and_closes_it_once_redis_answers(redis_cache, redis_server):
    assert redis_cache.ping()
    redis_server.hang()

    started = time.monotonic()
    assert not redis_cache.ping()
    assert time.monotonic() - started < SLOW
    assert not redis_cache.available()

    redis_server.resume()
    assert redis_cache.ping()
    assert redis_cache.available()
