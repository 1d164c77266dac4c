"""search_programs() and search_units(), used by /tim-kiem/: with or without diacritics."""

import pytest

from models_registry.search import search_programs, search_units
from tests.models_registry.factories import ModelProgramFactory, PilotUnitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry():
    unit = PilotUnitFactory(name="Đông Hưng", former_district="Huyện Đông Hưng")
    PilotUnitFactory(name="Tân Lập", former_district="Huyện Vũ Thư")
    ModelProgramFactory(name="Tổ hòa giải ở cơ sở", description="Hòa giải mâu thuẫn.", unit=unit)
    ModelProgramFactory(name="Camera an ninh", description="Lắp camera ở ngõ xóm.", unit=unit)


@pytest.mark.parametrize("query", ["hòa giải", "hoa giai", "HÒA GIẢI", "Hoa Giai"])
def test_programs_are_found_with_or_without_diacritics(registry, query):
    assert [program.name for program in search_programs(query)] == ["Tổ hòa giải ở cơ sở"]


def test_programs_are_found_by_their_description(registry):
    assert [program.name for program in search_programs("ngo xom")] == ["Camera an ninh"]


def test_every_word_must_match(registry):
    assert list(search_programs("camera hoa giai")) == []


@pytest.mark.parametrize("query", ["đông hưng", "dong hung", "vu thu"])
def test_units_are_found_by_name_or_former_district(registry, query):
    assert len(search_units(query)) == 1


@pytest.mark.parametrize("query", ["", "   ", "%", "_", "' OR 1=1 --", "\x00", "a" * 5000])
def test_any_input_is_safe(registry, query):
    list(search_programs(query))
    list(search_units(query))


def test_limit_caps_the_results(db):
    ModelProgramFactory.create_batch(5, name="Mô hình giống nhau")

    assert len(search_programs("mo hinh", limit=3)) == 3
