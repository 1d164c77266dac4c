import datetime

import pytest
from django.urls import reverse

from awards.models import AwardDecision, Commendation
from tests.awards.admin_posts import (
    ADD_URL,
    add_recipient_on_change_page,
    decision_fields,
    recipient_rows,
)
from tests.awards.factories import AwardDecisionFactory, CommendationFactory, award_pk

pytestmark = pytest.mark.django_db


def twenty_four_recipients():
    collectives = [
        {
            "recipient_kind": "collective",
            "recipient_name": f"Ban công tác Mặt trận khu dân cư số {n}",
            "organization": "Xã Đông Hưng",
            "award_type": award_pk("co_thi_dua" if n == 1 else "bang_khen"),
        }
        for n in range(1, 9)
    ]
    individuals = [
        {
            "recipient_name": f"Nguyễn Văn Thành {n}",
            "position": "Trưởng ban công tác Mặt trận",
            "organization": f"Khu dân cư số {n}",
            "achievement": "Có thành tích xuất sắc trong xây dựng mô hình điểm.",
        }
        for n in range(1, 17)
    ]
    return collectives + individuals


def test_officer_sees_24_empty_recipient_rows_on_a_new_decision(officer_client):
    response = officer_client.get(ADD_URL)
    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    assert len(formset.forms) == 24


def test_decision_with_24_recipients_is_entered_on_one_page_and_shown_grouped(officer_client):
    data = {**decision_fields(), **recipient_rows(twenty_four_recipients())}
    response = officer_client.post(ADD_URL, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    decision = AwardDecision.objects.get()
    assert decision.commendations.count() == 24

    page = officer_client.get(decision.get_absolute_url())
    assert len(page.context["collectives"]) == 8
    assert len(page.context["individuals"]) == 16
    html = page.content.decode()
    assert "Tập thể (8)" in html
    assert "Cá nhân (16)" in html
    assert html.index("Ban công tác Mặt trận khu dân cư số 8") < html.index("Nguyễn Văn Thành 1")


def test_empty_extra_rows_are_ignored(officer_client):
    rows = [{"recipient_name": "Lê Thị Mai"}] + [
        {"recipient_kind": "", "award_type": "", "recipient_name": ""} for _ in range(23)
    ]
    response = officer_client.post(ADD_URL, {**decision_fields(), **recipient_rows(rows)})
    assert response.status_code == 302
    assert Commendation.objects.count() == 1


def test_duplicate_recipient_in_the_form_is_refused_with_both_rows_named(officer_client):
    rows = [
        {"recipient_name": "Lê Thị Mai", "organization": "Khu dân cư số 2"},
        {"recipient_name": "Trần Văn Bình"},
        {"recipient_name": "lê thị  mai", "organization": "Khu dân cư số 2"},
    ]
    response = officer_client.post(ADD_URL, {**decision_fields(), **recipient_rows(rows)})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Danh sách có tập thể, cá nhân bị nhập trùng: «lê thị  mai» (dòng 1 và 3)" in html
    assert "Trùng với dòng 1: mỗi tập thể, cá nhân chỉ ghi một lần trong một quyết định." in html
    assert not AwardDecision.objects.exists()
    assert not Commendation.objects.exists()


def test_recipient_already_in_the_decision_is_refused_on_its_change_page(officer_client):
    existing = CommendationFactory(recipient_name="Lê Thị Mai", organization="Khu dân cư số 2")
    decision = existing.decision
    response = add_recipient_on_change_page(
        officer_client, existing, "LÊ THỊ MAI", "Khu dân cư số 2"
    )
    assert response.status_code == 200
    # The message names the recipient already there, so the officer can find the row.
    assert "Quyết định đã có «" in response.content.decode()
    assert decision.commendations.count() == 1


def test_duplicate_decision_number_from_the_same_issuer_is_refused(officer_client):
    AwardDecisionFactory(number="125/QĐ-UBMTTQ", issuer="Ủy ban MTTQ Việt Nam tỉnh")
    response = officer_client.post(ADD_URL, {**decision_fields(), **recipient_rows([])})
    assert response.status_code == 200
    assert "Cơ quan này đã có quyết định mang số này." in response.content.decode()
    assert AwardDecision.objects.count() == 1


def test_revoking_in_the_admin_needs_a_reason_and_then_hides_the_commendation(officer_client):
    commendation = CommendationFactory(recipient_name="Phạm Văn Bị Thu Hồi")
    url = reverse("admin:awards_commendation_change", args=[commendation.pk])
    fields = {
        "decision": commendation.decision_id,
        "recipient_kind": commendation.recipient_kind,
        "recipient_name": commendation.recipient_name,
        "position": commendation.position,
        "organization": commendation.organization,
        "award_type": commendation.award_type_id,
        "achievement": commendation.achievement,
        "pilot_unit": "",
        "program": "",
        "revoked_on": "05/01/2021",
        "revoking_decision": "",
        "revocation_reason": "",
        "_save": "Lưu",
    }
    refused = officer_client.post(url, fields)
    assert refused.status_code == 200
    assert "Thu hồi khen thưởng phải ghi rõ lý do." in refused.content.decode()
    assert "Ghi số của quyết định thu hồi khen thưởng." in refused.content.decode()

    accepted = officer_client.post(
        url,
        {**fields, "revocation_reason": "Kê khai sai thành tích", "revoking_decision": "30/QĐ"},
    )
    assert accepted.status_code == 302
    commendation.refresh_from_db()
    assert commendation.revoked_on == datetime.date(2021, 1, 5)
    assert commendation.revoking_decision == "30/QĐ"
    assert not Commendation.objects.public().exists()


def test_decision_list_counts_only_public_recipients(officer_client):
    decision = AwardDecisionFactory()
    CommendationFactory.create_batch(3, decision=decision)
    CommendationFactory(
        decision=decision,
        revoked_on=datetime.date(2021, 1, 5),
        revocation_reason="Kê khai sai thành tích",
    )
    response = officer_client.get(reverse("admin:awards_awarddecision_changelist"))
    assert response.status_code == 200
    assert response.context["cl"].result_list[0].public_count == 3


def test_staff_without_the_officer_role_cannot_open_decisions(client):
    from tests.news.factories import UserFactory

    client.force_login(UserFactory(is_staff=True))
    assert client.get(ADD_URL).status_code == 403
