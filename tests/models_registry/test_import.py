"""Excel and CSV import/export of model programs and pilot units (django-import-export)."""

import io
from datetime import date, datetime

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from models_registry.models import ModelProgram, PilotUnit
from models_registry.resources import ModelProgramResource, PilotUnitResource
from mttq_portal import import_store
from tests.models_registry.conftest import csv_bytes, upload
from tests.models_registry.factories import (
    CampaignFactory,
    ModelProgramFactory,
    PeriodFactory,
    PilotUnitFactory,
    SectorFactory,
)

pytestmark = pytest.mark.django_db

HEADER = (
    "Tên mô hình",
    "Đơn vị điểm",
    "Lĩnh vực",
    "Cuộc vận động",
    "Giai đoạn",
    "Ngày bắt đầu",
    "Tình trạng",
    "Điển hình tiên tiến",
    "Mô tả",
    "Kết quả",
)
IMPORT_URL = reverse("admin:models_registry_modelprogram_import")
CONFIRM_URL = reverse("admin:models_registry_modelprogram_process_import")


@pytest.fixture
def references():
    """A unit, a sector, the campaign and the period that the rows below name."""
    return {
        "unit": PilotUnitFactory(name="Đông Hưng", former_district="Huyện Đông Hưng"),
        "sector": SectorFactory(name="An ninh trật tự"),
        "campaign": CampaignFactory(),
        "period": PeriodFactory(),
    }


def program_row(name, *, sector="An ninh trật tự", start="05/06/2025", status="Đang thực hiện"):
    return (
        name,
        "Đông Hưng",
        sector,
        "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
        "2011–2015",
        start,
        status,
        "Có",
        "Tổ tự quản tuần tra.",
        "Giảm vụ việc.",
    )


def dataset(rows):
    data = tablib.Dataset(headers=list(rows[0]))
    for row in rows[1:]:
        data.append(list(row))
    return data


def import_rows(rows, resource_class=ModelProgramResource, dry_run=False):
    return resource_class().import_data(dataset(rows), dry_run=dry_run)


# The admin: one bad row imports nothing and says where and why ---------------------------------


@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_file_with_one_bad_row_imports_nothing_and_names_the_row_and_reason(
    officer_client, references, file_format
):
    rows = [HEADER, program_row("Tổ hòa giải"), program_row("Camera an ninh", sector="Abc")]

    response = officer_client.post(IMPORT_URL, upload(rows, file_format))

    assert response.status_code == 200
    assert ModelProgram.objects.count() == 0
    assert "confirm_form" not in response.context
    assert "Dòng 3, cột «Lĩnh vực»: không có lĩnh vực «Abc»" in response.content.decode()


@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_good_file_is_previewed_and_written_only_on_confirm(
    officer_client, references, file_format
):
    rows = [HEADER, program_row("Tổ hòa giải"), program_row("Camera an ninh")]

    preview = officer_client.post(IMPORT_URL, upload(rows, file_format))

    assert ModelProgram.objects.count() == 0
    confirm_form = preview.context["confirm_form"]
    assert "Xác nhận nhập" in preview.content.decode()
    confirmed = officer_client.post(CONFIRM_URL, confirm_form.initial)
    assert confirmed.status_code == 302
    assert sorted(ModelProgram.objects.values_list("name", flat=True)) == [
        "Camera an ninh",
        "Tổ hòa giải",
    ]


def test_confirm_step_refuses_a_file_with_an_error(officer_client, officer, references):
    # As if the data had changed between preview and confirm: the kept file now has an error.
    rows = [HEADER, program_row("Tổ hòa giải"), program_row("Camera an ninh", sector="Abc")]
    token = import_store.keep(
        csv_bytes(rows),
        user=officer,
        target="models_registry.modelprogram",
        file_name="mo-hinh.csv",
        file_format="1",
    )
    data = {
        "import_file_name": token,
        "original_file_name": "mo-hinh.csv",
        "format": "1",
        "resource": "0",
    }

    response = officer_client.post(CONFIRM_URL, data, follow=True)

    assert ModelProgram.objects.count() == 0
    page = response.content.decode()
    assert "Không nhập dòng nào vì tệp có lỗi" in page
    assert "Dòng 3, cột «Lĩnh vực»: không có lĩnh vực «Abc»" in page


def test_day_first_date_in_an_uploaded_file_is_read_day_then_month(officer_client, references):
    preview = officer_client.post(
        IMPORT_URL, upload([HEADER, program_row("Tổ hòa giải", start="05/06/2025")], "csv")
    )
    officer_client.post(CONFIRM_URL, preview.context["confirm_form"].initial)

    assert ModelProgram.objects.get().start_date == date(2025, 6, 5)


