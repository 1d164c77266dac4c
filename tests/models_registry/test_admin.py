"""The registry's admin: officers work there, editors may not."""

from datetime import date

import pytest
from django.urls import reverse

from models_registry.models import ModelProgram, PilotUnit, Review
from tests.models_registry.factories import (
    ModelProgramFactory,
    PeriodFactory,
    PilotUnitFactory,
    SectorFactory,
)

pytestmark = pytest.mark.django_db

MODELS = ["sector", "campaign", "period", "pilotunit", "modelprogram", "review"]


@pytest.mark.parametrize("model", MODELS)
def test_officer_can_open_each_registry_list_and_add_form(officer_client, model):
    assert (
        officer_client.get(reverse(f"admin:models_registry_{model}_changelist")).status_code == 200
    )
    assert officer_client.get(reverse(f"admin:models_registry_{model}_add")).status_code == 200


@pytest.mark.parametrize("model", MODELS)
def test_editor_cannot_open_the_registry_admin(client, editor, model):
    client.force_login(editor)

    assert client.get(reverse(f"admin:models_registry_{model}_changelist")).status_code == 403


def test_editor_cannot_export(client, editor):
    client.force_login(editor)

    assert client.get(reverse("admin:models_registry_modelprogram_export")).status_code == 403


def test_officer_adds_a_program_with_a_day_first_date_and_a_review_inline(officer_client):
    unit, sector = PilotUnitFactory(), SectorFactory()
    data = {
        "name": "Tổ tự quản",
        "unit": unit.pk,
        "sector": sector.pk,
        "start_date": "05/06/2025",
        "status": "running",
        "description": "",
        "results": "",
        "slug": "",
        "reviews-TOTAL_FORMS": "1",
        "reviews-INITIAL_FORMS": "0",
        "reviews-0-kind": "interim",
        "reviews-0-date": "24/04/2020",
        "reviews-0-summary": "Sơ kết một năm.",
    }

    response = officer_client.post(reverse("admin:models_registry_modelprogram_add"), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    program = ModelProgram.objects.get()
    assert program.start_date == date(2025, 6, 5)
    assert Review.objects.get(program=program).date == date(2020, 4, 24)


def test_admin_refuses_a_unit_chosen_outside_its_period(officer_client):
    period = PeriodFactory()
    data = {"name": "Tân Lập", "unit_type": "xa", "year_chosen": "2019", "period": period.pk}

    response = officer_client.post(reverse("admin:models_registry_pilotunit_add"), data)

    assert response.status_code == 200
    assert "Năm chọn làm điểm phải nằm trong giai đoạn 2011–2015." in response.content.decode()
    assert not PilotUnit.objects.exists()


def test_admin_refuses_a_period_ending_before_it_starts(officer_client):
    data = {"name": "2020–2015", "start_year": "2020", "end_year": "2015"}

    response = officer_client.post(reverse("admin:models_registry_period_add"), data)

    assert "Năm bắt đầu không được sau năm kết thúc." in response.content.decode()


def test_admin_search_finds_programs_typed_without_diacritics(officer_client):
    ModelProgramFactory(name="Tổ hòa giải ở cơ sở")
    ModelProgramFactory(name="Camera an ninh", description="Lắp camera ở ngõ xóm.")
    url = reverse("admin:models_registry_modelprogram_changelist")

    response = officer_client.get(url, {"q": "hoa giai"})

    assert [program.name for program in response.context["cl"].result_list] == [
        "Tổ hòa giải ở cơ sở"
    ]


def test_unit_autocomplete_finds_units_typed_without_diacritics(officer_client):
    PilotUnitFactory(name="Đông Hưng")
    PilotUnitFactory(name="Tân Lập", former_district="Huyện Vũ Thư")
    url = reverse("admin:autocomplete")
    params = {
        "term": "dong hung",
        "app_label": "models_registry",
        "model_name": "modelprogram",
        "field_name": "unit",
    }

    response = officer_client.get(url, params)

    assert [result["text"] for result in response.json()["results"]] == ["Xã Đông Hưng"]


def test_program_form_uses_autocomplete_for_units_and_sectors(officer_client):
    form = (
        officer_client.get(reverse("admin:models_registry_modelprogram_add"))
        .context["adminform"]
        .form
    )

    assert form.fields["unit"].widget.widget.__class__.__name__ == "AutocompleteSelect"
    assert form.fields["sector"].widget.widget.__class__.__name__ == "AutocompleteSelect"


def test_program_list_in_admin_runs_a_fixed_number_of_queries(officer_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse("admin:models_registry_modelprogram_changelist")
    ModelProgramFactory.create_batch(3)
    officer_client.get(url)
    with CaptureQueriesContext(connection) as few:
        officer_client.get(url)
    ModelProgramFactory.create_batch(22)
    with CaptureQueriesContext(connection) as many:
        officer_client.get(url)

    assert len(many) == len(few)


def test_import_page_is_in_vietnamese(officer_client):
    page = officer_client.get(reverse("admin:models_registry_modelprogram_import")).content.decode()

    assert "Tệp cần nhập" in page
    assert "Định dạng tệp" in page
    assert "Tên mô hình, Đơn vị điểm, Lĩnh vực" in page
    assert "File to import" not in page
