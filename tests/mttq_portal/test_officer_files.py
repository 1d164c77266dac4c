"""Officers' spreadsheet files that can hurt no one (issue 15): no exported cell starts a
formula, the import confirmation trusts nothing the client sends, and uploads are bounded before
they are parsed."""

import csv
import io
import os
import tempfile
import zipfile

import openpyxl
import pytest
from django.urls import reverse

from awards.models import Commendation
from awards.resources import AwardDecisionResource, CommendationExportResource
from models_registry.models import ModelProgram, PilotUnit
from models_registry.resources import ModelProgramResource, PilotUnitResource
from mttq_portal import import_files, import_store
from mttq_portal.roles import OFFICER
from tests.awards.factories import AwardDecisionFactory, CommendationFactory
from tests.models_registry.conftest import csv_bytes, xlsx_bytes
from tests.models_registry.factories import (
    CampaignFactory,
    ModelProgramFactory,
    PeriodFactory,
    PilotUnitFactory,
    SectorFactory,
)
from tests.news.factories import staff_member

pytestmark = pytest.mark.django_db

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PROGRAM_IMPORT = reverse("admin:models_registry_modelprogram_import")
PROGRAM_CONFIRM = reverse("admin:models_registry_modelprogram_process_import")
UNIT_CONFIRM = reverse("admin:models_registry_pilotunit_process_import")


@pytest.fixture
def officer(db):
    return staff_member(OFFICER, "canbo")


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client


@pytest.fixture
def hostile_records():
    """Records whose every text starts the way a spreadsheet formula does."""
    period = PeriodFactory(name='=HYPERLINK("http://evil.example","Bấm")')
    campaign = CampaignFactory(name="@SUM(5)")
    sector = SectorFactory(name="=1+1")
    unit = PilotUnitFactory(name="+cmd|' /C calc'!A0", former_district="-6+6", period=period)
    other = PilotUnitFactory(name="=2+3", former_district="@A1", period=period)
    program = ModelProgramFactory(
        name="-2+3",
        unit=unit,
        sector=sector,
        campaign=campaign,
        period=period,
        description="=1+1\n@dòng hai\n-dòng ba",
        results="'=đã có dấu nháy",
    )
    program.replicated_to.add(other)
    decision = AwardDecisionFactory(
        number="=1+2", issuer="+Ban Thường trực", title="-Về việc", campaign=campaign, period=period
    )
    CommendationFactory(
        decision=decision,
        recipient_name="=Nguyễn Văn A",
        position="@Trưởng ban",
        organization="-Khu dân cư",
        achievement="+Thành tích",
        pilot_unit=unit,
        program=program,
    )
    return {"program": program, "decision": decision}


def export(client, app_model, resource, file_format):
    """Return the admin's export of `app_model` in `file_format` (0: xlsx, 1: csv), as bytes."""
    fields = {f"{resource.__name__.lower()}_{name}": "on" for name in resource().get_export_order()}
    response = client.post(
        reverse(f"admin:{app_model}_export"), {"format": file_format, "resource": "0", **fields}
    )
    assert response.status_code == 200
    return response.content


def xlsx_cells(content):
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return [cell for row in sheet.iter_rows() for cell in row]


def csv_cells(content):
    text = content.decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


EXPORTS = [
    ("models_registry_pilotunit", PilotUnitResource),
    ("models_registry_modelprogram", ModelProgramResource),
    ("awards_awarddecision", AwardDecisionResource),
    ("awards_commendation", CommendationExportResource),
]


@pytest.mark.parametrize(("app_model", "resource"), EXPORTS)
def test_no_exported_xlsx_cell_is_a_formula(officer_client, hostile_records, app_model, resource):
    cells = xlsx_cells(export(officer_client, app_model, resource, "0"))

    texts = [cell.value for cell in cells if isinstance(cell.value, str)]
    assert [cell for cell in cells if cell.data_type == "f"] == []
    assert [text for text in texts if text.startswith(FORMULA_STARTS)] == []
    # What was neutralised is still there, behind one apostrophe.
    assert any(text.startswith("'") for text in texts)


