"""Vietnamese text helpers: stored-text cleaning, slugs and search keys. Defined once here, used
by every app."""

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

# Text pasted from Word or a PDF carries characters nobody sees. Control characters break XML
# (Django's feeds refuse C0 controls with UnserializableContentError) and PostgreSQL cannot store
# NUL; lone surrogates cannot be encoded as UTF-8 at all, and U+FFFE/U+FFFF are not XML
# characters. Zero-width and bidirectional formatting characters make "Nguyễn Văn A" another
# string than the name it looks like, so a single line (a name, a title, a number) drops them too.
# What ends a line (tab included) is a space in a single line; multi-line text keeps tab and LF
# and writes every other line end as LF, the one a browser's textarea and Python agree on.
_LINE_ENDS = "\t\n\x0b\x0c\r\x85\u2028\u2029"
_CONTROLS = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
_UNSTORABLE = "\ud800-\udfff\ufffe\uffff"
_INVISIBLE = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb"
_INVISIBLE_CHARACTERS = re.compile(f"[{_INVISIBLE}]")
# Each pattern first finds, as one character class (which re scans in C at about 2 ns a
# character: a millisecond for a long article body), whether there is anything to do at all:
# text already stored clean is saved again and again. Only then does the slower pass with CRLF as
# one line end run.
_LINE_DIRTY = re.compile(f"[{_LINE_ENDS}{_CONTROLS}{_UNSTORABLE}{_INVISIBLE}]")
_LINE_CLEANING = re.compile(f"\r\n|{_LINE_DIRTY.pattern}")
_MULTILINE_ENDS = "\r\x85\u2028\u2029"
_MULTILINE_DIRTY = re.compile(f"[{_MULTILINE_ENDS}\x0b\x0c{_CONTROLS}{_UNSTORABLE}]")
_MULTILINE_CLEANING = re.compile(f"\r\n|{_MULTILINE_DIRTY.pattern}")


def _space_for_line_end(match):
    found = match.group()
    return " " if found == "\r\n" or found in _LINE_ENDS else ""


def _newline_for_line_end(match):
    found = match.group()
    return "\n" if found == "\r\n" or found in _MULTILINE_ENDS else ""


def clean_line(value: str) -> str:
    """Return single-line text (a name, a title, a number, a slug) as it may be stored: each line
    end or tab as a space; control, invisible formatting and unstorable characters removed.

    Nothing else changes (no trimming, no case or Unicode-form change); None is returned as is.
    """
    if not isinstance(value, str) or not _LINE_DIRTY.search(value):
        return value
    return _LINE_CLEANING.sub(_space_for_line_end, value)


def clean_multiline(value: str) -> str:
    """Return multi-line text (a description, rich-text HTML) as it may be stored: tabs kept,
    every line end as LF, control and unstorable characters removed.

    Zero-width characters stay: in a paragraph they may be wanted (line-break hints in long
    words, joiners in scripts that need them), and nobody looks a paragraph up by its value.
    """
    if not isinstance(value, str) or not _MULTILINE_DIRTY.search(value):
        return value
    return _MULTILINE_CLEANING.sub(_newline_for_line_end, value)


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
    # An invisible character inside a word must not cut it: "Ng\u200buyễn" gives "nguyen".
    value = _INVISIBLE_CHARACTERS.sub("", str(value))
    slug = slugify(_NON_WORD.sub(" ", strip_diacritics(value)))
    if max_length:
        slug = slug[:max_length].rstrip("-")
    return slug


def normalize_search(value: str) -> str:
    """Return the search key of `value`: lower case, no diacritics, single spaces.

    Composed and decomposed input give the same key, so "mô hình điểm", "MO HINH DIEM" and
    "mo hinh diem" all match each other.
    """
    # Invisible characters go without a trace, so that "Văn" with a zero-width space inside
    # (kept in a stored description) is still found by "van".
    value = _CONTROL.sub(" ", _INVISIBLE_CHARACTERS.sub("", str(value)))
    # Lone surrogates cannot be encoded anywhere downstream; drop them.
    value = value.encode("utf-8", "ignore").decode("utf-8")
    value = strip_diacritics(value).lower()
    return _SPACES.sub(" ", value).strip()
