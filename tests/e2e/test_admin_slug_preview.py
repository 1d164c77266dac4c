"""The admin's live slug preview (static/js/admin-slug.js) gives exactly the slug the server
makes (mttq_portal.text.vietnamese_slugify): Django's URLify, which it replaces, drops most
Vietnamese letters, writes "Đ" as "Dj" and joins "18/11" into "1811"."""

import pytest
from django.conf import settings
from playwright.sync_api import expect

from mttq_portal.text import vietnamese_slugify
from tests.e2e.conftest import PASSWORD
from tests.news.factories import CategoryFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ADMIN = f"/{settings.ADMIN_URL}"
TITLES = [
    "Kỷ niệm ngày thành lập Mặt trận Tổ quốc Việt Nam 18/11",
    "Giai đoạn 2011–2015",
    "\u00d0ặng Văn Ân",
    "Đặng Thị Ánh Tuyết",
    "Ng\u200buyễn  Thị   Hoà",
    "Quyết định số 12/QĐ-MTTQ",
    "«Ngày hội» Đại đoàn kết – 2024",
    "A_b c",
    "Thuỷ lợi, thủy sản và “nông thôn mới”",
    "Xã Hưng Hội (huyện Vĩnh Hưng cũ)",
    "Hoa\u0300 Bi\u0300nh",  # decomposed, as macOS and some converters give it
    "  – Tin vắn –  ",
    # What a title pasted from Word or a web page may hold.
    "Hội nghị… • ① ™ ½ №5",
    "Khoảng\u00a0trắng\u2009hẹp\u202fvà\ttab\nxuống dòng",
    "\ufb01 ligature \uff21\uff11 ²",
    "Chữ ẞ ß æ ø Œ",
    "",
]
LENGTHS = [255, 50, 20, 12, 5, 1]


@pytest.fixture
def admin_page(visit):
    """A superuser's tab on the admin's new article page."""
    UserFactory(username="quantri", is_staff=True, is_superuser=True, password=PASSWORD)
    CategoryFactory(name="Tin hoạt động")
    visitor = visit("desktop")
    visitor.log_in("quantri")
    visitor.goto(f"{ADMIN}news/article/add/")
    return visitor


def test_slug_preview_is_the_servers_slug(admin_page):
    page = admin_page.page
    cases = [(title, length) for title in TITLES for length in LENGTHS]

    previews = page.evaluate(
        "cases => cases.map(([title, length]) => window.URLify(title, length))", cases
    )

    expected = [vietnamese_slugify(title, max_length=length) for title, length in cases]
    mismatches = [
        (title, length, preview, wanted)
        for (title, length), preview, wanted in zip(cases, previews, expected, strict=True)
        if preview != wanted
    ]
    assert not mismatches, mismatches
    admin_page.assert_no_problems()


def test_typing_a_title_fills_the_slug_as_the_server_would(admin_page):
    page = admin_page.page
    title = "Kỷ niệm ngày thành lập Mặt trận Tổ quốc Việt Nam 18/11 – Đặng Văn Ân"

    page.locator("#id_title").press_sequentially(title)

    expect(page.locator("#id_slug")).to_have_value(vietnamese_slugify(title, max_length=255))
    assert page.locator("#id_slug").input_value() == (
        "ky-niem-ngay-thanh-lap-mat-tran-to-quoc-viet-nam-18-11-dang-van-an"
    )
    admin_page.assert_no_problems()
