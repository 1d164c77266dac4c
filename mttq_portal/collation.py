"""Vietnamese alphabetical order, the same on PostgreSQL and SQLite.

Name columns are declared with ``db_collation=VIETNAMESE``: on PostgreSQL that is ICU's
Vietnamese collation, created by migration mttq_portal 0002 (PostgreSQL built with ICU, as
Debian's and the official images are); SQLite has no such thing, so each new SQLite connection
gets a collation of that name (register_sqlite_collation, connected in mttq_portal.apps)
computed by sort_key() below, which gives the order ICU gives:

- letters in the order a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v (w) x y (z);
- then, between words equal so far, the tones in the dictionary order ICU follows (ngang,
  huyền, hỏi, ngã, sắc, nặng: a à ả ã á ạ), compared from the first letter on;
- then case, lower before upper;
- a space before any letter ("An Thạnh" before "Anh"), punctuation before digits, digits
  before letters.

Both databases compare equal only identical strings, so uniqueness stays exact.
"""

import functools
import unicodedata

VIETNAMESE = "vietnamese"

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
# ICU's order of the punctuation and symbols a name may hold (space first), then the digits.
_PUNCTUATION = " _-‐‑–—,;:!?.…·'‘’\"“”«»()[]{}§@*/\\&#%•`^°©®+±÷×<=>|~$£¥₫€"
_PRIMARY = {char: index for index, char in enumerate(_PUNCTUATION)}
_PRIMARY.update({str(digit): 100 + digit for digit in range(10)})
_PRIMARY.update({char: 200 + index for index, char in enumerate(_ALPHABET)})
_PRIMARY["\u00a0"] = _PRIMARY[" "]  # a non-breaking space: a space, told apart by case level

# Marks that make a letter of the alphabet of its own: ă â ê ô ơ ư.
_LETTER_MARKS = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
# The tones, in ICU's order: huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# "Ð" (eth), which converters leave for "Đ", sorts as "d" with an accent, as in ICU.
_ETH_ACCENT = 50


def _clusters(text):
    """Yield each character of `text` decomposed, with the marks that follow it."""
    cluster = ""
    for char in unicodedata.normalize("NFD", text):
        if cluster and unicodedata.combining(char):
            cluster += char
            continue
        if cluster:
            yield cluster
        cluster = char
    if cluster:
        yield cluster


@functools.lru_cache(maxsize=8192)
def sort_key(text):
    """Return the key that sorts `text` in Vietnamese alphabetical order (module docstring)."""
    primary, secondary, tertiary = [], [], []
    for cluster in _clusters(text):
        base, marks = cluster[0], cluster[1:]
        lower = base.lower()
        upper = base != lower or base == "\u00a0"
        accents = []
        if lower == "ð":
            lower, accents = "d", [_ETH_ACCENT]
        for mark in marks:
            letter = _LETTER_MARKS.get((lower, mark))
            if letter:
                lower = letter
            else:
                accents.append(_TONES.get(mark, 100 + ord(mark)))
        primary.append(_PRIMARY.get(lower, 1000 + ord(lower)))
        secondary.append(tuple(accents))
        tertiary.append(int(upper))
    return tuple(primary), tuple(secondary), tuple(tertiary), text


def compare(first, second):
    """Return -1, 0 or 1 as `first` sorts before, with or after `second`: SQLite's collation
    callback."""
    first_key, second_key = sort_key(first), sort_key(second)
    return (first_key > second_key) - (first_key < second_key)


def register_sqlite_collation(sender, connection, **kwargs):
    """Give a new SQLite connection the Vietnamese collation (a connection_created receiver)."""
    if connection.vendor == "sqlite":
        connection.connection.create_collation(VIETNAMESE, compare)
