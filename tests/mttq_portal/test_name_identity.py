"""One name, one record: two spellings of one name (tone placement, case, Unicode form, spaces,
invisible characters, "Ð" for "Đ", dashes) are one record, in the admin's forms, in the imports
and in `manage.py find_duplicates`; real diacritic differences ("Hà", "Hạ") are two names.

mttq_portal.text.name_key, mttq_portal.models.OneRecordPerName, mttq_portal.importing,
models_registry.resources.find_pilot_unit, mttq_portal/management/commands/find_duplicates.py.
"""

import io
import unicodedata

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from awards.models import AwardDecision, Commendation
from models_registry.models import Campaign, ModelProgram, Period, PilotUnit, Sector
from mttq_portal.roles import OFFICER
from mttq_portal.text import name_key
from news.models import Category
from tests.awards.admin_posts import ADD_URL as DECISION_ADD_URL
from tests.awards.admin_posts import add_recipient_on_change_page, decision_fields, recipient_rows
from tests.awards.factories import AwardDecisionFactory, CommendationFactory, award
from tests.models_registry.conftest import upload
from tests.models_registry.factories import (
    CampaignFactory,
    ModelProgramFactory,
    PeriodFactory,
    PilotUnitFactory,
    SectorFactory,
)
from tests.news.factories import CategoryFactory, staff_member

ZWSP = "\u200b"  # zero-width space
NBSP = "\u00a0"  # non-breaking space
ETH = "\u00d0"  # "Ð", what old converters leave for "Đ"


@pytest.fixture
def officer_client(client, db):
    """A "Cán bộ phong trào", who imports pilot units and model programs."""
    client.force_login(staff_member(OFFICER, "canbo"))
    return client


def nfd(text):
    return unicodedata.normalize("NFD", text)


def nfc(text):
    return unicodedata.normalize("NFC", text)


# name_key ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Hòa", "Hoà"),
        ("Thủy", "Thuỷ"),
        ("Qúy", "Quý"),
        ("Khỏe", "Khoẻ"),
        ("Nguyễn Văn Hòa", "NGUYỄN VĂN HOÀ"),
        ("Nguyễn Văn Hòa", "nguyễn văn hòa"),
        ("Nguyễn Văn Hòa", nfd("Nguyễn Văn Hòa")),
        ("Nguyễn Văn Hòa", "Nguyễn   Văn  Hòa"),
        ("Nguyễn Văn Hòa", f"Nguyễn{NBSP}Văn{NBSP}{NBSP}Hòa"),
        ("Nguyễn Văn Hòa", " Nguyễn Văn Hòa "),
        ("Nguyễn Văn Hòa", f"Ng{ZWSP}uyễn Văn Hòa"),
        ("Nguyễn Văn Hòa", "Nguyễn Văn\u2060 Hòa\ufeff"),
        ("Đặng Văn Ân", f"{ETH}ặng Văn Ân"),
        ("đặng văn ân", f"{ETH.lower()}ặng văn ân"),
        ("2011 – 2015", "2011-2015"),
        ("2011—2015", "2011 - 2015"),
        ("Giai đoạn 2016 ‒ 2020", "giai đoạn 2016-2020"),
        ("125/QĐ – MTTQ", "125/qđ-mttq"),
    ],
)
def test_two_spellings_of_one_name_have_one_key(first, second):
    assert name_key(first) == name_key(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Hà", "Hạ"),
        ("Nguyễn Thị Hà", "Nguyễn Thị Hạ"),
        ("Hòa", "Hoa"),
        ("Thủy", "Thùy"),
        ("Đặng", "Dặng"),
        ("An Thạnh", "Anh Thạnh"),
        ("Tân Lập", "Tấn Lập"),
        ("2011-2015", "20112015"),
    ],
)
def test_names_that_differ_by_a_real_diacritic_or_letter_have_two_keys(first, second):
    assert name_key(first) != name_key(second)


# Every model of one record per name refuses a second spelling ---------------------------------