@pytest.mark.parametrize(("app_model", "resource"), EXPORTS)
def test_no_exported_csv_cell_starts_a_formula(
    officer_client, hostile_records, app_model, resource
):
    content = export(officer_client, app_model, resource, "1")
    cells = csv_cells(content)

    assert [cell for cell in cells if cell.startswith(FORMULA_STARTS)] == []
    # Every cell is quoted, as OWASP's guidance asks.
    first_line = content.decode("utf-8-sig").splitlines()[0]
    assert first_line.startswith('"') and first_line.endswith('"')


def test_numbers_stay_numbers_in_the_xlsx_export(officer_client, hostile_records):
    rows = openpyxl.load_workbook(
        io.BytesIO(export(officer_client, "awards_awarddecision", AwardDecisionResource, "0"))
    ).active.iter_rows(min_row=2)
    count_cell = next(rows)[-1]
    assert count_cell.value == 1
    assert count_cell.data_type == "n"


@pytest.mark.parametrize("file_format", ["0", "1"])
def test_an_exported_file_imports_back_exactly_as_typed(
    officer_client, hostile_records, file_format
):
    program = hostile_records["program"]
    stored = ModelProgram.objects.values().get(pk=program.pk)
    content = export(
        officer_client, "models_registry_modelprogram", ModelProgramResource, file_format
    )
    name = "mo-hinh.xlsx" if file_format == "0" else "mo-hinh.csv"

    preview = officer_client.post(
        PROGRAM_IMPORT,
        {"resource": "0", "format": file_format, "import_file": _upload(name, content)},
    )
    assert preview.status_code == 200
    result = preview.context["result"]
    assert result.error_lines() == []
    assert result.totals["skip"] == 1, result.preview()  # unchanged: nothing to write
    confirmed = officer_client.post(PROGRAM_CONFIRM, preview.context["confirm_form"].initial)

    assert confirmed.status_code == 302
    assert ModelProgram.objects.values().get(pk=program.pk) == stored
    assert list(program.replicated_to.values_list("name", flat=True)) == ["=2+3"]


def test_formula_safe_and_restored_are_each_others_inverse():
    for text in ["=1", "'=1", "''=1", "+a", "-", "@", "\t=x", "\rx", "'", "a=1", "", "'a", 12]:
        assert import_files.formula_restored(import_files.formula_safe(text)) == text
    assert import_files.formula_safe(12) == 12
    assert import_files.formula_safe(-5.5) == -5.5


# The confirmation step.


def _upload(name, content):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content)


def program_rows(*names):
    PilotUnitFactory(name="Đông Hưng", former_district="Huyện Đông Hưng")
    SectorFactory(name="An ninh trật tự")
    header = ("Tên mô hình", "Đơn vị điểm", "Lĩnh vực")
    return [header, *((name, "Đông Hưng", "An ninh trật tự") for name in names)]


def previewed(client, rows):
    response = client.post(
        PROGRAM_IMPORT,
        {"resource": "0", "format": "1", "import_file": _upload("mo-hinh.csv", csv_bytes(rows))},
    )
    assert response.status_code == 200
    return dict(response.context["confirm_form"].initial)


def test_the_confirm_form_carries_a_token_not_a_file_name(officer_client):
    data = previewed(officer_client, program_rows("Tổ hòa giải"))

    assert os.sep not in data["import_file_name"]
    assert not os.path.exists(os.path.join(tempfile.gettempdir(), data["import_file_name"]))
    assert officer_client.post(PROGRAM_CONFIRM, data).status_code == 302
    assert ModelProgram.objects.get().name == "Tổ hòa giải"


def test_a_replayed_confirmation_is_refused_in_vietnamese(officer_client):
    data = previewed(officer_client, program_rows("Tổ hòa giải"))
    assert officer_client.post(PROGRAM_CONFIRM, data).status_code == 302
    ModelProgram.objects.all().delete()

    replayed = officer_client.post(PROGRAM_CONFIRM, data)

    assert replayed.status_code == 400
    assert "Tệp này đã được nhập hoặc đã hết hạn" in replayed.content.decode()
    assert not ModelProgram.objects.exists()


