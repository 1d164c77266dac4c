import datetime
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.awards.factories import CommendationFactory
from tests.models_registry.factories import ModelProgramFactory, PilotUnitFactory
from tests.news.factories import ArticleFactory, unpublished_states

pytestmark = pytest.mark.django_db
URL = reverse("search")


def search(client, query, **params):
    return client.get(URL, {"q": query, **params})


def titles(response):
    return [article.title for article in response.context["articles"]]


def test_query_without_diacritics_finds_text_with_them(client):
    ArticleFactory(title="Xây dựng mô hình điểm ở khu dân cư")
    assert titles(search(client, "mo hinh diem")) == ["Xây dựng mô hình điểm ở khu dân cư"]


def test_query_with_diacritics_finds_text_without_them(client):
    ArticleFactory(title="Hoi nghi tong ket mo hinh diem")
    assert titles(search(client, "mô hình điểm")) == ["Hoi nghi tong ket mo hinh diem"]


@pytest.mark.parametrize("query", ["Đặng", "dang", "ĐẶNG", "đặng"])
def test_d_with_stroke_matches_plain_d_both_ways(client, query):
    ArticleFactory(title="Ông Đặng Văn Bình được khen thưởng")
    ArticleFactory(title="Bài khác hẳn")
    assert titles(search(client, query)) == ["Ông Đặng Văn Bình được khen thưởng"]


def test_decomposed_unicode_query_matches(client):
    ArticleFactory(title="Mô hình điểm")
    decomposed = "Mo\u0302 hi\u0300nh"
    assert titles(search(client, decomposed)) == ["Mô hình điểm"]


def test_summary_and_body_are_searched(client):
    ArticleFactory(title="Tin một", summary="Phong trào an toàn giao thông")
    ArticleFactory(title="Tin hai", body="<p>Tổ hòa giải ở cơ sở</p>")
    assert titles(search(client, "giao thong")) == ["Tin một"]
    assert titles(search(client, "hoa giai")) == ["Tin hai"]


def test_every_word_must_match(client):
    ArticleFactory(title="Mô hình điểm về môi trường")
    ArticleFactory(title="Mô hình an toàn thực phẩm")
    assert titles(search(client, "mo hinh moi truong")) == ["Mô hình điểm về môi trường"]


def test_words_may_come_in_any_order(client):
    ArticleFactory(title="Khu dân cư văn hóa")
    assert titles(search(client, "van hoa khu dan cu")) == ["Khu dân cư văn hóa"]


def test_title_matches_come_before_newer_body_matches(client):
    now = timezone.now()
    ArticleFactory(title="Tin mới nhất", body="<p>Nhắc tới mô hình điểm</p>", published_at=now)
    ArticleFactory(
        title="Sơ kết mô hình điểm",
        published_at=now - datetime.timedelta(days=30),
    )
    ArticleFactory(
        title="Mô hình tốt, điểm sáng",
        published_at=now - datetime.timedelta(days=1),
    )
    assert titles(search(client, "mo hinh diem")) == [
        "Sơ kết mô hình điểm",  # the whole phrase in the title
        "Mô hình tốt, điểm sáng",  # every word in the title
        "Tin mới nhất",  # body only
    ]


def test_results_of_equal_rank_are_newest_first(client):
    now = timezone.now()
    ArticleFactory(title="Mô hình cũ", published_at=now - datetime.timedelta(days=3))
    ArticleFactory(title="Mô hình mới", published_at=now - datetime.timedelta(days=1))
    assert titles(search(client, "mo hinh")) == ["Mô hình mới", "Mô hình cũ"]


def test_results_are_paginated_by_ten_keeping_the_query(client):
    ArticleFactory.create_batch(15, title="Mô hình điểm")
    first = search(client, "mo hinh")
    assert len(first.context["articles"]) == 10
    assert 'href="?q=mo+hinh&amp;page=2"' in first.content.decode()
    second = search(client, "mo hinh", page=2)
    assert len(second.context["articles"]) == 5


def test_an_old_title_match_comes_before_many_newer_body_matches(client, settings):
    now = timezone.now()
    ArticleFactory(title="Sơ kết mô hình điểm", published_at=now - datetime.timedelta(days=900))
    for n in range(6):
        ArticleFactory(title=f"Tin số {n}", body="<p>Nhắc tới mô hình điểm</p>")
    with mock.patch("mttq_portal.search.SEARCH_RESULTS_MAX", 3):
        response = search(client, "mo hinh diem")
    assert titles(response)[0] == "Sơ kết mô hình điểm"
    assert response.context["paginator"].count == 3


def test_past_the_most_results_the_reader_is_asked_for_more_words(client):
    ArticleFactory.create_batch(4, title="Mô hình điểm")
    with mock.patch("mttq_portal.search.SEARCH_RESULTS_MAX", 4):
        html = search(client, "mo hinh").content.decode()
    assert "Có hơn <strong>4</strong> bài viết" in html
    assert "Thêm từ khóa để thu hẹp kết quả." in html


def test_unpublished_articles_are_never_found(client):
    for name, fields in unpublished_states().items():
        ArticleFactory(title=f"Mô hình ẩn {name}", **fields)
    response = search(client, "mo hinh an")
    assert titles(response) == []
    assert "Mô hình ẩn" not in response.content.decode()


def test_matches_are_highlighted(client):
    ArticleFactory(title="Xây dựng Mô hình điểm", summary="Sapo nói về mô hình.")
    html = search(client, "mo hinh").content.decode()
    assert "Xây dựng <mark>Mô</mark> <mark>hình</mark> điểm" in html
    assert "Sapo nói về <mark>mô</mark> <mark>hình</mark>." in html


