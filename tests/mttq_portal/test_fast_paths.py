"""The machinery behind the fast public pages: prepared statements, each worker's copies of
cached pages, and the content version kept in each process while Redis announces changes."""

import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from mttq_portal import pagecache
from mttq_portal.prepared import PreparedQuery
from news.models import Article
from tests.news.factories import BROWSER_UA, ArticleFactory, unpublished_states

pytestmark = pytest.mark.django_db


def published_titles(slug, now):
    return Article.objects.published(now=now).filter(slug=slug).values_list("title", "view_count")


query = PreparedQuery("test_published_titles", published_titles, slug="", now=timezone.now())


def test_a_prepared_query_gives_what_its_queryset_gives():
    article = ArticleFactory(title="Mô hình 50% điểm", view_count=7)
    now = timezone.now()
    assert query.rows(slug=article.slug, now=now) == list(published_titles(article.slug, now))
    assert query.rows(slug=article.slug, now=now) == [("Mô hình 50% điểm", 7)]


@pytest.mark.parametrize("state", list(unpublished_states()))
def test_a_prepared_query_keeps_the_querysets_conditions(state):
    article = ArticleFactory(**unpublished_states()[state])
    assert query.rows(slug=article.slug, now=timezone.now()) == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PREPARE is PostgreSQL's")
def test_a_statement_is_prepared_once_per_connection():
    article = ArticleFactory()
    query.rows(slug=article.slug, now=timezone.now())
    with CaptureQueriesContext(connection) as captured:
        query.rows(slug=article.slug, now=timezone.now())
    assert [q["sql"].split()[0] for q in captured] == ["EXECUTE"]


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PREPARE is PostgreSQL's")
def test_a_statement_lost_with_the_session_is_prepared_again():
    article = ArticleFactory(title="Còn đây")
    query.rows(slug=article.slug, now=timezone.now())
    with connection.cursor() as cursor:
        cursor.execute("DEALLOCATE ALL")  # as a pooler resetting the session would
    assert query.rows(slug=article.slug, now=timezone.now())[0][0] == "Còn đây"


def test_local_pages_keep_the_most_recently_used_within_their_size():
    local = pagecache.LocalPages(max_bytes=10)
    for key in "abc":
        local.put(key, {"content": b"1234"})
    assert local.get("a") is None  # the oldest went to make room
    assert local.get("b") is not None
    local.put("d", {"content": b"1234"})
    assert local.get("c") is None  # "b" was used after "c"
    local.put("huge", {"content": b"x" * 11})
    assert local.get("huge") is None
    assert local.size <= 10


@pytest.mark.skipif(
    pagecache.VersionWatch.redis() is None, reason="the version is announced through Redis"
)
def test_a_change_announced_by_another_server_is_heard_at_once():
    watch = pagecache.version_watch
    watch.get()  # starts this process's listening thread
    deadline = time.monotonic() + 5
    while not watch.listening and time.monotonic() < deadline:
        time.sleep(0.01)
    assert watch.listening
    # Kept (no round trip to Redis) once this process's own announcements have arrived.
    deadline = time.monotonic() + 5
    first = watch.get()
    while watch.get() is not first and time.monotonic() < deadline:
        time.sleep(0.01)
        first = watch.get()
    assert watch.get() is first
    # Another app server saves an article: it sets the new version and announces it.
    other = pagecache.ContentVersion("from-another-server", None)
    cache.set(pagecache.VERSION_KEY, other.dump(), None)
    watch.announce()
    # Well within MAX_AGE: the announcement, not the memo's age, brings the change.
    deadline = time.monotonic() + 1
    while watch.get().token != "from-another-server" and time.monotonic() < deadline:
        time.sleep(0.005)
    assert watch.get().token == "from-another-server"


def test_without_a_subscription_the_version_is_read_every_time(monkeypatch):
    monkeypatch.setattr(pagecache.version_watch, "listening", False)
    pagecache.version_watch.changed()
    cache.set(pagecache.VERSION_KEY, pagecache.ContentVersion("one", None).dump(), None)
    assert pagecache.current_version().token == "one"
    cache.set(pagecache.VERSION_KEY, pagecache.ContentVersion("two", None).dump(), None)
    assert pagecache.current_version().token == "two"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PREPARE is PostgreSQL's")
def test_without_prepared_statements_the_statement_is_sent_whole(settings):
    settings.DATABASE_PREPARED_STATEMENTS = False  # behind PgBouncer in transaction mode
    article = ArticleFactory(title="Gửi nguyên câu lệnh", view_count=3)
    with CaptureQueriesContext(connection) as captured:
        rows = query.rows(slug=article.slug, now=timezone.now())
    assert rows == [("Gửi nguyên câu lệnh", 3)]
    assert not any(q["sql"].startswith(("PREPARE", "EXECUTE")) for q in captured)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PREPARE is PostgreSQL's")
def test_the_article_page_counts_without_prepared_statements(client, settings):
    settings.DATABASE_PREPARED_STATEMENTS = False
    article = ArticleFactory(view_count=41)
    response = client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER_UA)
    assert response.status_code == 200
    article.refresh_from_db()
    assert article.view_count == 42
