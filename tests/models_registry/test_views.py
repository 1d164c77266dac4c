"""Public pages of the registry: /mo-hinh/, /don-vi-diem/ and their detail pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from models_registry.models import ModelProgram, PilotUnit
from mttq_portal.context_processors import navigation_groups
from mttq_portal.pagecache import current_version, renew_version
from tests.models_registry.factories import (
    CampaignFactory,
    ModelProgramFactory,
    PeriodFactory,
    PilotUnitFactory,
    ReviewFactory,
    SectorFactory,
)

pytestmark = pytest.mark.django_db

LIST_URL = reverse("models_registry:program_list")
UNIT_LIST_URL = reverse("models_registry:unit_list")


@pytest.fixture
def catalogue():
    """Four programs: two sectors, two periods, three statuses, one advanced example."""
    security = SectorFactory(name="An ninh trật tự", order=1)
    environment = SectorFactory(name="Môi trường", order=2)
    early = PeriodFactory(name="2011–2015", start_year=2011, end_year=2015)
    late = PeriodFactory(name="2016–2020", start_year=2016, end_year=2020)
    unit = PilotUnitFactory(name="Tân Lập")
    programs = {
        "patrol": ModelProgramFactory(
            name="Tổ tuần tra", sector=security, period=early, unit=unit, is_advanced_example=True
        ),
        "camera": ModelProgramFactory(
            name="Camera an ninh",
            sector=security,
            period=late,
            status=ModelProgram.Status.STOPPED,
        ),
        "lights": ModelProgramFactory(
            name="Đèn đường", sector=security, period=late, status=ModelProgram.Status.REPLICATED
        ),
        "rubbish": ModelProgramFactory(name="Phân loại rác", sector=environment, period=early),
    }
    return {"security": security, "environment": environment, "early": early, "late": late,
            "unit": unit, **programs}  # fmt: skip


def names(response):
    return sorted(program.name for program in response.context["programs"])


def facet_counts(response, facet_name):
    facet = next(facet for facet in response.context["facets"] if facet.name == facet_name)
    return {option.label: option.count for option in facet.options}


# Filters narrow the list ------------------------------------------------------------------------


def test_list_shows_every_program_without_filters(client, catalogue):
    response = client.get(LIST_URL)

    assert names(response) == ["Camera an ninh", "Phân loại rác", "Tổ tuần tra", "Đèn đường"]


def test_sector_filter_narrows_the_list(client, catalogue):
    response = client.get(LIST_URL, {"linh-vuc": catalogue["environment"].slug})

    assert names(response) == ["Phân loại rác"]


def test_period_filter_narrows_the_list(client, catalogue):
    response = client.get(LIST_URL, {"giai-doan": catalogue["late"].slug})

    assert names(response) == ["Camera an ninh", "Đèn đường"]


def test_campaign_filter_narrows_the_list(client, catalogue):
    other = CampaignFactory(name="Ngày vì người nghèo")
    ModelProgramFactory(name="Mái ấm", campaign=other)

    response = client.get(LIST_URL, {"cuoc-van-dong": other.slug})

    assert names(response) == ["Mái ấm"]


def test_unit_filter_narrows_the_list(client, catalogue):
    response = client.get(LIST_URL, {"don-vi": catalogue["unit"].slug})

    assert names(response) == ["Tổ tuần tra"]


def test_status_filter_takes_the_vietnamese_status_in_the_address(client, catalogue):
    response = client.get(LIST_URL, {"tinh-trang": "da-nhan-rong"})

    assert names(response) == ["Đèn đường"]


def test_advanced_example_filter_narrows_the_list(client, catalogue):
    response = client.get(LIST_URL, {"dien-hinh": "1"})

    assert names(response) == ["Tổ tuần tra"]


def test_filters_combine(client, catalogue):
    response = client.get(
        LIST_URL, {"linh-vuc": catalogue["security"].slug, "giai-doan": catalogue["late"].slug}
    )

    assert names(response) == ["Camera an ninh", "Đèn đường"]


# Counts next to each option -----------------------------------------------------------------------


def test_counts_without_filters_are_totals_per_option(client, catalogue):
    response = client.get(LIST_URL)

    assert facet_counts(response, "sector") == {"An ninh trật tự": 3, "Môi trường": 1}
    assert facet_counts(response, "period") == {"2016–2020": 2, "2011–2015": 2}
    assert facet_counts(response, "status") == {
        "Đang thực hiện": 2,
        "Đã nhân rộng": 1,
        "Đã dừng": 1,
    }
    assert facet_counts(response, "advanced") == {"Điển hình tiên tiến": 1}


def test_counts_follow_the_other_active_filters(client, catalogue):
    response = client.get(LIST_URL, {"giai-doan": catalogue["early"].slug})

    # Each option's count is what the list would show with that option chosen too.
    assert facet_counts(response, "sector") == {"An ninh trật tự": 1, "Môi trường": 1}
    assert facet_counts(response, "status") == {
        "Đang thực hiện": 2,
        "Đã nhân rộng": 0,
        "Đã dừng": 0,
    }
    # A facet ignores its own filter, so the other periods stay countable.
    assert facet_counts(response, "period") == {"2016–2020": 2, "2011–2015": 2}


def test_option_link_applies_its_filter_with_the_others_kept(client, catalogue):
    response = client.get(LIST_URL, {"giai-doan": catalogue["early"].slug})
    sector_facet = next(facet for facet in response.context["facets"] if facet.name == "sector")
    environment = next(option for option in sector_facet.options if option.label == "Môi trường")

    followed = client.get(environment.url)

    assert names(followed) == ["Phân loại rác"]
    assert environment.count == len(followed.context["programs"])


def test_active_filter_can_be_removed(client, catalogue):
    response = client.get(LIST_URL, {"linh-vuc": catalogue["environment"].slug})
    ((label, remove_url),) = response.context["active_filters"]

    assert label == "Lĩnh vực: Môi trường"
    assert len(client.get(remove_url).context["programs"]) == 4


def test_counts_are_shown_next_to_options(client, catalogue):
    page = client.get(LIST_URL).content.decode()

    assert 'aria-label="3 mô hình">3</span>' in page


# Bad parameters -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [
        {"linh-vuc": "khong-co"},
        {"linh-vuc": "x" * 5000},
        {"giai-doan": "'; DROP TABLE x; --"},
        {"don-vi": "\x00"},
        {"tinh-trang": "bay-gio"},
        {"dien-hinh": "co-le"},
        {"trang": "abc"},
        {"trang": "99999"},
        {"trang": "-1"},
    ],
)
def test_bad_parameters_never_break_the_list(client, catalogue, params):
    response = client.get(LIST_URL, params)

    assert response.status_code == 200
    assert len(response.context["programs"]) == 4


def test_unknown_filter_value_is_ignored_with_a_message(client, catalogue):
    response = client.get(LIST_URL, {"linh-vuc": "khong-co", "giai-doan": catalogue["late"].slug})

    assert names(response) == ["Camera an ninh", "Đèn đường"]
    assert "Không có lĩnh vực này; bộ lọc đã được bỏ qua." in response.content.decode()


def test_list_is_paginated_and_keeps_filters_in_page_links(client):
    sector = SectorFactory(name="Giao thông")
    ModelProgramFactory.create_batch(25, sector=sector)

    first = client.get(LIST_URL, {"linh-vuc": sector.slug})
    second = client.get(LIST_URL, {"linh-vuc": sector.slug, "trang": "2"})

    assert len(first.context["programs"]) == 20
    assert len(second.context["programs"]) == 5
    assert f"?linh-vuc={sector.slug}&amp;trang=2" in first.content.decode()


# A fixed number of queries ------------------------------------------------------------------
# Each page is measured with 3 rows and again with 25: the count must not move. The bound (two
# requests: one warming the caches, one measured) also guards against a query per option or row.


def queries_of(client, url, params=None):
    """Return the queries of rendering the page at `url`, with what a live site keeps warm (the
    content version, the navigation), but not the page itself."""
    renew_version()  # as a save in the admin or an import would announce
    current_version()
    navigation_groups(None)  # the menu, kept per content version
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params or {}).status_code == 200
    return len(captured)


def test_program_list_runs_the_same_queries_for_3_and_25_rows(client):
    sector, period = SectorFactory(), PeriodFactory()

    def add_programs(count):
        for _ in range(count):
            program = ModelProgramFactory(sector=sector, period=period)
            program.replicated_to.add(PilotUnitFactory())

    params = {"linh-vuc": sector.slug, "tinh-trang": "dang-thuc-hien"}
    add_programs(3)
    few = queries_of(client, LIST_URL, params)
    assert few <= 9  # the sector check, 6 facets, count, page
    add_programs(22)
    assert queries_of(client, LIST_URL, params) == few


def test_unit_list_runs_the_same_queries_for_3_and_25_rows(client):
    ModelProgramFactory.create_batch(3)
    few = queries_of(client, UNIT_LIST_URL)
    assert few <= 2  # count, page
    ModelProgramFactory.create_batch(22)
    assert queries_of(client, UNIT_LIST_URL) == few


def test_program_page_runs_the_same_queries_for_3_and_25_rows(client):
    program = ModelProgramFactory()

    def add_rows(count):
        for _ in range(count):
            program.replicated_to.add(PilotUnitFactory())
            ReviewFactory(program=program)

    add_rows(3)
    few = queries_of(client, program.get_absolute_url())
    assert few <= 4  # program, reviews, replicated, awards
    add_rows(22)
    assert queries_of(client, program.get_absolute_url()) == few


def test_unit_page_runs_the_same_queries_for_3_and_25_rows(client):
    unit = PilotUnitFactory()

    def add_rows(count):
        for _ in range(count):
            ModelProgramFactory(unit=unit)
            ModelProgramFactory().replicated_to.add(unit)

    add_rows(3)
    few = queries_of(client, unit.get_absolute_url())
    assert few <= 4  # unit, programs, replicated, awards
    add_rows(22)
    assert queries_of(client, unit.get_absolute_url()) == few


# Detail pages -------------------------------------------------------------------------------------


def test_program_page_shows_its_unit_sector_campaign_period_and_text(client):
    program = ModelProgramFactory(
        name="Tổ tự quản an ninh",
        unit=PilotUnitFactory(name="Tân Lập", former_district="Huyện Vũ Thư"),
        results="Không còn trộm cắp.",
    )

    page = client.get(program.get_absolute_url()).content.decode()

    assert "<h1>Tổ tự quản an ninh</h1>" in page
    assert "Xã Tân Lập" in page
    assert "Huyện Vũ Thư (cũ)" in page
    assert program.sector.name in page
    assert program.campaign.name in page
    assert program.period.name in page
    assert "Tổ tự quản tuần tra, hòa giải mâu thuẫn trong khu dân cư." in page
    assert "Không còn trộm cắp." in page


def test_program_page_lists_reviews_and_units_it_was_replicated_to(client):
    program = ModelProgramFactory(start_date="2020-04-24")
    program.replicated_to.add(PilotUnitFactory(name="Hòa Bình"))
    ReviewFactory(program=program, kind="final", date="2024-12-20", summary="Đạt kết quả tốt.")

    page = client.get(program.get_absolute_url()).content.decode()

    assert "Xã Hòa Bình" in page
    assert "Tổng kết" in page
    assert "20/12/2024" in page
    assert "Đạt kết quả tốt." in page
    assert "24/04/2020" in page


def test_unknown_program_is_not_found(client, db):
    assert client.get(reverse("models_registry:program", args=["khong-co"])).status_code == 404


def test_unit_list_shows_units_with_their_counts(client):
    unit = PilotUnitFactory(name="Tân Lập")
    ModelProgramFactory.create_batch(2, unit=unit)
    ModelProgramFactory().replicated_to.add(unit)

    response = client.get(UNIT_LIST_URL)

    listed = next(u for u in response.context["units"] if u.pk == unit.pk)
    assert (listed.program_count, listed.replicated_count) == (2, 1)
    assert "Xã Tân Lập" in response.content.decode()


def test_unit_page_shows_its_programs_and_programs_replicated_there(client):
    unit = PilotUnitFactory(name="Tân Lập", former_district="Đông Hưng")
    ModelProgramFactory(name="Tổ hòa giải", unit=unit)
    ModelProgramFactory(name="Camera an ninh").replicated_to.add(unit)

    page = client.get(unit.get_absolute_url()).content.decode()

    assert "Tổ hòa giải" in page
    assert "Camera an ninh" in page
    assert "Đông Hưng (huyện cũ)" in page


def test_unknown_unit_is_not_found(client, db):
    assert client.get(reverse("models_registry:unit", args=["khong-co"])).status_code == 404


def test_pages_link_the_registry_stylesheet(client, db):
    assert "css/registry.css" in client.get(LIST_URL).content.decode()


def test_unit_type_is_part_of_the_unit_name(db):
    assert str(PilotUnitFactory(name="Tiền Phong", unit_type=PilotUnit.UnitType.WARD)) == (
        "Phường Tiền Phong"
    )
