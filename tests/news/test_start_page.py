"""The admin's start page per role, the header's waiting count, and the mail to the desk's
publishers when an article is sent for review (news.dashboard, news.notifications)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from mttq_portal.roles import PUBLISHER
from news import workflow
from news.models import Article
from tests.news.factories import ArticleFactory, CategoryFactory, staff_member

pytestmark = pytest.mark.django_db
Status = Article.Status
INDEX = reverse("admin:index")


def test_a_writer_sees_drafts_returned_scheduled_and_published_with_views(
    client, editor, publisher
):
    ArticleFactory(title="Nháp đang viết", status=Status.DRAFT, published_at=None, author=editor)
    returned = ArticleFactory(
        title="Bài bị trả lại", status=Status.PENDING, published_at=None, author=editor
    )
    workflow.article_return(article=returned, user=publisher, note="Thêm ảnh")
    ArticleFactory(
        title="Bài hẹn giờ", author=editor, published_at=timezone.now() + timedelta(days=1)
    )
    ArticleFactory(title="Bài đã đăng", author=editor, view_count=1234)
    client.force_login(editor)

    page = client.get(INDEX).text

    board = page.split('id="workbench-title"')[1].split("</section>")[0]
    returned_part = board.split("Bị trả lại, cần sửa (1)")[1].split("</div>")[0]
    assert "Bài bị trả lại" in returned_part
    assert "Nháp đang viết" in board.split("Bản nháp của tôi")[1].split("</div>")[0]
    assert "Bài hẹn giờ" in board.split("Đã hẹn giờ")[1].split("</div>")[0]
    assert "1.234 lượt xem" in board
    assert "Chờ tôi duyệt" not in board and "Chờ duyệt:" not in page


def test_a_publisher_sees_what_waits_and_the_count_in_the_header(client, publisher, editor):
    for n in range(3):
        ArticleFactory(title=f"Chờ duyệt số {n}", status=Status.PENDING, published_at=None)
    other_desk = CategoryFactory(name="Kinh tế")
    other_desk.publishers.add(staff_member(PUBLISHER, "duyet-kt"))
    ArticleFactory(
        title="Của ban khác", status=Status.PENDING, published_at=None, category=other_desk
    )
    client.force_login(publisher)

    page = client.get(INDEX).text

    assert "Chờ tôi duyệt (3)" in page and "Của ban khác" not in page
    assert 'class="waiting-review">Chờ duyệt: 3</a>' in page
    changelist = client.get(reverse("admin:news_article_changelist")).text
    assert "Chờ duyệt: 3" in changelist  # on every admin page


def test_sending_for_review_mails_the_desks_publishers_who_want_it(
    client, editor, publisher, django_capture_on_commit_callbacks
):
    publisher.email = "duyet@example.gov.vn"
    publisher.save()
    elsewhere = staff_member(PUBLISHER, "duyet-kt")
    elsewhere.email = "kt@example.gov.vn"
    elsewhere.save()
    desk = CategoryFactory(name="Hoạt động")
    desk.publishers.add(publisher)
    draft = ArticleFactory(
        title="Ra mắt mô hình", status=Status.DRAFT, published_at=None, author=editor, category=desk
    )

    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_submit(article=draft, user=editor)

    assert [message.to for message in mail.outbox] == [["duyet@example.gov.vn"]]
    assert "Ra mắt mô hình" in mail.outbox[0].subject
    assert reverse("admin:news_article_change", args=[draft.pk]) in mail.outbox[0].body

    client.force_login(publisher)
    response = client.post(
        reverse("admin:news_article_mail_settings"), {"mail_on_submit": "0"}, follow=True
    )
    assert "Đã tắt thư báo" in response.text and "Bật lại thư báo" in response.text
    workflow.article_withdraw(article=draft, user=editor)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_submit(article=draft, user=editor)
    assert mail.outbox == []


def test_a_mail_server_down_does_not_stop_a_submission(
    editor, publisher, settings, django_capture_on_commit_callbacks
):
    publisher.email = "duyet@example.gov.vn"
    publisher.save()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 1, 1
    draft = ArticleFactory(status=Status.DRAFT, published_at=None, author=editor)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.article_submit(article=draft, user=editor)
    draft.refresh_from_db()
    assert draft.status == Status.PENDING


def test_only_publishers_switch_the_mail(client, editor):
    client.force_login(editor)
    assert (
        client.post(
            reverse("admin:news_article_mail_settings"), {"mail_on_submit": "0"}
        ).status_code
        == 403
    )