def refusal(record):
    """Return {field: [messages]} of the ValidationError full_clean() raises for `record`."""
    with pytest.raises(ValidationError) as raised:
        record.full_clean()
    return raised.value.message_dict


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("model", "factory", "extra"),
    [
        (Category, CategoryFactory, {"order": 0}),
        (Sector, SectorFactory, {"order": 0}),
        (Campaign, CampaignFactory, {}),
    ],
)
@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Xây dựng nông thôn mới", "xây dựng nông thôn mới"),
        ("Xây dựng nông thôn mới", nfd("Xây dựng  nông thôn mới")),
        ("Hòa giải ở cơ sở", "Hoà giải ở cơ sở"),
        ("Phòng chống thiên tai, thủy lợi", f"Phòng chống thiên tai, thuỷ{NBSP}lợi"),
        ("Đoàn kết tôn giáo", f"{ETH}oàn kết tôn{ZWSP} giáo"),
    ],
)
def test_named_reference_rows_refuse_another_spelling_of_a_stored_name(
    model, factory, extra, stored, typed
):
    existing = factory(name=stored)

    errors = refusal(model(name=typed, **extra))

    verbose_name = model._meta.verbose_name
    assert errors["name"] == [
        f"Đã có {verbose_name} «{stored}» (mã {existing.pk}) cùng tên này, chỉ khác cách viết "
        "(chữ hoa, chữ thường, vị trí dấu thanh hoặc khoảng trắng). Hãy dùng bản ghi đã có "
        "thay vì tạo thêm."
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("model", "extra"),
    [(Category, {"order": 0}), (Sector, {"order": 0}), (Campaign, {})],
)
def test_names_that_differ_by_a_diacritic_are_two_records(model, extra):
    # Slugs given: a category's save() does not make its slug unique (see the next test).
    model(name="Khu dân cư Hà Nội", slug="khu-dan-cu-ha-noi", **extra).save()
    other = model(name="Khu dân cư Hạ Nội", slug="khu-dan-cu-ha-noi-2", **extra)

    other.full_clean()
    other.save()

    assert model.objects.count() == 2


@pytest.mark.django_db
def test_category_differing_by_a_diacritic_gets_a_slug_of_its_own(admin_client):
    CategoryFactory(name="Khu dân cư Hà Nội")

    admin_client.post(
        reverse("admin:news_category_add"),
        {
            "name": "Khu dân cư Hạ Nội",
            "slug": "",
            "description": "",
            "order": "1",
            "is_active": "on",
        },
    )

    assert sorted(Category.objects.values_list("slug", flat=True)) == [
        "khu-dan-cu-ha-noi",
        "khu-dan-cu-ha-noi-2",
    ]


@pytest.mark.django_db
def test_a_record_saved_again_is_not_its_own_duplicate():
    sector = SectorFactory(name="Hòa giải ở cơ sở")
    sector.description = "Tổ hòa giải ở thôn, tổ dân phố."

    sector.full_clean()


@pytest.mark.django_db
def test_renaming_a_record_to_another_spelling_of_its_own_name_is_allowed():
    sector = SectorFactory(name="Hòa giải ở cơ sở")
    sector.name = "Hoà giải ở cơ sở"

    sector.full_clean()
    sector.save()

    assert Sector.objects.get().name == "Hoà giải ở cơ sở"


@pytest.mark.django_db
def test_renaming_a_record_to_another_records_name_is_refused():
    existing = SectorFactory(name="Hòa giải ở cơ sở")
    other = SectorFactory(name="An ninh trật tự")
    other.name = "HOÀ GIẢI Ở CƠ SỞ"

    errors = refusal(other)

    assert f"«Hòa giải ở cơ sở» (mã {existing.pk})" in errors["name"][0]


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["2011-2015", "2011 – 2015", "2011 - 2015", "2011—2015"])
def test_period_refuses_its_name_written_with_another_dash(typed):
    existing = PeriodFactory(name="2011–2015", start_year=2011, end_year=2015)

    errors = refusal(Period(name=typed, start_year=2011, end_year=2015))

    assert errors["name"][0].startswith(f"Đã có giai đoạn «2011–2015» (mã {existing.pk})")


# Pilot units: type, name and former district ---------------------------------------------------


@pytest.fixture
def an_thanh(db):
    return PilotUnitFactory(
        name="An Thạnh", unit_type=PilotUnit.UnitType.COMMUNE, former_district="huyện Hòa Bình"
    )


