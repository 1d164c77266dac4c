"""The article form of the admin: what each role may write, and forged posts that change nothing."""

import re
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from news import workflow
from news.models import Article, StatusChange
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db
Status = Article.Status


def add_url():
    return reverse("admin:news_article_add")


def change_url(article):
    return reverse("admin:news_article_change", args=[article.pk])


def draft_by(user, **fields):
    return ArticleFactory(status=Status.DRAFT, published_at=None, author=user, **fields)


# An editor ------------------------------------------------------------------------------------


def test_an_editor_writes_a_draft_and_is_recorded_as_its_author(client, editor, article_form):
    client.force_login(editor)
    response = client.post(add_url(), article_form())
    assert response.status_code == 302
    article = Article.objects.get()
    assert (article.status, article.author, article.published_at) == (Status.DRAFT, editor, None)
    assert article.slug == "hoi-nghi-tong-ket-mo-hinh-diem"


def test_an_editor_posting_publish_on_the_add_form_gets_no_article_and_a_reason(
    client, editor, article_form
):
    client.force_login(editor)
    forged = article_form(_move="publish", status="published", is_featured="on")
    response = client.post(add_url(), forged)
    assert response.status_code == 200
    assert "Bạn không có quyền xuất bản, hẹn giờ hay gỡ bài viết." in response.text
    assert not Article.objects.exists()
    # Without the forged move, a status posted as a field is not a field: a draft.
    assert (
        client.post(add_url(), article_form(status="published", is_featured="on")).status_code
        == 302
    )
    article = Article.objects.get()
    assert (article.status, article.published_at, article.is_featured) == (
        Status.DRAFT,
        None,
        False,
    )
    assert not StatusChange.objects.exists()


def test_an_editor_posting_status_published_on_the_change_form_changes_only_the_text(
    client, editor, article_form
):
    article = draft_by(editor)
    client.force_login(editor)
    forged = article_form(
        article, title="Tiêu đề đã sửa", status="published", published_at_0="24/04/2020",
        is_featured="on",
    )  # fmt: skip
    assert client.post(change_url(article), forged).status_code == 302
    article.refresh_from_db()
    assert article.title == "Tiêu đề đã sửa"
    assert (article.status, article.published_at, article.is_featured) == (
        Status.DRAFT,
        None,
        False,
    )
    assert not Article.objects.published().exists()
    assert not StatusChange.objects.exists()


def test_the_status_is_shown_but_not_editable_for_an_editor(client, editor):
    article = draft_by(editor)
    client.force_login(editor)
    text = client.get(change_url(article)).text
    assert 'name="status"' not in text and 'name="published_at_0"' not in text
    assert 'name="schedule_at_0"' not in text  # scheduling is a publisher's move
    assert "Bản nháp" in text


def test_an_editor_saves_and_submits_with_one_button(client, editor, article_form):
    article = draft_by(editor)
    client.force_login(editor)
    page = client.get(change_url(article)).text
    assert 'name="_move" value="submit"' in page and ">Gửi duyệt</button>" in page
    assert 'value="publish"' not in page and 'value="return"' not in page
    data = article_form(article, title="Bản gửi duyệt", _move="submit")
    assert client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert (article.title, article.status) == ("Bản gửi duyệt", Status.PENDING)
    change = StatusChange.objects.get()
    assert (change.user, change.from_status, change.to_status) == (
        editor,
        Status.DRAFT,
        Status.PENDING,
    )


def test_an_editor_submits_a_new_article_straight_from_the_add_form(client, editor, article_form):
    client.force_login(editor)
    assert client.post(add_url(), article_form(_move="submit")).status_code == 302
    article = Article.objects.get()
    assert (article.status, article.author) == (Status.PENDING, editor)


