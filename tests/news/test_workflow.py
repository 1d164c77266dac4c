"""The review workflow services: who may move an article where, and the record of each move."""

from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from news import workflow
from news.models import Article, StatusChange
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db
Status = Article.Status


def draft_by(user, **fields):
    return ArticleFactory(status=Status.DRAFT, published_at=None, author=user, **fields)


def test_editor_submits_own_draft_and_the_move_is_recorded(editor):
    article = draft_by(editor)
    workflow.article_submit(article=article, user=editor, note="Nhờ anh duyệt")
    article.refresh_from_db()
    assert article.status == Status.PENDING
    change = StatusChange.objects.get(article=article)
    assert (change.user, change.from_status, change.to_status) == (
        editor,
        Status.DRAFT,
        Status.PENDING,
    )
    assert change.note == "Nhờ anh duyệt"
    assert abs(change.changed_at - timezone.now()) < timedelta(minutes=1)


def test_editor_cannot_submit_someone_elses_draft(editor, other_editor):
    article = draft_by(other_editor)
    with pytest.raises(PermissionDenied, match="do chính mình tạo"):
        workflow.article_submit(article=article, user=editor)
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    assert not StatusChange.objects.exists()


def test_submit_refuses_an_article_that_is_not_a_draft(editor):
    article = ArticleFactory(status=Status.PENDING, published_at=None, author=editor)
    with pytest.raises(
        ValidationError, match="Không thể «Gửi duyệt» bài đang ở trạng thái “Chờ duyệt”"
    ):
        workflow.article_submit(article=article, user=editor)
    assert not StatusChange.objects.exists()


@pytest.mark.parametrize(
    ("service", "status"),
    [
        (workflow.article_publish, Status.PENDING),
        (workflow.article_publish, Status.DRAFT),
        (workflow.article_unpublish, Status.PUBLISHED),
        (workflow.article_return, Status.PENDING),
    ],
)
def test_editor_cannot_publish_unpublish_or_return(editor, service, status):
    published_at = timezone.now() if status == Status.PUBLISHED else None
    article = ArticleFactory(status=status, published_at=published_at, author=editor)
    with pytest.raises(PermissionDenied, match="không có quyền xuất bản"):
        service(article=article, user=editor)
    article.refresh_from_db()
    assert article.status == status
    assert not StatusChange.objects.exists()


@pytest.mark.parametrize(
    "service",
    [
        workflow.article_submit,
        workflow.article_publish,
        workflow.article_unpublish,
        workflow.article_return,
    ],
)
@pytest.mark.parametrize("who", ["plain_staff", "anonymous"])
def test_staff_without_a_role_and_anonymous_users_move_nothing(request, service, who):
    user = AnonymousUser() if who == "anonymous" else request.getfixturevalue("plain_staff")
    article = ArticleFactory(status=Status.PENDING, published_at=None)
    with pytest.raises(PermissionDenied):
        service(article=article, user=user)
    assert Article.objects.get(pk=article.pk).status == Status.PENDING


def test_publisher_publishes_a_pending_article_now(publisher, editor):
    article = ArticleFactory(status=Status.PENDING, published_at=None, author=editor)
    workflow.article_publish(article=article, user=publisher)
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED
    assert abs(article.published_at - timezone.now()) < timedelta(minutes=1)
    assert Article.objects.published().filter(pk=article.pk).exists()
    change = StatusChange.objects.get(article=article)
    assert (change.user, change.from_status, change.to_status) == (
        publisher,
        Status.PENDING,
        Status.PUBLISHED,
    )


def test_a_future_publish_time_schedules_the_article_until_that_time(publisher):
    article = ArticleFactory(status=Status.PENDING, published_at=None)
    due = timezone.now() + timedelta(hours=3)
    workflow.article_publish(article=article, user=publisher, published_at=due)
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED and article.published_at == due
    assert not Article.objects.published().filter(pk=article.pk).exists()
    with mock.patch("django.utils.timezone.now", return_value=due + timedelta(seconds=1)):
        assert Article.objects.published().filter(pk=article.pk).exists()


def test_publishing_again_a_hidden_article_keeps_its_first_publication_time(publisher):
    first = timezone.now() - timedelta(days=10)
    article = ArticleFactory(status=Status.HIDDEN, published_at=first)
    workflow.article_publish(article=article, user=publisher)
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED and article.published_at == first


