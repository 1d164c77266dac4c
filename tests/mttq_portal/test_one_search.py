"""One search, the same on PostgreSQL and SQLite (mttq_portal.searching): every query word starts
a word of the text; words split at punctuation and dashes; diacritics, case, Unicode form and
tone placement ignored, words typed with diacritics ranking first; title before body; whole
words highlighted. The public search (/tim-kiem/), the honor roll, the admin's search boxes and
autocompletes."""

import datetime
import re
import unicodedata

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.awards.factories import AwardDecisionFactory, CommendationFactory
from tests.models_registry.factories import (
    CampaignFactory,
    ModelProgramFactory,
    PilotUnitFactory,
    ReviewFactory,
    SectorFactory,
)
from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db

SEARCH_URL = reverse("search")
NEUTRAL_BODY = "<p>Bản tin cơ sở.</p>"


def nfd(text):
    return unicodedata.normalize("NFD", text)


def article(title, *, summary="", body=NEUTRAL_BODY, days_ago=0):
    """A published article, `days_ago` days older than the others."""
    published = timezone.now() - datetime.timedelta(hours=1, days=days_ago)
    return ArticleFactory(title=title, summary=summary, body=body, published_at=published)


def search(client, query):
    response = client.get(SEARCH_URL, {"q": query})
    assert response.status_code == 200
    return response


def titles(client, query):
    return [found.title for found in search(client, query).context["articles"]]


# Every word is the beginning of a word -----------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["hin", "mô hìn", "dien hinh tien tie", "MÔ HÌNH", "điển", "tiên tiến mô"],
)
def test_each_query_word_may_be_the_beginning_of_a_word(client, query):
    article("Nhân rộng mô hình điểm, điển hình tiên tiến")
    article("Hội nghị tổng kết công tác năm")

    assert titles(client, query) == ["Nhân rộng mô hình điểm, điển hình tiên tiến"]


@pytest.mark.parametrize("query", ["1930", "18/11", "11 1930", "18/11/1930"])
def test_numbers_of_a_date_are_words(client, query):
    article(
        "Kỷ niệm ngày truyền thống Mặt trận",
        body="<p>Ngày 18/11/1930, Hội Phản đế Đồng minh ra đời.</p>",
    )
    article("Hội nghị năm 2019", body="<p>Ngày 19/11/2019.</p>")

    assert titles(client, query) == ["Kỷ niệm ngày truyền thống Mặt trận"]


def test_a_word_inside_another_word_is_not_found(client):
    article("Thanh niên tình nguyện hè", summary="Thanh niên ra quân.", body="<p>Thanh niên.</p>")
    article("An toàn giao thông ở khu dân cư")

    assert titles(client, "an") == ["An toàn giao thông ở khu dân cư"]
    assert titles(client, "anh") == []


@pytest.mark.parametrize("query", ["hoa giai o", "giai", "nien"])
def test_every_query_word_must_be_found(client, query):
    article("Tổ hòa giải ở cơ sở")
    article("Thanh niên tình nguyện hè")

    found = titles(client, query)

    assert len(found) == 1


def test_a_word_missing_from_the_text_finds_nothing(client):
    article("Tổ hòa giải ở cơ sở")

    assert titles(client, "hoa giai thanh") == []


# Punctuation and dashes separate words ---------------------------------------------------------


@pytest.mark.parametrize("query", ["2011-2015", "2011 – 2015", "2011—2015", "2011 2015", "2011"])
def test_years_joined_by_any_dash_are_found(client, query):
    article("Tổng kết giai đoạn 2011–2015")
    article("Tổng kết giai đoạn 2016–2020")

    assert titles(client, query) == ["Tổng kết giai đoạn 2011–2015"]


@pytest.mark.parametrize("query", ["mô-hình", "mô–hình", "mô/hình", "«mô hình»"])
def test_a_query_with_punctuation_between_words_finds_them(client, query):
    article("Mô hình điểm ở khu dân cư")
    article("Hội nghị tổng kết công tác năm")

    assert titles(client, query) == ["Mô hình điểm ở khu dân cư"]


# Diacritics, case, Unicode form and tone placement ---------------------------------------------