def test_an_editor_may_read_but_not_change_someone_elses_draft(
    client, editor, other_editor, article_form
):
    article = draft_by(other_editor, title="Bài của người khác")
    client.force_login(editor)
    page = client.get(change_url(article))
    assert page.status_code == 200
    assert 'name="_save"' not in page.text and 'name="_move"' not in page.text
    response = client.post(change_url(article), article_form(article, title="Sửa trộm"))
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title == "Bài của người khác"


@pytest.mark.parametrize("status", [Status.PENDING, Status.PUBLISHED, Status.HIDDEN])
def test_an_editor_cannot_change_their_own_article_once_it_left_draft(
    client, editor, article_form, status
):
    published_at = None if status == Status.PENDING else timezone.now()
    article = ArticleFactory(author=editor, status=status, published_at=published_at)
    client.force_login(editor)
    response = client.post(change_url(article), article_form(article, title="Sửa sau khi gửi"))
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title != "Sửa sau khi gửi" and article.status == status


def test_staff_without_a_role_cannot_post_an_article(client, plain_staff, article_form):
    client.force_login(plain_staff)
    assert client.post(add_url(), article_form(_move="publish")).status_code == 403
    assert not Article.objects.exists()


def test_anonymous_posts_to_the_add_form_are_sent_to_login(client, article_form):
    response = client.post(add_url(), article_form(_move="publish"))
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not Article.objects.exists()


# A publisher --------------------------------------------------------------------------------


def test_a_publisher_publishes_from_the_form_at_once_when_no_time_is_given(
    client, publisher, editor, article_form
):
    article = ArticleFactory(status=Status.PENDING, published_at=None, author=editor)
    client.force_login(publisher)
    page = client.get(change_url(article)).text
    for label in ("Xuất bản ngay", "Hẹn giờ xuất bản…", "Trả lại cho tác giả"):
        assert f">{label}</button>" in page
    assert ">Gỡ bài</button>" not in page
    response = client.post(change_url(article), article_form(article, _move="publish"), follow=True)
    assert "Đã xuất bản bài viết." in [str(m) for m in response.context["messages"]]
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED
    assert abs(article.published_at - timezone.now()) < timedelta(minutes=1)
    assert article.author == editor
    change = StatusChange.objects.get()
    assert (change.user, change.from_status, change.to_status) == (
        publisher,
        Status.PENDING,
        Status.PUBLISHED,
    )