def test_editor_cannot_open_the_import_page(client, editor):
    client.force_login(editor)

    assert client.get(IMPORT_URL).status_code == 403


def test_semicolon_separated_csv_from_vietnamese_excel_is_read(officer_client, references):
    content = csv_bytes([HEADER, program_row("Tổ hòa giải")], delimiter=";")
    data = {"resource": "0", "format": "1", "import_file": SimpleUploadedFile("a.csv", content)}

    preview = officer_client.post(IMPORT_URL, data)

    assert "confirm_form" in preview.context


# The resource: each column's rules ---------------------------------------------------------------


def test_day_first_date_text_is_imported_as_day_then_month(references):
    import_rows([HEADER, program_row("Tổ hòa giải", start="05/06/2025")])

    assert ModelProgram.objects.get().start_date == date(2025, 6, 5)


def test_real_excel_date_cell_is_imported(references, officer_client):
    rows = [HEADER, program_row("Tổ hòa giải", start=datetime(2020, 4, 24))]
    data = upload(rows, "xlsx")

    preview = officer_client.post(IMPORT_URL, data)
    officer_client.post(CONFIRM_URL, preview.context["confirm_form"].initial)

    assert ModelProgram.objects.get().start_date == date(2020, 4, 24)


def test_impossible_date_is_a_row_error(references):
    result = import_rows([HEADER, program_row("Tổ hòa giải", start="31/02/2020")])

    assert ModelProgram.objects.count() == 0
    assert result.error_lines() == [
        "Dòng 2, cột «Ngày bắt đầu»: «31/02/2020» không phải là ngày hợp lệ; "
        "hãy ghi ngày/tháng/năm, ví dụ 24/04/2020"
    ]


def test_status_is_read_by_its_vietnamese_label(references):
    import_rows([HEADER, program_row("Tổ hòa giải", status="đã nhân rộng")])

    assert ModelProgram.objects.get().status == ModelProgram.Status.REPLICATED


def test_unknown_status_lists_the_accepted_labels(references):
    result = import_rows([HEADER, program_row("Tổ hòa giải", status="Tạm nghỉ")])

    assert result.error_lines() == [
        "Dòng 2, cột «Tình trạng»: «Tạm nghỉ» không hợp lệ; hãy ghi một trong: "
        "«Đang thực hiện», «Đã nhân rộng», «Đã dừng»"
    ]


def test_advanced_example_is_read_from_co_and_khong(references):
    rows = [HEADER, program_row("Tổ hòa giải"), program_row("Camera an ninh")]
    rows[2] = (*rows[2][:7], "Không", *rows[2][8:])

    import_rows(rows)

    assert dict(ModelProgram.objects.values_list("name", "is_advanced_example")) == {
        "Tổ hòa giải": True,
        "Camera an ninh": False,
    }


def test_every_bad_row_is_reported_and_no_row_is_written(references):
    rows = [
        HEADER,
        program_row("Tổ hòa giải"),
        program_row("Camera an ninh", sector="Abc"),
        program_row("Đèn đường", start="hôm qua"),
    ]

    result = import_rows(rows)

    assert ModelProgram.objects.count() == 0
    assert result.error_lines() == [
        "Dòng 3, cột «Lĩnh vực»: không có lĩnh vực «Abc»",
        "Dòng 4, cột «Ngày bắt đầu»: «hôm qua» không phải là ngày hợp lệ; "
        "hãy ghi ngày/tháng/năm, ví dụ 24/04/2020",
    ]


def test_unknown_unit_is_a_row_error(references):
    row = list(program_row("Tổ hòa giải"))
    row[1] = "Phường Không Có"

    result = import_rows([HEADER, row])

    assert result.error_lines() == [
        "Dòng 2, cột «Đơn vị điểm»: không có đơn vị điểm «Phường Không Có»"
    ]


def test_names_match_whatever_the_case(references):
    import_rows([HEADER, program_row("Tổ hòa giải", sector="AN NINH TRẬT TỰ")])

    assert ModelProgram.objects.get().sector == references["sector"]


def test_unit_name_shared_by_two_units_needs_its_type(references):
    PilotUnitFactory(name="Đông Hưng", unit_type=PilotUnit.UnitType.WARD, former_district="")
    ambiguous = list(program_row("Tổ hòa giải"))
    typed = list(program_row("Camera an ninh"))
    typed[1] = "Phường Đông Hưng"

    result = import_rows([HEADER, ambiguous])
    assert "có nhiều đơn vị điểm khớp với «Đông Hưng»" in result.error_lines()[0]

    import_rows([HEADER, typed])
    assert ModelProgram.objects.get().unit.unit_type == PilotUnit.UnitType.WARD


