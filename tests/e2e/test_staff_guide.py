"""The journeys of the staff guide (docs/huong-dan/), walked in the browser, with the screenshots
the guide shows: a writer fills in an article with tags, an event series, a related article and
a PDF, saves it as a draft and sends it for review; a publisher is told (header, start page,
e-mail), reviews it and publishes it; readers see its tags and its attachment. Also: a return
with a note, a schedule, someone else editing, a photo without text refused at publication. At
1280 px, and the writer's and the publisher's buttons on a 360 px phone.

The screenshots go to docs/huong-dan/anh/, or to the folder E2E_GUIDE_SCREENSHOTS_DIR names (a
CI artefact folder, say), as E2E_SCREENSHOTS_DIR does for the README's (tests/e2e/conftest.py).
"""

import io
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from mttq_portal.demo import content
from news.models import Article, Category, EventSeries, StatusChange, Tag
from tests.awards.pdfs import minimal_pdf
from tests.e2e.conftest import LOAD_EVERYTHING_JS, PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ADMIN = f"/{settings.ADMIN_URL}"
GUIDE_SCREENSHOTS = Path(
    os.environ.get("E2E_GUIDE_SCREENSHOTS_DIR")
    or Path(settings.BASE_DIR) / "docs" / "huong-dan" / "anh"
)
CATEGORY = "Tin hoạt động"
TITLE = "Hướng dẫn hồ sơ đề nghị hỗ trợ xây nhà Đại đoàn kết năm 2025"
SUMMARY = "Ban Thường trực hướng dẫn hồ sơ, thời hạn và mức hỗ trợ xây, sửa nhà Đại đoàn kết."
BODY = "Các hộ nghèo có nhu cầu nộp hồ sơ tại Ban công tác Mặt trận khu dân cư trước ngày 30/6."
# Typed as a writer would: the demo's tags in another case, without some diacritics, and a new one.
TAGS_TYPED = "vì người nghèo, NHÀ ĐẠI ĐOÀN KẾT, Hồ sơ hỗ trợ"
TAGS_SHOWN = ["Vì người nghèo", "Nhà Đại đoàn kết", "Hồ sơ hỗ trợ"]
PDF_TITLE = "Mẫu đơn đề nghị hỗ trợ xây nhà"
NOTE = "Bổ sung mức hỗ trợ sửa nhà và số điện thoại liên hệ."
# The primary moves of each person, as news.workflow.MOVES labels them.
WRITER_MOVES = ["Gửi duyệt"]
PUBLISHER_MOVES = ["Xuất bản ngay", "Hẹn giờ xuất bản…", "Trả lại cho tác giả"]

# Whether the element is on screen once scrolled to, inside the screen's width, and the one a
# tap at its centre reaches (nothing drawn over it).
REACHABLE_JS = """element => {
  element.scrollIntoView({block: 'center', inline: 'nearest'});
  const box = element.getBoundingClientRect();
  const x = box.left + box.width / 2, y = box.top + box.height / 2;
  const hit = document.elementFromPoint(x, y);
  return {
    width: Math.round(box.width), height: Math.round(box.height),
    left: Math.round(box.left), right: Math.round(box.right),
    screen: window.innerWidth,
    hit: hit ? hit.tagName.toLowerCase() + (hit.className ? '.' + hit.className : '') : null,
    reached: hit !== null && (hit === element || element.contains(hit)),
  };
}"""


def photo(name="tham-ho-ngheo.png"):
    """Return a small PNG for set_input_files."""
    buffer = io.BytesIO()
    Image.new("RGB", (640, 360), (179, 20, 28)).save(buffer, format="PNG")
    return {"name": name, "mimeType": "image/png", "buffer": buffer.getvalue()}


def guide_screenshot(visitor, name, *, at=None):
    """Save <GUIDE_SCREENSHOTS>/<name>.png, the screen as it shows (scrolled to the top of `at`,
    a locator, when given), once every image and font has loaded; fail if an image is broken."""
    GUIDE_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = visitor.page
    broken = page.evaluate(LOAD_EVERYTHING_JS)
    assert not broken, f"broken images on {page.url}: {broken}"
    if at is not None:
        at.evaluate("element => element.scrollIntoView({block: 'start'})")
        page.evaluate("() => new Promise(resolve => requestAnimationFrame(() => resolve()))")
    page.screenshot(path=str(GUIDE_SCREENSHOTS / f"{name}.png"), full_page=False)