def test_a_future_time_schedules_the_article_which_stays_hidden_until_then(
    client, publisher, article_form
):
    article = ArticleFactory(status=Status.PENDING, published_at=None)
    due = (timezone.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    client.force_login(publisher)
    data = article_form(article, _move="schedule", schedule_at=due)
    response = client.post(change_url(article), data, follow=True)
    when = timezone.localtime(due).strftime("%d/%m/%Y %H:%M")
    assert f"Đã hẹn giờ đăng bài lúc {when}." in [str(m) for m in response.context["messages"]]
    article.refresh_from_db()
    assert (article.status, article.published_at) == (Status.PUBLISHED, due)
    client.logout()
    assert client.get(article.get_absolute_url()).status_code == 404
    with mock.patch("django.utils.timezone.now", return_value=due + timedelta(minutes=1)):
        assert client.get(article.get_absolute_url()).status_code == 200


def test_a_publisher_writes_and_publishes_a_new_article_in_one_go(client, publisher, article_form):
    client.force_login(publisher)
    assert client.post(add_url(), article_form(_move="publish")).status_code == 302
    article = Article.objects.get()
    assert article.is_public and article.author == publisher
    assert StatusChange.objects.get().from_status == Status.DRAFT


@pytest.mark.parametrize(
    ("status", "offered"),
    [
        (Status.DRAFT, ["submit", "publish", "schedule"]),
        (Status.PENDING, ["publish", "schedule", "return"]),
        (Status.PUBLISHED, ["unpublish"]),
        (Status.HIDDEN, ["publish", "schedule"]),
        ("scheduled", ["publish", "schedule", "unpublish"]),
    ],
)
def test_the_buttons_offer_only_the_moves_allowed_from_here(client, publisher, status, offered):
    if status == "scheduled":
        article = ArticleFactory(published_at=timezone.now() + timedelta(days=1))
    else:
        published_at = timezone.now() if status in (Status.PUBLISHED, Status.HIDDEN) else None
        author = publisher if status == Status.DRAFT else None  # a writer may withdraw their own
        article = ArticleFactory(status=status, published_at=published_at, author=author)
    client.force_login(publisher)
    page = client.get(change_url(article)).text
    # Once per submit row (save_on_top puts one above the form too).
    assert list(dict.fromkeys(re.findall(r'name="_move" value="(\w+)"', page))) == offered
    assert 'name="status"' not in page


@pytest.mark.parametrize(
    ("status", "move"),
    [
        (Status.DRAFT, "unpublish"),
        (Status.DRAFT, "return"),
        (Status.PUBLISHED, "publish"),
        (Status.HIDDEN, "submit"),
        (Status.DRAFT, "delete"),
        (Status.DRAFT, "hidden"),
    ],
)
def test_a_forged_move_outside_the_allowed_ones_is_refused_and_changes_nothing(
    client, publisher, article_form, status, move
):
    published_at = timezone.now() if status != Status.DRAFT else None
    article = ArticleFactory(status=status, published_at=published_at, title="Nháp")
    client.force_login(publisher)
    data = article_form(article, _move=move, title="X", status_note="ghi chú")
    response = client.post(change_url(article), data)
    assert response.status_code == 200
    assert 'class="errorlist nonfield"' in response.text
    article.refresh_from_db()
    assert (article.status, article.title) == (status, "Nháp")
    assert not StatusChange.objects.exists()


def test_a_schedule_without_a_time_or_in_the_past_is_refused_next_to_the_time(
    client, publisher, article_form
):
    article = ArticleFactory(status=Status.PENDING, published_at=None)
    client.force_login(publisher)
    for when in (None, timezone.now() - timedelta(hours=1)):
        response = client.post(
            change_url(article), article_form(article, _move="schedule", schedule_at=when)
        )
        assert response.status_code == 200
        assert re.search(r'field-schedule_at.*?class="errorlist', response.text, re.S)
    article.refresh_from_db()
    assert article.status == Status.PENDING


def test_a_return_needs_a_note_which_the_writer_then_sees(client, publisher, editor, article_form):
    article = ArticleFactory(status=Status.PENDING, published_at=None, author=editor)
    client.force_login(publisher)
    refused = client.post(change_url(article), article_form(article, _move="return"))
    assert "Hãy ghi chú cho tác giả biết cần sửa gì" in refused.text
    data = article_form(article, _move="return", status_note="Bổ sung ảnh và số liệu")
    response = client.post(change_url(article), data, follow=True)
    assert "Đã trả bài viết cho tác giả kèm ghi chú." in [
        str(m) for m in response.context["messages"]
    ]
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    client.force_login(editor)
    page = client.get(change_url(article)).text
    assert "Bài được trả lại để sửa" in page and "Bổ sung ảnh và số liệu" in page


def test_a_writer_withdraws_their_article_under_review_from_its_read_only_page(
    client, editor, article_form
):
    article = ArticleFactory(status=Status.PENDING, published_at=None, author=editor)
    client.force_login(editor)
    page = client.get(change_url(article)).text
    assert set(re.findall(r'name="_move" value="(\w+)"', page)) == {"withdraw"}
    assert 'form="move-form"' in page and 'id="move-form"' in page
    # The body is shown as readers will see it, not as HTML source.
    assert '<div class="article-preview"><p>' in page and "&lt;p&gt;" not in page
    move_url = reverse("admin:news_article_move", args=[article.pk])
    response = client.post(move_url, {"_move": "withdraw"}, follow=True)
    assert response.redirect_chain[-1][0] == change_url(article)
    assert any("Đã rút bài về bản nháp" in str(m) for m in response.context["messages"])
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    change = StatusChange.objects.get()
    assert (change.user, change.from_status, change.to_status) == (
        editor,
        Status.PENDING,
        Status.DRAFT,
    )


def test_no_one_else_withdraws_a_writers_article(client, other_editor, editor):
    article = ArticleFactory(status=Status.PENDING, published_at=None, author=editor)
    client.force_login(other_editor)
    move_url = reverse("admin:news_article_move", args=[article.pk])
    response = client.post(move_url, {"_move": "withdraw"}, follow=True)
    assert any("chính mình tạo" in str(m) for m in response.context["messages"])
    article.refresh_from_db()
    assert article.status == Status.PENDING
    assert client.get(move_url).status_code == 405


def test_the_note_given_with_a_move_is_kept_in_the_status_history(client, publisher, article_form):
    article = ArticleFactory(status=Status.PENDING, published_at=None)
    client.force_login(publisher)
    data = article_form(article, _move="return", status_note="Bổ sung ảnh và số liệu")
    assert client.post(change_url(article), data).status_code == 302
    assert StatusChange.objects.get().note == "Bổ sung ảnh và số liệu"


def test_a_published_article_keeps_its_publication_time_whatever_is_posted(
    client, publisher, article_form
):
    article = ArticleFactory()
    published_at = article.published_at
    client.force_login(publisher)
    data = article_form(article, published_at_0="", published_at_1="")
    assert client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.published_at == published_at


def test_a_publisher_edits_a_published_article_without_moving_it(client, publisher, article_form):
    article = ArticleFactory(title="Bản đã đăng")
    client.force_login(publisher)
    data = article_form(article, title="Bản đã đăng, sửa lỗi chính tả")
    assert client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.title == "Bản đã đăng, sửa lỗi chính tả" and article.is_public
    assert not StatusChange.objects.exists()


def test_a_publisher_takes_an_article_down_from_the_form(client, publisher, article_form):
    article = ArticleFactory()
    client.force_login(publisher)
    assert (
        client.post(change_url(article), article_form(article, _move="unpublish")).status_code
        == 302
    )
    article.refresh_from_db()
    assert article.status == Status.HIDDEN
    client.logout()
    assert client.get(article.get_absolute_url()).status_code == 404


def test_the_address_of_a_published_article_does_not_change(client, publisher, article_form):
    article = ArticleFactory(title="Đặng Thanh Giang")
    client.force_login(publisher)
    assert 'name="slug"' not in client.get(change_url(article)).text
    data = article_form(article, slug="duong-dan-moi")
    assert client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.slug == "dang-thanh-giang"


def test_saving_the_form_keeps_views_and_ratings_counted_meanwhile(client, publisher, article_form):
    article = ArticleFactory(view_count=10, rating_sum=4, rating_count=1)
    client.force_login(publisher)
    data = article_form(article, title="Sửa trong lúc bạn đọc đang xem")
    Article.objects.filter(pk=article.pk).update(
        view_count=F("view_count") + 5, rating_sum=F("rating_sum") + 5, rating_count=2
    )
    assert client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert (article.view_count, article.rating_sum, article.rating_count) == (15, 9, 2)


# The change page ------------------------------------------------------------------------------


def test_the_change_page_lists_every_status_change(client, publisher, editor):
    article = draft_by(editor)
    workflow.article_submit(article=article, user=editor)
    workflow.article_publish(article=article, user=publisher, note="Đã kiểm tra số liệu")
    client.force_login(publisher)
    text = client.get(change_url(article)).text
    assert "Lịch sử trạng thái" in text
    rows = text.split('id="status-changes"')[1]
    publish_row, submit_row = rows.split("<tr>")[2:4]
    for expected in ("duyetbai", "Chờ duyệt", "Đã xuất bản", "Đã kiểm tra số liệu"):
        assert expected in publish_row
    for expected in ("bientapvien", "Bản nháp", "Chờ duyệt"):
        assert expected in submit_row
    local = timezone.localtime(StatusChange.objects.first().changed_at)
    assert local.strftime("%d/%m/%Y %H:%M") in publish_row


def test_the_change_page_links_to_a_preview_then_to_the_public_page(client, publisher):
    article = ArticleFactory(status=Status.DRAFT, published_at=None)
    client.force_login(publisher)
    link = f'<a href="{article.get_absolute_url()}" class="viewsitelink" target="_blank"'
    page = client.get(change_url(article)).text
    assert link in page and "Xem trước</a>" in page
    workflow.article_publish(article=article, user=publisher)
    page = client.get(change_url(article)).text
    assert link in page and "Xem trên trang</a>" in page


def test_staff_open_the_preview_of_an_unpublished_article(client, editor):
    article = draft_by(editor, title="Bản nháp xem trước")
    client.force_login(editor)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "Bản nháp xem trước" in response.text
    client.logout()
    assert client.get(article.get_absolute_url()).status_code == 404


def test_the_slug_is_filled_from_the_title_by_a_script_loaded_after_django_urlify(client, editor):
    client.force_login(editor)
    page = client.get(add_url()).text
    scripts = re.findall(r'<script[^>]* src="([^"]+)"', page)
    ours = scripts.index("/static/js/admin-slug.js")
    assert scripts.index("/static/admin/js/urlify.js") < ours
    assert '"dependency_ids": ["#id_title"]' in page.replace("&quot;", '"')


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js to run the admin script")
def test_the_slug_script_writes_vietnamese_titles_as_the_server_does():
    urlify = Path(finders.find("admin/js/urlify.js"))
    ours = Path(finders.find("js/admin-slug.js"))
    program = (
        "global.window = {};"
        f"eval(require('fs').readFileSync({str(urlify)!r}, 'utf8'));"
        f"eval(require('fs').readFileSync({str(ours)!r}, 'utf8'));"
        "for (const t of ['Đặng Thanh Giang', 'Ủy ban MTTQ: Đường Đồng Khởi']) "
        "console.log(window.URLify(t, 50, false));"
    )
    result = subprocess.run(
        ["node", "-e", program], capture_output=True, text=True, check=True, timeout=30
    )
    assert result.stdout.split() == ["dang-thanh-giang", "uy-ban-mttq-duong-dong-khoi"]


def test_the_admin_path_comes_from_the_settings():
    assert settings.ADMIN_URL == "quan-tri/"
    assert add_url().startswith("/quan-tri/")


def test_publishing_an_article_with_an_image_without_alternative_text_is_refused_naming_it(
    client, publisher, article_form
):
    article = ArticleFactory(status=Status.PENDING, published_at=None)
    body = (
        '<p>Hội nghị.</p><img src="/media/uploads/2026/12/hoi-nghi.jpg">'
        '<img src="/media/uploads/2026/12/trao-thuong.jpg" alt="Trao bằng khen">'
    )
    client.force_login(publisher)
    response = client.post(change_url(article), article_form(article, body=body, _move="publish"))
    assert response.status_code == 200
    assert "Chưa xuất bản được: ảnh «hoi-nghi.jpg» chưa có văn bản thay thế" in response.text
    assert "trao-thuong.jpg" not in response.text.split("Chưa xuất bản được")[1].split("</li>")[0]
    article.refresh_from_db()
    assert article.status == Status.PENDING
    described = body.replace('hoi-nghi.jpg">', 'hoi-nghi.jpg" alt="Toàn cảnh hội nghị">')
    data = article_form(article, body=described, _move="publish")
    assert client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.is_public and 'alt="Toàn cảnh hội nghị"' in article.body
    assert article.published_at.microsecond == 0
