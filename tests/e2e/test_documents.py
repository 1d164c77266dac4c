"""The document library as readers see it, at 360 and 1280 px: the list with a filter and a
search, a document's page, and its PDF opened in the browser."""

import pytest
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from documents.models import Document
from models_registry.models import Campaign
from mttq_portal.demo import content
from mttq_portal.demo.documents import load_documents
from mttq_portal.demo.loader import DemoReport, _load_named
from tests.e2e.conftest import SCREENSHOTS

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def shrink(name):
    """Store the screenshot `name` with a palette of 256 colours: a long phone page is
    otherwise heavier than the README needs."""
    path = SCREENSHOTS / f"{name}.png"
    with Image.open(path) as shot:
        small = shot.convert("RGB").quantize(256)
    small.save(path, optimize=True)


@pytest.fixture
def library():
    """The demo's documents, each with its PDF, linked to the demo's campaigns."""
    _load_named(Campaign, content.registry()["campaigns"], report=DemoReport())
    load_documents(report=DemoReport(), now=timezone.now())
    return Document.objects.get(symbol="86/KH-MTTQ-BTT")


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_the_list_filters_and_searches_and_fits_the_screen(visit, library, viewport):
    reader = visit(viewport)
    page = reader.page
    reader.goto("/van-ban/")
    expect(page.get_by_role("heading", name="Văn bản", level=1)).to_be_visible()
    expect(page.locator(".document-card")).to_have_count(10)
    reader.assert_accessible()
    if viewport == "phone":
        reader.screenshot("documents-list-phone")
        shrink("documents-list-phone")

    page.locator("main").get_by_label("Loại văn bản").select_option(label="Kế hoạch")
    with page.expect_navigation():
        page.get_by_role("button", name="Tìm", exact=True).click()
    reader.assert_page_ok()
    expect(page.locator(".document-card")).to_have_count(3)

    page.locator("main").get_by_label("Từ khóa").fill("ngay hoi dai doan ket")
    with page.expect_navigation():
        page.get_by_role("button", name="Tìm", exact=True).click()
    reader.assert_page_ok()
    expect(page.locator(".document-card")).to_have_count(1)
    expect(page.get_by_role("link", name=library.summary)).to_be_visible()
    reader.assert_accessible()

    reader.goto("/van-ban/?year=abc")
    expect(page.get_by_role("alert")).to_contain_text("Không có văn bản nào ban hành năm «abc»")
    reader.assert_accessible()


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_a_document_page_shows_its_facts_and_opens_its_pdf(visit, library, viewport):
    reader = visit(viewport)
    page = reader.page
    reader.goto(library.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text(library.summary)
    facts = page.locator("dl.document__facts")
    expect(facts).to_contain_text("86/KH-MTTQ-BTT")
    expect(facts).to_contain_text("02/10/2025")
    expect(
        page.get_by_role("link", name="Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư")
    ).to_be_visible()
    reader.assert_accessible()
    if viewport == "desktop":
        reader.screenshot("documents-detail-desktop")
        shrink("documents-detail-desktop")

    view = page.get_by_role("link", name="Xem toàn văn (PDF, mở trong trình duyệt)")
    href = view.get_attribute("href")
    response = page.request.get(reader.url(href))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith("inline;")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.body().startswith(b"%PDF-")