@pytest.mark.parametrize("query", ["hoa", "Hoà", "HÒA", "hòa", nfd("Hòa"), nfd("Hoà"), "HOÀ"])
def test_diacritics_case_unicode_form_and_tone_placement_are_ignored(client, query):
    article("Xã Hòa Bình ra mắt tổ tự quản")
    article("Xã Tân Lập ra mắt tổ tự quản")

    assert titles(client, query) == ["Xã Hòa Bình ra mắt tổ tự quản"]


@pytest.mark.parametrize("query", ["Thủy", "Thuỷ", "thuy", "THỦY"])
def test_tone_placement_in_the_text_is_ignored_too(client, query):
    article("Công trình thuỷ lợi nội đồng")

    assert titles(client, query) == ["Công trình thuỷ lợi nội đồng"]


@pytest.mark.parametrize("query", ["Đặng", "đặng", "ĐẶNG", nfd("Đặng"), "\u00d0ặng"])
def test_words_typed_with_diacritics_rank_first(client, query):
    # Newer articles holding đang, đáng and Đảng in their titles.
    article("Đảng bộ xã lãnh đạo xây dựng nông thôn mới")
    article("Việc đáng làm: hiến đất mở đường", days_ago=1)
    article("Khu dân cư đang triển khai mô hình điểm", days_ago=2)
    article(
        "Khen thưởng cá nhân tiêu biểu năm 2024",
        body="<p>Ông Đặng Văn Ân, Trưởng ban công tác Mặt trận, được khen thưởng.</p>",
        days_ago=30,
    )

    found = titles(client, query)

    assert found[0] == "Khen thưởng cá nhân tiêu biểu năm 2024"
    assert sorted(found[1:]) == sorted(
        [
            "Đảng bộ xã lãnh đạo xây dựng nông thôn mới",
            "Việc đáng làm: hiến đất mở đường",
            "Khu dân cư đang triển khai mô hình điểm",
        ]
    )


def test_words_typed_without_diacritics_rank_title_matches_first(client):
    article("Đảng bộ xã lãnh đạo xây dựng nông thôn mới")
    article(
        "Khen thưởng cá nhân tiêu biểu năm 2024",
        body="<p>Ông Đặng Văn Ân được khen thưởng.</p>",
    )

    assert titles(client, "dang") == [
        "Đảng bộ xã lãnh đạo xây dựng nông thôn mới",
        "Khen thưởng cá nhân tiêu biểu năm 2024",
    ]


def test_title_matches_come_before_newer_body_matches(client):
    article("Tổ hòa giải ở cơ sở hoạt động hiệu quả", days_ago=60)
    article("Tin vắn trong tuần", body="<p>Xã vừa thành lập tổ hòa giải thứ ba.</p>")
    article("Tin vắn tháng trước", summary="Tổng kết tổ hòa giải.", days_ago=30)

    assert titles(client, "hoa giai") == [
        "Tổ hòa giải ở cơ sở hoạt động hiệu quả",
        "Tin vắn trong tuần",
        "Tin vắn tháng trước",
    ]


# Highlighting: whole words only ----------------------------------------------------------------

MARK = re.compile(r"<mark>(.*?)</mark>")


def marks_are_whole_words(html):
    """Return the marked pieces of `html`, failing if one is a part of a word."""
    for match in MARK.finditer(html):
        before, after = html[match.start() - 1], html[match.end() : match.end() + 1]
        assert not before.isalnum(), (
            f"a mark starts inside a word: {html[match.start() - 20 : match.end() + 20]!r}"
        )
        assert not after.isalnum(), (
            f"a mark ends inside a word: {html[match.start() - 20 : match.end() + 20]!r}"
        )
    return MARK.findall(html)


def results_html(response):
    html = response.content.decode()
    return html[html.index('<ul class="article-list search-results">') :]


