import io

import openpyxl
import pytest
from django.contrib.admin.models import LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from awards.models import Commendation
from tests.awards.factories import AwardDecisionFactory, CommendationFactory
from tests.models_registry.factories import ModelProgramFactory

pytestmark = pytest.mark.django_db

HEADERS = [
    "Đối tượng",
    "Tên tập thể, cá nhân",
    "Chức vụ",
    "Đơn vị công tác",
    "Danh hiệu, hình thức khen thưởng",
    "Thành tích",
    "Đơn vị điểm",
    "Mô hình điểm",
]
GOOD_ROWS = [
    [
        "Tập thể",
        "Ban công tác Mặt trận khu dân cư số 3",
        "",
        "Xã Đông Hưng",
        "Cờ thi đua",
        "",
        "",
        "",
    ],
    ["Cá nhân", "Nguyễn Thị Lan", "Trưởng ban", "Khu dân cư số 3", "Bằng khen", "", "", ""],
    ["cá nhân", "Trần Văn Bình", "Tổ trưởng", "Khu dân cư số 5", "giấy khen", "", "", ""],
]


def xlsx(rows, headers=HEADERS, name="danh-sach.xlsx"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


def csv(rows, headers=HEADERS, delimiter=","):
    lines = [delimiter.join(headers)] + [delimiter.join(row) for row in rows]
    return SimpleUploadedFile("danh-sach.csv", ("\n".join(lines) + "\n").encode("utf-8-sig"))


@pytest.fixture
def decision():
    return AwardDecisionFactory(number="125/QĐ-UBMTTQ")


def import_url(decision):
    return reverse("admin:awards_awarddecision_import_recipients", args=[decision.pk])


def preview(client, decision, upload):
    return client.post(import_url(decision), {"import_file": upload})


def confirm(client, decision, response):
    token = response.context["confirm_form"]["token"].value()
    return client.post(import_url(decision), {"token": token, "confirm": "Xác nhận nhập"})


def test_decision_page_links_to_the_import(officer_client, decision):
    response = officer_client.get(reverse("admin:awards_awarddecision_change", args=[decision.pk]))
    assert import_url(decision) in response.content.decode()
    assert "Nhập danh sách từ Excel" in response.content.decode()


def test_preview_shows_every_row_and_writes_nothing(officer_client, decision):
    response = preview(officer_client, decision, xlsx(GOOD_ROWS))
    assert response.status_code == 200
    assert [row["line"] for row in response.context["preview"]["rows"]] == [2, 3, 4]
    assert response.context["confirm_form"] is not None
    assert "Xác nhận nhập" in response.content.decode()
    assert not Commendation.objects.exists()


def test_confirmed_import_adds_every_row_to_this_decision(officer_client, decision):
    program = ModelProgramFactory(name="Khu dân cư tự quản về an ninh trật tự")
    rows = [*GOOD_ROWS[:2], [*GOOD_ROWS[2][:7], program.name]]
    response = confirm(officer_client, decision, preview(officer_client, decision, xlsx(rows)))
    assert response.status_code == 302
    assert response.url == reverse("admin:awards_awarddecision_change", args=[decision.pk])
    imported = decision.commendations.order_by("id")
    assert [c.recipient_name for c in imported] == [
        "Ban công tác Mặt trận khu dân cư số 3",
        "Nguyễn Thị Lan",
        "Trần Văn Bình",
    ]
    assert [c.recipient_kind for c in imported] == ["collective", "individual", "individual"]
    assert [c.award_type.slug for c in imported] == ["co_thi_dua", "bang_khen", "giay_khen"]
    assert imported[2].program == program
    assert LogEntry.objects.filter(object_id=str(decision.pk)).exists()


def test_semicolon_csv_from_vietnamese_excel_is_imported(officer_client, decision):
    upload = csv(GOOD_ROWS, delimiter=";")
    response = confirm(officer_client, decision, preview(officer_client, decision, upload))
    assert response.status_code == 302
    assert decision.commendations.count() == 3


def test_one_bad_row_imports_nothing_and_names_the_row_and_reason(officer_client, decision):
    rows = [*GOOD_ROWS, ["Cá nhân", "Lê Văn Nam", "", "", "Huân chương Lao động", "", "", ""]]
    response = preview(officer_client, decision, xlsx(rows))
    assert response.context["confirm_form"] is None
    errors = response.context["error_lines"]
    assert len(errors) == 1
    assert errors[0].startswith(
        "Dòng 5, cột «Danh hiệu, hình thức khen thưởng»: không có danh hiệu, hình thức khen "
        "thưởng «Huân chương Lao động»"
    )
    html = response.content.decode()
    assert "Tệp có lỗi: chưa nhập dòng nào" in html
    assert "Xác nhận nhập" not in html
    assert not Commendation.objects.exists()


def test_missing_name_is_reported_on_its_line(officer_client, decision):
    rows = [GOOD_ROWS[0], ["Cá nhân", "", "", "", "Bằng khen", "", "", ""]]
    response = preview(officer_client, decision, xlsx(rows))
    assert response.context["error_lines"][0].startswith("Dòng 3, cột «Tên tập thể, cá nhân»")
    assert not Commendation.objects.exists()


def test_recipient_twice_in_the_file_is_refused_and_nothing_imported(officer_client, decision):
    rows = [
        *GOOD_ROWS,
        ["Cá nhân", "NGUYỄN THỊ LAN", "", "Khu dân cư số 3", "Bằng khen", "", "", ""],
    ]
    response = preview(officer_client, decision, xlsx(rows))
    assert response.context["error_lines"] == [
        "Dòng 5, cột «Tên tập thể, cá nhân»: Dòng 3 của tệp đã có «Nguyễn Thị Lan» cùng tên này, "
        "có thể chỉ khác cách viết (chữ hoa, chữ thường, vị trí dấu thanh hoặc khoảng trắng)."
    ]
    assert not Commendation.objects.exists()


def test_recipient_already_in_the_decision_is_refused(officer_client, decision):
    CommendationFactory(
        decision=decision, recipient_name="Nguyễn Thị Lan", organization="Khu dân cư số 3"
    )
    response = preview(officer_client, decision, xlsx(GOOD_ROWS))
    assert response.context["error_lines"][0].startswith("Dòng 3, cột «Tên tập thể, cá nhân»")
    assert decision.commendations.count() == 1


def test_file_without_required_columns_is_refused(officer_client, decision):
    upload = xlsx([["Nguyễn Thị Lan"]], headers=["Họ và tên"])
    response = preview(officer_client, decision, upload)
    assert (
        "Tệp thiếu cột «Đối tượng», «Tên tập thể, cá nhân», «Danh hiệu, hình thức khen thưởng»"
        in (response.context["error_lines"][0])
    )
    assert not Commendation.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("danh-sach.xlsx", b"not a zip file", "Không đọc được tệp."),
        ("danh-sach.pdf", b"%PDF-1.4", "Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv)."),
        ("danh-sach.csv", b"\xff\xfe\x00\xc3(", "Không đọc được tệp."),
        ("danh-sach.csv", b"", "Tệp rỗng; hãy chọn tệp có danh sách."),
    ],
)
def test_unreadable_file_is_refused_in_vietnamese(officer_client, decision, name, content, message):
    response = preview(officer_client, decision, SimpleUploadedFile(name, content))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Commendation.objects.exists()


