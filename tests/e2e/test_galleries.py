"""An album as readers see it, at 360 and 1280 px, and its viewer by mouse and keyboard."""

import pytest
from django.core.files.base import ContentFile
from PIL import Image
from playwright.sync_api import expect

from galleries.services import photos_add, photos_prepare
from mttq_portal.demo.galleries import _picture
from tests.e2e.conftest import SCREENSHOTS
from tests.galleries.factories import AlbumFactory
from tests.news.factories import ArticleFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CAPTIONS = [
    "Minh họa: Lễ chào cờ mở đầu Ngày hội tại sân văn hóa ấp",
    "Minh họa: Trưởng ban công tác Mặt trận ấp báo cáo kết quả cuộc vận động",
    "Minh họa: Biểu dương các gia đình văn hóa tiêu biểu",
    "Minh họa: Tiết mục văn nghệ của các chi hội",
    "Minh họa: Trò chơi kéo co giữa các tổ nhân dân tự quản",
    "Minh họa: Bữa cơm đoàn kết sau phần lễ",
]


def shrink(name):
    """Store the screenshot `name` with a palette of 256 colours: the photos' JPEG noise made
    the PNG twice as heavy, for nothing a reader of the README would see."""
    path = SCREENSHOTS / f"{name}.png"
    with Image.open(path) as shot:
        small = shot.convert("RGB").quantize(256)
    small.save(path, optimize=True)


@pytest.fixture
def album():
    album = AlbumFactory(
        title="Ngày hội Đại đoàn kết toàn dân tộc ở ấp Thạnh Hòa",
        taken_on="2025-11-16",
        place="Ấp Thạnh Hòa, xã An Thạnh",
        description="Phần lễ ôn truyền thống Mặt trận và phần hội với trò chơi dân gian.",
    )
    scenes = ["festival", "house", "conference"]
    uploads = [
        ContentFile(_picture(scenes[n % 3], seed=n), name=f"anh-{n}.jpg")
        for n in range(len(CAPTIONS))
    ]
    photos_add(album=album, prepared=photos_prepare(uploads), captions=CAPTIONS)
    album.articles.add(ArticleFactory(title="Rộn ràng Ngày hội Đại đoàn kết ở khu dân cư"))
    AlbumFactory(title="Trao nhà Đại đoàn kết cho hộ nghèo")
    return album


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_album_list_and_page_fit_the_screen_and_pass_axe(visit, album, viewport):
    reader = visit(viewport)
    reader.goto("/thu-vien-anh/")
    expect(reader.page.get_by_text("6 ảnh")).to_be_visible()
    reader.assert_accessible()

    reader.page.get_by_role("link", name=album.title).click()
    reader.page.wait_for_url(f"**{album.get_absolute_url()}")
    reader.assert_page_ok()
    expect(reader.page.locator("figure.photo figcaption")).to_have_count(len(CAPTIONS))
    expect(reader.page.get_by_role("link", name="Rộn ràng Ngày hội")).to_be_visible()
    reader.assert_accessible()
    if viewport == "phone":
        reader.screenshot("galleries-album-phone")
        shrink("galleries-album-phone")


def test_viewer_opens_on_click_goes_on_with_arrows_and_gives_focus_back(visit, album):
    reader = visit("desktop")
    page = reader.page
    reader.goto(album.get_absolute_url())
    dialog = page.locator("dialog.viewer")
    expect(dialog).to_be_hidden()

    first = page.locator("[data-gallery-item]").first
    first.click()
    expect(dialog).to_be_visible()
    expect(dialog.get_by_text("Ảnh 1/6")).to_be_visible()
    expect(dialog.locator("[data-viewer-caption]")).to_have_text(CAPTIONS[0])
    for name in ("Ảnh trước", "Ảnh sau", "Đóng"):
        box = dialog.get_by_role("button", name=name).bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, (name, box)

    page.keyboard.press("ArrowRight")
    expect(dialog.get_by_text("Ảnh 2/6")).to_be_visible()
    expect(dialog.locator("[data-viewer-caption]")).to_have_text(CAPTIONS[1])
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    expect(dialog.get_by_text("Ảnh 6/6")).to_be_visible()
    dialog.get_by_role("button", name="Ảnh sau").click()
    expect(dialog.get_by_text("Ảnh 1/6")).to_be_visible()
    page.keyboard.press("ArrowRight")

    # Tab stays on the dialog's buttons.
    for _ in range(4):
        page.keyboard.press("Tab")
        assert page.evaluate("() => !!document.activeElement.closest('dialog')")
    page.wait_for_function(
        "() => { const i = document.querySelector('[data-viewer-image]');"
        " return i.complete && i.naturalWidth > 0; }"
    )
    reader.assert_accessible()
    reader.screenshot("galleries-viewer-desktop", full_page=False)
    shrink("galleries-viewer-desktop")

    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(first).to_be_focused()

    # By keyboard alone: Enter on a thumbnail opens it, «Đóng» closes it.
    page.locator("[data-gallery-item]").nth(2).focus()
    page.keyboard.press("Enter")
    expect(dialog.get_by_text("Ảnh 3/6")).to_be_visible()
    dialog.get_by_role("button", name="Đóng").click()
    expect(page.locator("[data-gallery-item]").nth(2)).to_be_focused()
    reader.assert_no_problems()


def test_without_scripts_a_thumbnail_opens_its_image(browser, live_server, album, settings):
    settings.ROOT_URLCONF = "tests.e2e.urls"
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    page = context.new_page()
    page.goto(album.get_absolute_url())
    href = page.locator("[data-gallery-item]").first.get_attribute("href")
    response = page.goto(href)
    assert response.status == 200 and response.headers["content-type"] == "image/jpeg"
    context.close()