def test_highlighting_escapes_the_text_first(client):
    ArticleFactory(title="<b>Mô hình</b> & <script>alert(1)</script>")
    html = search(client, "mo hinh").content.decode()
    assert "&lt;b&gt;<mark>Mô</mark> <mark>hình</mark>&lt;/b&gt; &amp; &lt;script&gt;" in html
    assert "<script>alert(1)" not in html


def test_query_is_shown_escaped(client):
    html = search(client, '"><script>alert(1)</script>').content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;" in html


def test_an_excerpt_of_the_body_is_shown_when_there_is_no_summary(client):
    filler = "Lời mở đầu rất dài. " * 30
    ArticleFactory(title="Tin", summary="", body=f"<p>{filler}Kết quả mô hình tự quản.</p>")
    html = search(client, "tu quan").content.decode()
    assert "…" in html
    assert "mô hình <mark>tự</mark> <mark>quản</mark>." in html


def test_a_body_excerpt_replaces_a_summary_without_the_match(client):
    ArticleFactory(title="Tin", summary="Sapo về hội nghị.", body="<p>Tổ tự quản.</p>")
    html = search(client, "tu quan").content.decode()
    assert "Tổ <mark>tự</mark> <mark>quản</mark>." in html
    assert "Sapo về hội nghị." not in html


def test_empty_query_gets_a_friendly_prompt(client):
    ArticleFactory()
    response = search(client, "")
    assert response.status_code == 200
    assert "Nhập từ khóa để tìm" in response.content.decode()
    assert titles(response) == []


def test_missing_query_gets_the_prompt(client):
    assert "Nhập từ khóa để tìm" in client.get(URL).content.decode()


def test_spaces_and_punctuation_only_get_the_prompt(client):
    assert "Nhập từ khóa để tìm" in search(client, "   ,.;!  ").content.decode()


def test_a_long_query_is_cut_to_two_hundred_characters(client):
    ArticleFactory(title="Mô hình điểm")
    response = search(client, "mo hinh " + "x" * 1992)
    assert response.status_code == 200
    assert len(response.context["search_query"]) == 200
    assert titles(response) == []


def test_a_long_query_still_finds_its_first_words(client):
    ArticleFactory(title="Mô hình điểm")
    assert titles(search(client, "mo hinh" + " " * 1993)) == ["Mô hình điểm"]


@pytest.mark.parametrize(
    "query",
    [
        "' OR 1=1 --",
        "'; DROP TABLE news_article; --",
        "%",
        "_",
        "\\",
        "mo\x00hinh",
        "\x00\x01\x02",
        "<img src=x onerror=alert(1)>",
        "😀 mô hình",
    ],
)
def test_any_input_is_answered_safely(client, query):
    ArticleFactory(title="Mô hình điểm")
    ArticleFactory(title="Tin khác")
    response = search(client, query)
    assert response.status_code == 200
    assert "onerror=alert" not in response.content.decode().replace("onerror=alert(1)&gt;", "")


def test_bytes_that_are_not_utf8_are_answered_safely(client):
    ArticleFactory(title="Mô hình điểm")
    response = client.get(URL + "?q=%ED%A0%80%FF%C3+mo+hinh")
    assert response.status_code == 200
    # The broken bytes become U+FFFD, which is no word; the rest is searched.
    assert titles(response) == ["Mô hình điểm"]


def test_like_wildcards_are_taken_literally(client):
    ArticleFactory(title="Mô hình điểm")
    assert titles(search(client, "%")) == []
    assert titles(search(client, "_")) == []


def test_nul_byte_separates_words(client):
    ArticleFactory(title="Mô hình điểm")
    assert titles(search(client, "mo\x00hinh")) == ["Mô hình điểm"]


def test_first_page_also_lists_models_units_and_commendations(client):
    program = ModelProgramFactory(name="Mô hình Khu dân cư an toàn")
    unit = PilotUnitFactory(name="An Bình")
    commendation = CommendationFactory(recipient_name="Nguyễn Thị An")
    html = search(client, "an").content.decode()
    assert f'href="{program.get_absolute_url()}"' in html
    assert f'href="{unit.get_absolute_url()}"' in html
    assert f'href="{commendation.decision.get_absolute_url()}"' in html
    assert "Nguyễn Thị <mark>An</mark>" in html


def test_later_pages_list_articles_only(client):
    ArticleFactory.create_batch(21, title="An toàn giao thông")
    ModelProgramFactory(name="An toàn giao thông")
    response = search(client, "an toan", page=2)
    assert "programs" not in response.context
    assert "Mô hình điểm</h2>" not in response.content.decode()


def test_too_many_searches_from_one_address_are_throttled(client, settings):
    settings.RATE_LIMIT_SEARCH = "2/60"
    search(client, "mo hinh")
    search(client, "mo hinh")
    response = search(client, "mo hinh")
    assert response.status_code == 429
    assert "Bạn tìm kiếm quá nhanh." in response.content.decode()
    assert response["Retry-After"] == "60"


def test_the_empty_prompt_is_not_throttled(client, settings):
    settings.RATE_LIMIT_SEARCH = "0/60"
    assert search(client, "").status_code == 200


def test_a_page_number_past_the_end_is_404(client):
    ArticleFactory(title="Mô hình")
    assert search(client, "mo hinh", page=9).status_code == 404


def test_a_page_number_that_is_not_a_number_is_404(client):
    assert search(client, "mo hinh", page="abc").status_code == 404
