"""The catalogue of titles and forms of award, one record per recipient with its public page,
and the warnings a record gives (consecutive years, one achievement one award)."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from awards.history import award_warnings
from awards.models import AwardType, Commendation, Recipient
from tests.awards.admin_posts import ADD_URL, decision_fields, recipient_rows
from tests.awards.factories import AwardDecisionFactory, CommendationFactory, award, award_pk

pytestmark = pytest.mark.django_db


def decided(year, **fields):
    return AwardDecisionFactory(signed_on=datetime.date(year, 6, 1), **fields)


# --- the catalogue -------------------------------------------------------------------------------


def test_catalogue_keeps_titles_apart_from_forms_of_award():
    award("bang_khen")  # seeded
    titles = set(AwardType.objects.filter(kind=AwardType.Kind.TITLE).values_list("slug", flat=True))
    forms = set(AwardType.objects.filter(kind=AwardType.Kind.FORM).values_list("slug", flat=True))
    assert {"co_thi_dua", "chien_si_thi_dua_co_so", "chien_si_thi_dua_cap_tinh"} <= titles
    assert {"bang_khen", "giay_khen", "ky_niem_chuong"} <= forms
    praise = award("bieu_duong")
    assert (praise.kind, praise.active) == (AwardType.Kind.OTHER, False)
    provincial = award("chien_si_thi_dua_cap_tinh")
    assert provincial.consecutive_years == 3
    assert provincial.prerequisite == award("chien_si_thi_dua_co_so")
    assert not provincial.conferred_here


def test_a_title_for_collectives_is_refused_to_a_person_in_vietnamese():
    commendation = CommendationFactory.build(
        decision=AwardDecisionFactory(),
        recipient_kind=Commendation.RecipientKind.INDIVIDUAL,
        award_type=award("co_thi_dua"),
    )
    with pytest.raises(ValidationError) as refused:
        commendation.full_clean()
    assert refused.value.message_dict["award_type"] == [
        "«Cờ thi đua» không tặng cho cá nhân (chỉ tặng: tập thể)."
    ]


def test_officer_adds_a_catalogue_entry_of_the_committee(officer_client):
    response = officer_client.post(
        reverse("admin:awards_awardtype_add"),
        {
            "name": "Giấy khen của Ban Thường trực",
            "kind": "form",
            "slug": "",
            "order": "20",
            "active": "on",
            "for_individual": "on",
            "consecutive_years": "0",
            "prerequisite": "",
            "condition": "",
            "legal_basis": "",
            "conferred_here": "on",
        },
    )
    assert response.status_code == 302
    entry = AwardType.objects.get(name="Giấy khen của Ban Thường trực")
    assert entry.slug == "giay-khen-cua-ban-thuong-truc"
    assert entry.allows("individual") and not entry.allows("collective")


def test_an_entry_for_nobody_is_refused():
    entry = AwardType(name="Danh hiệu thử", kind="title")
    with pytest.raises(ValidationError) as refused:
        entry.full_clean()
    assert "Chọn ít nhất một đối tượng được tặng." in refused.value.messages


# --- one record per recipient --------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "Nguyễn Văn Hoà",
        "NGUYỄN VĂN HÒA",
        "Nguye\u0302\u0303n Va\u0306n Ho\u0300a",  # decomposed, as macOS gives it
        "Nguyễn  Văn Hòa",
    ],
)
def test_a_second_commendation_of_one_person_joins_their_record(typed):
    first = CommendationFactory(
        decision=decided(2015), recipient_name="Nguyễn Văn Hòa", organization="Xã An Thạnh"
    )
    second = CommendationFactory(
        decision=decided(2020), recipient_name=typed, organization="xã An Thạnh"
    )
    assert second.recipient == first.recipient
    assert Recipient.objects.count() == 1


def test_a_namesake_of_another_unit_gets_a_record_of_their_own():
    first = CommendationFactory(recipient_name="Trần Văn Bình", organization="Xã Hưng Hội")
    other = CommendationFactory(recipient_name="Trần Văn Bình", organization="Phường Hòa Lợi")
    assert other.recipient != first.recipient


def test_a_collective_is_one_record_whatever_the_unit_written():
    first = CommendationFactory(
        recipient_kind="collective", recipient_name="Ban công tác Mặt trận ấp 3", organization=""
    )
    again = CommendationFactory(
        recipient_kind="collective",
        recipient_name="Ban Công tác Mặt trận ấp 3",
        organization="Xã Vĩnh Hưng",
    )
    assert again.recipient == first.recipient


def test_the_officer_may_link_a_commendation_to_a_chosen_record():
    kept = Recipient.objects.create(kind="individual", name="Trần Văn Bình", birth_year=1970)
    commendation = CommendationFactory(
        recipient_name="Trần Văn Bình", organization="Xã Hưng Hội", recipient=kept
    )
    assert commendation.recipient == kept


def test_a_record_of_another_kind_is_refused():
    collective = Recipient.objects.create(kind="collective", name="Ấp Thạnh Hòa")
    commendation = CommendationFactory.build(
        decision=AwardDecisionFactory(), recipient_name="Ấp Thạnh Hòa", recipient=collective
    )
    with pytest.raises(ValidationError) as refused:
        commendation.full_clean()
    assert "khác đối tượng đã chọn" in refused.value.message_dict["recipient"][0]


def test_recipient_page_lists_public_commendations_newest_first(client):
    older = CommendationFactory(decision=decided(2015, number="12/QĐ"), recipient_name="Lê Thị Mai")
    newer = CommendationFactory(
        decision=decided(2020, number="40/QĐ"),
        recipient_name="Lê Thị Mai",
        award_type=award("giay_khen"),
    )
    CommendationFactory(
        decision=decided(2022, number="77/QĐ"),
        recipient_name="Lê Thị Mai",
        revoked_on=datetime.date(2023, 1, 2),
        revoking_decision="3/QĐ",
        revocation_reason="Sai",
    )
    assert newer.recipient == older.recipient
    response = client.get(older.recipient.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Lê Thị Mai" in html and "Có 2 lần được khen thưởng" in html
    assert html.index("số 40/QĐ") < html.index("số 12/QĐ")
    assert "77/QĐ" not in html
    assert older.recipient.get_absolute_url().startswith("/khen-thuong/doi-tuong/le-thi-mai")


def test_recipient_with_only_revoked_commendations_has_no_page(client):
    revoked = CommendationFactory(
        revoked_on=datetime.date(2023, 1, 2), revoking_decision="3/QĐ", revocation_reason="Sai"
    )
    assert client.get(revoked.recipient.get_absolute_url()).status_code == 404


def test_honor_roll_and_decision_link_each_name_to_its_record(client):
    commendation = CommendationFactory(recipient_name="Phạm Thị Hương")
    url = commendation.recipient.get_absolute_url()
    assert url in client.get(reverse("awards:honor_roll")).content.decode()
    assert url in client.get(commendation.decision.get_absolute_url()).content.decode()


def test_recipient_page_shows_text_as_text(client):
    commendation = CommendationFactory(recipient_name="<script>alert(1)</script> Hùng")
    html = client.get(commendation.recipient.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Hùng" in html


# --- what a record warns about -------------------------------------------------------------------


def test_provincial_title_warns_of_the_missing_consecutive_years():
    base = award("chien_si_thi_dua_co_so")
    first = CommendationFactory(
        decision=decided(2022), recipient_name="Võ Minh Tâm", award_type=base
    )
    CommendationFactory(decision=decided(2024), recipient_name="Võ Minh Tâm", award_type=base)
    warnings = award_warnings(
        recipient=first.recipient, award_type=award("chien_si_thi_dua_cap_tinh"), year=2025
    )
    assert warnings == [
        "«Chiến sĩ thi đua cấp tỉnh» cần 3 năm liên tục đạt «Chiến sĩ thi đua cơ sở» "
        "(2022–2024); hồ sơ trên cổng thiếu năm 2023."
    ]


def test_three_consecutive_years_give_no_warning_and_revoked_ones_do_not_count():
    base = award("chien_si_thi_dua_co_so")
    rows = [
        CommendationFactory(decision=decided(year), recipient_name="Võ Minh Tâm", award_type=base)
        for year in (2022, 2023, 2024)
    ]
    provincial = award("chien_si_thi_dua_cap_tinh")
    assert award_warnings(recipient=rows[0].recipient, award_type=provincial, year=2025) == []
    Commendation.objects.filter(pk=rows[1].pk).update(
        revoked_on=datetime.date(2024, 5, 1), revocation_reason="Sai", revoking_decision="1/QĐ"
    )
    warned = award_warnings(recipient=rows[0].recipient, award_type=provincial, year=2025)
    assert "thiếu năm 2023" in warned[0]


def test_an_achievement_commended_twice_is_named():
    first = CommendationFactory(
        decision=decided(2020, number="40/QĐ"),
        recipient_name="Lê Văn Nam",
        achievement="Hiến 300 m² đất làm đường.",
    )
    warnings = award_warnings(
        recipient=first.recipient,
        award_type=award("giay_khen"),
        year=2021,
        achievement="hiến 300 m²  đất làm đường.",
    )
    assert warnings == [
        "Thành tích này đã được khen thưởng «Bằng khen» theo Quyết định số 40/QĐ ngày "
        "01/06/2020: mỗi thành tích chỉ khen thưởng một lần."
    ]


def test_admin_warns_after_saving_a_decision_whose_recipient_lacks_the_years(officer_client):
    CommendationFactory(
        decision=decided(2015),
        recipient_name="Võ Minh Tâm",
        organization="Xã An Thạnh",
        award_type=award("chien_si_thi_dua_co_so"),
    )
    rows = [
        {
            "recipient_name": "Võ Minh Tâm",
            "organization": "Xã An Thạnh",
            "award_type": award_pk("chien_si_thi_dua_cap_tinh"),
        }
    ]
    response = officer_client.post(
        ADD_URL, {**decision_fields(signed_on="24/04/2016"), **recipient_rows(rows)}, follow=True
    )
    warnings = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert warnings == [
        "Võ Minh Tâm: «Chiến sĩ thi đua cấp tỉnh» cần 3 năm liên tục đạt «Chiến sĩ thi đua cơ "
        "sở» (2013–2015); hồ sơ trên cổng thiếu năm 2013, 2014."
    ]
    assert Commendation.objects.count() == 2  # a warning, not a refusal


def test_recipient_admin_shows_the_whole_history_and_exports_it(officer_client):
    import io

    import openpyxl

    kept = CommendationFactory(
        decision=decided(2015, number="12/QĐ"),
        recipient_name="Đặng Văn Hùng",
        position='=HYPERLINK("http://evil.example","Bấm")',
    )
    CommendationFactory(
        decision=decided(2020, number="40/QĐ"),
        recipient_name="Đặng Văn Hùng",
        revoked_on=datetime.date(2021, 1, 5),
        revoking_decision="3/QĐ",
        revocation_reason="Sai",
    )
    recipient = kept.recipient
    page = officer_client.get(reverse("admin:awards_recipient_change", args=[recipient.pk]))
    html = page.content.decode()
    assert "12/QĐ" in html and "Đã thu hồi ngày 05/01/2021" in html
    export = officer_client.get(reverse("admin:awards_recipient_history_xlsx", args=[recipient.pk]))
    assert export["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = openpyxl.load_workbook(io.BytesIO(export.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:3] == ["Năm", "Danh hiệu, hình thức", "Số quyết định"]
    assert [row[2] for row in rows[1:]] == ["12/QĐ", "40/QĐ"]
    assert rows[2][-1] == "Đã thu hồi ngày 05/01/2021 theo Quyết định số 3/QĐ"
    assert rows[1][5] == '\'=HYPERLINK("http://evil.example","Bấm")'
    assert all(not (isinstance(v, str) and v.startswith("=")) for row in rows for v in row)


def test_renaming_a_catalogue_entry_shows_at_once_on_cached_pages(officer_client, client):
    commendation = CommendationFactory(award_type=award("giay_khen"))
    url = commendation.decision.get_absolute_url()
    assert "Giấy khen" in client.get(url).content.decode()  # now in the page cache
    entry = award("giay_khen")
    change = reverse("admin:awards_awardtype_change", args=[entry.pk])
    data = {
        "name": "Giấy khen của Ban Thường trực",
        "kind": entry.kind,
        "slug": entry.slug,
        "order": entry.order,
        "active": "on",
        "for_collective": "on",
        "for_individual": "on",
        "consecutive_years": "0",
        "prerequisite": "",
        "condition": entry.condition,
        "legal_basis": entry.legal_basis,
        "conferred_here": "on",
        "_save": "Lưu",
    }
    response = officer_client.post(change, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert "Giấy khen của Ban Thường trực" in Client().get(url).content.decode()
