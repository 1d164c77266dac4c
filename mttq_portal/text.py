"""Vietnamese text helpers: slugs and search keys. Defined once here, used by every app."""

import functools
import re
import unicodedata

from django.utils.text import slugify

# "đ" is a letter of its own, not "d" with a combining mark, so Unicode decomposition keeps it
# and Django's slugify (which drops what is not ASCII) loses it: "Đặng" would become "ang".
_D_STROKE = str.maketrans({"đ": "d", "Đ": "D"})
_SPACES = re.compile(r"\s+")
# Control characters (NUL included, which PostgreSQL text cannot store) become spaces.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Punctuation between words (dashes, quotes, slashes) separates them in a slug: "2011–2015"
# gives "2011-2015", not "20112015".
_NON_WORD = re.compile(r"[^\w]+")


@functools.cache
def _combining_marks():
    """Return a pattern of every combining mark of the Basic Multilingual Plane (the marks
    unicodedata.combining() tells apart), built on first use (about 70 ms: not at every
    start-up): removing them with one re.sub is many times faster than testing each character
    of a long text in Python."""
    ranges, start = [], None
    for code in range(0x10000):
        is_surrogate = 0xD800 <= code <= 0xDFFF
        is_mark = not is_surrogate and unicodedata.combining(chr(code)) != 0
        if is_mark and start is None:
            start = code
        elif not is_mark and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(code - 1))}")
            start = None
    return re.compile(f"[{''.join(ranges)}]")


def strip_diacritics(value: str) -> str:
    """Return `value` with every Vietnamese tone and vowel mark removed, and đ/Đ as d/D."""
    return _combining_marks().sub("", unicodedata.normalize("NFD", value.translate(_D_STROKE)))


def vietnamese_slugify(value: str, max_length: int | None = None) -> str:
    """Return a URL slug keeping every letter: "Đặng Thanh Giang" gives "dang-thanh-giang"."""
    slug = slugify(_NON_WORD.sub(" ", strip_diacritics(str(value))))
    if max_length:
        slug = slug[:max_length].rstrip("-")
    return slug


def normalize_search(value: str) -> str:
    """Return the search key of `value`: lower case, no diacritics, single spaces.

    Composed and decomposed input give the same key, so "mô hình điểm", "MO HINH DIEM" and
    "mo hinh diem" all match each other.
    """
    value = _CONTROL.sub(" ", str(value))
    # Lone surrogates cannot be encoded anywhere downstream; drop them.
    value = value.encode("utf-8", "ignore").decode("utf-8")
    value = strip_diacritics(value).lower()
    return _SPACES.sub(" ", value).strip()
