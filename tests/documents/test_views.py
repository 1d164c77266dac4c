import datetime

import pytest
from django.urls import reverse

from tests.documents.factories import (
    DocumentFactory,
    DocumentFileFactory,
    document_type,
    issuing_body,
)
from tests.models_registry.factories import CampaignFactory
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db

LIST_URL = reverse("documents:list")


def page_of(response):
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def library():
    """A plan of 2025, a guidance of 2024 by another body, a report, and a hidden draft."""
    return {
        "plan": DocumentFactory(
            symbol="86/KH-MTTQ-BTT",
            summary="Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
            issued=datetime.date(2025, 10, 2),
        ),
        "guidance": DocumentFactory(
            symbol="12/HD-MTTQ",
            type=document_type("Hướng dẫn"),
            issuer=issuing_body("Ủy ban MTTQ Việt Nam tỉnh"),
            summary="Thực hiện cuộc vận động xây dựng nông thôn mới, đô thị văn minh",
            issued=datetime.date(2024, 3, 15),
        ),
        "report": DocumentFactory(
            symbol="215/BC-MTTQ-BTT",
            type=document_type("Báo cáo"),
            summary="Tổng kết công tác Mặt trận năm 2024",
            issued=datetime.date(2024, 12, 5),
        ),
        "draft": DocumentFactory(
            symbol="51/KH-MTTQ-BTT", summary="Dự thảo kế hoạch chưa ban hành", is_published=False
        ),
    }


def listed(response):
    return [document.symbol for document in response.context["documents"]]


def test_the_list_shows_published_documents_newest_first_with_their_details(client, library):
    DocumentFileFactory(document=library["plan"])

    response = client.get(LIST_URL)

    assert listed(response) == ["86/KH-MTTQ-BTT", "215/BC-MTTQ-BTT", "12/HD-MTTQ"]
    page = page_of(response)
    assert "Dự thảo kế hoạch" not in page
    assert "02/10/2025" in page
    assert "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh" in page
    assert reverse("documents:file", args=[library["plan"].slug, 1]).rsplit("/", 3)[0] in page
    assert "(Toàn văn, PDF, 1 KB)" in page


@pytest.mark.parametrize(
    "params,expected",
    [
        ({"type": "bao-cao"}, ["215/BC-MTTQ-BTT"]),
        ({"issuer": "uy-ban-mttq-viet-nam-tinh"}, ["12/HD-MTTQ"]),
        ({"year": "2024"}, ["215/BC-MTTQ-BTT", "12/HD-MTTQ"]),
        ({"year": "2024", "type": "huong-dan"}, ["12/HD-MTTQ"]),
    ],
)
def test_filters_by_type_issuer_and_year(client, library, params, expected):
    assert listed(client.get(LIST_URL, params)) == expected


@pytest.mark.parametrize(
    "params,message",
    [
        ({"year": "abc"}, "Năm ban hành: Không có văn bản nào ban hành năm «abc»"),
        ({"year": "1999"}, "Năm ban hành: Không có văn bản nào ban hành năm «1999»"),
        ({"type": "khong-co"}, "Loại văn bản: Không có loại văn bản này"),
        ({"issuer": "<b>x</b>"}, "Cơ quan ban hành: Không có cơ quan ban hành này"),
        ({"q": "a" * 201}, "Từ khóa: Từ khóa tìm kiếm dài quá 200 ký tự"),
        ({"q": "ke\x00hoach"}, "Từ khóa: Từ khóa có ký tự không hợp lệ"),
    ],
)
def test_a_bad_filter_value_is_reported_in_vietnamese_and_ignored(client, library, params, message):
    response = client.get(LIST_URL, params)

    page = page_of(response)
    assert message in page
    assert len(listed(response)) == 3
    assert "<b>x</b>" not in page


def test_a_page_number_past_the_end_shows_the_last_page(client, library):
    assert len(listed(client.get(LIST_URL, {"page": "99"}))) == 3
    assert len(listed(client.get(LIST_URL, {"page": "x"}))) == 3


@pytest.mark.parametrize("query", ["ke hoach", "Kế hoạch", "KẾ HOẠCH", "86/kh", "dang thanh"])
def test_search_finds_documents_with_or_without_diacritics(client, library, query):
    assert "86/KH-MTTQ-BTT" in listed(client.get(LIST_URL, {"q": query}))


def test_search_needs_every_word_and_word_beginnings(client, library):
    assert listed(client.get(LIST_URL, {"q": "nong thon do thi"})) == ["12/HD-MTTQ"]
    assert listed(client.get(LIST_URL, {"q": "oach"})) == []
    assert "Không có văn bản nào phù hợp" in page_of(client.get(LIST_URL, {"q": "oach"}))


def test_search_keeps_to_published_documents(client, library):
    assert listed(client.get(LIST_URL, {"q": "du thao"})) == []


def test_the_list_costs_a_bounded_number_of_queries(client, library, django_assert_max_num_queries):
    for n in range(15):
        document = DocumentFactory(symbol=f"{n + 300}/TB-MTTQ")
        DocumentFileFactory(document=document)
        DocumentFileFactory(document=document, title="Phụ lục")
    client.get(LIST_URL)  # the content version is read once per process and memoised

    with django_assert_max_num_queries(7):
        response = client.get(LIST_URL, {"year": "2025", "type": "ke-hoach", "q": "ngay hoi"})
    assert response.status_code == 200