def with_password(*usernames):
    """Give the demo's other staff accounts (conftest sets bientap, duyetbai, canbo) PASSWORD."""
    for user in get_user_model().objects.filter(username__in=usernames):
        user.set_password(PASSWORD)
        user.save(update_fields=["password"])


def click_move(page, label, *, index=0):
    """Click the workflow's button `label` (the top row's by default) and wait for the page."""
    with page.expect_navigation():
        page.get_by_role("button", name=label, exact=True).nth(index).click()


def expect_message(page, text):
    expect(page.locator(".messagelist")).to_contain_text(text)


def type_body(page, text):
    page.wait_for_function("() => window.editors && window.editors['id_body']")
    page.locator(".ck-editor__editable").click()
    page.keyboard.type(text)


def pending_article(demo_site, title=TITLE, body=f"<p>{BODY}</p>"):
    """An article of the demo's writer, under review, with its submission recorded."""
    article = Article.objects.create(
        title=title,
        summary=SUMMARY,
        body=body,
        category=Category.objects.get(name=CATEGORY),
        author=demo_site["bientap"],
        status=Article.Status.PENDING,
    )
    StatusChange.objects.create(
        article=article,
        user=demo_site["bientap"],
        from_status=Article.Status.DRAFT,
        to_status=Article.Status.PENDING,
    )
    return article


def assert_reachable(page, label):
    """Every `label` button of the page (top and bottom rows) is visible once scrolled to, fits
    the screen's width, is not covered by anything, and takes a click (a trial one)."""
    buttons = page.get_by_role("button", name=label, exact=True)
    assert buttons.count() >= 1, f"no «{label}» button on {page.url}"
    for index in range(buttons.count()):
        button = buttons.nth(index)
        state = button.evaluate(REACHABLE_JS)
        assert state["reached"], f"«{label}» #{index} is covered on {page.url}: {state}"
        assert state["left"] >= 0 and state["right"] <= state["screen"], (
            f"«{label}» #{index} sticks out of the {state['screen']} px screen: {state}"
        )
        # 21 px high today: the browser's own <button> look, under the 24 px WCAG 2.2 asks
        # (2.5.8), yet 300 px wide, alone on its line and reachable; a collapsed one fails.
        assert state["height"] >= 20, f"«{label}» #{index} is too small to tap: {state}"
        expect(button).to_be_visible()
        button.click(trial=True)