def test_unit_is_found_by_type_name_and_a_district_holding_brackets(references):
    unit = PilotUnitFactory(name="An Thạnh", former_district="huyện Hòa Bình (cũ)")
    PilotUnitFactory(name="An Thạnh", former_district="huyện Đông Hải (cũ)")
    row = list(program_row("Tổ hòa giải"))
    row[1] = "Xã An Thạnh (huyện Hòa Bình (cũ))"

    import_rows([HEADER, row])

    assert ModelProgram.objects.get().unit == unit


def test_period_is_found_by_its_years_whatever_the_dash(references):
    row = list(program_row("Tổ hòa giải"))
    row[4] = "2011 - 2015"

    import_rows([HEADER, row])

    assert ModelProgram.objects.get().period == references["period"]


def test_missing_required_column_is_reported_before_any_row(references):
    rows = [HEADER[:2], ("Tổ hòa giải", "Đông Hưng")]

    result = import_rows(rows)

    assert ModelProgram.objects.count() == 0
    assert result.error_lines()[0].startswith("Tệp thiếu cột «Lĩnh vực»")


def test_headers_match_whatever_the_case_and_spaces(references):
    header = [f"  {name.upper()} " for name in HEADER]

    import_rows([header, program_row("Tổ hòa giải")])

    assert ModelProgram.objects.count() == 1


def test_blank_rows_left_by_excel_are_ignored(references, officer_client):
    rows = [HEADER, program_row("Tổ hòa giải"), [None] * len(HEADER), [None] * len(HEADER)]

    preview = officer_client.post(IMPORT_URL, upload(rows, "xlsx"))
    officer_client.post(CONFIRM_URL, preview.context["confirm_form"].initial)

    assert ModelProgram.objects.count() == 1


def test_same_unit_and_name_updates_the_existing_program(references):
    program = ModelProgramFactory(name="Tổ hòa giải", unit=references["unit"])

    import_rows([HEADER, program_row("Tổ hòa giải", status="Đã dừng")])

    program.refresh_from_db()
    assert ModelProgram.objects.count() == 1
    assert program.status == ModelProgram.Status.STOPPED


def test_replicated_units_are_read_from_one_cell(references):
    PilotUnitFactory(name="Tân Lập", former_district="")
    PilotUnitFactory(name="Hòa Bình", unit_type=PilotUnit.UnitType.WARD, former_district="")
    header = (*HEADER, "Nhân rộng tại")
    row = (*program_row("Tổ hòa giải"), "Xã Tân Lập; Phường Hòa Bình")

    import_rows([header, row])

    program = ModelProgram.objects.get()
    assert sorted(unit.name for unit in program.replicated_to.all()) == ["Hòa Bình", "Tân Lập"]


def test_unknown_replicated_unit_is_a_row_error_and_nothing_is_written(references):
    header = (*HEADER, "Nhân rộng tại")
    row = (*program_row("Tổ hòa giải"), "Xã Không Có")

    result = import_rows([header, row])

    assert ModelProgram.objects.count() == 0
    assert result.error_lines() == [
        "Dòng 2, cột «Nhân rộng tại»: không có đơn vị điểm «Xã Không Có»"
    ]


def test_descriptions_keep_their_line_breaks(references):
    row = list(program_row("Tổ hòa giải"))
    row[8] = "Tổ tuần tra.\r\n  Hòa giải mâu thuẫn.  "

    import_rows([HEADER, row])

    assert ModelProgram.objects.get().description == "Tổ tuần tra.\nHòa giải mâu thuẫn."


# Export ------------------------------------------------------------------------------------------


def test_export_has_vietnamese_headers_names_and_day_first_dates(references):
    ModelProgramFactory(
        name="Tổ hòa giải",
        unit=references["unit"],
        sector=references["sector"],
        start_date=date(2020, 4, 24),
        status=ModelProgram.Status.REPLICATED,
        is_advanced_example=True,
    )

    exported = ModelProgramResource().export(ModelProgram.objects.all())

    assert exported.headers[:8] == list(HEADER[:8])
    row = dict(zip(exported.headers, exported[0], strict=True))
    assert row["Đơn vị điểm"] == "Xã Đông Hưng (Huyện Đông Hưng)"
    assert row["Lĩnh vực"] == "An ninh trật tự"
    assert row["Ngày bắt đầu"] == "24/04/2020"
    assert row["Tình trạng"] == "Đã nhân rộng"
    assert row["Điển hình tiên tiến"] == "Có"