def test_highlight_does_not_mark_part_of_a_word(client):
    article(
        "Một đoàn viếng mộ liệt sĩ và trồng cây mới",
        summary="Đoàn viên thanh niên viếng mộ các anh hùng liệt sĩ, mỗi người một nén hương.",
    )

    html = results_html(search(client, "mộ"))

    marked = marks_are_whole_words(html)
    assert "mộ" in marked
    assert "<mark>mộ</mark>t" not in html
    assert "<mark>Mộ</mark>t" not in html
    # "một" is marked whole or not at all.
    assert all(piece.lower() in {"mộ", "một", "mô", "mới", "mỗi"} for piece in marked), marked


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        ("hin", "hình"),
        ("mô hìn", "hình"),
        ("hoà", "Hòa"),
        ("HOA", "Hòa"),
        (nfd("Hòa"), "Hòa"),
        ("1930", "1930"),
    ],
)
def test_highlight_marks_whole_words_whatever_the_query_spelling(client, query, marked):
    article(
        "Xã Hòa Bình nhân rộng mô hình điểm",
        summary="Từ ngày 18/11/1930 đến nay, chính quyền và Mặt trận cùng chăm lo.",
    )

    html = results_html(search(client, query))

    pieces = marks_are_whole_words(html)
    assert marked in pieces
    assert "chính" not in pieces


def test_excerpt_of_a_long_body_shows_the_match_marked(client):
    filler = " ".join(["Cán bộ Mặt trận cơ sở họp bàn việc thôn xóm."] * 30)
    article(
        "Tin vắn trong tuần",
        body=f"<p>{filler} Xã vừa thành lập tổ hòa giải thứ ba. {filler}</p>",
    )

    html = results_html(search(client, "hoa giai"))

    assert "<mark>hòa</mark> <mark>giải</mark>" in html
    assert "…" in html
    marks_are_whole_words(html)


# Other records on /tim-kiem/ -------------------------------------------------------------------


def test_search_page_lists_units_holding_the_words_in_their_name_first(client):
    PilotUnitFactory(name="Hưng Hội", former_district="huyện Vĩnh Hưng")
    PilotUnitFactory(name="Vĩnh Hưng", former_district="huyện Tân Hưng")
    PilotUnitFactory(name="An Thạnh", former_district="huyện Hòa Bình")

    response = search(client, "vinh hung")

    assert [str(unit) for unit in response.context["units"]] == ["Xã Vĩnh Hưng", "Xã Hưng Hội"]


def test_search_page_finds_programs_and_commendations_by_word_beginnings(client):
    ModelProgramFactory(name="Tổ hòa giải ở cơ sở", description="")
    ModelProgramFactory(name="Camera an ninh", description="Lắp camera ở ngõ xóm.")
    CommendationFactory(recipient_name="Nguyễn Văn Hòa")
    CommendationFactory(recipient_name="Trần Thị Lan")

    response = search(client, "hoà")

    assert [p.name for p in response.context["programs"]] == ["Tổ hòa giải ở cơ sở"]
    assert [c.recipient_name for c in response.context["commendations"]] == ["Nguyễn Văn Hòa"]


# The honor roll --------------------------------------------------------------------------------


def honor_roll(client, query):
    response = client.get(reverse("awards:honor_roll"), {"q": query})
    assert response.status_code == 200
    return sorted(c.recipient_name for c in response.context["commendations"])


@pytest.mark.parametrize("query", ["Thủy", "Thuỷ", "THỦY", nfd("Thủy")])
def test_honor_roll_word_typed_with_diacritics_does_not_find_another_word(client, query):
    CommendationFactory(recipient_name="Trần Thị Thủy")
    CommendationFactory(recipient_name="Phạm Văn Thuyền")

    assert honor_roll(client, query) == ["Trần Thị Thủy"]


def test_honor_roll_finds_names_by_word_beginnings_without_diacritics(client):
    CommendationFactory(recipient_name="Trần Thị Thủy")
    CommendationFactory(recipient_name="Phạm Văn Thuyền")
    CommendationFactory(recipient_name="Lê Văn Nam")

    assert honor_roll(client, "thuy") == ["Phạm Văn Thuyền", "Trần Thị Thủy"]
    assert honor_roll(client, "tran thi th") == ["Trần Thị Thủy"]
    assert honor_roll(client, "an") == []


# The admin's search boxes ----------------------------------------------------------------------


def commendations():
    return CommendationFactory(recipient_name="Nguyễn Văn Hòa"), CommendationFactory(
        recipient_name="Trần Thị Lan"
    )


def decisions():
    return (
        AwardDecisionFactory(title="Về việc khen thưởng ông Nguyễn Văn Hòa"),
        AwardDecisionFactory(title="Về việc khen thưởng tập thể tiêu biểu"),
    )


