"""/thong-ke/: totals and the charts' data tables."""

import re

import pytest
from django.urls import reverse

from models_registry.models import ModelProgram
from tests.models_registry.factories import (
    ModelProgramFactory,
    PeriodFactory,
    PilotUnitFactory,
    SectorFactory,
)

pytestmark = pytest.mark.django_db

URL = reverse("statistics")


@pytest.fixture
def figures():
    security = SectorFactory(name="An ninh trật tự", order=1)
    environment = SectorFactory(name="Môi trường", order=2)
    early = PeriodFactory(name="2011–2015", start_year=2011, end_year=2015)
    late = PeriodFactory(name="2016–2020", start_year=2016, end_year=2020)
    tan_lap = PilotUnitFactory(name="Tân Lập")
    hoa_binh = PilotUnitFactory(name="Hòa Bình")
    PilotUnitFactory(name="Chưa có mô hình")
    ModelProgramFactory(sector=security, period=early, unit=tan_lap, is_advanced_example=True)
    ModelProgramFactory(sector=security, period=early, unit=tan_lap)
    ModelProgramFactory(
        sector=security, period=late, unit=hoa_binh, status=ModelProgram.Status.REPLICATED
    )
    ModelProgramFactory(
        sector=environment, period=None, unit=hoa_binh, status=ModelProgram.Status.STOPPED
    )


def table(response, chart_id):
    """Return the data table of chart `chart_id` as {label: value}, read from the page."""
    page = response.content.decode()
    figure = page[page.index(f'id="{chart_id}"') :]
    body = figure[figure.index("<tbody>") : figure.index("</tbody>")]
    rows = re.findall(
        r'<th scope="row">(?:<a [^>]*>)?(.*?)(?:</a>)?</th><td class="num">(\d+)', body
    )
    return {label: int(value) for label, value in rows}


def chart(response, chart_id):
    item = next(item for item in response.context["charts"] if item["id"] == chart_id)
    return {bar.label: bar.value for bar in item["chart"].bars}


def test_totals_count_units_programs_and_advanced_examples(client, figures):
    totals = client.get(URL).context["totals"]

    assert totals == {"units": 3, "programs": 4, "advanced": 1, "replicated": 1}


def test_totals_are_shown_on_the_page(client, figures):
    page = client.get(URL).content.decode()

    assert "<strong>3</strong> đơn vị điểm" in page
    assert "<strong>4</strong> mô hình điểm" in page
    assert "<strong>1</strong> điển hình tiên tiến" in page


def test_table_by_sector(client, figures):
    response = client.get(URL)

    assert table(response, "mo-hinh-theo-linh-vuc") == {"An ninh trật tự": 3, "Môi trường": 1}


def test_table_by_unit(client, figures):
    response = client.get(URL)

    assert table(response, "mo-hinh-theo-don-vi") == {
        "Xã Hòa Bình": 2,
        "Xã Tân Lập": 2,
        "Xã Chưa có mô hình": 0,
    }


def test_table_by_period_counts_programs_without_one(client, figures):
    response = client.get(URL)

    assert table(response, "mo-hinh-theo-giai-doan") == {
        "2011–2015": 2,
        "2016–2020": 1,
        "Chưa xác định giai đoạn": 1,
    }


def test_table_by_status(client, figures):
    response = client.get(URL)

    assert table(response, "mo-hinh-theo-tinh-trang") == {
        "Đang thực hiện": 2,
        "Đã nhân rộng": 1,
        "Đã dừng": 1,
    }


def test_charts_draw_the_same_numbers_as_their_tables(client, figures):
    response = client.get(URL)

    for item in response.context["charts"]:
        assert chart(response, item["id"]) == table(response, item["id"])


def test_chart_rows_link_to_the_filtered_list(client, figures):
    response = client.get(URL)
    item = next(
        item for item in response.context["charts"] if item["id"] == "mo-hinh-theo-tinh-trang"
    )
    replicated = next(bar for bar in item["chart"].bars if bar.label == "Đã nhân rộng")

    assert len(client.get(replicated.url).context["programs"]) == 1


def test_statistics_page_works_with_no_data(client, db):
    response = client.get(URL)

    assert response.status_code == 200
    assert "Chưa có số liệu." in response.content.decode()


def test_charts_are_svg_with_a_data_table_readable_without_javascript(client, figures):
    page = client.get(URL).content.decode()

    for chart_id in (
        "mo-hinh-theo-linh-vuc",
        "mo-hinh-theo-don-vi",
        "mo-hinh-theo-giai-doan",
        "mo-hinh-theo-tinh-trang",
    ):
        figure = page.split(f'id="{chart_id}"', 1)[1].split("</figure>", 1)[0]
        assert "<svg" in figure and "<table" in figure
    assert "<script" not in page.split("</header>", 1)[1].split("<footer", 1)[0]


def test_statistics_view_is_easy_to_extend_with_more_charts(rf, figures):
    from mttq_portal.statistics import StatisticsView

    class WithMore(StatisticsView):
        def get_charts(self):
            return [*super().get_charts(), {"id": "khac", "chart": None, "label_header": ""}]

    view = WithMore()
    view.setup(rf.get(URL))
    assert [item["id"] for item in view.get_context_data()["charts"]][-1] == "khac"