def test_write_submit_review_publish_and_read(visit, demo_site):
    """The guide's main journey at 1280 px, from the writer's start page to the public page."""
    related = Article.objects.get(title=content.topics().attached_to)
    series = EventSeries.objects.get(name="Tháng cao điểm “Vì người nghèo”")
    tags_before = Tag.objects.count()
    Article.objects.create(  # a draft of the same words, which the picker must not offer
        title="Phân bổ tiền ủng hộ khắc phục thiệt hại do mưa bão đợt hai",
        body="<p>Bản nháp.</p>",
        category=Category.objects.get(name=CATEGORY),
        author=demo_site["duyetbai"],
    )

    writer = visit("desktop")
    page = writer.page
    writer.log_in("bientap")
    start = page.locator(".workbench")
    expect(start).to_contain_text("Việc của tôi")
    expect(start).to_contain_text("Bản nháp của tôi")
    guide_screenshot(writer, "trang-bat-dau-bien-tap-vien")

    writer.goto(f"{ADMIN}news/article/add/")
    page.locator("#id_title").press_sequentially(TITLE)  # the address follows as it is typed
    expect(page.locator("#id_slug")).to_have_value(
        "huong-dan-ho-so-de-nghi-ho-tro-xay-nha-dai-doan-ket-nam-2025"
    )
    page.select_option("#id_category", label=CATEGORY)
    page.fill("#id_summary", SUMMARY)
    type_body(page, BODY)
    page.fill("#id_byline", "Thanh Tâm")
    page.fill("#id_source", "Ủy ban MTTQ Việt Nam tỉnh")
    guide_screenshot(writer, "viet-bai-bieu-mau", at=page.locator("#content"))

    page.fill("#id_tags_text", TAGS_TYPED)
    page.select_option("#id_series", label=series.name)
    # The related articles' picker (autocomplete) lists published articles only.
    page.locator(".field-related .select2-selection").click()
    results = page.locator(".select2-results__option")
    # Opening asks for the first page; a search typed before it came back would cancel it.
    expect(results.first).to_be_visible()
    expect(results.filter(has_text="Đang tìm")).to_have_count(0)
    unrelated = results.first.inner_text()  # the newest article: not about the storm
    assert content.topics().attached_to not in unrelated
    page.locator(".select2-search__field").fill("Phân bổ tiền ủng hộ")
    expect(results.filter(has_text=unrelated)).to_have_count(0)  # the search has answered
    expect(results.filter(has_text="Đang tìm")).to_have_count(0)
    expect(results.filter(has_text=content.topics().attached_to)).to_have_count(1)
    expect(results.filter(has_text="đợt hai")).to_have_count(0)  # a draft is not offered
    option = results.filter(has_text=content.topics().attached_to)
    expect(option).to_be_visible()
    guide_screenshot(
        writer,
        "viet-bai-the-dong-su-kien",
        at=page.locator("fieldset", has=page.locator("#id_tags_text")),
    )
    option.click()
    page.set_input_files(
        "#id_attachments-0-file",
        files=[{"name": "mau-don.pdf", "mimeType": "application/pdf", "buffer": minimal_pdf()}],
    )
    page.fill("#id_attachments-0-title", PDF_TITLE)
    guide_screenshot(writer, "viet-bai-tep-dinh-kem", at=page.locator(".inline-group").first)

    with page.expect_navigation():
        page.locator("input[name=_continue]").last.click()
    writer.assert_page_ok()
    expect(page.locator(".messagelist .success")).to_be_visible()
    article = Article.objects.get(title=TITLE)
    assert article.status == Article.Status.DRAFT
    # One tag per name whatever its case or diacritics: only "Hồ sơ hỗ trợ" is new.
    assert sorted(t.name for t in article.tags.all()) == sorted(TAGS_SHOWN)
    assert Tag.objects.count() == tags_before + 1
    assert article.series == series and list(article.related.all()) == [related]
    attachment = article.attachments.get()
    assert attachment.title == PDF_TITLE and attachment.kind_label == "PDF"
    expect(page.locator(".field-size_shown").first).to_contain_text("PDF, ")
    expect(page.get_by_role("button", name="Gửi duyệt", exact=True).first).to_be_visible()
    guide_screenshot(writer, "viet-bai-ban-nhap-nut-gui-duyet", at=page.locator("#content"))

    mail.outbox.clear()
    click_move(page, "Gửi duyệt")
    writer.assert_page_ok()
    expect_message(page, "Đã gửi bài để duyệt.")
    assert page.url.endswith(f"{ADMIN}news/article/")  # a move from the form saves, then lists
    guide_screenshot(writer, "gui-duyet-xong")
    article.refresh_from_db()
    assert article.status == Article.Status.PENDING
    writer.goto(f"{ADMIN}news/article/{article.pk}/change/")
    # Under review, the writer's page is read-only, shows the article as readers will see it,
    # and offers to take it back.
    expect(page.locator(".article-preview")).to_contain_text(BODY)
    expect(page.locator("#id_title")).to_have_count(0)
    expect(page.get_by_role("button", name="Rút lại", exact=True).first).to_be_visible()
    guide_screenshot(writer, "cho-duyet-chi-xem", at=page.locator("#content"))

    # The publishers of the desk were mailed (those who did not switch it off).
    notices = [m for m in mail.outbox if m.subject == f"Bài chờ duyệt: {TITLE}"]
    assert len(notices) == 1, [m.subject for m in mail.outbox]
    assert "duyetbai@example.com" in notices[0].to
    assert "bientap@example.com" not in notices[0].to

    publisher = visit("desktop")
    review = publisher.page
    publisher.log_in("duyetbai")
    expect(review.locator(".waiting-review")).to_contain_text("Chờ duyệt:")
    expect(review.locator(".workbench")).to_contain_text(TITLE)
    expect(review.get_by_role("button", name="Tắt thư báo")).to_be_visible()
    guide_screenshot(publisher, "trang-bat-dau-duyet-bai")

    publisher.goto(f"{ADMIN}news/article/{article.pk}/change/")
    for label in PUBLISHER_MOVES:
        expect(review.get_by_role("button", name=label, exact=True).first).to_be_visible()
    expect(review.locator(".object-tools .viewsitelink")).to_have_text("Xem trước")
    guide_screenshot(publisher, "duyet-bai-trang-bai")
    guide_screenshot(publisher, "duyet-bai-cac-nut", at=review.locator(".submit-row").last)

    # "Xem trước" opens the article as readers will see it, marked as a preview.
    publisher.goto(article.get_absolute_url())
    expect(review.locator(".preview-banner")).to_contain_text("Bản xem trước – bài chưa xuất bản")
    expect(review.locator("section.attachments")).to_contain_text(PDF_TITLE)
    guide_screenshot(publisher, "duyet-bai-xem-truoc")
    publisher.goto(f"{ADMIN}news/article/{article.pk}/change/")
    click_move(review, "Xuất bản ngay")
    publisher.assert_page_ok()
    expect_message(review, "Đã xuất bản bài viết.")
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED and article.is_public
    publisher.goto(f"{ADMIN}news/article/{article.pk}/change/")
    expect(review.locator(".object-tools .viewsitelink")).to_have_text("Xem trên trang")
    history = review.locator("#status-changes")
    expect(history.locator("tbody tr")).to_have_count(2)
    # Newest first, by full name.
    expect(history.locator("tbody tr").first).to_contain_text("Trần Minh Khang")
    expect(history.locator("tbody tr").first).to_contain_text("Đã xuất bản")
    guide_screenshot(publisher, "lich-su-trang-thai", at=history)

    reader = visit("desktop")
    reader.goto(article.get_absolute_url())
    files = reader.page.locator("section.attachments")
    expect(files.get_by_role("heading", name="Tệp đính kèm")).to_be_visible()
    expect(files).to_contain_text(PDF_TITLE)
    expect(files.locator(".attachments__meta")).to_contain_text("PDF · ")
    expect(files.get_by_role("link", name=f"Đọc {PDF_TITLE} (mở cửa sổ mới)")).to_be_visible()
    tag_line = reader.page.locator(".article-tags")
    for name in TAGS_SHOWN:
        expect(tag_line.get_by_role("link", name=name, exact=True)).to_be_visible()
    expect(reader.page.locator(".article-series")).to_contain_text(series.name)
    # The related article picked by hand comes first under "Tin tức khác".
    other = reader.page.locator("#tin-khac").locator("xpath=..")
    expect(other.locator("a", has_text=content.topics().attached_to).first).to_be_visible()
    guide_screenshot(
        reader, "bai-cong-khai-the-tep-dinh-kem", at=reader.page.locator(".article-series")
    )

    new_tag = Tag.objects.get(name="Hồ sơ hỗ trợ")
    reader.goto(new_tag.get_absolute_url())
    expect(reader.page.locator("main")).to_contain_text(TITLE)
    expect(reader.page.get_by_role("link", name="Tin RSS Thẻ")).to_be_visible()
    feed = reader.goto(f"/the/{new_tag.slug}/rss/")
    assert TITLE in feed.text()
    writer.assert_no_problems()
    publisher.assert_no_problems()


