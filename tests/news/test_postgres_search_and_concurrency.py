"""What only PostgreSQL can show: the full-text and trigram indexes serve the search, and
concurrent readers and voters lose nothing."""

import threading

import pytest
from django.core.signing import get_cookie_signer
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from mttq_portal.searching import Terms
from news.models import Article, Rating
from tests.news.factories import BROWSER_UA, ArticleFactory, CategoryFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="trigram indexes and concurrent writers need PostgreSQL; SQLite serialises writes",
    ),
]
READERS = 50
ROWS = 4000
VOTERS = 25


def run_together(count, work):
    """Run work(n) for n in range(count), each in its own thread with its own database
    connection, all released at once; return the exceptions raised."""
    barrier = threading.Barrier(count)
    errors = []

    def worker(n):
        try:
            barrier.wait(timeout=60)
            work(n)
        except Exception as error:  # collected and asserted on in the test's thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def bulk_articles(count, category, text):
    """Create `count` published articles at once (bulk_create skips save(): keys given here)."""
    now = timezone.now()
    articles = [
        Article(
            title=f"Bài {n}",
            slug=f"bai-{n}",
            category=category,
            status=Article.Status.PUBLISHED,
            published_at=now,
            search_title=f"bai {n}",
            search_text=f"bai {n} {text} {n * 7919}",
        )
        for n in range(count)
    ]
    Article.objects.bulk_create(articles, batch_size=1000)


def analyze_articles():
    """Bring the statistics and the GIN indexes up to date, as autovacuum would, and take
    sequential scans off the table (this transaction only)."""
    with connection.cursor() as cursor:
        # New rows wait in each GIN index's pending list until a vacuum; the planner prices
        # reading that list into every search, as it should.
        for index in ("news_article_search_document", "news_article_search_title_trgm"):
            cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])
        cursor.execute("ANALYZE news_article")
        cursor.execute("SET LOCAL enable_seqscan = off")


@pytest.mark.django_db
def test_search_query_can_use_the_full_text_index():
    category = CategoryFactory()
    # Below a few thousand rows, reading the whole table is cheaper than any index.
    bulk_articles(ROWS, category, "khu dan cu van hoa")
    ArticleFactory(category=category, title="Mô hình tự quản an ninh trật tự")
    analyze_articles()
    plan = Article.objects.published().matching(["quan", "ninh", "trat"]).explain()
    assert "news_article_search_document" in plan


@pytest.mark.django_db
def test_search_matches_words_from_their_start_only():
    ArticleFactory(title="Toàn dân đoàn kết")
    ArticleFactory(title="An toàn giao thông")
    found = Article.objects.published().search(Terms.parse("an"))
    assert [Article.objects.get(pk=pk).title for pk in found] == ["An toàn giao thông"]


@pytest.mark.django_db
def test_title_lookup_can_use_the_trigram_index_on_search_title():
    bulk_articles(ROWS, CategoryFactory(), "khu dan cu")
    analyze_articles()
    plan = Article.objects.filter(search_title__contains="bai 1234").explain()
    assert "news_article_search_title_trgm" in plan


@pytest.mark.django_db(transaction=True)
def test_concurrent_readers_lose_no_view():
    article = ArticleFactory()
    url = article.get_absolute_url()

    def read(n):
        response = Client().get(url, HTTP_USER_AGENT=BROWSER_UA)
        assert response.status_code == 200

    assert run_together(READERS, read) == []
    article.refresh_from_db()
    assert article.view_count == READERS


@pytest.mark.django_db(transaction=True)
def test_concurrent_voters_lose_no_vote():
    article = ArticleFactory()
    url = reverse("news:rate", args=[article.slug])

    def vote(n):
        response = Client().post(url, {"score": str(n % 5 + 1)}, REMOTE_ADDR=f"198.51.100.{n + 1}")
        assert response.status_code == 302

    assert run_together(VOTERS, vote) == []
    article.refresh_from_db()
    expected_sum = sum(n % 5 + 1 for n in range(VOTERS))
    assert (article.rating_sum, article.rating_count) == (expected_sum, VOTERS)
    assert Rating.objects.filter(article=article).count() == VOTERS


@pytest.mark.django_db(transaction=True)
def test_one_reader_voting_many_times_at_once_counts_once():
    article = ArticleFactory()
    url = reverse("news:rate", args=[article.slug])
    signed_token = get_cookie_signer(salt="voter" + "news.voter").sign("mot-nguoi-doc")
    statuses = []

    def vote(n):
        client = Client()
        client.cookies["voter"] = signed_token
        response = client.post(url, {"score": "5"}, REMOTE_ADDR=f"198.51.100.{n + 1}")
        statuses.append(response.status_code)

    assert run_together(10, vote) == []
    assert sorted(statuses) == [302] + [409] * 9
    article.refresh_from_db()
    assert (article.rating_sum, article.rating_count) == (5, 1)


@pytest.mark.django_db
def test_search_statements_are_planned_for_their_words_every_time():
    """A prepared search would get one generic plan for every query: twice as slow."""
    ArticleFactory(title="Mô hình điểm")
    for _ in range(8):
        Article.objects.published().search(Terms.parse("mô hình"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    assert not any("to_tsquery" in statement for statement in prepared)
    # The connection prepares the rest as configured.
    assert connection.connection.prepare_threshold == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("window", "limit"),
    [
        (3, 5),  # the newest 3 hold no match: the text-search index is read alone
        (20, 2),  # the newest 20 hold 3 matches: enough
        (100, 5),  # fewer articles than the window: one query
    ],
)
def test_search_finds_the_newest_matches_whether_the_newest_articles_hold_them_or_not(
    monkeypatch, window, limit
):
    """Whichever way the matches are read: the newest, newest first, and never an article the
    public may not see."""
    monkeypatch.setattr("news.models.SEARCH_RECENT_WINDOW", window)
    start = timezone.now() - timezone.timedelta(days=100)
    matching = []
    for day in range(40):
        # Every fourth article holds the words, in its body only; the newest do not.
        words = "Mô hình điểm khu dân cư" if day % 4 == 0 and day < 30 else "Tin khác"
        article = ArticleFactory(
            title=f"Bài {day}",
            summary="",
            body=f"<p>{words}</p>",
            published_at=start + timezone.timedelta(days=day),
        )
        if words != "Tin khác":
            matching.append(article.pk)
    ArticleFactory(title="Bản nháp", summary="Mô hình điểm", status="draft", published_at=None)
    found = Article.objects.published().search(Terms.parse("mo hin diem"), limit=limit)
    assert found == list(reversed(matching))[:limit]
