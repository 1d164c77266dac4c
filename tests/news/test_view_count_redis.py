"""Article views counted in Redis and folded into the database (settings.VIEW_COUNTS_IN_REDIS).

Needs Redis at 127.0.0.1:6379; uses its db 10 and keys of its own, and skips without it.
"""

import threading

import pytest
from django.db.models import Sum

from news import services
from news.models import Article, ViewCountFold
from tests.news.factories import BROWSER_UA, ArticleFactory

REDIS_URL = "redis://127.0.0.1:6379/10"
PREFIX = "test-views:"


def redis_answers():
    try:
        import redis

        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
    except Exception:
        return False


pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not redis_answers(), reason="needs Redis at 127.0.0.1:6379"),
]


@pytest.fixture(autouse=True)
def counts_in_redis(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "test-views-cache",
        }
    }
    settings.VIEW_COUNTS_IN_REDIS = True
    settings.VIEW_KEY_PREFIX = PREFIX
    redis = services._redis()
    redis.delete(*redis.keys(PREFIX + "*") or ["-"])
    # Held: no request folds on its own unless a test lets it.
    redis.set(PREFIX + "fold-lock", 1)
    yield redis
    redis.delete(*redis.keys(PREFIX + "*") or ["-"])


def read(client, article):
    return client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER_UA)


def stored(article):
    article.refresh_from_db()
    return article.view_count


def test_a_view_is_counted_in_redis_not_written_to_the_database(client):
    article = ArticleFactory(view_count=10)
    read(client, article)
    assert stored(article) == 10
    assert services.view_counts_fold() == 1
    assert stored(article) == 11


def test_the_page_shows_the_stored_count_plus_the_views_not_folded(client, django_user_model):
    article = ArticleFactory(view_count=10)
    read(client.__class__(), article)
    html = read(client.__class__(), article).content.decode()
    assert "Tổng lượt xem bài viết là: <strong>12</strong>" in html


def test_the_count_shown_does_not_drop_after_a_fold(client):
    article = ArticleFactory(view_count=10)
    read(client.__class__(), article)
    services.view_counts_fold()
    html = read(client.__class__(), article).content.decode()
    assert "Tổng lượt xem bài viết là: <strong>12</strong>" in html


def test_folding_twice_adds_the_views_once(client):
    article = ArticleFactory()
    read(client, article)
    services.view_counts_fold()
    services.view_counts_fold()
    assert stored(article) == 1


def test_a_batch_left_behind_after_its_commit_is_not_added_again(counts_in_redis):
    article = ArticleFactory()
    services.view_buffer_add(article.pk)
    services.view_counts_fold()
    # As if the server had died between the commit and deleting the batch's key.
    batch_id = ViewCountFold.objects.get().batch_id
    counts_in_redis.hset(f"{PREFIX}batch:{batch_id}", article.pk, 1)
    assert services.view_counts_fold() == 0
    assert stored(article) == 1
    assert not counts_in_redis.keys(PREFIX + "batch:*")


def test_a_batch_left_behind_before_its_commit_is_added_by_the_next_fold(counts_in_redis):
    article = ArticleFactory()
    # As if the server had died after renaming the pending views, before the commit.
    counts_in_redis.hset(f"{PREFIX}batch:0123456789abcdef", article.pk, 3)
    assert services.view_counts_fold() == 3
    assert stored(article) == 3


def test_the_first_view_after_the_interval_folds_without_a_command(client, counts_in_redis):
    article = ArticleFactory()
    read(client.__class__(), article)
    counts_in_redis.delete(PREFIX + "fold-lock")
    read(client.__class__(), article)
    assert stored(article) == 2


def test_no_view_is_lost_while_folds_run_among_concurrent_readers():
    articles = ArticleFactory.create_batch(3)
    per_thread, threads = 200, 4

    def reader(n):
        for i in range(per_thread):
            services.view_buffer_add(articles[(n + i) % 3].pk)

    workers = [threading.Thread(target=reader, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    while any(worker.is_alive() for worker in workers):
        services.view_counts_fold()
    for worker in workers:
        worker.join()
    services.view_counts_fold()
    total = Article.objects.filter(pk__in=[a.pk for a in articles]).aggregate(Sum("view_count"))
    assert total["view_count__sum"] == per_thread * threads


def test_the_fold_command_reports_what_it_added(client, capsys):
    from django.core.management import call_command

    read(client, ArticleFactory())
    call_command("fold_view_counts")
    assert "Đã cộng 1 lượt xem" in capsys.readouterr().out
