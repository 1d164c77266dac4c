"""The workflow actions of the article list, for each role, and forged action requests."""

import pytest
from django.contrib import admin
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from news.models import Article, StatusChange
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db
Status = Article.Status


def run_action(client, action, *articles):
    return client.post(
        reverse("admin:news_article_changelist"),
        {"action": action, "_selected_action": [a.pk for a in articles], "index": "0"},
    )


def statuses(*articles):
    return [Article.objects.get(pk=a.pk).status for a in articles]


def texts(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_an_editor_submits_their_drafts_from_the_list(client, editor):
    drafts = ArticleFactory.create_batch(2, status=Status.DRAFT, published_at=None, author=editor)
    client.force_login(editor)
    response = run_action(client, "submit_for_review", *drafts)
    assert statuses(*drafts) == [Status.PENDING, Status.PENDING]
    assert "Đã gửi duyệt 2 bài viết." in texts(response)
    assert StatusChange.objects.filter(user=editor, to_status=Status.PENDING).count() == 2


def test_submitting_someone_elses_draft_is_refused_by_name(client, editor, other_editor):
    mine = ArticleFactory(status=Status.DRAFT, published_at=None, author=editor)
    theirs = ArticleFactory(
        title="Bài của đồng nghiệp", status=Status.DRAFT, published_at=None, author=other_editor
    )
    client.force_login(editor)
    response = run_action(client, "submit_for_review", mine, theirs)
    assert statuses(mine, theirs) == [Status.PENDING, Status.DRAFT]
    messages = texts(response)
    assert (
        "“Bài của đồng nghiệp”: Bạn chỉ được gửi duyệt hay rút lại bài viết do chính mình tạo."
        in messages
    )
    assert "Đã gửi duyệt 1 bài viết." in messages


@pytest.mark.parametrize(
    ("action", "status"),
    [("publish", Status.PENDING), ("unpublish", Status.PUBLISHED), ("return_to_writer", "pending")],
)
def test_an_editor_forging_a_publisher_action_changes_nothing(client, editor, action, status):
    published_at = timezone.now() if status == Status.PUBLISHED else None
    article = ArticleFactory(status=status, published_at=published_at, author=editor)
    client.force_login(editor)
    response = run_action(client, action, article)
    assert statuses(article) == [status]
    assert not StatusChange.objects.exists()
    assert not any(text.startswith(("Đã xuất bản", "Đã gỡ", "Đã trả")) for text in texts(response))


def test_an_editor_forging_delete_deletes_nothing(client, editor):
    article = ArticleFactory(status=Status.DRAFT, published_at=None, author=editor)
    client.force_login(editor)
    run_action(client, "delete_selected", article)
    client.post(reverse("admin:news_article_delete", args=[article.pk]), {"post": "yes"})
    assert Article.objects.filter(pk=article.pk).exists()


def test_the_publish_action_itself_refuses_an_editor_who_reached_it(editor):
    """Even called directly, past the action list's permission filter, the action moves
    nothing: the workflow checks the user."""
    article = ArticleFactory(status=Status.PENDING, published_at=None, author=editor)
    request = RequestFactory().post("/")
    request.user = editor
    request.session = {}
    request._messages = FallbackStorage(request)
    model_admin = admin.site._registry[Article]
    model_admin.publish(request, Article.objects.filter(pk=article.pk))
    assert statuses(article) == [Status.PENDING]
    assert "không có quyền xuất bản" in str(next(iter(request._messages)))


@pytest.mark.parametrize("action", ["submit_for_review", "publish", "unpublish"])
def test_staff_without_a_role_are_refused_every_action(client, plain_staff, action):
    article = ArticleFactory(status=Status.PENDING, published_at=None)
    client.force_login(plain_staff)
    assert run_action(client, action, article).status_code == 403
    assert statuses(article) == [Status.PENDING]


@pytest.mark.parametrize("action", ["submit_for_review", "publish", "unpublish"])
def test_anonymous_action_requests_are_sent_to_login(client, action):
    article = ArticleFactory(status=Status.DRAFT, published_at=None)
    response = run_action(client, action, article)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert statuses(article) == [Status.DRAFT]


def test_a_publisher_publishes_the_selected_articles(client, publisher, editor):
    pending = ArticleFactory(status=Status.PENDING, published_at=None, author=editor)
    hidden = ArticleFactory(status=Status.HIDDEN, published_at=timezone.now())
    client.force_login(publisher)
    response = run_action(client, "publish", pending, hidden)
    assert statuses(pending, hidden) == [Status.PUBLISHED, Status.PUBLISHED]
    assert any(t.startswith("Đã xuất bản 2 bài viết") for t in texts(response))
    assert Article.objects.published().count() == 2


def test_publishing_a_mixed_selection_reports_the_article_already_published(client, publisher):
    pending = ArticleFactory(status=Status.PENDING, published_at=None)
    live = ArticleFactory(title="Bài đang hiện")
    client.force_login(publisher)
    response = run_action(client, "publish", pending, live)
    assert statuses(pending, live) == [Status.PUBLISHED, Status.PUBLISHED]
    assert "“Bài đang hiện”: Bài viết đã được xuất bản rồi." in texts(response)


def test_a_publisher_takes_articles_down_from_the_list(client, publisher):
    article = ArticleFactory()
    client.force_login(publisher)
    response = run_action(client, "unpublish", article)
    assert statuses(article) == [Status.HIDDEN]
    assert "Đã gỡ 1 bài viết." in texts(response)
    client.logout()
    assert client.get(article.get_absolute_url()).status_code == 404


def test_a_publisher_returns_an_article_to_its_writer(client, publisher, editor):
    article = ArticleFactory(status=Status.PENDING, published_at=None, author=editor)
    client.force_login(publisher)
    run_action(client, "return_to_writer", article)
    assert statuses(article) == [Status.DRAFT]
    change = StatusChange.objects.get()
    assert (change.user, change.from_status, change.to_status) == (
        publisher,
        Status.PENDING,
        Status.DRAFT,
    )


def test_the_publish_action_keeps_a_scheduled_time_set_beforehand(client, publisher):
    due = timezone.now() + timezone.timedelta(days=1)
    article = ArticleFactory(status=Status.PENDING, published_at=due)
    client.force_login(publisher)
    run_action(client, "publish", article)
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED and article.published_at == due
    assert not article.is_public