@pytest.mark.parametrize(
    "token",
    ["", "abc", "../../etc/passwd", "x" * 5000, "eyJrZXkiOiIxIn0:1:2", "\x00", "é" * 10],
)
def test_a_forged_confirmation_is_refused_and_reads_no_file(officer_client, token):
    program_rows()
    with tempfile.NamedTemporaryFile(delete=False, suffix=".csv") as victim:
        victim.write(b"Ten,Mat khau\nquantri,bi mat\n")
    data = {
        "import_file_name": token or os.path.basename(victim.name),
        "original_file_name": "mo-hinh.csv",
        "format": "1",
        "resource": "0",
    }

    response = officer_client.post(PROGRAM_CONFIRM, data)

    assert response.status_code == 400
    page = response.content.decode()
    assert "Không dòng nào được nhập." in page
    assert "quantri" not in page
    assert os.path.exists(victim.name)  # nothing outside the import store is deleted
    os.unlink(victim.name)


def test_another_users_confirmation_is_refused(officer_client, client, officer):
    data = previewed(officer_client, program_rows("Tổ hòa giải"))
    colleague = staff_member(OFFICER, "canbo2")
    client.force_login(colleague)

    response = client.post(PROGRAM_CONFIRM, data)

    assert response.status_code == 400
    assert "không phải của bạn" in response.content.decode()
    assert not ModelProgram.objects.exists()


def test_a_confirmation_for_another_list_is_refused(officer_client):
    data = previewed(officer_client, program_rows("Tổ hòa giải"))

    response = officer_client.post(UNIT_CONFIRM, data)

    assert response.status_code == 400
    assert not PilotUnit.objects.filter(name="Tổ hòa giải").exists()
    # The token still belongs to the programs' import, and works there.
    assert officer_client.post(PROGRAM_CONFIRM, data).status_code == 302


def test_an_expired_confirmation_is_refused(officer_client, monkeypatch):
    data = previewed(officer_client, program_rows("Tổ hòa giải"))
    monkeypatch.setattr(import_store, "MAX_AGE", -1)

    response = officer_client.post(PROGRAM_CONFIRM, data)

    assert response.status_code == 400
    assert "Bản xem trước đã quá 1 giờ" in response.content.decode()


@pytest.mark.parametrize(
    "change", [{"format": "7"}, {"format": "abc"}, {"resource": "9"}, {"resource": "x"}]
)
def test_a_tampered_format_or_resource_is_a_400_not_a_500(officer_client, change):
    data = {**previewed(officer_client, program_rows("Tổ hòa giải")), **change}

    response = officer_client.post(PROGRAM_CONFIRM, data)

    assert response.status_code in (302, 400)
    if change.get("resource"):
        assert response.status_code == 400


def test_a_get_of_the_confirm_address_is_a_400(officer_client):
    assert officer_client.get(PROGRAM_CONFIRM).status_code == 400


def test_the_recipients_import_is_confirmed_once(officer_client):
    decision = AwardDecisionFactory()
    url = reverse("admin:awards_awarddecision_import_recipients", args=[decision.pk])
    rows = [("Đối tượng", "Tên tập thể, cá nhân", "Hình thức khen thưởng")]
    rows.append(("Cá nhân", "Nguyễn Thị Lan", "Bằng khen"))
    preview = officer_client.post(url, {"import_file": _upload("ds.xlsx", xlsx_bytes(rows))})
    token = preview.context["confirm_form"]["token"].value()

    assert officer_client.post(url, {"token": token}).status_code == 302
    again = officer_client.post(url, {"token": token})

    assert again.status_code == 400
    assert Commendation.objects.count() == 1


def test_files_left_unconfirmed_are_deleted_after_an_hour(officer, monkeypatch):
    from mttq_portal.models import KeptImport

    import_store.keep(b"a", user=officer, target="x", file_name="a.csv", file_format="1")
    monkeypatch.setattr(import_store, "MAX_AGE", -1)
    import_store.keep(b"b", user=officer, target="x", file_name="b.csv", file_format="1")

    assert list(KeptImport.objects.values_list("file_name", flat=True)) == ["b.csv"]


# Bounds, checked before any parser reads the file.