@pytest.mark.parametrize(
    ("name", "district"),
    [
        ("An Thạnh", "Huyện Hoà Bình"),
        ("an thạnh", "huyện Hòa Bình"),
        (nfd("An Thạnh"), "huyện Hòa Bình"),
        ("An Thạnh", nfd("huyện Hòa Bình")),
        (f"An{NBSP}Thạnh", "huyện  Hòa Bình"),
        (f"An Th{ZWSP}ạnh", "huyện Hòa Bình"),
        ("An Thạnh", "Hòa Bình"),  # a bare name is a "huyện"
        ("An Thạnh", "Hoà Bình (cũ)"),
        ("An Thạnh", "Hòa Bình cũ"),
        ("An Thạnh", "Hòa Bình (huyện cũ)"),
        ("An Thạnh", "Huyện Hòa Bình (cũ)"),
        ("An Thạnh", "huyện Hòa Bình ( Cũ )"),
    ],
)
def test_pilot_unit_of_the_same_type_name_and_former_district_is_refused(an_thanh, name, district):
    unit = PilotUnit(name=name, unit_type=PilotUnit.UnitType.COMMUNE, former_district=district)

    errors = refusal(unit)

    assert errors["name"] == [
        f"Đã có đơn vị điểm «Xã An Thạnh», huyện Hòa Bình (cũ) (mã {an_thanh.pk}) cùng tên và "
        "cùng huyện cũ, chỉ khác cách viết (chữ hoa, chữ thường, vị trí dấu thanh hoặc khoảng "
        "trắng). Hãy dùng đơn vị đã có thay vì tạo thêm."
    ]


@pytest.mark.parametrize(
    ("name", "unit_type", "district"),
    [
        ("An Thạnh", PilotUnit.UnitType.WARD, "huyện Hòa Bình"),  # another type
        ("An Thạnh", PilotUnit.UnitType.COMMUNE, "huyện Hòa Thành"),  # another district
        ("An Thạnh", PilotUnit.UnitType.COMMUNE, "thị xã Hòa Bình"),  # not the "huyện"
        ("An Thạnh", PilotUnit.UnitType.COMMUNE, ""),  # no district
        ("Ân Thạnh", PilotUnit.UnitType.COMMUNE, "huyện Hòa Bình"),  # another name
    ],
)
def test_pilot_unit_differing_in_type_district_or_name_is_another_unit(
    an_thanh, name, unit_type, district
):
    unit = PilotUnit(name=name, unit_type=unit_type, former_district=district)

    unit.full_clean()
    unit.save()

    assert PilotUnit.objects.count() == 2


@pytest.mark.django_db
def test_two_units_without_district_are_one_when_their_names_are():
    existing = PilotUnitFactory(name="Tân Lập", former_district="", period=None, year_chosen=None)

    errors = refusal(
        PilotUnit(name="TÂN  LẬP", unit_type=PilotUnit.UnitType.COMMUNE, former_district="")
    )

    assert f"«Xã Tân Lập» (mã {existing.pk})" in errors["name"][0]


# Model programs: per pilot unit ----------------------------------------------------------------


@pytest.mark.django_db
def test_model_program_refuses_another_spelling_in_the_same_unit_only():
    existing = ModelProgramFactory(name="Tổ hòa giải ở cơ sở")
    unit, sector = existing.unit, existing.sector

    errors = refusal(ModelProgram(name="Tổ hoà  giải ở cơ sở", unit=unit, sector=sector))

    assert errors["name"] == [
        f"Đơn vị điểm này đã có mô hình «Tổ hòa giải ở cơ sở» (mã {existing.pk}) cùng tên, chỉ "
        "khác cách viết (chữ hoa, chữ thường, vị trí dấu thanh hoặc khoảng trắng)."
    ]
    elsewhere = ModelProgram(name="Tổ hoà giải ở cơ sở", unit=PilotUnitFactory(), sector=sector)
    elsewhere.full_clean()
    elsewhere.save()
    assert ModelProgram.objects.count() == 2


