"""Template helpers of the public pages: search highlighting, JSON-LD, pagination."""

import json
import re

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from mttq_portal.text import strip_diacritics

register = template.Library()

# What json_script escapes, so that a title holding "</script>" cannot end the element.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _search_key(text):
    """Return (key, origin): `text` normalised character by character as
    mttq_portal.text.normalize_search does, and for each character of the key the index of the
    character of `text` it came from. Combining marks give nothing, "Đ" gives "d"."""
    key, origin = [], []
    for index, char in enumerate(text):
        if _CONTROL.match(char):
            piece = " "
        else:
            piece = strip_diacritics(char).lower()
            piece = piece.encode("utf-8", "ignore").decode("utf-8")
        key.append(piece)
        origin.extend([index] * len(piece))
    return "".join(key), origin


def _match_spans(text, words):
    """Return the merged (start, end) spans of `text` that match any of `words`, ignoring case
    and diacritics."""
    key, origin = _search_key(text)
    spans = []
    for word in words:
        start = key.find(word)
        while word and start != -1:
            first, last = origin[start], origin[start + len(word) - 1] + 1
            # Take the combining marks that follow the last letter ("e" + U+0302 + U+0301).
            while last < len(text) and not _search_key(text[last])[0]:
                last += 1
            spans.append((first, last))
            start = key.find(word, start + len(word))
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@register.filter
def highlight(text, words):
    """Return plain `text` escaped, with each match of `words` (normalised search words) in
    <mark>: "Mô hình điểm" with ["mo", "hinh"] gives "<mark>Mô</mark> <mark>hình</mark> điểm".

    Every piece of `text` goes through escape(); the words only choose where marks go.
    """
    text = str(text or "")
    words = [str(word) for word in (words or []) if word]
    pieces, position = [], 0
    for start, end in _match_spans(text, words):
        pieces.append(escape(text[position:start]))
        pieces.append(format_html("<mark>{}</mark>", text[start:end]))
        position = end
    pieces.append(escape(text[position:]))
    # Safe: every piece above went through escape() or format_html().
    return mark_safe("".join(pieces))


@register.filter
def excerpt(text, words, length=240):
    """Return about `length` characters of plain `text` around the first match of `words`,
    with "…" where the text was cut. Plain text: escape or highlight it afterwards."""
    text = " ".join(str(text or "").split())
    length = int(length)
    if len(text) <= length:
        return text
    spans = _match_spans(text, [str(word) for word in (words or []) if word])
    start = 0
    if spans:
        start = max(0, spans[0][0] - length // 4)
        start = text.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(text), start + length)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


@register.filter
def search_snippet(article, words):
    """Return the plain text to show under a search result: the summary when it holds a
    match, else an excerpt of the body around one, else the summary (or the body's start)."""
    words = [str(word) for word in (words or []) if word]
    if article.summary and _match_spans(article.summary, words):
        return excerpt(article.summary, words)
    body = article.body_text
    if _match_spans(body, words):
        return excerpt(body, words)
    return excerpt(article.summary or body, words)


@register.simple_tag
def json_ld(data):
    """Return a <script type="application/ld+json"> element holding `data`, escaped like
    json_script so that no value can close the element."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    # Safe once <, > and & are \u escapes: nothing in it can end the element or start a tag.
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(_JSON_SCRIPT_ESCAPES)),
    )


@register.simple_tag
def page_range(page_obj):
    """Return the page numbers to link around `page_obj`, with Paginator.ELLIPSIS for gaps."""
    return list(
        page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    )
