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


# Every layout shift the page makes by itself, summed (Cumulative Layout Shift).
LAYOUT_SHIFTS_JS = """
window.layoutShift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.layoutShift += entry.value;
  }
}).observe({type: "layout-shift", buffered: true});
"""


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_the_menu_is_drawn_as_it_stays_so_nothing_moves(visit, demo_site, viewport):
    # Drawn open and then collapsed by its script, the menu pushed every page up: 0.75 on a
    # phone. 0.1 is what Core Web Vitals call good.
    reader = visit(viewport)
    reader.page.add_init_script(LAYOUT_SHIFTS_JS)
    for path in ("/", "/mo-hinh/", "/thu-vien-anh/"):
        reader.goto(path)
        reader.page.wait_for_load_state("networkidle")
        shift = reader.page.evaluate("() => window.layoutShift")
        assert shift < 0.1, f"{path} moved by {shift:.3f} while loading on a {viewport}"


def test_without_scripts_every_link_of_the_menu_shows(browser, live_server, categories):
    context = browser.new_context(
        java_script_enabled=False, base_url=live_server.url, viewport={"width": 360, "height": 740}
    )
    try:
        page = context.new_page()
        page.goto("/")
        nav = page.get_by_role("navigation", name="Điều hướng chính")
        expect(nav.get_by_role("link", name="Đơn vị điểm")).to_be_visible()
        expect(nav.get_by_role("link", name=CATEGORIES[0])).to_be_visible()
        expect(nav.locator(".main-nav__toggle")).to_be_hidden()
    finally:
        context.close()