def sectors():
    return (
        SectorFactory(name="Khuyến học", description="Do ông Nguyễn Văn Hòa phụ trách."),
        SectorFactory(name="An ninh trật tự", description="Tổ tự quản."),
    )


def campaigns():
    return (
        CampaignFactory(name="Học tập gương Nguyễn Văn Hòa"),
        CampaignFactory(name="Ngày vì người nghèo"),
    )


def reviews():
    return (
        ReviewFactory(summary="Đoàn kiểm tra do ông Nguyễn Văn Hòa dẫn đầu."),
        ReviewFactory(summary="Mô hình được nhân dân đồng tình."),
    )


def units():
    return (
        PilotUnitFactory(
            name="Nguyễn Trãi", unit_type="phuong", former_district="thành phố Hòa Bình"
        ),
        PilotUnitFactory(name="Tân Lập", former_district="huyện Vũ Thư"),
    )


def programs():
    return (
        ModelProgramFactory(name="Quỹ khuyến học Nguyễn Văn Hòa", description="Trao học bổng."),
        ModelProgramFactory(name="Camera an ninh", description="Lắp camera ở ngõ xóm."),
    )


def articles():
    return (
        article("Ông Nguyễn Văn Hòa hiến đất làm đường"),
        article("Hội nghị tổng kết công tác năm"),
    )


def categories():
    return (
        CategoryFactory(name="Gương người tốt", description="Chuyện ông Nguyễn Văn Hòa."),
        CategoryFactory(name="Tin cơ sở", description="Tin các xã."),
    )


ADMIN_LISTS = {
    "awards_commendation": commendations,
    "awards_awarddecision": decisions,
    "models_registry_sector": sectors,
    "models_registry_campaign": campaigns,
    "models_registry_review": reviews,
    "models_registry_pilotunit": units,
    "models_registry_modelprogram": programs,
    "news_article": articles,
    "news_category": categories,
}


@pytest.mark.parametrize("changelist", list(ADMIN_LISTS))
@pytest.mark.parametrize(
    "query", ["nguyen", "NGUYỄN", nfd("Nguyễn"), "Nguyễn", "Hoà", "hòa", "nguyen hoa", "NGUY"]
)
def test_admin_search_box_follows_the_search_rules(admin_client, changelist, query):
    wanted, _decoy = ADMIN_LISTS[changelist]()

    response = admin_client.get(reverse(f"admin:{changelist}_changelist"), {"q": query})

    assert response.status_code == 200
    assert [row.pk for row in response.context["cl"].result_list] == [wanted.pk]


@pytest.mark.parametrize("changelist", list(ADMIN_LISTS))
def test_admin_search_box_does_not_find_a_word_inside_another(admin_client, changelist):
    ADMIN_LISTS[changelist]()

    response = admin_client.get(reverse(f"admin:{changelist}_changelist"), {"q": "guyen"})

    assert list(response.context["cl"].result_list) == []


def autocomplete(client, model_name, field_name, term):
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "models_registry",
            "model_name": model_name,
            "field_name": field_name,
            "term": term,
        },
    )
    assert response.status_code == 200
    return [result["text"] for result in response.json()["results"]]


@pytest.mark.parametrize("term", ["Vĩnh Hưng", "vinh hung", "VĨNH HƯNG", nfd("Vĩnh Hưng")])
def test_unit_autocomplete_lists_units_named_so_before_units_of_that_district(admin_client, term):
    PilotUnitFactory(name="Hưng Hội", former_district="huyện Vĩnh Hưng")
    PilotUnitFactory(name="Vĩnh Hưng", former_district="huyện Tân Hưng")
    PilotUnitFactory(name="An Thạnh", former_district="huyện Hòa Bình")

    assert autocomplete(admin_client, "modelprogram", "unit", term) == [
        "Xã Vĩnh Hưng",
        "Xã Hưng Hội",
    ]


def test_sector_autocomplete_finds_word_beginnings_only(admin_client):
    SectorFactory(name="Xây dựng nông thôn mới")
    SectorFactory(name="Thanh niên")
    SectorFactory(name="An ninh trật tự")

    assert autocomplete(admin_client, "modelprogram", "sector", "nông th") == [
        "Xây dựng nông thôn mới"
    ]
    assert autocomplete(admin_client, "modelprogram", "sector", "an") == ["An ninh trật tự"]
