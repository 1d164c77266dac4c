"""The newsroom in the admin: an editor writes an article with a photo in CKEditor 5 and sends
it for review; a publisher publishes an article under review and finds it on the home page."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone
from PIL import Image, ImageDraw
from PIL.PngImagePlugin import PngInfo
from playwright.sync_api import expect

from news.models import Article, Category, StatusChange

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ADMIN = f"/{settings.ADMIN_URL}"
TITLE = "Hội nghị sơ kết mô hình “Tổ tự quản an ninh trật tự” ở xã Hưng Hội"
# What the server names an editor's upload: uploads/<year>/<month>/<uuid>.<extension>.
STORED_UPLOAD = re.compile(r'<img src="/media/(uploads/\d{4}/\d{2}/[0-9a-f]{32}\.png)"')


def photo(path):
    """Write a real PNG to `path`, with a text chunk (metadata) the server must drop."""
    image = Image.new("RGB", (800, 450), (179, 20, 28))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 300, 800, 370), fill=(16, 44, 86))
    draw.ellipse((650, 40, 750, 140), fill=(255, 205, 0))
    metadata = PngInfo()
    metadata.add_text("Comment", "máy ảnh của phóng viên, tọa độ 9.0, 105.0")
    image.save(path, format="PNG", pnginfo=metadata)
    return path


def test_editor_writes_an_article_with_a_photo_and_sends_it_for_review(visit, demo_site, tmp_path):
    editor = visit("desktop")
    page = editor.page
    editor.log_in("bientap")
    category = Category.objects.get(name="Tin hoạt động")

    editor.goto(f"{ADMIN}news/article/add/")
    page.fill("#id_title", TITLE)
    page.select_option("#id_category", label=category.name)
    page.fill(
        "#id_summary",
        "Sau một năm ra mắt, tổ tự quản đã hòa giải thành 14 vụ việc, khu dân cư không có "
        "tội phạm mới.",
    )
    body = page.locator(".ck-editor__editable")
    expect(body).to_be_visible()
    body.click()
    page.keyboard.type("Sáng 24/04/2020, Ban Thường trực Ủy ban MTTQ xã Hưng Hội sơ kết mô hình.")
    page.keyboard.press("Enter")

    page.set_input_files(".ck-toolbar input[type=file]", str(photo(tmp_path / "hoi-nghi.png")))
    uploaded = body.locator("img[src^='/media/uploads/']")
    expect(uploaded).to_have_count(1)
    expect(uploaded).to_have_js_property("complete", True)
    body.locator("p").first.click()  # away from the photo: its toolbar would hide the text
    page.evaluate("() => window.scrollTo(0, 0)")
    editor.screenshot("admin-article-editor")

    with page.expect_navigation():
        page.locator("button[name=_move][value=submit]").last.click()
    editor.assert_page_ok()
    expect(page.locator(".messagelist")).to_contain_text(TITLE)

    article = Article.objects.get(title=TITLE)
    assert article.status == Article.Status.PENDING
    assert article.author == demo_site["bientap"]
    assert article.category == category
    assert "Ban Thường trực Ủy ban MTTQ xã Hưng Hội" in article.body
    move = StatusChange.objects.get(article=article)
    assert (move.from_status, move.to_status) == ("draft", "pending")
    stored = STORED_UPLOAD.search(article.body)
    assert stored, f"no uploaded image stored under a server-chosen name in {article.body!r}"
    with Image.open(Path(settings.MEDIA_ROOT) / stored[1]) as saved:
        assert saved.format == "PNG"
        assert saved.size == (800, 450)
        assert "Comment" not in saved.info  # re-encoded: the metadata is gone
    editor.assert_no_problems()


def test_publisher_publishes_an_article_under_review_and_finds_it_on_the_home_page(
    visit, demo_site
):
    article = Article.objects.create(
        title=TITLE,
        summary="Tổ tự quản đã hòa giải thành 14 vụ việc trong năm đầu ra mắt.",
        body="<p>Sáng 24/04/2020, Ban Thường trực Ủy ban MTTQ xã Hưng Hội sơ kết mô hình.</p>",
        category=Category.objects.get(name="Tin hoạt động"),
        author=demo_site["bientap"],
        status=Article.Status.PENDING,
    )
    publisher = visit("desktop")
    page = publisher.page
    publisher.log_in("duyetbai")

    publisher.goto(f"{ADMIN}news/article/?trang_thai=pending")
    row = page.locator("#result_list tbody tr", has_text=TITLE)
    expect(row).to_have_count(1)
    row.locator("input.action-select").check()
    page.select_option("select[name=action]", "publish")
    with page.expect_navigation():
        page.locator("button[name=index]").click()
    publisher.assert_page_ok()
    expect(page.locator(".messagelist")).to_contain_text("Đã xuất bản 1 bài viết")
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert article.published_at <= timezone.now()
    publisher.screenshot("admin-article-list", full_page=False)

    publisher.goto("/")
    link = page.get_by_role("link", name=TITLE).first
    expect(link).to_be_visible()
    with page.expect_navigation():
        link.click()
    publisher.assert_page_ok()
    expect(page.locator("h1")).to_have_text(TITLE)
    expect(page.locator(".preview-banner")).to_have_count(0)
    publisher.assert_no_problems()
