import json

from django.template import Context, Template

from mttq_portal.searching import Terms
from news.templatetags.news_tags import excerpt, highlight, json_ld


def test_highlight_marks_words_ignoring_case_and_diacritics():
    assert highlight("Mô hình ĐIỂM", ["mo", "diem"]) == "<mark>Mô</mark> hình <mark>ĐIỂM</mark>"


def test_highlight_marks_plain_words_from_a_query_with_diacritics():
    assert highlight("mo hinh diem", ["hinh"]) == "mo <mark>hinh</mark> diem"


def test_highlight_marks_every_occurrence():
    assert highlight("dân dân", ["dan"]) == "<mark>dân</mark> <mark>dân</mark>"


def test_highlight_merges_overlapping_matches():
    assert highlight("Đặng", ["dan", "ang"]) == "<mark>Đặng</mark>"


def test_highlight_keeps_combining_marks_inside_the_mark():
    decomposed = "Mo\u0302 hi\u0300nh"
    assert highlight(decomposed, ["mo"]) == "<mark>Mo\u0302</mark> hi\u0300nh"


def test_highlight_prefers_whole_words_and_marks_a_beginning_only_when_no_word_is_whole():
    text = "Một mô hình mới: mô hình điểm"
    assert highlight(text, Terms.parse("mo hinh")) == (
        "Một <mark>mô</mark> <mark>hình</mark> mới: <mark>mô</mark> <mark>hình</mark> điểm"
    )
    # No word is "hin" itself: the words it begins are marked, whole.
    assert highlight(text, Terms.parse("hin")) == (
        "Một mô <mark>hình</mark> mới: mô <mark>hình</mark> điểm"
    )


def test_highlight_of_a_word_typed_with_diacritics_follows_the_search_rules():
    text = "Hòa giải, hóa học, hoạt động, Hoàng"
    # "hoà": as typed (tone placement aside, so "Hòa" and "Hoàng") or the whole word "hoa".
    assert highlight(text, Terms.parse("hoà")) == (
        "<mark>Hòa</mark> giải, <mark>hóa</mark> học, hoạt động, Hoàng"
    )
    assert highlight("Một mộ đá", Terms.parse("mộ")) == "Một <mark>mộ</mark> đá"
    assert highlight("Một ngày mới", Terms.parse("mộ")) == "<mark>Một</mark> ngày mới"


def test_highlight_escapes_the_text():
    assert highlight('<b>"mô"</b> & x', ["mo"]) == (
        "&lt;b&gt;&quot;<mark>mô</mark>&quot;&lt;/b&gt; &amp; x"
    )


def test_highlight_cannot_be_made_to_split_an_entity():
    # "amp" is in the escaped text, not in the text: nothing is marked.
    assert highlight("a & b", ["amp"]) == "a &amp; b"


def test_highlight_without_words_only_escapes():
    assert highlight("<i>x</i>", []) == "&lt;i&gt;x&lt;/i&gt;"


def test_highlight_in_a_template_is_not_escaped_twice():
    template = Template("{% load news_tags %}{{ text|highlight:words }}")
    html = template.render(Context({"text": "Tin <mới>", "words": ["tin"]}))
    assert html == "<mark>Tin</mark> &lt;mới&gt;"


def test_excerpt_keeps_a_short_text_whole():
    assert excerpt("Ngắn gọn.", ["gon"]) == "Ngắn gọn."


def test_excerpt_starts_near_the_first_match_at_a_word_boundary():
    text = " ".join(f"chữ{n}" for n in range(200)) + " mô hình tự quản " + "cuối " * 100
    result = excerpt(text, ["tu", "quan"], 120)
    assert result.startswith("…chữ")
    assert result.endswith("…")
    assert "mô hình tự quản" in result
    assert len(result) <= 122


def test_json_ld_escapes_what_could_close_the_script():
    html = json_ld({"headline": "</script><script>alert(1)</script> & ok"})
    assert html.startswith('<script type="application/ld+json">')
    body = html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "<" not in body and ">" not in body and "&" not in body
    assert json.loads(body) == {"headline": "</script><script>alert(1)</script> & ok"}