def zip_bomb(unpacked_bytes):
    """Return an .xlsx-shaped zip whose one sheet unpacks to `unpacked_bytes` of XML."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            chunk = b" " * (1024 * 1024)
            for _ in range(unpacked_bytes // len(chunk)):
                sheet.write(chunk)
    return buffer.getvalue()


def refusal(client, name, content, file_format):
    response = client.post(
        PROGRAM_IMPORT,
        {"resource": "0", "format": file_format, "import_file": _upload(name, content)},
    )
    assert response.status_code == 200
    assert "confirm_form" not in response.context or not response.context["confirm_form"]
    return response.context["form"].errors["import_file"]


def test_a_zip_bomb_is_refused_from_its_table_of_contents(officer_client):
    bomb = zip_bomb(400 * 1024 * 1024)
    assert len(bomb) < 2 * 1024 * 1024

    errors = refusal(officer_client, "mo-hinh.xlsx", bomb, "0")

    assert errors == [import_files.MESSAGE_UNPACKED_TOO_LARGE]


def test_an_oversized_file_is_refused(officer_client):
    content = b"a" * (import_files.MAX_FILE_BYTES + 1)
    assert refusal(officer_client, "mo-hinh.csv", content, "1") == [import_files.MESSAGE_TOO_LARGE]


def test_too_many_rows_are_refused(officer_client):
    rows = program_rows(*(f"Mô hình {n}" for n in range(import_files.MAX_ROWS + 1)))

    assert refusal(officer_client, "mo-hinh.csv", csv_bytes(rows), "1") == [
        import_files.MESSAGE_TOO_MANY_ROWS
    ]
    assert refusal(officer_client, "mo-hinh.xlsx", xlsx_bytes(rows), "0") == [
        import_files.MESSAGE_TOO_MANY_ROWS
    ]
    assert not ModelProgram.objects.exists()


def test_blank_rows_below_the_data_do_not_count_against_the_row_limit(officer_client):
    rows = program_rows("Tổ hòa giải") + [("", "", "")] * import_files.MAX_ROWS

    data = previewed(officer_client, rows)

    assert officer_client.post(PROGRAM_CONFIRM, data).status_code == 302


def test_a_sheet_declaring_thousands_of_columns_is_refused(officer_client):
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Tên mô hình"
    workbook.active["XFD1"] = "x"
    buffer = io.BytesIO()
    workbook.save(buffer)

    assert refusal(officer_client, "mo-hinh.xlsx", buffer.getvalue(), "0") == [
        import_files.MESSAGE_TOO_MANY_COLUMNS
    ]


def test_the_recipients_import_is_bounded_too(officer_client):
    decision = AwardDecisionFactory()
    url = reverse("admin:awards_awarddecision_import_recipients", args=[decision.pk])

    response = officer_client.post(url, {"import_file": _upload("ds.xlsx", zip_bomb(50 << 20))})

    assert import_files.MESSAGE_UNPACKED_TOO_LARGE in response.content.decode()
    assert not Commendation.objects.exists()


# Few queries per row: references are looked up once per file.


def test_an_import_reads_each_reference_once_per_file(django_assert_max_num_queries):
    PilotUnitFactory(name="Đông Hưng", former_district="Huyện Đông Hưng")
    PilotUnitFactory(name="An Thạnh", former_district="Huyện Hòa Bình")
    SectorFactory(name="An ninh trật tự")
    CampaignFactory()
    PeriodFactory()
    header = (
        "Tên mô hình",
        "Đơn vị điểm",
        "Lĩnh vực",
        "Cuộc vận động",
        "Giai đoạn",
        "Nhân rộng tại",
    )
    rows = [
        (
            f"Mô hình {n}",
            "Đông Hưng",
            "An ninh trật tự",
            CampaignFactory().name,
            "2011-2015",
            "An Thạnh",
        )
        for n in range(300)
    ]
    import tablib

    dataset = tablib.Dataset(*rows, headers=header)
    with django_assert_max_num_queries(30):
        preview = ModelProgramResource().import_data(dataset, dry_run=True)
    # Each new row: its insert; the links of all rows: one insert per thousand.
    with django_assert_max_num_queries(300 + 30):
        result = ModelProgramResource().import_data(dataset, dry_run=False)

    assert not preview.has_any_error() and not result.has_any_error()
    assert ModelProgram.objects.count() == 300
    assert ModelProgram.objects.filter(replicated_to__name="An Thạnh").count() == 300
