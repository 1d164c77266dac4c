"""Template helpers of the public pages: search highlighting, JSON-LD, pagination, machine-
readable times."""

import html
import json
import re

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from mttq_portal.searching import Terms
from mttq_portal.text import INVISIBLE_CHARACTERS, exact_words, strip_diacritics

register = template.Library()

# What json_script escapes, so that a title holding "</script>" cannot end the element.
_JSON_SCRIPT_ESCAPES = (("<", "\\u003C"), (">", "\\u003E"), ("&", "\\u0026"))
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Characters whose key is not one character: combining marks (text typed decomposed) and
# lone surrogates.
_MARKS_OR_SURROGATES = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\ud800-\udfff]"
)


def _search_key(text):
    """Return (key, origin): `text` normalised character by character as
    mttq_portal.text.normalize_search does, and for each character of the key the index of the
    character of `text` it came from. Combining marks give nothing, "Đ" gives "d"."""
    if not _MARKS_OR_SURROGATES.search(text) and not INVISIBLE_CHARACTERS.search(text):
        # Composed text (as typed and stored): each character gives one, so the key is
        # built by str methods at once and each key character comes from the same index.
        key = strip_diacritics(_CONTROL.sub(" ", text)).lower()
        if len(key) == len(text):
            return key, range(len(text))
    key, origin = [], []
    for index, char in enumerate(text):
        piece = _CHAR_KEYS.get(char)
        if piece is None:
            piece = _CHAR_KEYS[char] = _char_key(char)
        key.append(piece)
        if len(piece) == 1:
            origin.append(index)
        else:
            origin.extend([index] * len(piece))
    return "".join(key), origin


def _char_key(char):
    if _CONTROL.match(char):
        return " "
    if INVISIBLE_CHARACTERS.match(char):
        return ""  # a zero-width space inside a word leaves the word whole, as in the search key
    return strip_diacritics(char).lower().encode("utf-8", "ignore").decode("utf-8")


# The key of each character met so far: a search result's body is thousands of characters,
# of a few hundred different ones.
_CHAR_KEYS = {}


def _match_spans(text, words):
    """Return the (start, end) spans of the whole words of `text` that start with one of
    `words`: "chính" is not marked for "hinh". `words` is a mttq_portal.searching.Terms, or
    search keys. The search's rules (mttq_portal.searching): a word typed without diacritics
    marks any word it starts ("hoa" marks "Hòa", "hóa" and "hoạt"); one typed with them marks
    the words that start with it as typed, tone placement aside, and the whole words that are it
    without diacritics ("hoà" marks "Hòa" and "hóa", not "hoạt"; "mô" marks "mô", not "một").
    Where a query word is a whole word of the text, only those whole words are marked for it:
    "mo hinh" marks "mô hình", not every "một" and "mới" of the text; "hin" marks "hình"."""
    typed = dict(_words(words))
    words = list(typed)
    if not words:
        return []
    key, origin = _search_key(text)
    composed = isinstance(origin, range)  # no combining marks to take along
    # A word of the key (letters and digits) that no letter precedes and that starts with one
    # of `words`, taken whole.
    pattern = re.compile(
        "(?<![^\\W_])(?:{})[^\\W_]*".format("|".join(re.escape(word) for word in words))
    )
    # For each query word, the spans it marks and whether each is a whole word.
    marked = {plain: [] for plain in typed}
    for match in pattern.finditer(key):
        first, last = origin[match.start()], origin[match.end() - 1] + 1
        # Take the combining marks that follow the last letter ("e" + U+0302 + U+0301).
        while not composed and last < len(text) and not _search_key(text[last])[0]:
            last += 1
        found = match.group()
        for plain, exact in typed.items():
            if not found.startswith(plain):
                continue
            if found == plain:
                marked[plain].append(((first, last), True))
            elif not exact or _starts_as_typed(text[first:last], exact):
                marked[plain].append(((first, last), False))
    spans = set()
    for found in marked.values():
        whole = [span for span, is_whole in found if is_whole]
        spans.update(whole or (span for span, _ in found))
    return sorted(spans)


def _starts_as_typed(word, exact_key):
    """Whether `word` of a text starts with `exact_key` (mttq_portal.text.exact_words)."""
    exact = exact_words(word)
    return (exact[0] if exact else word.lower()).startswith(exact_key)


@register.filter
def highlight(text, words):
    """Return plain `text` escaped, with each match of `words` (normalised search words) in
    <mark>: "Mô hình điểm" with ["mo", "hinh"] gives "<mark>Mô</mark> <mark>hình</mark> điểm".

    Every piece of `text` goes through html.escape() (what django.utils.html.escape() calls,
    without its handling of lazy strings: `text` is made a str first); the words only choose
    where marks go.
    """
    text = str(text or "")
    pieces, position = [], 0
    for start, end in _match_spans(text, words):
        pieces.append(html.escape(text[position:start]))
        pieces.append(f"<mark>{html.escape(text[start:end])}</mark>")
        position = end
    pieces.append(html.escape(text[position:]))
    # Safe: every piece of the text above went through html.escape().
    return mark_safe("".join(pieces))


@register.filter
def excerpt(text, words, length=240):
    """Return about `length` characters of plain `text` around the first match of `words`,
    with "…" where the text was cut. Plain text: escape or highlight it afterwards."""
    text = " ".join(str(text or "").split())
    length = int(length)
    if len(text) <= length:
        return text
    return _excerpt_at(text, _match_spans(text, words), length)


def _excerpt_at(text, spans, length):
    """excerpt() of `text` (spaces already collapsed) whose matches are `spans`."""
    if len(text) <= length:
        return text
    start = 0
    if spans:
        start = max(0, spans[0][0] - length // 4)
        start = text.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(text), start + length)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


SNIPPET_SCAN = 1000


def _words(words):
    """Return (key without diacritics, exact key or "") of each word of `words`, a Terms or
    search keys."""
    if isinstance(words, Terms):
        return list(words.typed)
    return [(str(word), "") for word in (words or []) if word]


@register.filter
def search_snippet(article, words, length=240):
    """Return the plain text to show under a search result: the summary when it holds a
    match, else an excerpt of the body around one in its first SNIPPET_SCAN characters, else
    the summary (or the body's start). Ten results a page: their bodies are not read to the
    end for a few lines of text."""
    if article.summary and _match_spans(article.summary, words):
        return excerpt(article.summary, words, length)
    body = " ".join(article.body_text.split())
    spans = _match_spans(body[:SNIPPET_SCAN], words)
    if spans:
        return _excerpt_at(body, spans, length)
    return excerpt(article.summary or body, words, length)


@register.simple_tag
def json_ld(data):
    """Return a <script type="application/ld+json"> element holding `data`, escaped like
    json_script so that no value can close the element."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    # Safe once <, > and & are \u escapes: nothing in it can end the element or start a tag.
    for char, escaped in _JSON_SCRIPT_ESCAPES:
        payload = payload.replace(char, escaped)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')


@register.filter(expects_localtime=True)
def html_datetime(value):
    """Return `value` (a datetime, in the site's time zone) as <time datetime> and meta tags
    want it: "2026-12-02T05:17:00+07:00", to the second, "" for None.

    Not Django's date:"c", which is isoformat() and keeps microseconds when the time has any
    (the time of a "publish now" does): HTML allows at most three digits of a second.
    """
    if not value:
        return ""
    return value.isoformat(timespec="seconds")


@register.simple_tag
def page_range(page_obj):
    """Return the page numbers to link around `page_obj`, with Paginator.ELLIPSIS for gaps."""
    return list(
        page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    )
