"""Earlier versions of an article (django-simple-history): seen by staff, restored only by those
who may edit the article now, and never a way around the workflow."""

import pytest
from django.urls import reverse
from django.utils import timezone

from news import workflow
from news.models import Article, StatusChange
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db
Status = Article.Status


def retitle(article, title):
    article.title = title
    article.save()


def first_version(article):
    return article.history.order_by("history_id").first()


def version_url(article, version):
    return reverse("admin:news_article_simple_history", args=[article.pk, version.history_id])


def restore_data(article_form, article, version):
    """The version's form as a browser sends it back: the version's content, and the status
    and publication time the form shows, which are the article's current ones."""
    article.refresh_from_db()
    return article_form(version.instance)


@pytest.fixture
def published_by_editor(editor, publisher):
    """An article written by the editor as "Bản đầu", retitled, then published."""
    article = ArticleFactory(status=Status.DRAFT, published_at=None, author=editor, title="Bản đầu")
    retitle(article, "Bản hai")
    workflow.article_submit(article=article, user=editor)
    # A whole minute, as the admin's time input shows and sends it back.
    when = timezone.now().replace(second=0, microsecond=0)
    workflow.article_publish(article=article, user=publisher, published_at=when)
    return article


def test_the_versions_page_lists_every_version_in_vietnamese(
    client, publisher, published_by_editor
):
    client.force_login(publisher)
    url = reverse("admin:news_article_history", args=[published_by_editor.pk])
    text = client.get(url).text
    for expected in ("Các phiên bản của bài", "Tạo mới", "Sửa", "Xuất bản", "4 phiên bản"):
        assert expected in text, expected
    assert "Choose a date" not in text and "Revert" not in text


def test_a_publisher_restores_the_words_of_a_version_but_not_its_status(
    client, publisher, published_by_editor, article_form
):
    article = published_by_editor
    published_at, slug = article.published_at, article.slug
    version = first_version(article)
    client.force_login(publisher)
    page = client.get(version_url(article, version)).text
    assert 'value="Khôi phục phiên bản này"' in page
    assert "Đã xuất bản" in page  # the article's status, shown, not the version's
    response = client.post(
        version_url(article, version), restore_data(article_form, article, version)
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Bản đầu"
    assert (article.status, article.published_at, article.slug) == (
        Status.PUBLISHED,
        published_at,
        slug,
    )
    assert StatusChange.objects.count() == 2  # submitted, published: the restore moved nothing
    latest = article.history.first()
    assert latest.history_change_reason == f"Khôi phục phiên bản số {version.history_id}"
    assert latest.history_user == publisher


def test_an_editor_cannot_restore_a_version_of_their_published_article(
    client, editor, published_by_editor, article_form
):
    article = published_by_editor
    version = first_version(article)
    client.force_login(editor)
    page = client.get(version_url(article, version))
    assert page.status_code == 200
    assert "Khôi phục phiên bản này" not in page.text
    assert "không được khôi phục" in page.text
    response = client.post(
        version_url(article, version), restore_data(article_form, article, version)
    )
    assert response.status_code == 403
    article.refresh_from_db()
    assert (article.title, article.status) == ("Bản hai", Status.PUBLISHED)


def test_an_editor_restores_an_earlier_version_of_their_own_draft(client, editor, article_form):
    article = ArticleFactory(status=Status.DRAFT, published_at=None, author=editor, title="Ý đầu")
    retitle(article, "Ý sau")
    version = first_version(article)
    client.force_login(editor)
    response = client.post(
        version_url(article, version), restore_data(article_form, article, version)
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.status) == ("Ý đầu", Status.DRAFT)


def test_restoring_never_brings_back_the_status_or_time_of_the_version(
    client, editor, publisher, article_form
):
    """The version saved while the article was pending (or one forged as published) comes back
    as words only: the draft stays a draft."""
    article = ArticleFactory(status=Status.DRAFT, published_at=None, author=editor, title="Lần 1")
    workflow.article_submit(article=article, user=editor)
    workflow.article_return(article=article, user=publisher)
    retitle(article, "Lần 2")
    pending_version = article.history.filter(status=Status.PENDING).first()
    client.force_login(editor)
    data = restore_data(article_form, article, pending_version)
    data.update(status="published", published_at_0="01/01/2025", published_at_1="08:00")
    response = client.post(version_url(article, pending_version), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.status, article.published_at) == ("Lần 1", Status.DRAFT, None)


def test_an_editor_cannot_restore_someone_elses_draft(client, editor, other_editor, article_form):
    article = ArticleFactory(
        status=Status.DRAFT, published_at=None, author=other_editor, title="Của người khác"
    )
    retitle(article, "Của người khác, bản sau")
    version = first_version(article)
    client.force_login(editor)
    response = client.post(
        version_url(article, version), restore_data(article_form, article, version)
    )
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title == "Của người khác, bản sau"


def test_staff_without_a_role_see_no_versions(client, plain_staff, published_by_editor):
    article = published_by_editor
    client.force_login(plain_staff)
    assert client.get(reverse("admin:news_article_history", args=[article.pk])).status_code == 403
    assert client.get(version_url(article, first_version(article))).status_code == 403


def test_anonymous_visitors_see_no_versions(client, published_by_editor):
    article = published_by_editor
    response = client.get(version_url(article, first_version(article)))
    assert response.status_code == 302 and "/login/" in response["Location"]