def test_return_schedule_and_someone_else_editing(visit, demo_site):
    """A return with its note, as the writer reads it; a schedule typed day first; a second
    publisher told who is editing, taking over explicitly."""
    with_password("tongbientap")
    article = pending_article(demo_site)
    change = f"{ADMIN}news/article/{article.pk}/change/"

    publisher = visit("desktop")
    page = publisher.page
    publisher.log_in("duyetbai")
    publisher.goto(change)
    click_move(page, "Trả lại cho tác giả")  # without a note: refused
    expect(page.locator(".field-status_note .errorlist")).to_contain_text(
        "Hãy ghi chú cho tác giả biết cần sửa gì trước khi trả lại bài."
    )
    article.refresh_from_db()
    assert article.status == Article.Status.PENDING
    page.fill("#id_status_note", NOTE)
    guide_screenshot(publisher, "tra-lai-ghi-chu", at=page.locator(".field-schedule_at"))
    click_move(page, "Trả lại cho tác giả")
    expect_message(page, "Đã trả bài viết cho tác giả kèm ghi chú.")

    writer = visit("desktop")
    writer.log_in("bientap")
    expect(writer.page.locator(".workbench-list--returned")).to_contain_text(TITLE)
    writer.goto(change)
    note = writer.page.locator(".returned-note")
    expect(note).to_contain_text("Bài được trả lại để sửa")
    expect(note).to_contain_text("Trần Minh Khang")
    expect(note).to_contain_text(NOTE)
    guide_screenshot(writer, "bai-bi-tra-lai", at=writer.page.locator("#content"))
    click_move(writer.page, "Gửi duyệt")
    expect_message(writer.page, "Đã gửi bài để duyệt.")

    publisher.goto(change)
    due = timezone.localtime() + timezone.timedelta(days=2)
    page.fill("#id_schedule_at_0", due.strftime("%d/%m/%Y"))
    page.fill("#id_schedule_at_1", "07:30")
    guide_screenshot(publisher, "hen-gio-xuat-ban", at=page.locator(".field-schedule_at"))

    # Meanwhile, the Tổng biên tập opens it: told who is editing, read-only until taking over.
    chief = visit("desktop")
    chief.log_in("tongbientap")
    chief.goto(change)
    banner = chief.page.locator(".edit-lock")
    expect(banner).to_contain_text("Bài viết đang được Trần Minh Khang sửa từ")
    expect(chief.page.locator("#id_title")).to_have_count(0)
    guide_screenshot(chief, "khoa-sua-bai")

    click_move(page, "Hẹn giờ xuất bản…")
    publisher.assert_page_ok()
    expect_message(page, f"Đã hẹn giờ đăng bài lúc {due.strftime('%d/%m/%Y')} 07:30.")
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED and not article.is_public
    publisher.goto(change)
    expect(page.get_by_role("button", name="Gỡ bài", exact=True).first).to_be_visible()

    with chief.page.expect_navigation():
        banner.get_by_role("button", name="Nhận quyền sửa").click()
    expect_message(chief.page, "Bạn đã nhận quyền sửa bài này")
    expect(chief.page.locator("#id_title")).to_be_visible()
    click_move(chief.page, "Gỡ bài")
    expect_message(chief.page, "Đã gỡ bài viết khỏi trang.")
    article.refresh_from_db()
    assert article.status == Article.Status.HIDDEN
    publisher.assert_no_problems()
    writer.assert_no_problems()
    chief.assert_no_problems()