# Award decisions: issuer and number ------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("issuer", "number"),
    [
        ("Ủy ban MTTQ Việt Nam tỉnh", "125/qđ-ubmttq"),
        ("Uỷ ban MTTQ Việt Nam tỉnh", "125/QĐ-UBMTTQ"),
        ("ỦY BAN MTTQ VIỆT NAM TỈNH", "125/QĐ – UBMTTQ"),
        ("Ủy ban MTTQ Việt Nam tỉnh", f"125/Q{ETH}-UBMTTQ"),
        (nfd("Ủy ban MTTQ Việt Nam tỉnh"), f"125/QĐ-{ZWSP}UBMTTQ"),
    ],
)
def test_award_decision_refuses_another_spelling_of_issuer_and_number(issuer, number):
    existing = AwardDecisionFactory(number="125/QĐ-UBMTTQ", issuer="Ủy ban MTTQ Việt Nam tỉnh")
    decision = AwardDecision(
        number=number,
        issuer=issuer,
        signed_on=existing.signed_on,
        title="Về việc khen thưởng tập thể, cá nhân tiêu biểu",
    )

    errors = refusal(decision)

    assert errors["number"] == [
        f"Ủy ban MTTQ Việt Nam tỉnh đã có quyết định số 125/QĐ-UBMTTQ (ký ngày 24/04/2020, mã "
        f"{existing.pk}); số và cơ quan ban hành chỉ khác cách viết (chữ hoa, chữ thường, dấu "
        "thanh hoặc khoảng trắng)."
    ]


@pytest.mark.django_db
def test_same_number_of_another_issuer_is_another_decision():
    existing = AwardDecisionFactory(number="125/QĐ-UBMTTQ", issuer="Ủy ban MTTQ Việt Nam tỉnh")
    decision = AwardDecision(
        number="125/QĐ-UBMTTQ",
        issuer="Ủy ban MTTQ Việt Nam huyện Hòa Bình",
        signed_on=existing.signed_on,
        title="Về việc khen thưởng tập thể, cá nhân tiêu biểu",
    )

    decision.full_clean()


# Commendations: per decision, name and organization --------------------------------------------

SAME_PERSON = [
    ("Nguyễn Văn Hòa", "Nguyễn Văn Hoà"),
    ("Trần Thị Thủy", "Trần Thị Thuỷ"),
    ("Lê Thị Mai", f"Lê Thị{ZWSP} Mai"),
    ("Đặng Văn Ân", f"{ETH}ặng Văn Ân"),
    ("Phạm Thị Qúy", "PHẠM THỊ QUÝ"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("stored", "typed"), SAME_PERSON)
def test_commendation_refuses_another_spelling_of_a_recipient_of_the_decision(stored, typed):
    existing = CommendationFactory(recipient_name=stored, organization="Khu dân cư số 3")
    twin = Commendation(
        decision=existing.decision,
        recipient_kind=Commendation.RecipientKind.INDIVIDUAL,
        recipient_name=typed,
        organization="Khu dân cư  số 3",
        award_type=award("giay_khen"),
    )

    errors = refusal(twin)

    assert errors["recipient_name"] == [
        f"Quyết định đã có «{stored}», Khu dân cư số 3: cùng tên và đơn vị công tác, có thể chỉ "
        "khác cách viết (chữ hoa, chữ thường, vị trí dấu thanh hoặc khoảng trắng)."
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "organization", "other_decision"),
    [
        ("Nguyễn Thị Hạ", "Khu dân cư số 3", False),  # Hà and Hạ: two people
        ("Nguyễn Thị Hà", "Khu dân cư số 5", False),  # another organization
        ("Nguyễn Thị Hà", "Khu dân cư số 3", True),  # another decision
    ],
)
def test_commendation_of_another_person_organization_or_decision_is_allowed(
    name, organization, other_decision
):
    existing = CommendationFactory(recipient_name="Nguyễn Thị Hà", organization="Khu dân cư số 3")
    decision = AwardDecisionFactory() if other_decision else existing.decision
    other = Commendation(
        decision=decision,
        recipient_kind=Commendation.RecipientKind.INDIVIDUAL,
        recipient_name=name,
        organization=organization,
        award_type=award("giay_khen"),
    )

    other.full_clean()
    other.save()

    assert Commendation.objects.count() == 2


