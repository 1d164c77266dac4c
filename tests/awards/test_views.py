import datetime

import pytest
from django.urls import reverse

from awards.models import Commendation
from tests.awards.factories import AwardDecisionFactory, CommendationFactory, award
from tests.awards.pdfs import minimal_pdf
from tests.models_registry.factories import CampaignFactory, PeriodFactory
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db

HONOR_ROLL = "/khen-thuong/"
REVOKED = {"revoked_on": datetime.date(2021, 3, 1), "revocation_reason": "Kê khai sai thành tích"}


def names(response):
    return [c.recipient_name for c in response.context["commendations"]]


def test_honor_roll_lists_public_commendations_and_hides_revoked_ones(client):
    kept = CommendationFactory(recipient_name="Nguyễn Thị Lan")
    CommendationFactory(decision=kept.decision, recipient_name="Phạm Văn Thu Hồi", **REVOKED)
    response = client.get(HONOR_ROLL)
    assert response.status_code == 200
    assert names(response) == ["Nguyễn Thị Lan"]
    assert "Phạm Văn Thu Hồi" not in response.content.decode()
    assert response.context["paginator"].count == 1


def test_honor_roll_search_matches_names_without_diacritics(client):
    CommendationFactory(recipient_name="Đặng Thị Hương")
    CommendationFactory(recipient_name="Lê Văn Nam")
    assert names(client.get(HONOR_ROLL, {"q": "dang thi huong"})) == ["Đặng Thị Hương"]
    assert names(client.get(HONOR_ROLL, {"q": "ĐẶNG Hương"})) == ["Đặng Thị Hương"]


def test_honor_roll_search_never_finds_revoked_commendations(client):
    CommendationFactory(recipient_name="Phạm Văn Thu Hồi", **REVOKED)
    assert names(client.get(HONOR_ROLL, {"q": "pham van"})) == []


def test_honor_roll_filters_by_year(client):
    CommendationFactory(recipient_name="Năm 2016", decision__signed_on=datetime.date(2016, 5, 2))
    CommendationFactory(recipient_name="Năm 2020", decision__signed_on=datetime.date(2020, 4, 24))
    assert names(client.get(HONOR_ROLL, {"year": "2016"})) == ["Năm 2016"]


def test_honor_roll_filters_by_award_form_and_recipient_kind(client):
    CommendationFactory(
        recipient_name="Ban công tác Mặt trận khu 3",
        recipient_kind=Commendation.RecipientKind.COLLECTIVE,
        award_type=award("co_thi_dua"),
    )
    CommendationFactory(recipient_name="Lê Văn Nam")
    assert names(client.get(HONOR_ROLL, {"award_form": "co_thi_dua"})) == [
        "Ban công tác Mặt trận khu 3"
    ]
    assert names(client.get(HONOR_ROLL, {"kind": "individual"})) == ["Lê Văn Nam"]


def test_honor_roll_filters_by_campaign_period_and_issuer(client):
    CommendationFactory(recipient_name="Cuộc vận động chính")
    other = CommendationFactory(
        recipient_name="Phong trào khác",
        decision__campaign=CampaignFactory(name="Vì người nghèo"),
        decision__period=PeriodFactory(name="2016–2020", start_year=2016, end_year=2020),
        decision__issuer="Ủy ban MTTQ Việt Nam xã Đông Hưng",
    )
    campaign = other.decision.campaign.slug
    period = other.decision.period.slug
    assert names(client.get(HONOR_ROLL, {"campaign": campaign})) == ["Phong trào khác"]
    assert names(client.get(HONOR_ROLL, {"period": period})) == ["Phong trào khác"]
    assert names(client.get(HONOR_ROLL, {"issuer": "Ủy ban MTTQ Việt Nam xã Đông Hưng"})) == [
        "Phong trào khác"
    ]


@pytest.mark.parametrize(
    "params",
    [
        {"year": "abc"},
        {"year": "99999999999999999999999"},
        {"award_form": "huan_chuong_vang"},
        {"kind": "robot"},
        {"campaign": "khong-co"},
        {"period": "'; DROP TABLE x; --"},
        {"issuer": "Bộ Ngoại giao"},
        {"q": "x" * 500},
        {"q": "\x00"},
        {"year": ["2016", "abc"]},
        {"page": "abc"},
        {"page": "-1"},
        {"page": "999"},
    ],
)
def test_bad_filter_values_show_the_list_with_a_message_never_an_error(client, params):
    CommendationFactory(recipient_name="Lê Văn Nam")
    response = client.get(HONOR_ROLL, params)
    assert response.status_code == 200
    assert names(response) == ["Lê Văn Nam"]


def test_bad_filter_value_is_named_in_vietnamese_while_good_ones_still_apply(client):
    CommendationFactory(recipient_name="Lê Văn Nam", recipient_kind="individual")
    CommendationFactory(recipient_name="Chi hội Phụ nữ", recipient_kind="collective")
    response = client.get(HONOR_ROLL, {"year": "abc", "kind": "collective"})
    assert names(response) == ["Chi hội Phụ nữ"]
    assert "Năm: Giá trị «abc» không có trong danh sách; bộ lọc này đã được bỏ qua." in (
        response.content.decode()
    )


