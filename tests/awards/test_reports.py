"""The reports officers send up: commendations by year, title or form, unit and kind, as tables
in the admin and as Excel; revoked commendations counted nowhere."""

import datetime
import io

import openpyxl
import pytest
from django.test import Client
from django.urls import reverse

from awards.reports import report_tables
from tests.awards.factories import AwardDecisionFactory, CommendationFactory, award
from tests.news.factories import staff_member

pytestmark = pytest.mark.django_db

REPORTS = reverse("admin:awards_commendation_reports")


@pytest.fixture
def commendations():
    in_2020 = AwardDecisionFactory(signed_on=datetime.date(2020, 4, 24))
    in_2023 = AwardDecisionFactory(signed_on=datetime.date(2023, 11, 10))
    CommendationFactory(decision=in_2020, organization="Xã An Thạnh")
    CommendationFactory(decision=in_2020, organization="xã an thạnh", award_type=award("giay_khen"))
    CommendationFactory(
        decision=in_2023,
        recipient_kind="collective",
        recipient_name="Ấp Thạnh Hòa",
        organization="Xã An Thạnh",
        award_type=award("co_thi_dua"),
    )
    CommendationFactory(decision=in_2023, recipient_kind="household", organization="=1+1")
    CommendationFactory(
        decision=in_2023,
        organization="Xã Hưng Hội",
        revoked_on=datetime.date(2024, 1, 1),
        revoking_decision="1/QĐ",
        revocation_reason="Sai",
    )


def rows_of(table):
    return [table.headers, *table.rows, ["Cộng", *table.totals]]


def test_tables_by_year_award_unit_and_kind(commendations):
    by_award, by_kind, by_unit = report_tables()
    assert rows_of(by_award) == [
        ["Năm", "Bằng khen", "Giấy khen", "Cờ thi đua", "Cộng"],
        ["2020", 1, 1, 0, 2],
        ["2023", 1, 0, 1, 2],
        ["Cộng", 2, 1, 1, 4],
    ]
    assert rows_of(by_kind) == [
        ["Năm", "Tập thể", "Cá nhân", "Hộ gia đình", "Cộng"],
        ["2020", 0, 2, 0, 2],
        ["2023", 1, 0, 1, 2],
        ["Cộng", 1, 2, 1, 4],
    ]
    # Spellings of one unit together; the most commended first.
    assert rows_of(by_unit)[1] == ["Xã An Thạnh", 1, 2, 0, 3]
    assert len(by_unit.rows) == 2


def test_years_narrow_the_report(commendations):
    by_award, *_ = report_tables(2021, 2025)
    assert [row[0] for row in by_award.rows] == ["2023"]


def test_reports_page_and_its_excel(officer_client, commendations):
    page = officer_client.get(REPORTS, {"tu_nam": "2020", "den_nam": "2023"})
    html = page.content.decode()
    assert "Báo cáo tổng hợp khen thưởng" in html and "Từ năm 2020 đến năm 2023" in html
    assert "Theo đơn vị" in html
    export = officer_client.get(REPORTS, {"tu_nam": "2020", "den_nam": "2023", "xuat": "xlsx"})
    assert export["Content-Disposition"].startswith('attachment; filename="bao-cao-khen-thuong-')
    book = openpyxl.load_workbook(io.BytesIO(export.content))
    assert book.sheetnames == ["Theo danh hiệu, hình thức", "Theo đối tượng", "Theo đơn vị"]
    units = [[cell.value for cell in row] for row in book["Theo đơn vị"].iter_rows()]
    assert units[-1] == ["Cộng", 1, 2, 1, 4]
    assert "'=1+1" in [row[0] for row in units]  # a unit typed as a formula stays text
    assert isinstance(units[1][1], int)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"tu_nam": "abc"}, "Năm phải là số, ví dụ 2020."),
        ({"tu_nam": "2025", "den_nam": "2020"}, "«Từ năm» phải trước hoặc bằng «Đến năm»."),
        ({"den_nam": "99999"}, "Năm không được sau 2100."),
    ],
)
def test_bad_years_get_a_vietnamese_message_and_no_excel(officer_client, query, message):
    response = officer_client.get(REPORTS, {**query, "xuat": "xlsx"})
    assert response.status_code == 200
    assert message in response.content.decode()


def test_the_changelist_links_the_reports_and_editors_may_not_see_them(officer_client):
    changelist = officer_client.get(reverse("admin:awards_commendation_changelist"))
    assert REPORTS in changelist.content.decode()
    editor = Client()
    editor.force_login(staff_member("Biên tập viên", "bientap"))
    assert editor.get(REPORTS).status_code == 403
