"""Two people never overwrite each other's work on one article (news.editing)."""

import re
from datetime import timedelta
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from news import editing, workflow
from news.models import Article, EditLock
from tests.news.factories import ArticleFactory, staff_member

pytestmark = pytest.mark.django_db
Status = Article.Status


def change_url(article):
    return reverse("admin:news_article_change", args=[article.pk])


def lock_url(article):
    return reverse("admin:news_article_edit_lock", args=[article.pk])


@pytest.fixture
def second_publisher(db):
    from mttq_portal.roles import PUBLISHER

    user = staff_member(PUBLISHER, "duyetbai2")
    user.first_name, user.last_name = "Lan", "Trần Thị"
    user.save()
    return user


def test_opening_an_article_someone_else_is_editing_says_who_and_since_when(
    client, publisher, second_publisher
):
    article = ArticleFactory(title="Bài đang sửa")
    client.force_login(second_publisher)
    assert 'name="title"' in client.get(change_url(article)).text
    since = timezone.localtime(EditLock.objects.get().since).strftime("%d/%m/%Y %H:%M")

    client.force_login(publisher)
    page = client.get(change_url(article)).text

    assert f"Bài viết đang được Trần Thị Lan sửa từ {since}." in page
    assert ">Nhận quyền sửa</button>" in page
    assert 'name="title"' not in page  # read-only until taken over
    assert EditLock.objects.get().user == second_publisher


def test_taking_over_is_explicit_and_the_previous_holder_cannot_save(
    client, publisher, second_publisher, article_form
):
    article = ArticleFactory(title="Bài đang sửa")
    client.force_login(second_publisher)
    client.get(change_url(article))
    their_form = article_form(article, title="Bản của người thứ hai")

    client.force_login(publisher)
    response = client.post(lock_url(article), {"action": "take"}, follow=True)
    assert any("Bạn đã nhận quyền sửa bài này" in str(m) for m in response.context["messages"])
    assert 'name="title"' in response.text
    assert EditLock.objects.get().user == publisher

    client.force_login(second_publisher)
    refused = client.post(change_url(article), their_form)
    assert refused.status_code == 200
    assert "đã nhận quyền sửa bài này lúc" in refused.text
    article.refresh_from_db()
    assert article.title == "Bài đang sửa"


def test_a_save_over_someone_elses_newer_save_is_refused_and_writes_nothing(
    client, publisher, second_publisher, article_form
):
    article = ArticleFactory(title="Bản đầu")
    stale = article_form(article, title="Bản mở trước")  # opened now, saved later
    workflow.article_unpublish(article=article, user=second_publisher)  # meanwhile
    client.force_login(publisher)

    response = client.post(change_url(article), stale)

    assert response.status_code == 200
    assert re.search(
        r"Bài viết đã được Trần Thị Lan lưu lúc [\d/]+ [\d:]+, sau khi bạn mở", response.text
    )
    article.refresh_from_db()
    assert (article.title, article.status) == ("Bản đầu", Status.HIDDEN)


def test_a_save_without_the_version_it_was_opened_at_is_refused(client, publisher, article_form):
    article = ArticleFactory(title="Bản đầu")
    client.force_login(publisher)
    for version in ("", "2020-01-01T00:00:00+00:00", "x" * 500):
        data = {**article_form(article, title="Bản khác"), "loaded_version": version}
        assert client.post(change_url(article), data).status_code == 200
    article.refresh_from_db()
    assert article.title == "Bản đầu"


def test_saving_releases_the_lock_and_save_and_continue_keeps_it(client, publisher, article_form):
    article = ArticleFactory()
    client.force_login(publisher)
    client.get(change_url(article))
    data = article_form(article, title="Sửa lần một", _continue="1")
    assert client.post(change_url(article), data).status_code == 302
    assert EditLock.objects.filter(user=publisher).exists()
    assert client.post(change_url(article), article_form(article, title="Xong")).status_code == 302
    assert not EditLock.objects.exists()


def test_a_lock_not_renewed_lapses_and_the_page_renews_it(client, publisher, second_publisher):
    article = ArticleFactory()
    client.force_login(second_publisher)
    client.get(change_url(article))
    assert client.post(lock_url(article), {"action": "renew"}).json() == {"held": True}

    later = timezone.now() + timedelta(seconds=editing.LOCK_SECONDS + 1)
    client.force_login(publisher)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert 'name="title"' in client.get(change_url(article)).text
    assert EditLock.objects.get().user == publisher
    client.force_login(second_publisher)
    assert client.post(lock_url(article), {"action": "renew"}).json() == {"held": False}


def test_the_lock_address_takes_posts_only_from_those_who_may_edit(client, editor):
    article = ArticleFactory()  # published: an editor may not change it
    client.force_login(editor)
    assert client.post(lock_url(article), {"action": "take"}).status_code == 403
    assert client.get(lock_url(article)).status_code == 405
    assert not EditLock.objects.exists()
