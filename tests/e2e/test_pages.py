"""The introduction pages (/gioi-thieu/) as readers see them at 360 and 1280 px: the overview,
the leaders and the contacts, with no accessibility violation and nothing wider than a phone."""

import pytest
from PIL import Image
from playwright.sync_api import expect

from mttq_portal.demo.loader import DemoReport
from mttq_portal.demo.pages import load_pages
from tests.e2e.conftest import SCREENSHOTS

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SIZE_LIMIT = 200_000  # bytes: the README shows the screenshots


@pytest.fixture
def about(settings):
    settings.SITE_ADDRESS = "Số 12 đường Hùng Vương, phường Trung Tâm, tỉnh"
    settings.SITE_PHONE = "0123 4567 800"
    settings.SITE_EMAIL = "mttq@mttq.example.vn"
    load_pages(report=DemoReport(), now=None)


def shrink(name):
    """Store the screenshot `name` with a palette of 256 colours, light enough for the README."""
    path = SCREENSHOTS / f"{name}.png"
    with Image.open(path) as shot:
        small = shot.convert("RGB").quantize(256)
    small.save(path, optimize=True)
    assert path.stat().st_size < SIZE_LIMIT, path


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_overview_leaders_and_contact_pages_read_well(visit, about, viewport):
    reader = visit(viewport)
    page = reader.page

    reader.goto("/gioi-thieu/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Giới thiệu")
    expect(page.get_by_role("link", name="Ban Thường trực")).to_be_visible()
    reader.assert_accessible()

    page.get_by_role("link", name="Lãnh đạo", exact=True).first.click()
    page.wait_for_url("**/gioi-thieu/lanh-dao/")
    reader.assert_page_ok()
    expect(page.get_by_role("heading", name="Lê Minh Tuấn")).to_be_visible()
    portrait = "Ảnh minh họa: hình người thay cho ảnh chân dung Lê Minh Tuấn"
    expect(page.get_by_role("img", name=portrait)).to_be_visible()
    expect(page.locator(".about-tree [aria-current=page]")).to_have_text("Lãnh đạo")
    reader.assert_accessible()
    if viewport == "phone":
        reader.screenshot("pages-leaders-phone")
        shrink("pages-leaders-phone")

    reader.goto("/gioi-thieu/lien-he/")
    expect(page.get_by_role("link", name="0123 4567 801")).to_have_attribute(
        "href", "tel:+841234567801"
    )
    expect(page.get_by_role("link", name="vanphong@mttq.example.vn")).to_have_attribute(
        "href", "mailto:vanphong@mttq.example.vn"
    )
    expect(page.locator(".contact__facts")).to_contain_text("Số 12 đường Hùng Vương")
    reader.assert_accessible()
    if viewport == "desktop":
        reader.screenshot("pages-contact-desktop")
        shrink("pages-contact-desktop")

    reader.goto("/gioi-thieu/cac-ban-chuyen-mon/")
    breadcrumbs = page.locator(".breadcrumbs")
    expect(breadcrumbs).to_contain_text("Trang chủ")
    expect(breadcrumbs.get_by_role("link", name="Cơ cấu tổ chức")).to_be_visible()
    reader.assert_accessible()