def test_a_photo_uploaded_into_the_body_is_described_at_once(visit, demo_site):
    writer = visit("desktop")
    page = writer.page
    writer.log_in("bientap")
    writer.goto(f"{ADMIN}news/article/add/")
    type_body(page, BODY)
    page.keyboard.press("Enter")
    page.set_input_files(".ck-toolbar input[type=file]", files=[photo()])
    uploaded = page.locator(".ck-editor__editable img[src^='/media/uploads/']")
    expect(uploaded).to_have_js_property("complete", True)
    form = page.locator(".ck-balloon-panel_visible .ck-text-alternative-form")
    field = form.get_by_label("Văn bản thay thế")
    expect(field).to_be_focused()
    page.keyboard.type("Cán bộ Mặt trận thăm hộ nghèo ở xã Hưng Hội")
    guide_screenshot(writer, "anh-hoi-van-ban-thay-the", at=page.locator(".field-body"))
    page.keyboard.press("Enter")
    expect(form).to_be_hidden()
    page.keyboard.type("Đoàn trao quà cho 20 hộ.")  # after the photo, which stays
    html = page.evaluate("() => window.editors['id_body'].getData()")
    assert 'alt="Cán bộ Mặt trận thăm hộ nghèo ở xã Hưng Hội"' in html
    assert html.index("<img") < html.index("Đoàn trao quà cho 20 hộ.")
    writer.assert_no_problems()


def test_a_photo_without_text_is_named_when_publishing_is_refused(visit, demo_site):
    """Publishing checks every photo of the body as it is sent; once an undescribed photo is
    saved, the publishing buttons are no longer offered until it is described."""
    cover = Article.objects.exclude(cover_image="").first().cover_image
    name = cover.name.rsplit("/", 1)[-1]
    article = pending_article(demo_site)
    change = f"{ADMIN}news/article/{article.pk}/change/"
    publisher = visit("desktop")
    page = publisher.page
    publisher.log_in("duyetbai")
    publisher.goto(change)
    page.wait_for_function("() => window.editors && window.editors['id_body']")
    body = f'<p>{BODY}</p><figure class="image"><img src="{cover.url}"></figure>'
    page.evaluate("html => window.editors['id_body'].setData(html)", body)
    click_move(page, "Xuất bản ngay")
    refusal = page.locator(".errorlist.nonfield")
    expect(refusal).to_contain_text(f"Chưa xuất bản được: ảnh «{name}» chưa có văn bản thay thế")
    expect(refusal).to_contain_text("Sửa văn bản thay thế của ảnh")
    guide_screenshot(publisher, "anh-thieu-van-ban-thay-the", at=page.locator("#content"))
    article.refresh_from_db()
    assert article.status == Article.Status.PENDING and "<img" not in article.body

    with page.expect_navigation():
        page.locator("input[name=_continue]").last.click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    # The photo without its text is saved: the buttons stay, and pressing one names the photo.
    click_move(page, "Xuất bản ngay")
    expect(page.locator(".errorlist, .messagelist .error").first).to_contain_text(
        "chưa có văn bản thay thế"
    )
    article.refresh_from_db()
    assert article.status == Article.Status.PENDING
    expect(page.get_by_role("button", name="Trả lại cho tác giả", exact=True).first).to_be_visible()
    publisher.assert_no_problems()