# What is stored is what was typed --------------------------------------------------------------


@pytest.mark.django_db
def test_stored_name_keeps_its_tone_placement_without_invisible_characters(admin_client):
    response = admin_client.post(
        reverse("admin:models_registry_sector_add"),
        {"name": f"Hoà giải{ZWSP} ở cơ sở", "slug": "", "order": "0", "description": ""},
    )

    assert response.status_code == 302
    # The tone stays where it was typed ("Hoà", not "Hòa"); the invisible character goes.
    assert Sector.objects.get().name == "Hoà giải ở cơ sở"


@pytest.mark.django_db
def test_name_typed_decomposed_in_the_admin_is_stored_composed(admin_client):
    response = admin_client.post(
        reverse("admin:models_registry_sector_add"),
        {"name": nfd("Hoà giải ở cơ sở"), "slug": "", "order": "0", "description": ""},
    )

    assert response.status_code == 302
    assert Sector.objects.get().name == nfc("Hoà giải ở cơ sở")


@pytest.mark.django_db
def test_stored_recipient_keeps_its_spelling():
    commendation = CommendationFactory(recipient_name=f"Trần Thị{ZWSP} Thuỷ")

    commendation.refresh_from_db()
    assert commendation.recipient_name == "Trần Thị Thuỷ"


# The admin's forms -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_admin_sector_form_refuses_another_spelling_and_names_the_existing_sector(admin_client):
    existing = SectorFactory(name="Xây dựng nông thôn mới")

    response = admin_client.post(
        reverse("admin:models_registry_sector_add"),
        {"name": "XÂY DỰNG NÔNG THÔN MỚI", "slug": "", "order": "0", "description": ""},
    )

    assert response.status_code == 200
    assert f"Đã có lĩnh vực «Xây dựng nông thôn mới» (mã {existing.pk})" in (
        response.content.decode()
    )
    assert Sector.objects.count() == 1


@pytest.mark.django_db
def test_admin_category_form_refuses_another_tone_placement(admin_client):
    existing = CategoryFactory(name="Tin hoạt động hòa giải")

    response = admin_client.post(
        reverse("admin:news_category_add"),
        {
            "name": "Tin hoạt động hoà giải",
            "slug": "tin-hoat-dong-hoa-giai-2",
            "description": "",
            "order": "3",
            "is_active": "on",
        },
    )

    assert response.status_code == 200
    assert f"Đã có chuyên mục «Tin hoạt động hòa giải» (mã {existing.pk})" in (
        response.content.decode()
    )
    assert Category.objects.count() == 1


@pytest.mark.django_db
def test_admin_pilot_unit_form_refuses_the_same_unit_with_its_district_typed_otherwise(
    admin_client, an_thanh
):
    response = admin_client.post(
        reverse("admin:models_registry_pilotunit_add"),
        {
            "name": "An Thạnh",
            "unit_type": PilotUnit.UnitType.COMMUNE,
            "former_district": "Huyện Hoà Bình (cũ)",
            "year_chosen": "",
            "period": "",
            "slug": "",
            "description": "",
        },
    )

    assert response.status_code == 200
    assert f"Đã có đơn vị điểm «Xã An Thạnh», huyện Hòa Bình (cũ) (mã {an_thanh.pk})" in (
        response.content.decode()
    )
    assert PilotUnit.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(("first", "second"), SAME_PERSON)
def test_admin_decision_form_refuses_one_recipient_typed_twice(admin_client, first, second):
    rows = [
        {"recipient_name": first, "organization": "Khu dân cư số 3"},
        {"recipient_name": "Trần Văn Bình", "organization": "Khu dân cư số 3"},
        {"recipient_name": second, "organization": "Khu dân cư số 3"},
    ]

    response = admin_client.post(DECISION_ADD_URL, {**decision_fields(), **recipient_rows(rows)})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Danh sách có tập thể, cá nhân bị nhập trùng: «" in html
    assert "(dòng 1 và 3)" in html
    assert not AwardDecision.objects.exists()
    assert not Commendation.objects.exists()


