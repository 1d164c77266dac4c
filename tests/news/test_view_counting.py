"""How views are counted: once per visit, in one statement on PostgreSQL, and never more than
the cap per client address however it rotates its cookies."""

import time
from datetime import timedelta
from types import SimpleNamespace
from unittest import mock

import pytest
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from mttq_portal.context_processors import navigation_groups
from mttq_portal.pagecache import current_version
from news import services
from news.models import Article
from tests.news.factories import BROWSER_UA, ArticleFactory

pytestmark = pytest.mark.django_db
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the counting function is PostgreSQL's"
)


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    """The time the cap's minute is read from, held still: a test that ran across the turn of
    a minute would otherwise count the cap twice."""
    now = [time.time()]
    monkeypatch.setattr(services, "time", SimpleNamespace(time=lambda: now[0]))
    return now


def stored_views(article):
    return Article.objects.values_list("view_count", flat=True).get(pk=article.pk)


def new_reader(article, **headers):
    """A request of a browser that has never been here: no cookie at all."""
    headers.setdefault("HTTP_USER_AGENT", BROWSER_UA)
    response = Client().get(article.get_absolute_url(), **headers)
    assert response.status_code == 200
    return response


def test_one_address_rotating_cookies_adds_at_most_the_cap(settings):
    settings.VIEW_COUNT_CAP_PER_MINUTE = 60
    article = ArticleFactory()
    for _ in range(150):
        new_reader(article, REMOTE_ADDR="203.0.113.9")
    assert stored_views(article) == 60


def test_the_cap_is_per_article_and_per_address(settings):
    settings.VIEW_COUNT_CAP_PER_MINUTE = 3
    first, second = ArticleFactory(), ArticleFactory()
    for _ in range(5):
        new_reader(first, REMOTE_ADDR="203.0.113.9")
        new_reader(second, REMOTE_ADDR="203.0.113.9")
        new_reader(first, REMOTE_ADDR="198.51.100.4")
    assert stored_views(first) == 6
    assert stored_views(second) == 3


def test_the_cap_counts_an_ipv6_reader_by_its_64(settings):
    settings.VIEW_COUNT_CAP_PER_MINUTE = 3
    article = ArticleFactory()
    for n in range(1, 6):
        new_reader(article, REMOTE_ADDR=f"2001:db8:1:2::{n}")
    new_reader(article, REMOTE_ADDR="2001:db8:1:3::1")
    # Five addresses of one /64 are one reader; another /64 is another reader.
    assert stored_views(article) == 4


def test_the_cap_counts_again_the_next_minute(settings, clock):
    settings.VIEW_COUNT_CAP_PER_MINUTE = 2
    article = ArticleFactory()
    for _ in range(3):
        for _ in range(4):
            new_reader(article, REMOTE_ADDR="203.0.113.9")
        clock[0] += 60
    assert stored_views(article) == 6


@pytest.mark.parametrize(
    ("header", "counted"),
    [
        ("", 5),  # no proxy configured: X-Forwarded-For is whatever the client wrote
        ("HTTP_X_FORWARDED_FOR", 20),  # behind the proxy, each reader's own address
    ],
)
def test_the_forwarded_address_counts_only_when_the_proxy_header_is_configured(
    settings, header, counted
):
    settings.VIEW_COUNT_CAP_PER_MINUTE = 5
    settings.CLIENT_IP_HEADER = header
    article = ArticleFactory()
    for n in range(20):
        new_reader(article, REMOTE_ADDR="10.1.1.1", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    assert stored_views(article) == counted


def test_the_cap_adds_up_across_app_processes(settings):
    """Each process notes its own first view of an address, and the repeats in the shared
    cache: two processes together add the cap, and one first view of the other at most."""
    settings.VIEW_COUNT_CAP_PER_MINUTE = 10
    processes = [{"window": None, "views": {}}, {"window": None, "views": {}}]
    allowed = 0
    for n in range(60):
        with mock.patch.object(services, "_cap_tallies", processes[n % 2]):
            allowed += services.view_within_cap(client="203.0.113.9", article_key="bai-viet")
    assert allowed <= 11


def test_a_reader_back_within_the_visit_is_checked_against_the_cap_too(settings):
    settings.VIEW_COUNT_CAP_PER_MINUTE = 1
    first, other = ArticleFactory(), ArticleFactory()
    Client(REMOTE_ADDR="203.0.113.9", HTTP_USER_AGENT=BROWSER_UA).get(other.get_absolute_url())
    client = Client(REMOTE_ADDR="203.0.113.9", HTTP_USER_AGENT=BROWSER_UA)
    client.get(first.get_absolute_url())  # a visit running: its next pages are counted apart
    client.get(other.get_absolute_url())  # the same address's second view of it this minute
    assert stored_views(first) == 1
    assert stored_views(other) == 1


@on_postgresql
def test_a_new_reader_is_read_and_counted_in_one_statement():
    # Older than its category's newest: its page shares "Tin tức khác", built for another.
    article = ArticleFactory(view_count=41, published_at=timezone.now() - timedelta(days=30))
    ArticleFactory.create_batch(8, category=article.category)
    older = ArticleFactory(category=article.category, published_at=article.published_at)
    new_reader(older)  # builds what the category's pages keep per content version
    new_reader(article)  # and what this article's page keeps (its tags, attachments…)
    current_version()
    navigation_groups(None)  # the menu, kept per content version
    with CaptureQueriesContext(connection) as captured:
        response = new_reader(article)
    (statement,) = (query["sql"] for query in captured)
    assert "news_article_count_view" in statement
    assert statement.startswith("SELECT")
    assert "Tổng lượt xem bài viết là: <strong>43</strong>" in response.content.decode()
    assert stored_views(article) == 43


@on_postgresql
def test_the_driver_prepares_the_article_statement():
    articles = ArticleFactory.create_batch(6)
    for article in articles:
        new_reader(article)
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    assert any("news_article_count_view" in statement for statement in prepared)


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_only_the_counting_transaction_skips_waiting_for_the_disk():
    article = ArticleFactory()

    def synchronous_commit():
        with connection.cursor() as cursor:
            cursor.execute("SHOW synchronous_commit")
            return cursor.fetchone()[0]

    assert synchronous_commit() == "on"
    with transaction.atomic():
        services.article_for_page(slug=article.slug, count=True)
        assert synchronous_commit() == "off"  # this transaction's commit does not wait
    # The next transaction (a staff save, say) waits for the disk as usual.
    assert synchronous_commit() == "on"
    assert stored_views(article) == 1
