import datetime
import io

import openpyxl
import pytest
from django.urls import reverse

from awards.resources import AwardDecisionResource, CommendationExportResource
from tests.awards.factories import AwardDecisionFactory, CommendationFactory

pytestmark = pytest.mark.django_db

XLSX = "0"  # the first of the admin's export formats


def export(client, model, resource):
    fields = {f"{resource.__name__.lower()}_{name}": "on" for name in resource().get_export_order()}
    response = client.post(
        reverse(f"admin:awards_{model}_export"), {"format": XLSX, "resource": "0", **fields}
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_decisions_export_to_excel_with_every_row(officer_client):
    first = AwardDecisionFactory(number="125/QĐ-UBMTTQ", signed_on=datetime.date(2016, 4, 24))
    CommendationFactory.create_batch(3, decision=first)
    AwardDecisionFactory.create_batch(24)
    rows = export(officer_client, "awarddecision", AwardDecisionResource)
    assert rows[0][:3] == ["Số quyết định", "Ngày ký", "Cơ quan ban hành"]
    assert len(rows) == 1 + 25
    by_number = {row[0]: row for row in rows[1:]}
    assert by_number["125/QĐ-UBMTTQ"][1] == "24/04/2016"
    assert by_number["125/QĐ-UBMTTQ"][-1] == 3


def test_recipients_export_to_excel_with_every_row_and_its_decision(officer_client):
    decision = AwardDecisionFactory(number="125/QĐ-UBMTTQ")
    CommendationFactory.create_batch(23, decision=decision)
    CommendationFactory(
        decision=decision,
        recipient_name="Phạm Văn Thu Hồi",
        revoked_on=datetime.date(2021, 1, 5),
        revoking_decision="30/QĐ-UBMTTQ",
        revocation_reason="Kê khai sai thành tích",
    )
    rows = export(officer_client, "commendation", CommendationExportResource)
    header, data = rows[0], rows[1:]
    assert header[:5] == [
        "Số quyết định",
        "Ngày ký",
        "Cơ quan ban hành",
        "Đối tượng",
        "Tên tập thể, cá nhân",
    ]
    assert len(data) == 24
    assert {row[0] for row in data} == {"125/QĐ-UBMTTQ"}
    revoked = next(row for row in data if row[4] == "Phạm Văn Thu Hồi")
    assert revoked[-3:] == ["05/01/2021", "30/QĐ-UBMTTQ", "Kê khai sai thành tích"]
    assert next(row for row in data if row[4] != "Phạm Văn Thu Hồi")[3] == "Cá nhân"


def test_export_runs_the_same_queries_whatever_the_number_of_recipients(
    officer_client, django_assert_max_num_queries
):
    CommendationFactory.create_batch(40, decision=AwardDecisionFactory())
    with django_assert_max_num_queries(12):
        export(officer_client, "commendation", CommendationExportResource)
