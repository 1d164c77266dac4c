"""An officer imports model programs from Excel in the admin (upload, preview, confirm), and the
public finds them on /mo-hinh/ and on their own pages."""

import pytest
from django.conf import settings
from openpyxl import Workbook
from playwright.sync_api import expect

from models_registry.models import Campaign, ModelProgram, Period, PilotUnit, Sector
from models_registry.resources import unit_label
from tests.models_registry.test_import import HEADER as IMPORT_HEADER

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ADMIN = f"/{settings.ADMIN_URL}"
# The columns of models_registry.resources.ModelProgramResource, as an exported file has them.
HEADER = list(IMPORT_HEADER)
NEW_PROGRAMS = [
    "Camera an ninh “Mắt thần khu phố” do dân góp vốn",
    "Tổ thu gom, phân loại rác thải tại nguồn ở bến cá",
]


def programs_workbook(path):
    """Write an .xlsx of two new model programs naming the demo's units and reference rows."""
    units = list(PilotUnit.objects.order_by("name")[:2])
    campaign = Campaign.objects.order_by("name").first()
    period = Period.objects.get(name="2011–2015")
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Mô hình điểm"
    sheet.append(HEADER)
    sheet.append(
        [
            NEW_PROGRAMS[0],
            unit_label(units[0]),
            "An ninh trật tự",
            campaign.name,
            period.name,
            "15/03/2014",
            "Đang thực hiện",
            "Có",
            "Mỗi hộ góp 50.000 đồng lắp 12 camera ở các ngã ba, ngã tư của khu phố.",
            "Hai năm liền không xảy ra trộm cắp tài sản.",
        ]
    )
    sheet.append(
        [
            NEW_PROGRAMS[1],
            unit_label(units[1]),
            "Bảo vệ môi trường",
            campaign.name,
            period.name,
            "02/09/2013",
            "Đã nhân rộng",
            "Không",
            "Chi hội Phụ nữ vận động ngư dân phân loại rác ngay trên ghe.",
            "Bến cá sạch, được nhân rộng ra 3 ấp ven biển.",
        ]
    )
    workbook.save(path)
    return path, units


def test_officer_imports_model_programs_from_excel_and_the_public_sees_them(
    visit, demo_site, tmp_path
):
    path, units = programs_workbook(tmp_path / "mo-hinh-diem-2025.xlsx")
    before = ModelProgram.objects.count()
    officer = visit("desktop")
    page = officer.page
    officer.log_in("canbo")

    officer.goto(f"{ADMIN}models_registry/modelprogram/")
    with page.expect_navigation():
        page.locator(".object-tools a[href$='/import/']").click()
    officer.assert_page_ok()
    page.set_input_files("input[name=import_file]", str(path))
    page.select_option("select[name=format]", label="xlsx")
    with page.expect_navigation():
        page.locator("input[type=submit][value='Tải lên và xem trước']").click()
    officer.assert_page_ok()

    # The preview: every row, nothing written yet.
    preview = page.locator("table.import-preview")
    for name in NEW_PROGRAMS:
        expect(preview).to_contain_text(name)
    assert ModelProgram.objects.count() == before
    officer.screenshot("admin-import-preview", full_page=False)

    with page.expect_navigation():
        page.locator("input[name=confirm]").click()
    officer.assert_page_ok()
    expect(page.locator(".messagelist")).to_contain_text("2 dòng mới")
    assert ModelProgram.objects.count() == before + 2
    camera = ModelProgram.objects.get(name=NEW_PROGRAMS[0])
    assert camera.unit == units[0]
    assert camera.sector == Sector.objects.get(name="An ninh trật tự")
    assert camera.is_advanced_example

    # The public list, filtered as a reader would, and the model's own page.
    citizen = visit("phone")
    public = citizen.page
    citizen.goto("/mo-hinh/")
    expect(public.locator(".registry__summary")).to_contain_text(f"Tất cả {before + 2} mô hình")
    citizen.goto(f"/mo-hinh/?linh-vuc={camera.sector.slug}&dien-hinh=1")
    link = public.get_by_role("link", name=NEW_PROGRAMS[0])
    expect(link).to_be_visible()
    with public.expect_navigation():
        link.click()
    citizen.assert_page_ok()
    expect(public.locator("h1")).to_have_text(NEW_PROGRAMS[0])
    facts = public.locator(".facts")
    expect(facts).to_contain_text(str(units[0]))
    expect(facts).to_contain_text("15/03/2014")
    expect(public.locator(".program-item__badges")).to_contain_text("Điển hình tiên tiến")
    citizen.assert_no_problems()
    officer.assert_no_problems()