def test_file_of_only_headers_offers_nothing_to_confirm(officer_client, decision):
    response = preview(officer_client, decision, xlsx([]))
    assert response.context["confirm_form"] is None
    assert "Tệp không có dòng dữ liệu nào để nhập." in response.content.decode()


def test_confirmation_rechecks_and_imports_nothing_if_the_data_changed(officer_client, decision):
    response = preview(officer_client, decision, xlsx(GOOD_ROWS))
    CommendationFactory(
        decision=decision, recipient_name="Trần Văn Bình", organization="Khu dân cư số 5"
    )
    refused = confirm(officer_client, decision, response)
    assert refused.status_code == 200
    assert refused.context["error_lines"][0].startswith("Dòng 4")
    assert decision.commendations.count() == 1


def test_tampered_confirmation_is_refused(officer_client, decision):
    response = preview(officer_client, decision, xlsx(GOOD_ROWS))
    token = response.context["confirm_form"]["token"].value()
    refused = officer_client.post(import_url(decision), {"token": token[:-3] + "abc"})
    assert refused.status_code == 400
    assert "Dữ liệu xác nhận không hợp lệ; hãy tải tệp lên lại." in refused.content.decode()
    assert not Commendation.objects.exists()


def test_preview_of_one_decision_cannot_be_confirmed_into_another(officer_client, decision):
    other = AwardDecisionFactory()
    response = preview(officer_client, decision, xlsx(GOOD_ROWS))
    token = response.context["confirm_form"]["token"].value()
    refused = officer_client.post(import_url(other), {"token": token})
    assert refused.status_code == 400
    assert "không dành cho trang này" in refused.content.decode()
    assert not Commendation.objects.exists()


