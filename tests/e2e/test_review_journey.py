"""The review journey by buttons (news.workflow): a publisher returns an article with a note,
its writer reads the note, withdraws and resubmits, the publisher schedules it; someone else
opening the article meanwhile sees who is editing it. At 1280 px and on a 360 px phone."""

import pytest
from django.conf import settings
from django.utils import timezone
from playwright.sync_api import expect

from mttq_portal.roles import PUBLISHER
from news.models import Article, Category, StatusChange
from tests.e2e.conftest import PASSWORD
from tests.news.factories import staff_member

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ADMIN = f"/{settings.ADMIN_URL}"
TITLE = "Ra mắt mô hình “Dân vận khéo” ở phường Tân Phú"
NOTE = "Bổ sung số hộ tham gia và ảnh buổi ra mắt."


def under_review(demo_site):
    return Article.objects.create(
        title=TITLE,
        summary="Phường Tân Phú ra mắt mô hình với 120 hộ tham gia.",
        body="<p>Sáng 24/04/2020, Ban công tác Mặt trận khu phố 3 ra mắt mô hình.</p>",
        category=Category.objects.get(name="Tin hoạt động"),
        author=demo_site["bientap"],
        status=Article.Status.PENDING,
    )


def click_move(page, label):
    with page.expect_navigation():
        page.get_by_role("button", name=label, exact=True).first.click()


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_return_withdraw_resubmit_and_schedule_by_buttons(visit, demo_site, viewport):
    article = under_review(demo_site)
    change = f"{ADMIN}news/article/{article.pk}/change/"

    publisher = visit(viewport)
    publisher.log_in("duyetbai")
    publisher.goto(ADMIN)  # the start page: what waits, also counted in the header
    expect(publisher.page.locator(".waiting-review")).to_contain_text("Chờ duyệt:")
    expect(publisher.page.locator(".workbench")).to_contain_text(TITLE)
    if viewport == "desktop":
        publisher.screenshot("admin-start-page", full_page=False)
    publisher.goto(change)
    page = publisher.page
    expect(page.get_by_role("button", name="Xuất bản ngay").first).to_be_visible()
    page.fill("#id_status_note", NOTE)
    if viewport == "desktop":
        page.locator(".submit-row").last.scroll_into_view_if_needed()
        publisher.screenshot("admin-article-review-buttons", full_page=False)
    click_move(page, "Trả lại cho tác giả")
    publisher.assert_page_ok()
    expect(page.locator(".messagelist")).to_contain_text("Đã trả bài viết cho tác giả kèm ghi chú.")

    writer = visit(viewport)
    writer.log_in("bientap")
    writer.goto(change)
    note = writer.page.locator(".returned-note")
    expect(note).to_contain_text(NOTE)
    click_move(writer.page, "Gửi duyệt")
    writer.assert_page_ok()
    # Under review, the writer's page is read-only and shows the article as readers will.
    writer.goto(change)
    expect(writer.page.locator(".article-preview p")).to_contain_text("Ban công tác Mặt trận")
    click_move(writer.page, "Rút lại")
    expect(writer.page.locator(".messagelist")).to_contain_text("Đã rút bài về bản nháp")
    click_move(writer.page, "Gửi duyệt")

    publisher.goto(change)
    due = timezone.localtime() + timezone.timedelta(days=1)
    page.fill("#id_schedule_at_0", due.strftime("%d/%m/%Y"))
    page.fill("#id_schedule_at_1", "08:00")
    click_move(page, "Hẹn giờ xuất bản…")
    publisher.assert_page_ok()
    expect(page.locator(".messagelist")).to_contain_text(
        f"Đã hẹn giờ đăng bài lúc {due.strftime('%d/%m/%Y')} 08:00."
    )
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED and not article.is_public
    moves = list(StatusChange.objects.filter(article=article).order_by("changed_at", "id"))
    assert [(m.from_status, m.to_status) for m in moves] == [
        ("pending", "draft"),
        ("draft", "pending"),
        ("pending", "draft"),
        ("draft", "pending"),
        ("pending", "published"),
    ]
    assert moves[0].note == NOTE
    publisher.assert_no_problems()
    writer.assert_no_problems()


def test_someone_else_editing_is_named_and_taking_over_is_explicit(visit, demo_site):
    article = under_review(demo_site)
    change = f"{ADMIN}news/article/{article.pk}/change/"
    first = visit("desktop")
    first.log_in("duyetbai")
    first.goto(change)

    colleague = staff_member(PUBLISHER, "duyetbai2")
    colleague.first_name, colleague.last_name = "Lan", "Trần Thị"
    colleague.set_password(PASSWORD)
    colleague.save()
    second = visit("desktop")
    second.log_in("duyetbai2")
    second.goto(change)
    banner = second.page.locator(".edit-lock")
    expect(banner).to_contain_text("Bài viết đang được")  # the demo publisher, by full name
    expect(second.page.locator("#id_title")).to_have_count(0)
    second.screenshot("admin-article-edit-lock", full_page=False)
    with second.page.expect_navigation():
        banner.get_by_role("button", name="Nhận quyền sửa").click()
    expect(second.page.locator("#id_title")).to_be_visible()

    first.page.fill("#id_title", TITLE + " (bản cũ)")
    with first.page.expect_navigation():
        first.page.locator("input[name=_continue]").last.click()
    expect(first.page.locator(".errorlist.nonfield")).to_contain_text(
        "Trần Thị Lan đã nhận quyền sửa bài này"
    )
    article.refresh_from_db()
    assert article.title == TITLE