def test_the_writers_buttons_on_a_phone(visit, demo_site):
    writer = visit("phone")
    page = writer.page
    writer.log_in("bientap")
    writer.goto(f"{ADMIN}news/article/add/")
    page.fill("#id_title", TITLE)
    page.select_option("#id_category", label=CATEGORY)
    type_body(page, BODY)
    guide_screenshot(writer, "dien-thoai-viet-bai")
    with page.expect_navigation():
        page.locator("input[name=_continue]").last.click()
    writer.assert_page_ok()
    expect(page.locator(".messagelist .success")).to_be_visible()
    for label in WRITER_MOVES:
        assert_reachable(page, label)
    guide_screenshot(writer, "dien-thoai-nut-gui-duyet", at=page.locator(".submit-row").last)
    click_move(page, "Gửi duyệt", index=1)  # the bottom row, after the whole form
    expect_message(page, "Đã gửi bài để duyệt.")
    article = Article.objects.get(title=TITLE)
    assert article.status == Article.Status.PENDING
    writer.goto(f"{ADMIN}news/article/{article.pk}/change/")
    assert_reachable(page, "Rút lại")
    writer.assert_no_problems()


def test_the_publishers_buttons_on_a_phone(visit, demo_site):
    article = pending_article(demo_site)
    publisher = visit("phone")
    page = publisher.page
    publisher.log_in("duyetbai")
    expect(page.locator(".waiting-review")).to_contain_text("Chờ duyệt:")
    publisher.goto(f"{ADMIN}news/article/{article.pk}/change/")
    for label in PUBLISHER_MOVES:
        assert_reachable(page, label)
    guide_screenshot(publisher, "dien-thoai-duyet-bai", at=page.locator(".submit-row").last)
    click_move(page, "Xuất bản ngay", index=1)
    expect_message(page, "Đã xuất bản bài viết.")
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED and article.is_public
    publisher.goto(f"{ADMIN}news/article/{article.pk}/change/")
    assert_reachable(page, "Gỡ bài")
    publisher.assert_no_problems()


def test_desks_are_staffed_by_the_chief_editor(visit, demo_site):
    """The Tổng biên tập names a category's editors and publishers; a publisher sees them
    without changing them; the article list filters by "Chuyên mục tôi phụ trách"."""
    with_password("tongbientap")
    category = Category.objects.get(name=CATEGORY)
    change = f"{ADMIN}news/category/{category.pk}/change/"

    chief = visit("desktop")
    page = chief.page
    chief.log_in("tongbientap")
    chief.goto(change)
    desk = page.locator("fieldset", has=page.get_by_role("heading", name="Ban biên tập"))
    expect(desk).to_contain_text("Để trống: mọi biên tập viên đều viết được ở chuyên mục này.")
    page.select_option("#id_editors_from", label="bientap")
    page.locator("#id_editors_add").click()
    guide_screenshot(chief, "ban-bien-tap-chuyen-muc", at=desk)
    with page.expect_navigation():
        page.locator("input[name=_save]").last.click()
    chief.assert_page_ok()
    assert list(category.editors.values_list("username", flat=True)) == ["bientap"]
    row = page.locator("#result_list tr", has_text=CATEGORY)
    expect(row.locator(".field-desk")).to_contain_text("Viết: Nguyễn Thu Hà; duyệt: mọi người")

    publisher = visit("desktop")
    publisher.log_in("duyetbai")
    publisher.goto(change)
    expect(publisher.page.locator("#id_editors_from")).to_have_count(0)  # read-only for them
    expect(publisher.page.locator(".field-editors")).to_contain_text("bientap")
    publisher.goto(f"{ADMIN}news/article/?ban=cua-toi")
    expect(publisher.page.locator("#changelist-filter")).to_contain_text("Chuyên mục tôi phụ trách")
    guide_screenshot(publisher, "loc-chuyen-muc-toi-phu-trach")
    chief.assert_no_problems()
    publisher.assert_no_problems()
