"""Vietnamese text helpers: stored-text cleaning, slugs and search keys. Defined once here, used
by every app."""

import functools
import re
import unicodedata

from django.utils.text import slugify

# "đ" is a letter of its own, not "d" with a combining mark, so Unicode decomposition keeps it
# and Django's slugify (which drops what is not ASCII) loses it: "Đặng" would become "ang".
_D_STROKE = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})
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
INVISIBLE_CHARACTERS = re.compile(f"[{_INVISIBLE}]")
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
    end or tab as a space; control, invisible formatting and unstorable characters removed;
    letters composed (NFC: macOS and some converters give "ộ" as "o" and two marks).

    Nothing else changes (no trimming, no case change); None is returned as is.
    """
    if not isinstance(value, str):
        return value
    if _LINE_DIRTY.search(value):
        value = _LINE_CLEANING.sub(_space_for_line_end, value)
    return _composed(value)


def _composed(value):
    # is_normalized() answers at once for text already composed, as nearly all text is.
    return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)


def clean_multiline(value: str) -> str:
    """Return multi-line text (a description, rich-text HTML) as it may be stored: tabs kept,
    every line end as LF, control and unstorable characters removed.

    Letters are composed (NFC), as in clean_line(). Zero-width characters stay: in a paragraph
    they may be wanted (line-break hints in long words, joiners in scripts that need them), and
    nobody looks a paragraph up by its value.
    """
    if not isinstance(value, str):
        return value
    if _MULTILINE_DIRTY.search(value):
        value = _MULTILINE_CLEANING.sub(_newline_for_line_end, value)
    return _composed(value)


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
    value = INVISIBLE_CHARACTERS.sub("", str(value))
    slug = slugify(_NON_WORD.sub(" ", strip_diacritics(value)))
    if max_length:
        slug = slug[:max_length].rstrip("-")
    return slug


# A word of a search key: letters and digits; everything else (spaces, dashes, slashes, dots,
# quotes) separates words, so "18/11/1930" is 18, 11 and 1930 and "mô-hình" is "mô hình".
_SEARCH_WORD = re.compile(r"[^\W_]+")
# "Ð" (U+00D0, the Icelandic eth) is what old fonts and encoding converters leave for "Đ".
_ETH = str.maketrans({"Ð": "Đ", "ð": "đ"})


def normalize_search(value: str, *, keep_diacritics=False) -> str:
    """Return the search key of `value`: its words, lower case, without diacritics (composed,
    with them, for `keep_diacritics`), separated by single spaces.

    Composed and decomposed input give the same key, so "mô hình điểm", "MO HINH DIEM" and
    "mo hinh diem" all match each other; punctuation separates words: "2011–2015" gives
    "2011 2015".
    """
    # Invisible characters go without a trace, so that "Văn" with a zero-width space inside
    # (kept in a stored description) is still found by "van".
    value = _CONTROL.sub(" ", INVISIBLE_CHARACTERS.sub("", str(value)))
    # Lone surrogates cannot be encoded anywhere downstream; drop them.
    value = value.encode("utf-8", "ignore").decode("utf-8").translate(_ETH)
    value = unicodedata.normalize("NFC", value) if keep_diacritics else strip_diacritics(value)
    return " ".join(_SEARCH_WORD.findall(value.lower()))


def exact_words(value: str) -> list[str]:
    """Return the distinct words of `value` that carry diacritics, as their exact search keys:
    lower case, composed, the tone mark where _canonical_word() puts it ("Hòa" and "Hoà" give
    "hoà"). Empty for text without diacritics."""
    words = normalize_search(value, keep_diacritics=True).split()
    return [_canonical_word(word) for word in dict.fromkeys(words) if not word.isascii()]


def search_key(name: str, *others: str) -> str:
    """Return what a record's search column holds: " <name> | <others> | <exact> ", the words of
    its name and of its other texts without diacritics (normalize_search), then the exact keys
    of every word that carries diacritics (exact_words()), so that a search can match words as
    typed and rank first what holds them so, then what holds them in its name
    (mttq_portal.searching).

    Every word is between two spaces, so that one LIKE finds a word's start or a whole word.
    """
    plain = " ".join(filter(None, (normalize_search(text) for text in others)))
    exact = dict.fromkeys(word for text in (name, *others) for word in exact_words(text))
    return f" {normalize_search(name)} | {plain} | {' '.join(exact)} "


# Vietnamese tone marks (decomposed): huyền, sắc, ngã, hỏi, nặng.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_VOWELS = frozenset("aăâeêioôơuưy")
_MARKED_VOWELS = frozenset("ăâêôơư")
# Two-vowel endings whose tone the current rule (Quy định chính tả 2018, as in "hoà", "thuỷ")
# puts on the second vowel of an open syllable.
_SECOND_VOWEL_TONED = frozenset({"oa", "oe", "uy"})


@functools.lru_cache(maxsize=65536)
def _canonical_word(word: str) -> str:
    """Return a lower-case composed `word` with its tone mark on the vowel the current spelling
    rule chooses: "hòa" and "hoà" give "hoà", "thủy" and "thuỷ" give "thuỷ", "qúy" gives "quý".
    A word that is not one Vietnamese syllable is returned with its marks as they were."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [char for char in decomposed if char in _TONES]
    if len(tones) != 1:
        return word
    bare = unicodedata.normalize("NFC", decomposed.replace(tones[0], ""))
    # The vowels of the syllable, after its initial consonants ("qu" and "gi" before a vowel
    # are initials).
    start = 0
    while start < len(bare) and bare[start] not in _VOWELS:
        start += 1
    if bare[start - 1 : start + 1] == "qu" or (
        bare[start - 1 : start + 1] == "gi" and start + 1 < len(bare) and bare[start + 1] in _VOWELS
    ):
        start += 1
    end = start
    while end < len(bare) and bare[end] in _VOWELS:
        end += 1
    vowels = bare[start:end]
    if not vowels or (bare[end:] and not bare[end:].isalpha()):
        return word
    marked = [i for i, char in enumerate(vowels) if char in _MARKED_VOWELS]
    if marked:
        place = marked[-1]  # "ươ": on ơ
    elif len(vowels) == 1:
        place = 0
    elif end < len(bare) or len(vowels) == 3 or vowels in _SECOND_VOWEL_TONED:
        # Closed syllable ("hoàng"), three vowels ("khoái") or oa/oe/uy: the second.
        place = 1
    else:
        place = 0  # "mùa", "lửa", "tía", "cái"
    position = start + place
    toned = bare[: position + 1] + tones[0] + bare[position + 1 :]
    return unicodedata.normalize("NFC", toned)


_DASHES = re.compile(r"\s*[-‐‑‒–—―]\s*")


def name_key(value: str) -> str:
    """Return the identity key of a name: what two spellings of one name share.

    Equal for the two tone placements ("Hòa"/"Hoà", "Thủy"/"Thuỷ", "Qúy"/"Quý"), any letter
    case, composed or decomposed letters, runs of spaces of any kind (the non-breaking one
    included), zero-width and other invisible characters, "Ð" typed for "Đ", and any dash with
    or without spaces around it ("2011 – 2015" and "2011-2015"). Diacritics themselves count:
    "Hà" and "Hạ" are different names.
    """
    text = unicodedata.normalize("NFC", clean_line(str(value or "")).translate(_ETH)).lower()
    text = _DASHES.sub("-", " ".join(text.split()))
    return re.sub(r"[^\W\d_]+", lambda match: _canonical_word(match.group()), text)