@pytest.mark.django_db
def test_admin_decision_form_accepts_ha_and_ha_with_dot_below(admin_client):
    rows = [
        {"recipient_name": "Nguyễn Thị Hà", "organization": "Khu dân cư số 3"},
        {"recipient_name": "Nguyễn Thị Hạ", "organization": "Khu dân cư số 3"},
    ]

    response = admin_client.post(DECISION_ADD_URL, {**decision_fields(), **recipient_rows(rows)})

    assert response.status_code == 302, response.context and response.context["errors"]
    assert sorted(Commendation.objects.values_list("recipient_name", flat=True)) == [
        "Nguyễn Thị Hà",
        "Nguyễn Thị Hạ",
    ]


@pytest.mark.django_db
def test_admin_decision_change_page_refuses_a_recipient_already_there_spelled_otherwise(
    admin_client,
):
    existing = CommendationFactory(recipient_name="Nguyễn Văn Hòa", organization="Khu dân cư số 3")
    decision = existing.decision
    response = add_recipient_on_change_page(
        admin_client, existing, "Nguyễn Văn Hoà", "Khu dân cư số 3"
    )

    assert response.status_code == 200
    assert "Quyết định đã có «Nguyễn Văn Hòa», Khu dân cư số 3" in response.content.decode()
    assert decision.commendations.count() == 1


# Imports ---------------------------------------------------------------------------------------

