"""Vietnamese alphabetical order, the same on PostgreSQL (ICU's collation "vietnamese", migration
mttq_portal 0002) and SQLite (mttq_portal.collation.sort_key, registered on each connection):
a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, case aside, tones only between words
otherwise equal (a à ả ã á ạ), a space before any letter; lower case before upper as the last
tie-break. Model orders, public lists, facets, the admin's lists, autocompletes and exports."""

import io
import random

import pytest
from django.db import connection
from django.urls import reverse
from openpyxl import load_workbook

from models_registry.models import Campaign, ModelProgram, PilotUnit, Sector
from mttq_portal.collation import sort_key
from tests.models_registry.factories import (
    CampaignFactory,
    ModelProgramFactory,
    PeriodFactory,
    PilotUnitFactory,
    SectorFactory,
)

pytestmark = pytest.mark.django_db

# In Vietnamese alphabetical order: a name for each letter, upper and lower case, the six tones
# of "ma", and "An Thạnh" before "Anh Dũng" (a space before any letter).
NAMES = [
    "an phú",
    "An Thạnh",
    "Anh Dũng",
    "Ăng Tơ",
    "Ân Thi",
    "bình an",
    "Bình Minh",
    "Cẩm Giàng",
    "Dũng Tiến",
    "Đông Hưng",
    "đồng tâm",
    "Eo Gió",
    "Ê Ban",
    "Gia Lộc",
    "Hòa Bình",
    "Ia Grai",
    "Kiến Xương",
    "Long Mỹ",
    "Ma",
    "Mà",
    "Mả",
    "Mã",
    "Má",
    "Mạ",
    "Mỹ Đức",
    "Nam Trực",
    "Óc Eo",
    "Ô Môn",
    "ơn trời",
    "Phù Cừ",
    "Quỳnh Phụ",
    "Rạch Giá",
    "Sơn Tây",
    "Tân Lập",
    "Uông Bí",
    "Ứng Hòa",
    "ưu điểm",
    "Vĩnh Hưng",
    "Xuân Trường",
    "Yên Mỹ",
]


def shuffled(names, seed=2025):
    """Return `names` in a fixed scrambled order, so rows are not created in the order
    expected (the id order would hide a missing collation)."""
    names = list(names)
    random.Random(seed).shuffle(names)
    assert names != sorted(names, key=sort_key)
    return names


def test_sort_key_gives_the_vietnamese_alphabet():
    assert sorted(shuffled(NAMES), key=sort_key) == NAMES


def test_sort_key_breaks_ties_by_tone_then_lower_before_upper_case():
    expected = ["hoa bình", "Hoa Bình", "hòa bình", "Hòa Bình", "HÒA BÌNH"]

    assert sorted(shuffled(expected, seed=7), key=sort_key) == expected


# Models' default order --------------------------------------------------------------------------


@pytest.fixture
def units():
    """A commune for each name, created in scrambled order."""
    period = PeriodFactory()
    return [PilotUnitFactory(name=name, period=period) for name in shuffled(NAMES)]


def test_sectors_are_in_alphabetical_order():
    for name in shuffled(NAMES):
        SectorFactory(name=name)

    assert list(Sector.objects.values_list("name", flat=True)) == NAMES


def test_sectors_with_the_same_display_order_are_alphabetical_within_it():
    SectorFactory(name="Ân Thi", order=2)
    SectorFactory(name="Yên Mỹ", order=1)
    SectorFactory(name="Đông Hưng", order=2)
    SectorFactory(name="Anh Dũng", order=2)

    assert list(Sector.objects.values_list("name", flat=True)) == [
        "Yên Mỹ",
        "Anh Dũng",
        "Ân Thi",
        "Đông Hưng",
    ]


def test_campaigns_are_in_alphabetical_order():
    for name in shuffled(NAMES):
        CampaignFactory(name=name)

    assert list(Campaign.objects.values_list("name", flat=True)) == NAMES


def test_pilot_units_are_in_alphabetical_order(units):
    assert list(PilotUnit.objects.values_list("name", flat=True)) == NAMES


def test_model_programs_are_in_alphabetical_order():
    unit = PilotUnitFactory(name="An Thạnh")
    sector = SectorFactory(name="Xây dựng nông thôn mới")
    for name in shuffled(NAMES):
        ModelProgramFactory(name=name, unit=unit, sector=sector)

    assert list(ModelProgram.objects.values_list("name", flat=True)) == NAMES


def test_case_only_breaks_ties_lower_case_first():
    # Saved without validation: one name for the records' identity, three for the order.
    for name in ["HÒA BÌNH", "hòa bình", "Hoa Bình", "Hòa Bình", "hoa bình"]:
        SectorFactory(name=name)

    assert list(Sector.objects.values_list("name", flat=True)) == [
        "hoa bình",
        "Hoa Bình",
        "hòa bình",
        "Hòa Bình",
        "HÒA BÌNH",
    ]


# Public pages -----------------------------------------------------------------------------------


def test_public_unit_list_shows_the_units_in_alphabetical_order(client, units):
    listed = []
    for page in ("1", "2"):
        response = client.get(reverse("models_registry:unit_list"), {"trang": page})
        assert response.status_code == 200
        html = response.content.decode()
        names = [unit.name for unit in response.context["page_obj"].object_list]
        # The page shows them in that order too.
        positions = [html.index(f">Xã {name}</a>") for name in names]
        assert positions == sorted(positions)
        listed += names

    assert listed == NAMES


