import datetime

import pytest
from django.template.loader import render_to_string

from awards.models import Commendation
from awards.search import search_commendations
from awards.stats import award_charts
from tests.awards.factories import AwardDecisionFactory, CommendationFactory, award
from tests.models_registry.factories import ModelProgramFactory

pytestmark = pytest.mark.django_db

REVOKED = {"revoked_on": datetime.date(2021, 3, 1), "revocation_reason": "Kê khai sai thành tích"}


@pytest.fixture
def commendations():
    in_2016 = AwardDecisionFactory(signed_on=datetime.date(2016, 4, 24))
    in_2020 = AwardDecisionFactory(signed_on=datetime.date(2020, 5, 2))
    CommendationFactory.create_batch(2, decision=in_2016)
    CommendationFactory(
        decision=in_2016,
        recipient_kind=Commendation.RecipientKind.COLLECTIVE,
        award_type=award("co_thi_dua"),
    )
    CommendationFactory(decision=in_2020, award_type=award("giay_khen"))
    # Revoked: counted nowhere.
    CommendationFactory(
        decision=in_2020,
        recipient_name="Phạm Văn Thu Hồi",
        recipient_kind=Commendation.RecipientKind.COLLECTIVE,
        award_type=award("ky_niem_chuong"),
        **REVOKED,
    )


def rows(chart):
    return [(bar.label, bar.value) for bar in chart.bars]


def test_charts_by_year_count_public_commendations_only(commendations):
    assert rows(award_charts()["by_year"]) == [("2016", 3), ("2020", 1)]


def test_charts_by_award_form_count_public_commendations_only(commendations):
    assert rows(award_charts()["by_award_form"]) == [
        ("Bằng khen", 2),
        ("Cờ thi đua", 1),
        ("Giấy khen", 1),
    ]


def test_chart_of_collectives_against_individuals_counts_public_ones_only(commendations):
    assert rows(award_charts()["by_kind"]) == [("Tập thể", 1), ("Cá nhân", 3)]


def test_chart_bars_link_to_the_filtered_honor_roll(commendations):
    assert award_charts()["by_year"].bars[0].url == "/khen-thuong/?year=2016"


def test_award_charts_take_three_queries_whatever_the_data(
    commendations, django_assert_num_queries
):
    with django_assert_num_queries(3):
        award_charts()


def test_statistics_partial_renders_each_chart_with_its_table(commendations):
    html = render_to_string("awards/includes/statistics.html", {"award_charts": award_charts()})
    assert html.count("<svg") == 3
    assert html.count("<table") == 3
    assert "Số lượt khen thưởng theo năm" in html
    assert "Tập thể và cá nhân được khen thưởng" in html
    assert "Kỷ niệm chương" not in html


def test_statistics_partial_renders_with_no_commendations(db):
    html = render_to_string("awards/includes/statistics.html", {"award_charts": award_charts()})
    assert "Chưa có số liệu." in html


def test_program_commendation_list_shows_public_commendations_only():
    program = ModelProgramFactory()
    CommendationFactory(program=program, recipient_name="Chi hội Nông dân thôn Đông")
    CommendationFactory(program=program, recipient_name="Phạm Văn Thu Hồi", **REVOKED)
    html = render_to_string(
        "awards/includes/commendation_list.html",
        {"commendations": Commendation.objects.for_program(program)},
    )
    assert "Chi hội Nông dân thôn Đông" in html
    assert "Phạm Văn Thu Hồi" not in html


def test_commendation_list_renders_nothing_when_empty():
    program = ModelProgramFactory()
    html = render_to_string(
        "awards/includes/commendation_list.html",
        {"commendations": Commendation.objects.for_program(program)},
    )
    assert html.strip() == ""


def test_commendation_list_takes_one_query_whatever_its_length(django_assert_num_queries):
    program = ModelProgramFactory()
    CommendationFactory.create_batch(12, program=program)
    with django_assert_num_queries(1):
        render_to_string(
            "awards/includes/commendation_list.html",
            {"commendations": Commendation.objects.for_program(program)},
        )


def test_search_finds_recipients_without_diacritics_and_never_revoked_ones():
    CommendationFactory(recipient_name="Đặng Thị Hương")
    CommendationFactory(recipient_name="Đặng Văn Thu Hồi", **REVOKED)
    assert [c.recipient_name for c in search_commendations("dang")] == ["Đặng Thị Hương"]


def test_search_with_an_empty_query_finds_nothing():
    CommendationFactory()
    assert list(search_commendations("  ")) == []