def test_search_with_a_nul_character_is_refused_in_vietnamese(client):
    response = client.get(HONOR_ROLL, {"q": "Lan\x00"})
    assert response.status_code == 200
    assert "Từ khóa có ký tự không hợp lệ; đã bỏ qua." in response.content.decode()


def test_honor_roll_is_paginated_keeping_the_filters(client):
    decision = AwardDecisionFactory()
    CommendationFactory.create_batch(35, decision=decision, recipient_kind="individual")
    first = client.get(HONOR_ROLL, {"kind": "individual"})
    assert len(first.context["commendations"]) == 30
    assert "?kind=individual&amp;page=2" in first.content.decode()
    second = client.get(HONOR_ROLL, {"kind": "individual", "page": "2"})
    assert len(second.context["commendations"]) == 5


# Years, issuers and titles/forms for the filter menus, count, page of rows, campaign and period
# menus; the navigation menu is cached after the first request.
HONOR_ROLL_QUERIES = 7


@pytest.mark.parametrize("rows", [2, 30])
def test_honor_roll_runs_the_same_queries_whatever_its_length(
    client, django_assert_num_queries, rows
):
    CommendationFactory.create_batch(rows, decision=AwardDecisionFactory())
    client.get(HONOR_ROLL)
    with django_assert_num_queries(HONOR_ROLL_QUERIES):
        response = client.get(HONOR_ROLL, {"q": "nguyen", "year": "2020", "kind": "individual"})
    assert len(response.context["commendations"]) == rows


def _decision_with_recipients():
    decision = AwardDecisionFactory(number="125/QĐ-UBMTTQ")
    CommendationFactory(
        decision=decision,
        recipient_kind=Commendation.RecipientKind.COLLECTIVE,
        recipient_name="Ban công tác Mặt trận khu dân cư số 3",
    )
    CommendationFactory(decision=decision, recipient_name="Nguyễn Thị Lan")
    CommendationFactory(decision=decision, recipient_name="Phạm Văn Thu Hồi", **REVOKED)
    return decision


def test_decision_page_groups_recipients_into_collectives_and_individuals(client):
    decision = _decision_with_recipients()
    response = client.get(decision.get_absolute_url())
    assert response.status_code == 200
    assert [c.recipient_name for c in response.context["collectives"]] == [
        "Ban công tác Mặt trận khu dân cư số 3"
    ]
    assert [c.recipient_name for c in response.context["individuals"]] == ["Nguyễn Thị Lan"]
    html = response.content.decode()
    assert "Tập thể (1)" in html
    assert "Cá nhân (1)" in html


def test_decision_page_hides_revoked_recipients_from_list_and_counts(client):
    decision = _decision_with_recipients()
    html = client.get(decision.get_absolute_url()).content.decode()
    assert "Phạm Văn Thu Hồi" not in html
    assert "2 (1 tập thể, 1 cá nhân)" in html


def test_decision_page_links_its_pdf(client):
    decision = _decision_with_recipients()
    decision.pdf.save("qd.pdf", __import__("io").BytesIO(minimal_pdf()))
    html = client.get(decision.get_absolute_url()).content.decode()
    assert decision.pdf.url in html
    assert "Tải văn bản quyết định đã ký (PDF)" in html


def test_decision_page_links_its_published_article(client):
    article = ArticleFactory(title="Tổng kết 5 năm xây dựng mô hình điểm")
    decision = AwardDecisionFactory(article=article)
    html = client.get(decision.get_absolute_url()).content.decode()
    assert article.get_absolute_url() in html


@pytest.mark.parametrize("status", ["draft", "pending", "hidden"])
def test_decision_page_hides_an_article_the_public_cannot_read(client, status):
    article = ArticleFactory(title="Bài chưa đăng về khen thưởng", status=status)
    decision = AwardDecisionFactory(article=article)
    html = client.get(decision.get_absolute_url()).content.decode()
    assert "Bài chưa đăng về khen thưởng" not in html


def test_decision_page_hides_a_scheduled_article(client):
    from django.utils import timezone

    article = ArticleFactory(
        title="Bài hẹn giờ", published_at=timezone.now() + datetime.timedelta(days=1)
    )
    decision = AwardDecisionFactory(article=article)
    assert "Bài hẹn giờ" not in client.get(decision.get_absolute_url()).content.decode()


def test_decision_page_runs_the_same_queries_whatever_the_number_of_recipients(
    client, django_assert_num_queries, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # measure the page, not the page cache
    article = ArticleFactory()
    small = AwardDecisionFactory(article=article)
    CommendationFactory.create_batch(2, decision=small)
    large = AwardDecisionFactory(article=article)
    CommendationFactory.create_batch(24, decision=large)
    client.get(small.get_absolute_url())
    # The decision, its public recipients, the published article.
    with django_assert_num_queries(3):
        client.get(small.get_absolute_url())
    with django_assert_num_queries(3):
        client.get(large.get_absolute_url())


def test_unknown_decision_is_not_found(client):
    assert client.get(reverse("awards:decision", kwargs={"pk": 999999})).status_code == 404


def test_sitemap_lists_decisions(client):
    decision = AwardDecisionFactory()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert decision.get_absolute_url() in response.content.decode()
