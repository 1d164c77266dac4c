"""The page cache (mttq_portal.pagecache): what it serves, what it stores, when pages go."""

import datetime
from unittest import mock

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from mttq_portal import pagecache
from mttq_portal.models import ContentVersion
from news import workflow
from news.models import Article
from tests.news.factories import BROWSER_UA, ArticleFactory, CategoryFactory, staff_member

pytestmark = pytest.mark.django_db


def get(url, client=None, **headers):
    headers.setdefault("HTTP_USER_AGENT", BROWSER_UA)
    return (client or Client()).get(url, **headers)


def queries_for(url, **headers):
    with CaptureQueriesContext(connection) as captured:
        response = get(url, **headers)
    assert response.status_code == 200
    return len(captured)


@pytest.fixture
def publisher():
    return staff_member("Duyệt bài", "duyetbai")


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run what a transaction announces when it commits, as outside a test's transaction."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_a_page_seen_again_is_served_without_a_query():
    ArticleFactory()
    get("/")
    assert queries_for("/") == 0


def test_a_cached_page_keeps_the_security_headers():
    ArticleFactory()
    first = get("/")
    again = get("/")
    for header in ("X-Frame-Options", "Content-Security-Policy", "Permissions-Policy"):
        assert again[header] == first[header]


def test_an_article_published_reaches_the_cached_home_page_at_once(publisher, on_commit):
    draft = ArticleFactory(title="Bài mới đăng", status=Article.Status.PENDING, published_at=None)
    assert "Bài mới đăng" not in get("/").content.decode()
    with on_commit():
        workflow.article_publish(article=draft, user=publisher)
    assert "Bài mới đăng" in get("/").content.decode()


def test_an_article_taken_down_leaves_the_cached_category_page_at_once(publisher, on_commit):
    article = ArticleFactory(title="Bài sẽ gỡ")
    url = article.category.get_absolute_url()
    assert "Bài sẽ gỡ" in get(url).content.decode()
    with on_commit():
        workflow.article_unpublish(article=article, user=publisher)
    assert "Bài sẽ gỡ" not in get(url).content.decode()


def test_a_change_is_announced_only_when_its_transaction_commits(publisher, on_commit):
    article = ArticleFactory(status=Article.Status.PENDING, published_at=None)
    get("/")
    before = ContentVersion.objects.get().token
    with on_commit() as callbacks:
        workflow.article_publish(article=article, user=publisher)
        # Not yet: a reader rendering now would read the old content.
        assert ContentVersion.objects.get().token == before
    assert len(callbacks) == 1
    assert ContentVersion.objects.get().token != before


def test_one_transaction_announces_once_however_many_changes(on_commit):
    with on_commit() as callbacks, pagecache.transaction.atomic():
        for _ in range(5):
            pagecache.announce_change()
    assert len(callbacks) == 1


def test_a_rolled_back_transaction_announces_nothing(on_commit):
    get("/")
    before = ContentVersion.objects.get().token
    with on_commit() as callbacks:
        try:
            with pagecache.transaction.atomic():
                pagecache.announce_change()
                raise RuntimeError("dry run")
        except RuntimeError:
            pass
    assert callbacks == []
    assert ContentVersion.objects.get().token == before


def test_a_scheduled_article_appears_when_due_although_nothing_was_saved():
    due = timezone.now() + datetime.timedelta(minutes=5)
    ArticleFactory(title="Bài hẹn giờ", published_at=due)
    pagecache.renew_version()  # as the publisher's scheduling announced it
    assert "Bài hẹn giờ" not in get("/").content.decode()
    later = due + datetime.timedelta(seconds=1)
    with (
        mock.patch.object(pagecache.time, "time", return_value=later.timestamp()),
        mock.patch.object(timezone, "now", return_value=later),
    ):
        assert "Bài hẹn giờ" in get("/").content.decode()


def test_a_change_made_on_another_server_shows_within_the_recheck_time(settings):
    settings.PAGE_CACHE_RECHECK_SECONDS = 60
    ArticleFactory(title="Bài thứ nhất")
    get("/")
    ArticleFactory(title="Bài do máy chủ khác đăng")
    # Another app server commits and renews the version in the database.
    ContentVersion.objects.update(token="another-server")
    assert "Bài do máy chủ khác đăng" not in get("/").content.decode()
    later = pagecache.time.monotonic() + 61
    with mock.patch.object(pagecache.time, "monotonic", return_value=later):
        assert "Bài do máy chủ khác đăng" in get("/").content.decode()


def test_a_reader_with_a_session_is_never_served_from_the_cache():
    ArticleFactory()
    get("/")
    assert queries_for("/", HTTP_COOKIE="sessionid=abc") > 0


def test_a_reader_with_a_message_waiting_is_never_served_from_the_cache():
    ArticleFactory()
    get("/")
    assert queries_for("/", HTTP_COOKIE="messages=abc") > 0


def test_the_article_page_is_never_stored_for_other_readers():
    article = ArticleFactory()
    get(article.get_absolute_url())
    assert queries_for(article.get_absolute_url()) > 0


def test_registry_changes_saved_in_the_admin_reach_cached_pages(admin_client, on_commit):
    from tests.models_registry.factories import ModelProgramFactory

    program = ModelProgramFactory(name="Mô hình camera an ninh")
    url = reverse("models_registry:program_list")
    assert "Mô hình camera an ninh" in get(url).content.decode()
    change = reverse("admin:models_registry_modelprogram_delete", args=[program.pk])
    with on_commit():
        assert admin_client.post(change, {"post": "yes"}).status_code == 302
    assert "Mô hình camera an ninh" not in get(url).content.decode()


class StoredKeys:
    """The page keys written to each tier of the cache while it is active."""

    def __init__(self):
        self.keys = set()

    def __enter__(self):
        backend = type(caches["pages"])
        original = backend.set

        def record(cache, key, value, *args, **kwargs):
            if key.startswith("pagecache:page:"):
                self.keys.add(key)
            return original(cache, key, value, *args, **kwargs)

        self.patch = mock.patch.object(backend, "set", record)
        self.patch.start()
        return self

    def __exit__(self, *exc):
        self.patch.stop()


def test_junk_query_strings_do_not_fill_the_cache():
    ArticleFactory.create_batch(3)
    reader = Client()
    with StoredKeys() as stored:
        for n in range(2000):
            assert get(f"/?utm_source=zalo&x{n}=y{n}", reader).status_code == 200
    assert len(stored.keys) == 1
    # Every one of them was the page "/" itself, served from the cache after the first.
    assert queries_for("/?fbclid=abc123") == 0


def test_a_page_read_with_parameters_is_stored_once_per_canonical_address():
    category = CategoryFactory()
    ArticleFactory.create_batch(25, category=category)
    url = category.get_absolute_url()
    reader = Client()
    with StoredKeys() as stored:
        for n in range(300):
            get(f"{url}?page=2&junk={n}", reader)
            get(f"{url}?page={'0' * (n % 5 + 1)}2", reader)  # page 2 again, not its address
            get(f"{url}?page=abc{n}", reader)  # not a page: 404, never stored
    assert len(stored.keys) == 1
    assert queries_for(f"{url}?page=2&other=1") == 0


def test_a_cached_search_still_counts_against_the_readers_limit(settings):
    settings.RATE_LIMIT_SEARCH = "3/60"
    ArticleFactory(title="Mô hình điểm")
    url = reverse("search") + "?q=mo+hinh"
    statuses = [get(url, REMOTE_ADDR="10.9.9.9").status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