def test_publish_refuses_an_article_already_published(publisher):
    article = ArticleFactory()
    with pytest.raises(ValidationError, match="đã được xuất bản"):
        workflow.article_publish(article=article, user=publisher)
    assert not StatusChange.objects.exists()


@pytest.mark.parametrize("hours", [-1, 5], ids=["live", "scheduled"])
def test_unpublish_hides_a_published_or_scheduled_article(publisher, hours):
    article = ArticleFactory(published_at=timezone.now() + timedelta(hours=hours))
    workflow.article_unpublish(article=article, user=publisher, note="Sai số liệu")
    article.refresh_from_db()
    assert article.status == Status.HIDDEN
    assert not Article.objects.published().filter(pk=article.pk).exists()
    assert StatusChange.objects.get(article=article).note == "Sai số liệu"


def test_unpublish_refuses_a_draft(publisher):
    article = ArticleFactory(status=Status.DRAFT, published_at=None)
    with pytest.raises(
        ValidationError, match="Không thể «Gỡ bài» bài đang ở trạng thái “Bản nháp”"
    ):
        workflow.article_unpublish(article=article, user=publisher)


def test_return_sends_a_pending_article_back_to_its_writer_as_a_draft(publisher, editor):
    article = ArticleFactory(status=Status.PENDING, published_at=None, author=editor)
    workflow.article_return(article=article, user=publisher, note="Bổ sung ảnh")
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    assert workflow.can_edit(editor, article)


def test_return_refuses_a_published_article(publisher):
    with pytest.raises(
        ValidationError, match="Không thể «Trả lại cho tác giả» bài đang ở trạng thái “Đã xuất bản”"
    ):
        workflow.article_return(article=ArticleFactory(), user=publisher)


def test_an_inactive_publisher_moves_nothing(publisher):
    publisher.is_active = False
    publisher.save()
    article = ArticleFactory(status=Status.PENDING, published_at=None)
    with pytest.raises(PermissionDenied):
        workflow.article_publish(article=article, user=publisher)


def test_the_move_is_checked_on_the_stored_article_not_the_callers_copy(publisher):
    article = ArticleFactory(status=Status.PENDING, published_at=None)
    Article.objects.filter(pk=article.pk).update(
        status=Status.PUBLISHED, published_at=timezone.now()
    )
    with pytest.raises(ValidationError):
        workflow.article_publish(article=article, user=publisher)
    assert not StatusChange.objects.exists()


def test_each_move_saves_a_version_naming_its_user_and_reason(publisher, editor):
    article = draft_by(editor)
    workflow.article_submit(article=article, user=editor)
    workflow.article_publish(article=article, user=publisher)
    latest, previous = article.history.all()[:2]
    assert (latest.status, latest.history_user, latest.history_change_reason) == (
        Status.PUBLISHED,
        publisher,
        "Xuất bản",
    )
    assert (previous.status, previous.history_user, previous.history_change_reason) == (
        Status.PENDING,
        editor,
        "Gửi duyệt",
    )


@pytest.mark.parametrize(
    ("status", "own", "expected"),
    [
        (Status.DRAFT, True, True),
        (Status.DRAFT, False, False),
        (Status.PENDING, True, False),
        (Status.PUBLISHED, True, False),
        (Status.HIDDEN, True, False),
    ],
)
def test_an_editor_edits_only_their_own_drafts(editor, other_editor, status, own, expected):
    published_at = timezone.now() if status in (Status.PUBLISHED, Status.HIDDEN) else None
    author = editor if own else other_editor
    article = ArticleFactory(status=status, published_at=published_at, author=author)
    assert workflow.can_edit(editor, article) is expected


@pytest.mark.parametrize("status", Status.values)
def test_a_publisher_edits_every_article(publisher, editor, status):
    published_at = timezone.now() if status in (Status.PUBLISHED, Status.HIDDEN) else None
    article = ArticleFactory(status=status, published_at=published_at, author=editor)
    assert workflow.can_edit(publisher, article)


def test_staff_without_a_role_edit_nothing(plain_staff):
    article = ArticleFactory(status=Status.DRAFT, published_at=None, author=plain_staff)
    assert not workflow.can_edit(plain_staff, article)