UNIT_HEADER = ("Tên đơn vị", "Loại đơn vị", "Huyện cũ", "Năm chọn làm điểm", "Giai đoạn")
PROGRAM_HEADER = (
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


def admin_import(client, model_name, rows):
    """Import `rows` (the header first) through the admin's import page of
    models_registry.<model_name>: preview, then confirm; return the preview response."""
    preview = client.post(
        reverse(f"admin:models_registry_{model_name}_import"), upload(rows, "xlsx")
    )
    assert preview.status_code == 200
    assert "confirm_form" in preview.context, preview.content.decode()
    confirmed = client.post(
        reverse(f"admin:models_registry_{model_name}_process_import"),
        preview.context["confirm_form"].initial,
    )
    assert confirmed.status_code == 302
    return preview


def test_units_imported_twice_with_the_district_spelled_otherwise_are_one_unit(officer_client):
    admin_import(
        officer_client, "pilotunit", [UNIT_HEADER, ("An Thạnh", "Xã", "huyện Hòa Bình", 2012, "")]
    )
    admin_import(
        officer_client, "pilotunit", [UNIT_HEADER, ("An Thạnh", "Xã", "Huyện Hoà Bình", 2012, "")]
    )

    unit = PilotUnit.objects.get()
    assert (unit.name, unit.unit_type) == ("An Thạnh", PilotUnit.UnitType.COMMUNE)


def test_one_file_naming_a_unit_twice_spelled_otherwise_makes_one_unit(officer_client):
    admin_import(
        officer_client,
        "pilotunit",
        [
            UNIT_HEADER,
            ("An Thạnh", "Xã", "huyện Hòa Bình", 2012, ""),
            ("an  thạnh", "xã", "Hoà Bình (cũ)", 2012, ""),
        ],
    )

    # The second row is the first row's unit: it updates it rather than adding another.
    assert PilotUnit.objects.count() == 1


def test_imported_unit_of_another_district_is_another_unit(officer_client, an_thanh):
    admin_import(
        officer_client, "pilotunit", [UNIT_HEADER, ("An Thạnh", "Xã", "huyện Hòa Thành", 2012, "")]
    )

    assert sorted(PilotUnit.objects.values_list("former_district", flat=True)) == [
        "huyện Hòa Bình",
        "huyện Hòa Thành",
    ]


def program_row(name, unit, sector):
    return (name, unit, sector, "", "", "05/06/2025", "Đang thực hiện", "Có", "Tổ tự quản.", "")


@pytest.mark.parametrize(
    ("unit_cell", "sector_cell"),
    [
        ("xã an thạnh", "xây dựng nông thôn mới"),
        ("Xã An Thạnh", "Xây dựng nông thôn mới"),
        ("An Thạnh", "XÂY DỰNG NÔNG THÔN MỚI"),
        ("Xã An Thạnh (Huyện Hoà Bình)", nfd("Xây dựng nông thôn mới")),
        ("xã an thạnh (Hòa Bình cũ)", f"Xây dựng{NBSP}nông thôn{ZWSP} mới"),
    ],
)
def test_imported_program_finds_its_unit_and_sector_by_their_names_spelled_otherwise(
    officer_client, an_thanh, unit_cell, sector_cell
):
    sector = SectorFactory(name="Xây dựng nông thôn mới")

    admin_import(
        officer_client,
        "modelprogram",
        [PROGRAM_HEADER, program_row("Tổ hòa giải ở cơ sở", unit_cell, sector_cell)],
    )

    program = ModelProgram.objects.get()
    assert (program.unit, program.sector) == (an_thanh, sector)


def test_imported_program_spelled_otherwise_updates_the_stored_one(officer_client, an_thanh):
    sector = SectorFactory(name="Xây dựng nông thôn mới")
    existing = ModelProgramFactory(name="Tổ hòa giải ở cơ sở", unit=an_thanh, sector=sector)

    admin_import(
        officer_client,
        "modelprogram",
        [PROGRAM_HEADER, program_row("Tổ hoà giải ở cơ sở", "Xã An Thạnh", sector.name)],
    )

    assert list(ModelProgram.objects.values_list("pk", flat=True)) == [existing.pk]


def test_imported_sector_with_another_diacritic_is_not_found(officer_client, an_thanh):
    SectorFactory(name="Xây dựng nông thôn mới")

    preview = officer_client.post(
        reverse("admin:models_registry_modelprogram_import"),
        upload(
            [PROGRAM_HEADER, program_row("Tổ hòa giải", "Xã An Thạnh", "Xây dựng nông thôn mơi")],
            "xlsx",
        ),
    )

    assert "confirm_form" not in preview.context
    assert "Dòng 2, cột «Lĩnh vực»: không có lĩnh vực «Xây dựng nông thôn mơi»" in (
        preview.content.decode()
    )
    assert not ModelProgram.objects.exists()


RECIPIENT_HEADER = [
    "Đối tượng",
    "Tên tập thể, cá nhân",
    "Chức vụ",
    "Đơn vị công tác",
    "Hình thức khen thưởng",
    "Thành tích",
    "Đơn vị điểm",
    "Mô hình điểm",
]


def recipients_file(names, organization="Khu dân cư số 3"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(RECIPIENT_HEADER)
    for name in names:
        sheet.append(["Cá nhân", name, "Trưởng ban", organization, "Bằng khen", "", "", ""])
    buffer = io.BytesIO()
    book.save(buffer)
    return SimpleUploadedFile("danh-sach.xlsx", buffer.getvalue())


def preview_recipients(client, decision, names):
    url = reverse("admin:awards_awarddecision_import_recipients", args=[decision.pk])
    return client.post(url, {"import_file": recipients_file(names)})


@pytest.mark.django_db
@pytest.mark.parametrize(("first", "second"), SAME_PERSON)
def test_recipient_import_refuses_one_person_twice_in_the_file(admin_client, first, second):
    decision = AwardDecisionFactory(number="125/QĐ-UBMTTQ")

    response = preview_recipients(admin_client, decision, [first, "Trần Văn Bình", second])

    assert response.context["confirm_form"] is None
    assert response.context["error_lines"] == [
        f"Dòng 4, cột «Tên tập thể, cá nhân»: Dòng 2 của tệp đã có «{first}» cùng tên này, có thể "
        "chỉ khác cách viết (chữ hoa, chữ thường, vị trí dấu thanh hoặc khoảng trắng)."
    ]
    assert not Commendation.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("stored", "typed"), SAME_PERSON)
def test_recipient_import_refuses_a_person_already_in_the_decision(admin_client, stored, typed):
    existing = CommendationFactory(recipient_name=stored, organization="Khu dân cư số 3")

    response = preview_recipients(admin_client, existing.decision, ["Trần Văn Bình", typed])

    assert response.context["confirm_form"] is None
    assert response.context["error_lines"][0].startswith(
        f"Dòng 3, cột «Tên tập thể, cá nhân»: Quyết định đã có «{stored}», Khu dân cư số 3"
    )
    assert Commendation.objects.count() == 1


@pytest.mark.django_db
def test_recipient_import_takes_ha_and_ha_with_dot_below_as_two_people(admin_client):
    decision = AwardDecisionFactory(number="125/QĐ-UBMTTQ")

    response = preview_recipients(admin_client, decision, ["Nguyễn Thị Hà", "Nguyễn Thị Hạ"])

    assert response.context["error_lines"] == []
    assert response.context["confirm_form"] is not None


# manage.py find_duplicates ---------------------------------------------------------------------


def find_duplicates():
    out = io.StringIO()
    call_command("find_duplicates", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_find_duplicates_says_when_there_are_none():
    SectorFactory(name="Xây dựng nông thôn mới")
    PilotUnitFactory(name="An Thạnh", former_district="huyện Hòa Bình")
    PilotUnitFactory(name="An Thạnh", former_district="huyện Hòa Thành")
    CommendationFactory(recipient_name="Nguyễn Thị Hà")
    CommendationFactory(recipient_name="Nguyễn Thị Hạ")

    assert find_duplicates().strip() == "Không có bản ghi trùng."


@pytest.mark.django_db
def test_find_duplicates_lists_rows_stored_twice_under_two_spellings():
    period = PeriodFactory()
    sectors = Sector.objects.bulk_create(
        [
            Sector(name="Hòa giải ở cơ sở", slug="hoa-giai-o-co-so"),
            Sector(name="Hoà giải ở cơ sở", slug="hoa-giai-o-co-so-2"),
            Sector(name="An ninh trật tự", slug="an-ninh-trat-tu"),
        ]
    )
    units = PilotUnit.objects.bulk_create(
        [
            PilotUnit(
                name="An Thạnh",
                slug="xa-an-thanh",
                unit_type="xa",
                former_district="huyện Hòa Bình",
            ),
            PilotUnit(
                name="an thạnh",
                slug="xa-an-thanh-2",
                unit_type="xa",
                former_district="Hoà Bình (cũ)",
            ),
            PilotUnit(
                name="An Thạnh",
                slug="phuong-an-thanh",
                unit_type="phuong",
                former_district="Hòa Bình",
            ),
        ]
    )
    # Renamed behind validation's back (a bulk update): two rows, one name.
    campaigns = [CampaignFactory(name="Ngày vì người nghèo"), CampaignFactory(name="Tạm tên")]
    Campaign.objects.filter(pk=campaigns[1].pk).update(name="NGÀY VÌ NGƯỜI NGHÈO")
    decision = AwardDecisionFactory(period=period)
    first = CommendationFactory(decision=decision, recipient_name="Trần Thị Thủy")
    second = CommendationFactory(decision=decision, recipient_name="Nguyễn Văn Tạm")
    Commendation.objects.filter(pk=second.pk).update(recipient_name="Trần Thị Thuỷ")

    output = find_duplicates()

    lines = output.splitlines()
    assert "Lĩnh vực:" in lines
    assert f"  - mã {sectors[0].pk}: Hòa giải ở cơ sở" in lines
    assert f"  - mã {sectors[1].pk}: Hoà giải ở cơ sở" in lines
    assert f"mã {sectors[2].pk}:" not in output
    assert "Đơn vị điểm:" in lines
    assert f"  - mã {units[0].pk}: Xã An Thạnh" in lines
    assert f"  - mã {units[1].pk}: Xã an thạnh" in lines
    assert "Phường An Thạnh" not in output  # another type: another unit
    assert "Cuộc vận động, phong trào:" in lines
    assert f"  - mã {campaigns[0].pk}: Ngày vì người nghèo" in lines
    assert f"  - mã {campaigns[1].pk}: NGÀY VÌ NGƯỜI NGHÈO" in lines
    assert "Tập thể, cá nhân được khen thưởng:" in lines
    assert f"  - mã {first.pk}: Trần Thị Thủy" in lines
    assert f"  - mã {second.pk}: Trần Thị Thuỷ" in lines
    assert lines[-1].startswith("Có 4 nhóm bản ghi trùng.")
    assert "Không có bản ghi trùng." not in output
