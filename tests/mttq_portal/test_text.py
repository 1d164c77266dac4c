import unicodedata

import pytest

from mttq_portal.text import normalize_search, strip_diacritics, vietnamese_slugify

# Every vowel with every tone mark, in both cases: the 134 accented letters of Vietnamese.
VOWELS = {
    "a": "aàáảãạ",
    "ă": "ăằắẳẵặ",
    "â": "âầấẩẫậ",
    "e": "eèéẻẽẹ",
    "ê": "êềếểễệ",
    "i": "iìíỉĩị",
    "o": "oòóỏõọ",
    "ô": "ôồốổỗộ",
    "ơ": "ơờớởỡợ",
    "u": "uùúủũụ",
    "ư": "ừứửữự",
    "y": "yỳýỷỹỵ",
}
BASE = {"ă": "a", "â": "a", "ê": "e", "ô": "o", "ơ": "o", "ư": "u"}


@pytest.mark.parametrize("vowel,forms", VOWELS.items())
def test_every_tone_mark_is_removed_in_both_cases(vowel, forms):
    expected = BASE.get(vowel, vowel)
    for letter in forms:
        assert strip_diacritics(letter) == expected
        assert strip_diacritics(letter.upper()) == expected.upper()
        assert normalize_search(letter.upper()) == expected


def test_d_with_stroke_becomes_d():
    assert strip_diacritics("Đđ") == "Dd"
    assert normalize_search("ĐẶNG") == "dang"


def test_slug_keeps_every_letter():
    assert vietnamese_slugify("Đặng Thanh Giang") == "dang-thanh-giang"
    assert (
        vietnamese_slugify("Mô hình điểm, điển hình tiên tiến")
        == "mo-hinh-diem-dien-hinh-tien-tien"
    )
    assert vietnamese_slugify("Khu dân cư “Văn hóa” – 2011–2015") == "khu-dan-cu-van-hoa-2011-2015"


def test_slug_of_decomposed_input_equals_composed():
    composed = "Cuộc vận động Toàn dân đoàn kết"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert vietnamese_slugify(decomposed) == vietnamese_slugify(composed)


def test_slug_is_cut_at_a_word_boundary_dash():
    slug = vietnamese_slugify("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", max_length=12)
    assert slug == "uy-ban-mat-t"
    assert not slug.endswith("-")


def test_search_key_is_lower_case_without_diacritics_and_single_spaced():
    assert normalize_search("  Mô   HÌNH\tđiểm \n") == "mo hinh diem"


def test_search_key_of_decomposed_input_equals_composed():
    composed = "Phạm Văn Xuyên, Tỉnh ủy viên"
    assert normalize_search(unicodedata.normalize("NFD", composed)) == normalize_search(composed)
    assert normalize_search(composed) == "pham van xuyen tinh uy vien"


def test_search_key_drops_control_characters_and_lone_surrogates():
    assert normalize_search("an\x00ninh\x1f trật\ud800 tự") == "an ninh trat tu"
