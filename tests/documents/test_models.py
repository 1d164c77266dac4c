import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from documents.models import Document, DocumentFile, DocumentType, IssuingBody
from tests.awards.pdfs import minimal_pdf
from tests.documents.factories import DocumentFactory, document_type, issuing_body

pytestmark = pytest.mark.django_db


def test_the_usual_types_and_issuing_bodies_are_seeded_in_order():
    assert list(DocumentType.objects.values_list("name", flat=True)[:4]) == [
        "Nghị quyết",
        "Chỉ thị",
        "Quyết định",
        "Kế hoạch",
    ]
    assert DocumentType.objects.get(slug="bao-cao").name == "Báo cáo"
    assert IssuingBody.objects.filter(name="Ủy ban MTTQ Việt Nam tỉnh").exists()
    assert IssuingBody.objects.filter(name="Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam").exists()


def test_slug_comes_from_symbol_and_summary_and_stays_unique():
    first = DocumentFactory(symbol="15/KH-MTTQ-BTT", summary="Giám sát bảo hiểm y tế")
    second = DocumentFactory(
        symbol="15/KH-MTTQ-BTT",
        summary="Giám sát bảo hiểm y tế",
        issuer=issuing_body("Ủy ban MTTQ Việt Nam tỉnh"),
    )

    assert first.slug == "15-kh-mttq-btt-giam-sat-bao-hiem-y-te"
    assert second.slug == f"{first.slug}-2"
    assert first.get_absolute_url() == f"/van-ban/{first.slug}/"


def test_number_is_taken_from_the_symbol_when_left_empty():
    assert DocumentFactory(symbol="123/KH-MTTQ-BTT").number == 123
    assert DocumentFactory(symbol="KH-MTTQ", number=None).number is None
    assert DocumentFactory(symbol="7/TB-MTTQ", number=8).number == 8


def test_effective_date_before_issued_is_refused_in_vietnamese():
    document = DocumentFactory.build(
        issued=datetime.date(2025, 5, 10), effective=datetime.date(2025, 5, 9)
    )

    with pytest.raises(ValidationError) as raised:
        document.full_clean()

    assert raised.value.message_dict["effective"] == [
        "Ngày hiệu lực không được trước ngày ban hành."
    ]


def test_effective_date_on_the_day_issued_is_accepted():
    document = DocumentFactory.build(
        issued=datetime.date(2025, 5, 10), effective=datetime.date(2025, 5, 10)
    )
    document.full_clean()


def test_the_same_symbol_of_one_issuer_is_refused_however_it_is_typed():
    existing = DocumentFactory(symbol="15/KH-MTTQ-BTT")
    again = DocumentFactory.build(symbol=" 15/kh-mttq-btt", issuer=existing.issuer)

    with pytest.raises(ValidationError) as raised:
        again.full_clean()

    (message,) = raised.value.message_dict["symbol"]
    assert message.startswith("Cơ quan ban hành này đã có văn bản mang số ký hiệu này")
    assert f"(mã {existing.pk})" in message


def test_the_same_symbol_of_another_issuer_is_accepted():
    DocumentFactory(symbol="15/KH-MTTQ-BTT")
    DocumentFactory.build(
        symbol="15/KH-MTTQ-BTT", issuer=issuing_body("Ủy ban MTTQ Việt Nam tỉnh")
    ).full_clean()


def test_text_is_stored_cleaned_and_searchable():
    document = DocumentFactory(
        symbol="15/KH\u200b-MTTQ\x00-BTT",
        summary="Kế hoạch\tgiám sát\r\nbảo hiểm y tế",
        signer="Đặng\u202e Thanh Giang",
    )
    document.refresh_from_db()

    assert document.symbol == "15/KH-MTTQ-BTT"
    assert document.summary == "Kế hoạch giám sát bảo hiểm y tế"  # CRLF: one space
    assert document.signer == "Đặng Thanh Giang"
    assert " ke " in document.search_text and " giang " in document.search_text


def test_published_and_for_article():
    from tests.news.factories import ArticleFactory

    article = ArticleFactory()
    linked = DocumentFactory()
    hidden = DocumentFactory(is_published=False)
    DocumentFactory()
    linked.articles.add(article)
    hidden.articles.add(article)

    assert set(Document.objects.published()) == set(Document.objects.exclude(pk=hidden.pk))
    assert list(Document.objects.for_article(article)) == [linked]


def test_a_pdf_file_is_accepted_and_its_kind_and_size_shown():
    document = DocumentFactory()
    document_file = DocumentFile(
        document=document, file=SimpleUploadedFile("Kế hoạch.pdf", minimal_pdf(padding=3000))
    )
    document_file.full_clean()
    document_file.save()

    assert document_file.kind_label == "PDF"
    assert document_file.size_display == "4 KB"
    assert document_file.label == "Toàn văn"
    assert document_file.file.name.endswith("/ke-hoach.pdf")


def test_a_fake_pdf_holding_html_is_refused_with_the_vietnamese_message():
    fake = b"%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n"
    document_file = DocumentFile(
        document=DocumentFactory(), file=SimpleUploadedFile("ke-hoach.pdf", fake)
    )

    with pytest.raises(ValidationError) as raised:
        document_file.full_clean()

    (message,) = raised.value.message_dict["file"]
    assert "không phải là một tệp PDF hợp lệ" in message


def test_a_program_renamed_as_a_document_is_refused():
    document_file = DocumentFile(
        document=DocumentFactory(), file=SimpleUploadedFile("chuong-trinh.exe", b"MZ\x90\x00")
    )

    with pytest.raises(ValidationError) as raised:
        document_file.full_clean()

    assert "không thuộc loại được nhận" in raised.value.message_dict["file"][0]


def test_type_names_are_one_per_name():
    with pytest.raises(ValidationError) as raised:
        DocumentType(name="kế hoạch").full_clean()
    assert "Đã có loại văn bản «Kế hoạch»" in raised.value.message_dict["name"][0]
    assert document_type("Kế hoạch").slug == "ke-hoach"