def test_text_starting_with_equals_is_exported_as_text_not_a_formula(references):
    program = ModelProgramFactory(unit=references["unit"], results="=HYPERLINK(1)")
    exported = ModelProgramResource().export(ModelProgram.objects.all())
    row = dict(zip(exported.headers, exported[0], strict=True))

    assert row["Kết quả"] == "'=HYPERLINK(1)"
    ModelProgramResource().import_data(tablib.Dataset().load(exported.export("csv"), "csv"))
    program.refresh_from_db()
    assert program.results == "=HYPERLINK(1)"


def test_exported_file_imports_back_unchanged(references):
    unit = PilotUnitFactory(name="An Thạnh", former_district="huyện Hòa Bình (cũ)")
    ModelProgramFactory(name="Tổ hòa giải", unit=unit, start_date=date(2020, 4, 24))
    ModelProgramFactory(name="Đèn đường", unit=references["unit"]).replicated_to.add(unit)
    exported = ModelProgramResource().export(ModelProgram.objects.all())

    result = ModelProgramResource().import_data(
        tablib.Dataset().load(exported.export("csv"), "csv")
    )

    assert result.error_lines() == []
    assert result.totals["skip"] == 2
    assert ModelProgram.objects.count() == 2


def test_admin_export_downloads_an_excel_file(officer_client, references):
    ModelProgramFactory(name="Tổ hòa giải", unit=references["unit"])
    url = reverse("admin:models_registry_modelprogram_export")

    form = officer_client.get(url).context["form"]
    selected = {name: "on" for name in form.fields if name.startswith("modelprogramresource_")}

    response = officer_client.post(url, {"format": "0", "resource": "0", **selected})

    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "mo-hinh-diem-" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in sheet[1]][:3] == ["Tên mô hình", "Đơn vị điểm", "Lĩnh vực"]
    assert sheet["A2"].value == "Tổ hòa giải"


def test_export_form_labels_columns_in_vietnamese(officer_client):
    form = officer_client.get(reverse("admin:models_registry_modelprogram_export")).context["form"]

    assert form.fields["modelprogramresource_start_date"].label == "Ngày bắt đầu"


# Pilot units --------------------------------------------------------------------------------------

UNIT_HEADER = ("Tên đơn vị", "Loại đơn vị", "Huyện cũ", "Năm chọn làm điểm", "Giai đoạn")


def test_pilot_units_are_imported_with_type_label_and_period():
    period = PeriodFactory()

    import_rows(
        [UNIT_HEADER, ("Tân Lập", "Xã", "Huyện Vũ Thư", 2012, "2011–2015")], PilotUnitResource
    )

    unit = PilotUnit.objects.get()
    assert (unit.unit_type, unit.former_district, unit.year_chosen, unit.period) == (
        PilotUnit.UnitType.COMMUNE,
        "Huyện Vũ Thư",
        2012,
        period,
    )


def test_pilot_unit_year_outside_its_period_is_refused_in_import():
    PeriodFactory()

    result = import_rows(
        [UNIT_HEADER, ("Tân Lập", "Xã", "Huyện Vũ Thư", 2019, "2011–2015")], PilotUnitResource
    )

    assert PilotUnit.objects.count() == 0
    assert result.error_lines() == [
        "Dòng 2, cột «Năm chọn làm điểm»: Năm chọn làm điểm phải nằm trong giai đoạn 2011–2015."
    ]


def test_officer_can_import_pilot_units_from_excel(officer_client):
    url = reverse("admin:models_registry_pilotunit_import")
    data = upload([UNIT_HEADER, ("Tân Lập", "Xã", "Huyện Vũ Thư", 2012, "")], "xlsx")
    data["import_file"].name = "don-vi.xlsx"

    preview = officer_client.post(url, data)
    officer_client.post(
        reverse("admin:models_registry_pilotunit_process_import"),
        preview.context["confirm_form"].initial,
    )

    assert PilotUnit.objects.get().name == "Tân Lập"


@pytest.mark.parametrize(("dry_run", "announced"), [(False, 1), (True, 0)])
def test_an_import_announces_one_change_or_none_on_a_dry_run(
    references, django_capture_on_commit_callbacks, dry_run, announced
):
    rows = [HEADER, *(program_row(f"Mô hình số {n}") for n in range(100))]
    with django_capture_on_commit_callbacks() as callbacks:
        result = import_rows(rows, dry_run=dry_run)
    assert not result.has_errors() and not result.has_validation_errors()
    # Once for the whole file, whatever its number of rows (mttq_portal.pagecache).
    assert [callback.__name__ for callback in callbacks] == ["renew_version"] * announced
