"""Desks (news.desks): each category's editors write and its publishers review there only; the
Tổng biên tập and superusers work everywhere; forged requests outside one's desk change nothing."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from mttq_portal.roles import CHIEF_EDITOR, EDITOR, PUBLISHER
from news import workflow
from news.models import Article, StatusChange
from tests.news.factories import ArticleFactory, CategoryFactory, staff_member

pytestmark = pytest.mark.django_db
Status = Article.Status


@pytest.fixture
def desks(editor, publisher):
    """Two staffed desks: "Hoạt động" (our editor and publisher) and "Kinh tế" (others'), and
    "Tin khác" with nobody assigned (open to every editor and publisher)."""
    ours = CategoryFactory(name="Hoạt động")
    ours.editors.add(editor)
    ours.publishers.add(publisher)
    theirs = CategoryFactory(name="Kinh tế")
    theirs.editors.add(staff_member(EDITOR, "bientap-kt"))
    theirs.publishers.add(staff_member(PUBLISHER, "duyet-kt"))
    return {"ours": ours, "theirs": theirs, "open": CategoryFactory(name="Tin khác")}


def add_url():
    return reverse("admin:news_article_add")


def change_url(article):
    return reverse("admin:news_article_change", args=[article.pk])


def test_the_add_form_offers_only_the_categories_of_ones_desks(client, editor, desks):
    client.force_login(editor)
    page = client.get(add_url()).text
    assert ">Hoạt động</option>" in page and ">Tin khác</option>" in page
    assert ">Kinh tế</option>" not in page


def test_an_article_forged_into_another_desk_is_refused(client, editor, desks, article_form):
    client.force_login(editor)
    data = article_form(category=desks["theirs"].pk, _move="submit")
    response = client.post(add_url(), data)
    assert response.status_code == 200
    assert "field-category" in response.text and "errorlist" in response.text
    assert not Article.objects.exists()
    assert client.post(add_url(), article_form(category=desks["ours"].pk)).status_code == 302


def test_a_writer_cannot_submit_a_draft_in_a_desk_not_theirs(editor, desks):
    draft = ArticleFactory(status=Status.DRAFT, published_at=None, author=editor)
    draft.category = desks["theirs"]
    draft.save()
    with pytest.raises(PermissionDenied) as refused:
        workflow.article_submit(article=draft, user=editor)
    assert "Chuyên mục «Kinh tế» không thuộc ban biên tập của bạn." in str(refused.value)
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT and not StatusChange.objects.exists()


@pytest.mark.parametrize("way", ["form", "move", "action"])
def test_a_publisher_cannot_publish_in_another_desk_by_any_way(
    client, publisher, desks, article_form, way
):
    article = ArticleFactory(status=Status.PENDING, published_at=None, category=desks["theirs"])
    client.force_login(publisher)
    page = client.get(change_url(article)).text
    assert 'name="title"' not in page and 'value="publish"' not in page  # read-only, no button
    if way == "form":
        response = client.post(change_url(article), article_form(article, _move="publish"))
        assert response.status_code == 403
    elif way == "move":
        move_url = reverse("admin:news_article_move", args=[article.pk])
        response = client.post(move_url, {"_move": "publish"}, follow=True)
        assert any("không thuộc ban biên tập" in str(m) for m in response.context["messages"])
    else:
        changelist = reverse("admin:news_article_changelist")
        data = {"action": "publish", "_selected_action": [article.pk]}
        response = client.post(changelist, data, follow=True)
        assert any("không thuộc ban biên tập" in str(m) for m in response.context["messages"])
    article.refresh_from_db()
    assert article.status == Status.PENDING and not StatusChange.objects.exists()


def test_a_publisher_publishes_in_their_desk_and_in_an_open_category(
    client, publisher, desks, article_form
):
    client.force_login(publisher)
    for category in (desks["ours"], desks["open"]):
        article = ArticleFactory(status=Status.PENDING, published_at=None, category=category)
        response = client.post(change_url(article), article_form(article, _move="publish"))
        assert response.status_code == 302
        article.refresh_from_db()
        assert article.is_public


@pytest.mark.parametrize("role", [CHIEF_EDITOR, "superuser"])
def test_the_chief_editor_and_superusers_work_on_every_desk(desks, role):
    if role == "superuser":
        user = staff_member(EDITOR, "quantri")
        user.is_superuser = True
        user.save()
    else:
        user = staff_member(role, "tongbientap")
    article = ArticleFactory(status=Status.PENDING, published_at=None, category=desks["theirs"])
    workflow.article_publish(article=article, user=user)
    article.refresh_from_db()
    assert article.is_public


def test_only_the_chief_editor_staffs_the_desks(client, publisher, desks):
    url = reverse("admin:news_category_change", args=[desks["ours"].pk])
    client.force_login(publisher)
    page = client.get(url).text
    assert 'name="publishers"' not in page and "Ban biên tập" in page
    client.force_login(staff_member(CHIEF_EDITOR, "tongbientap"))
    page = client.get(url).text
    assert 'name="publishers"' in page and 'name="editors"' in page


def test_the_list_filters_the_articles_of_ones_desks(client, editor, desks):
    ArticleFactory(title="Bài của ban mình", category=desks["ours"])
    ArticleFactory(title="Bài của ban khác", category=desks["theirs"])
    client.force_login(editor)
    page = client.get(reverse("admin:news_article_changelist") + "?ban=cua-toi").text
    assert "Bài của ban mình" in page and "Bài của ban khác" not in page
