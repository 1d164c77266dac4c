"""The main menu as readers use it: on a phone behind «Danh mục», by touch and by keyboard; on
a desktop one row of groups opening as drop-downs; and the readers' sitemap."""

import pytest
from playwright.sync_api import expect

from tests.news.factories import CategoryFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CATEGORIES = ["Tin hoạt động", "Mô hình – Điển hình", "Dân chủ – Pháp luật", "An sinh xã hội"]


@pytest.fixture
def categories():
    for order, name in enumerate(CATEGORIES):
        CategoryFactory(name=name, order=order)


def test_phone_menu_opens_behind_its_button_with_touch_and_keyboard(visit, categories):
    reader = visit("phone")
    page = reader.page
    reader.goto("/")
    toggle = page.get_by_role("button", name="Danh mục")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(page.locator("#menu-chinh")).to_be_hidden()
    nav_height = page.locator(".main-nav").bounding_box()["height"]
    assert nav_height < 60, nav_height  # five rows of links (about 200 px) before

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("link", name="Trang chủ")).to_be_focused()
    group = page.get_by_role("button", name="Mô hình điểm")
    expect(group).to_have_attribute("aria-expanded", "false")
    group.click()
    expect(group).to_have_attribute("aria-expanded", "true")
    expect(page.locator("#menu-mo-hinh").get_by_role("link", name="Đơn vị điểm")).to_be_visible()
    reader.assert_page_ok()
    reader.screenshot("menu-phone", full_page=False)

    # Escape inside a group closes it, then the menu, the focus back on each button.
    page.locator("#menu-mo-hinh").get_by_role("link", name="Đơn vị điểm").focus()
    page.keyboard.press("Escape")
    expect(group).to_have_attribute("aria-expanded", "false")
    expect(group).to_be_focused()
    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(toggle).to_be_focused()

    # By keyboard alone: Enter opens the menu, Tab reaches a group, Enter opens it.
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    khen = page.get_by_role("button", name="Khen thưởng")
    khen.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(page.locator("#menu-khen-thuong").get_by_role("link").first).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url("**/khen-thuong/")
    reader.assert_page_ok()
    reader.assert_no_problems()


def test_desktop_menu_is_one_row_of_drop_downs(visit, categories):
    reader = visit("desktop")
    page = reader.page
    reader.goto("/")
    expect(page.get_by_role("button", name="Danh mục")).to_be_hidden()
    nav_height = page.locator(".main-nav").bounding_box()["height"]
    assert nav_height < 60, nav_height  # one row (two before)
    news = page.get_by_role("button", name="Tin tức")
    news.click()
    expect(news).to_have_attribute("aria-expanded", "true")
    for name in CATEGORIES:
        expect(page.locator("#menu-tin-tuc").get_by_role("link", name=name)).to_be_visible()
    # Opening another group closes the first; a click elsewhere closes both.
    page.get_by_role("button", name="Mô hình điểm").click()
    expect(news).to_have_attribute("aria-expanded", "false")
    page.locator("footer").click()
    expect(page.get_by_role("button", name="Mô hình điểm")).to_have_attribute(
        "aria-expanded", "false"
    )
    reader.assert_no_problems()


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_readers_sitemap_lists_the_sections(visit, categories, viewport):
    reader = visit(viewport)
    page = reader.page
    reader.goto("/so-do-trang/")
    expect(page.get_by_role("heading", name="Sơ đồ trang", level=1)).to_be_visible()
    content = page.locator("main")
    for name in [*CATEGORIES, "Đơn vị điểm", "Thống kê", "Xác thực khen thưởng"]:
        expect(content.get_by_role("link", name=name, exact=True)).to_be_visible()
    reader.assert_page_ok()
    reader.assert_no_problems()