@pytest.fixture
def programs(units):
    """A program for each unit, each of its own campaign, over three periods."""
    sector = SectorFactory(name="Xây dựng nông thôn mới")
    periods = [
        PeriodFactory(name="2021–2025", start_year=2021, end_year=2025),
        PeriodFactory(name="2011–2015", start_year=2011, end_year=2015),
        PeriodFactory(name="2016–2020", start_year=2016, end_year=2020),
    ]
    campaigns = {name: CampaignFactory(name=name) for name in shuffled(NAMES, seed=3)}
    return [
        ModelProgramFactory(
            name=f"Mô hình ở {unit.name}",
            unit=unit,
            sector=sector,
            campaign=campaigns[unit.name],
            period=periods[index % 3],
        )
        for index, unit in enumerate(units)
    ]


def facet_labels(response, title):
    [facet] = [facet for facet in response.context["facets"] if facet.title == title]
    return [option.label for option in facet.visible_options]


def test_program_list_facets_are_alphabetical_and_periods_by_their_years(client, programs):
    response = client.get(reverse("models_registry:program_list"))

    assert response.status_code == 200
    assert facet_labels(response, "Đơn vị điểm") == [f"Xã {name}" for name in NAMES]
    assert facet_labels(response, "Cuộc vận động, phong trào") == NAMES
    assert facet_labels(response, "Giai đoạn") == ["2011–2015", "2016–2020", "2021–2025"]
    # The page shows them in that order: the pilot units' facet, as rendered.
    facet = response.content.decode().split('id="facet-unit"')[1].split("</section>")[0]
    positions = [facet.index(f">Xã {name}</a>") for name in NAMES]
    assert positions == sorted(positions)


def test_program_list_is_alphabetical(client, programs):
    listed = []
    for page in ("1", "2"):
        response = client.get(reverse("models_registry:program_list"), {"trang": page})
        listed += [program.name for program in response.context["programs"]]

    assert listed == sorted(listed, key=sort_key)
    assert listed[:3] == ["Mô hình ở an phú", "Mô hình ở An Thạnh", "Mô hình ở Anh Dũng"]


# The admin --------------------------------------------------------------------------------------

UNIT_CHANGELIST = reverse("admin:models_registry_pilotunit_changelist")


def changelist_names(response):
    assert response.status_code == 200
    return [unit.name for unit in response.context["cl"].result_list]


def test_admin_pilot_unit_list_is_alphabetical(admin_client, units):
    assert changelist_names(admin_client.get(UNIT_CHANGELIST)) == NAMES


def test_admin_pilot_unit_list_sorted_by_name_column_is_alphabetical(admin_client, units):
    assert changelist_names(admin_client.get(UNIT_CHANGELIST, {"o": "1"})) == NAMES
    assert changelist_names(admin_client.get(UNIT_CHANGELIST, {"o": "-1"})) == NAMES[::-1]


def test_admin_sector_autocomplete_lists_sectors_alphabetically(admin_client):
    for name in shuffled(NAMES):
        SectorFactory(name=name)
    listed, page, more = [], 1, True
    while more:
        response = admin_client.get(
            reverse("admin:autocomplete"),
            {
                "app_label": "models_registry",
                "model_name": "modelprogram",
                "field_name": "sector",
                "term": "",
                "page": page,
            },
        )
        assert response.status_code == 200
        data = response.json()
        listed += [result["text"] for result in data["results"]]
        more, page = data["pagination"]["more"], page + 1

    assert listed == NAMES


def test_admin_export_of_pilot_units_is_alphabetical(admin_client, units):
    url = reverse("admin:models_registry_pilotunit_export")
    form = admin_client.get(url).context["form"]
    selected = {name: "on" for name in form.fields if name.startswith("pilotunitresource_")}

    response = admin_client.post(url, {"format": "0", "resource": "0", **selected})

    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet["A1"].value == "Tên đơn vị"
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == NAMES


# sort_key is ICU's order ------------------------------------------------------------------------

VARIED = [
    *NAMES,
    "hoa bình",
    "Hoa Bình",
    "hòa bình",
    "HÒA BÌNH",
    "Hoà Bình",
    "Hoa",
    "Hòa",
    "Hỏa",
    "Hõa",
    "Hóa",
    "Họa",
    "Hà",
    "Hạ",
    "Ha Long",
    "Hạ Long",
    "Hà Nam",
    "Đặng",
    "đặng",
    "Dặng",
    "\u00d0ặng",
    "Nguyễn",
    "Nguyên",
    "Ngô",
    "Ngọ",
    "Tinh",
    "Tình",
    "Tỉnh",
    "Tính",
    "Thủy",
    "Thuỷ",
    "thủy",
    "An-Thạnh",
    "An\u00a0Thạnh",
    "2011–2015",
    "2011-2015",
    "18/11",
    "Khu 1",
    "Khu 10",
    "Khu 2",
    "«Ngày hội»",
    "(cũ)",
    "fa",
    "Fa",
    "ja",
    "wa",
    "Zô",
]


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="compares sort_key() with PostgreSQL's ICU collation; SQLite's collation is sort_key()",
)
def test_sort_key_order_is_postgresqls_vietnamese_collation():
    with connection.cursor() as cursor:
        cursor.execute(
            'SELECT x FROM unnest(%s::text[]) AS t(x) ORDER BY x COLLATE "vietnamese"',
            [shuffled(VARIED)],
        )
        ordered = [row[0] for row in cursor.fetchall()]

    assert ordered == sorted(VARIED, key=sort_key)
