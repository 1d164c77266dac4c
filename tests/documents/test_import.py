"""Excel and CSV import of documents: preview, Vietnamese errors per row, all or nothing."""

import datetime

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from documents.models import Document
from tests.documents.factories import DocumentFactory
from tests.models_registry.conftest import upload

pytestmark = pytest.mark.django_db

IMPORT_URL = reverse("admin:documents_document_import")
CONFIRM_URL = reverse("admin:documents_document_process_import")
EXPORT_URL = reverse("admin:documents_document_export")
HEADER = (
    "Số ký hiệu",
    "Loại văn bản",
    "Cơ quan ban hành",
    "Người ký",
    "Chức vụ người ký",
    "Ngày ban hành",
    "Ngày hiệu lực",
    "Trích yếu",
    "Công khai",
)


def row(symbol, *, kind="Kế hoạch", issued="02/10/2025", effective="", published="Có"):
    return (
        symbol,
        kind,
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
        "Đặng Thanh Giang",
        "Chủ tịch",
        issued,
        effective,
        f"Trích yếu của văn bản {symbol}",
        published,
    )


@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_a_good_file_is_previewed_then_written_on_confirm(officer_client, file_format):
    rows = [HEADER, row("86/KH-MTTQ-BTT"), row("12/HD-MTTQ-BTT", kind="hướng dẫn", published="")]

    preview = officer_client.post(IMPORT_URL, upload(rows, file_format))

    assert Document.objects.count() == 0
    assert "Xác nhận nhập" in preview.content.decode()
    confirmed = officer_client.post(CONFIRM_URL, preview.context["confirm_form"].initial)
    assert confirmed.status_code == 302
    plan, guidance = Document.objects.order_by("symbol").reverse()
    assert (plan.symbol, plan.number, plan.issued) == (
        "86/KH-MTTQ-BTT",
        86,
        datetime.date(2025, 10, 2),
    )
    assert plan.is_published and not guidance.is_published
    assert guidance.type.name == "Hướng dẫn"
    assert plan.slug.startswith("86-kh-mttq-btt-trich-yeu")
    assert " giang " in plan.search_text


@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_a_file_with_one_bad_row_changes_nothing_and_says_why(officer_client, file_format):
    rows = [
        HEADER,
        row("86/KH-MTTQ-BTT"),
        row("87/KH-MTTQ-BTT", kind="Tờ rơi"),
        row("88/KH-MTTQ-BTT", issued="31/02/2025"),
        row("89/KH-MTTQ-BTT", issued="10/05/2025", effective="09/05/2025"),
        (*row("90/KH-MTTQ-BTT")[:7], "", "Có"),
    ]

    response = officer_client.post(IMPORT_URL, upload(rows, file_format))

    assert Document.objects.count() == 0
    assert "confirm_form" not in response.context
    page = response.content.decode()
    assert "Dòng 3, cột «Loại văn bản»: không có loại văn bản «Tờ rơi»" in page
    assert "Dòng 4, cột «Ngày ban hành»: «31/02/2025» không phải là ngày hợp lệ" in page
    assert "Dòng 5, cột «Ngày hiệu lực»: Ngày hiệu lực không được trước ngày ban hành." in page
    assert "Dòng 6, cột «Trích yếu»: Trường này không được để trống." in page


def test_the_issue_date_column_may_carry_its_format_in_its_header(officer_client):
    header = (*HEADER[:5], "ngày ban hành (dd/mm/yyyy)", *HEADER[6:])

    preview = officer_client.post(IMPORT_URL, upload([header, row("86/KH-MTTQ-BTT")], "xlsx"))
    officer_client.post(CONFIRM_URL, preview.context["confirm_form"].initial)

    assert Document.objects.get().issued == datetime.date(2025, 10, 2)


def test_a_row_naming_a_stored_document_updates_it(officer_client):
    stored = DocumentFactory(symbol="86/KH-MTTQ-BTT", summary="Cũ")
    rows = [HEADER, row("86/kh-mttq-btt")]

    preview = officer_client.post(IMPORT_URL, upload(rows, "csv"))
    officer_client.post(CONFIRM_URL, preview.context["confirm_form"].initial)

    stored.refresh_from_db()
    assert Document.objects.count() == 1
    assert stored.summary == "Trích yếu của văn bản 86/kh-mttq-btt"


def test_a_file_without_the_required_columns_is_refused(officer_client):
    response = officer_client.post(IMPORT_URL, upload([("Số ký hiệu",), ("1/KH",)], "csv"))

    page = response.content.decode()
    assert "Tệp thiếu cột «Loại văn bản», «Cơ quan ban hành», «Ngày ban hành»" in page


def test_an_editor_may_not_import(client, editor):
    client.force_login(editor)

    assert client.get(IMPORT_URL).status_code == 403


def test_the_export_is_formula_safe_with_vietnamese_columns(officer_client):
    DocumentFactory(symbol="=HYPERLINK(1)", summary="+Trích yếu")

    response = officer_client.post(
        EXPORT_URL,
        {
            "format": "0",
            "resource": "0",
            **{
                f"documentresource_{f}": "on"
                for f in ("symbol", "type", "issuer", "issued", "summary")
            },
        },
    )

    assert response.status_code == 200
    from io import BytesIO

    sheet = load_workbook(BytesIO(response.content)).active
    values = [[cell.value for cell in line] for line in sheet.iter_rows()]
    assert values[0][0] == "Số ký hiệu"
    assert values[1][0] == "'=HYPERLINK(1)"