def test_the_detail_shows_metadata_files_articles_and_campaigns(client, library):
    document = library["plan"]
    document.effective = datetime.date(2025, 10, 10)
    document.save()
    DocumentFileFactory(document=document)
    DocumentFileFactory(document=document, title="Phụ lục danh sách khu dân cư", order=2)
    article = ArticleFactory(title="Rộn ràng Ngày hội ở khu dân cư")
    draft = ArticleFactory(title="Bài chưa đăng", status="draft")
    document.articles.add(article, draft)
    document.campaigns.add(CampaignFactory(name="Toàn dân đoàn kết xây dựng đời sống văn hóa"))

    page = page_of(client.get(document.get_absolute_url()))

    assert "<dt>Số ký hiệu</dt><dd>86/KH-MTTQ-BTT</dd>" in page
    assert "10/10/2025" in page and "02/10/2025" in page
    assert "Đặng Thanh Giang, Chủ tịch" in page
    assert "Phụ lục danh sách khu dân cư" in page
    assert page.count(">Xem<") == 2 and page.count(">Tải về<") == 2
    assert "Rộn ràng Ngày hội ở khu dân cư" in page
    assert "Bài chưa đăng" not in page
    assert "Toàn dân đoàn kết xây dựng đời sống văn hóa" in page


def test_the_detail_costs_a_bounded_number_of_queries(
    client, library, django_assert_max_num_queries
):
    document = library["plan"]
    for n in range(5):
        DocumentFileFactory(document=document, title=f"Phụ lục {n}")
        document.articles.add(ArticleFactory())
        document.campaigns.add(CampaignFactory())
    client.get(LIST_URL)

    with django_assert_max_num_queries(5):
        response = client.get(document.get_absolute_url())
    assert response.status_code == 200


def test_an_unpublished_document_and_its_files_are_not_found(client, library):
    draft = library["draft"]
    document_file = DocumentFileFactory(document=draft)

    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(document_file.get_absolute_url()).status_code == 404
    assert client.get(document_file.get_download_url()).status_code == 404


def test_a_file_is_found_only_under_its_own_document(client, library):
    document_file = DocumentFileFactory(document=library["plan"])
    url = reverse("documents:file", args=[library["report"].slug, document_file.pk])

    assert client.get(url).status_code == 404


def test_the_pdf_is_served_inline_as_a_pdf_without_sniffing(client, library):
    document_file = DocumentFileFactory(document=library["plan"])

    response = client.get(document_file.get_absolute_url())

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (f'inline; filename="{library["plan"].slug}.pdf"')
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "object-src 'self'" in response["Content-Security-Policy"]
    assert "script-src" not in response["Content-Security-Policy"]
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_the_download_link_serves_the_file_as_an_attachment(client, library):
    document_file = DocumentFileFactory(document=library["plan"], title="Phụ lục")

    response = client.get(document_file.get_download_url())

    assert response["Content-Disposition"] == (
        f'attachment; filename="{library["plan"].slug}-phu-luc.pdf"'
    )
    assert response["Content-Security-Policy"].startswith("sandbox;")
    assert client.post(document_file.get_download_url()).status_code == 405


def test_the_feed_lists_published_documents(client, library):
    response = client.get(reverse("documents:rss"))

    assert response.status_code == 200
    feed = response.content.decode()
    assert "Kế hoạch số 86/KH-MTTQ-BTT: Tổ chức Ngày hội" in feed
    assert library["plan"].get_absolute_url() in feed
    assert "51/KH-MTTQ-BTT" not in feed


def test_the_sitemap_lists_published_documents(client, library):
    sitemap = page_of(client.get("/sitemap.xml?section=documents"))
    if "<sitemapindex" in sitemap:
        sitemap = page_of(
            client.get(reverse("django.contrib.sitemaps.views.sitemap", args=["documents"]))
        )

    assert library["plan"].get_absolute_url() in sitemap
    assert library["draft"].get_absolute_url() not in sitemap


def test_hostile_text_is_rendered_as_text(client):
    document = DocumentFactory(
        summary='<script>alert("x")</script> Kế hoạch', signer="<img src=x onerror=alert(1)>"
    )

    page = page_of(client.get(document.get_absolute_url()))
    listing = page_of(client.get(LIST_URL))

    for html in (page, listing):
        assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Kế hoạch" in page


def test_the_site_search_lists_documents(client, library):
    page = page_of(client.get(reverse("search"), {"q": "ngay hoi dai doan ket"}))

    assert 'id="kq-van-ban"' in page
    assert library["plan"].get_absolute_url() in page


def test_a_document_saved_in_the_admin_retires_the_cached_list(
    client, admin_client, library, django_capture_on_commit_callbacks
):
    first = page_of(client.get(LIST_URL))
    assert "Thông báo tháng cao điểm" not in first
    assert "Thông báo tháng cao điểm" not in page_of(client.get(LIST_URL))  # from the cache
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:documents_document_change", args=[library["draft"].pk]),
            {
                "symbol": "51/KH-MTTQ-BTT",
                "type": document_type().pk,
                "issuer": issuing_body().pk,
                "summary": "Thông báo tháng cao điểm",
                "issued": "20/11/2025",
                "is_published": "on",
                "slug": library["draft"].slug,
                "files-TOTAL_FORMS": "0",
                "files-INITIAL_FORMS": "0",
            },
        )
    assert response.status_code == 302, response.context["adminform"].form.errors

    assert "Thông báo tháng cao điểm" in page_of(client.get(LIST_URL))
