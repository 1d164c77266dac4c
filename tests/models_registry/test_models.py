"""The registry's rules held by the models and the database."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from models_registry.models import Period, PilotUnit
from tests.models_registry.factories import ModelProgramFactory, PeriodFactory, PilotUnitFactory

pytestmark = pytest.mark.django_db


def test_database_refuses_a_period_starting_after_it_ends():
    with pytest.raises(IntegrityError):
        Period.objects.create(name="2020–2015", start_year=2020, end_year=2015)


def test_period_ending_before_it_starts_is_refused_in_vietnamese():
    period = Period(name="2020–2015", start_year=2020, end_year=2015)

    with pytest.raises(ValidationError, match=r"Năm bắt đầu không được sau năm kết thúc\."):
        period.full_clean()


def test_unit_chosen_outside_its_period_is_refused():
    unit = PilotUnitFactory.build(year_chosen=2019, period=PeriodFactory())

    with pytest.raises(ValidationError) as error:
        unit.full_clean()
    assert error.value.message_dict["year_chosen"] == [
        "Năm chọn làm điểm phải nằm trong giai đoạn 2011–2015."
    ]


def test_unit_chosen_in_its_period_or_without_one_is_accepted():
    PilotUnitFactory.build(year_chosen=2015, period=PeriodFactory()).full_clean()
    PilotUnitFactory.build(year_chosen=2030, period=None).full_clean()


def test_programs_with_the_same_name_get_different_slugs():
    first = ModelProgramFactory(name="Đèn đường chiếu sáng")
    second = ModelProgramFactory(name="Đèn đường chiếu sáng")

    assert first.slug == "den-duong-chieu-sang"
    assert second.slug == "den-duong-chieu-sang-2"


def test_slug_stays_when_the_name_changes():
    program = ModelProgramFactory(name="Đèn đường")
    program.name = "Thắp sáng đường quê"
    program.save()

    assert program.slug == "den-duong"


def test_unit_slug_keeps_its_type_and_every_letter():
    assert PilotUnitFactory(name="Đông Hưng").slug == "xa-dong-hung"


@pytest.mark.parametrize(
    ("district", "label"),
    [
        ("Huyện Đông Hưng", "Huyện Đông Hưng (cũ)"),
        ("Thành phố Thái Bình", "Thành phố Thái Bình (cũ)"),
        ("Đông Hưng", "Đông Hưng (huyện cũ)"),
        ("huyện Hòa Bình (cũ)", "huyện Hòa Bình (cũ)"),
        # The mark said once, however it was typed.
        ("Huyện Hòa Bình (Cũ)", "Huyện Hòa Bình (cũ)"),
        ("huyện Hòa Bình cũ", "huyện Hòa Bình (cũ)"),
        ("Hòa Bình (huyện cũ)", "Hòa Bình (huyện cũ)"),
        ("huyện Hòa Bình ( cũ )", "huyện Hòa Bình (cũ)"),
        ("", ""),
    ],
)
def test_former_district_is_labelled_as_historical(district, label):
    assert PilotUnitFactory.build(former_district=district).former_district_label == label


def test_the_current_kinds_of_unit_come_first_and_a_township_is_shown_as_former():
    assert [label for _, label in PilotUnit.UnitType.choices] == [
        "Xã",
        "Phường",
        "Đặc khu",
        "Thị trấn",
    ]
    assert str(PilotUnitFactory.build(name="Gành Hào", unit_type="thi_tran")) == (
        "Thị trấn Gành Hào (cũ)"
    )
    assert str(PilotUnitFactory.build(name="Gành Hào", unit_type="dac_khu")) == "Đặc khu Gành Hào"