def test_import_needs_the_right_to_add_recipients(client, decision):
    from tests.news.factories import UserFactory

    client.force_login(UserFactory(is_staff=True))
    response = preview(client, decision, xlsx(GOOD_ROWS))
    assert response.status_code == 403
    assert not Commendation.objects.exists()


def test_template_file_has_the_import_columns(officer_client):
    response = officer_client.get(reverse("admin:awards_awarddecision_recipients_template"))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    prize_after = HEADERS.index("Thành tích") + 1
    expected = [*HEADERS[:prize_after], "Tiền thưởng (đồng)", *HEADERS[prize_after:]]
    assert [cell.value for cell in next(sheet.iter_rows())] == expected


def test_prize_amounts_are_imported_as_numbers(officer_client, decision):
    rows = [["Cá nhân", "Nguyễn Thị Lan", "", "", "Bằng khen", "", "", "", 1500000]]
    header = [*HEADERS, "Tiền thưởng (đồng)"]
    response = confirm(
        officer_client, decision, preview(officer_client, decision, xlsx(rows, headers=header))
    )
    assert response.status_code == 302
    assert decision.commendations.get().prize_amount == 1_500_000


def test_a_file_exported_before_the_catalogue_still_imports(officer_client, decision):
    former = ["Hình thức khen thưởng" if h.startswith("Danh hiệu") else h for h in HEADERS]
    response = confirm(
        officer_client, decision, preview(officer_client, decision, xlsx(GOOD_ROWS, former))
    )
    assert response.status_code == 302
    assert decision.commendations.count() == 3


def test_imported_rows_join_their_records_or_get_new_ones(officer_client, decision):
    earlier = CommendationFactory(recipient_name="Nguyễn Thị Lan", organization="Khu dân cư số 3")
    rows = [
        ["Cá nhân", "Nguyễn Thị Lan", "", "khu dân cư số 3", "Bằng khen", "", "", ""],
        ["Cá nhân", "Trần Văn Bình", "", "Xã Hưng Hội", "Bằng khen", "", "", ""],
        ["Cá nhân", "Trần Văn Bình", "", "Phường Hòa Lợi", "Bằng khen", "", "", ""],
    ]
    response = confirm(officer_client, decision, preview(officer_client, decision, xlsx(rows)))
    assert response.status_code == 302
    imported = {
        (c.recipient_name, c.organization): c.recipient for c in decision.commendations.all()
    }
    assert imported["Nguyễn Thị Lan", "khu dân cư số 3"] == earlier.recipient
    namesakes = {
        imported["Trần Văn Bình", "Xã Hưng Hội"],
        imported["Trần Văn Bình", "Phường Hòa Lợi"],
    }
    assert len(namesakes) == 2
    assert all(r.slug.startswith("tran-van-binh") and r.name_key for r in namesakes)
