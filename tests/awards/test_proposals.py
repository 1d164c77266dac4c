"""Proposals for commendation: entered by one officer with their files, appraised line by line
by another, the accepted lines made a decision in one step; the one who entered a proposal can
never appraise or decide it, forged requests included."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from awards import proposals
from awards.models import AwardDecision, Commendation, Proposal, ProposalLine
from mttq_portal.roles import OFFICER
from tests.awards.factories import CommendationFactory, award, award_pk
from tests.awards.pdfs import minimal_pdf
from tests.news.factories import staff_member

pytestmark = pytest.mark.django_db

Verdict = ProposalLine.Verdict


@pytest.fixture
def appraiser(db):
    return staff_member(OFFICER, "thamdinh")


@pytest.fixture
def appraiser_client(appraiser):
    client = Client()
    client.force_login(appraiser)
    return client


def letter(name="to-trinh.pdf"):
    return SimpleUploadedFile(name, minimal_pdf(), content_type="application/pdf")


def make_proposal(author, *, lines=2, submitted=True):
    proposal = Proposal(
        number="15/TTr-MTTQ",
        submitted_on=datetime.date(2025, 11, 20),
        proposing_unit="Ủy ban MTTQ Việt Nam xã An Thạnh",
        title="Về việc đề nghị tặng Bằng khen",
        created_by=author,
    )
    proposal.covering_letter.save("to-trinh.pdf", letter(), save=False)
    proposal.save()
    for n in range(lines):
        ProposalLine.objects.create(
            proposal=proposal,
            recipient_kind="individual",
            recipient_name=f"Nguyễn Thị Lan {n + 1}",
            organization="Xã An Thạnh",
            award_type=award("bang_khen"),
            achievement=f"Thành tích {n + 1}",
            prize_amount=1_500_000,
        )
    if submitted:
        proposals.submit(proposal, author)
    proposal.refresh_from_db()
    return proposal


def page(name, proposal):
    return reverse(f"admin:awards_proposal_{name}", args=[proposal.pk])


def verdict_post(proposal, verdicts):
    data = {}
    for line in proposal.lines.order_by("id"):
        verdict, note = verdicts.get(line.recipient_name, ("pending", ""))
        data[f"dong-{line.pk}-verdict"] = verdict
        data[f"dong-{line.pk}-note"] = note
    return data


DECISION = {
    "number": "318/QĐ-MTTQ-BTT",
    "signed_on": "25/11/2025",
    "issuer": "Ủy ban MTTQ Việt Nam tỉnh",
    "title": "Về việc tặng Bằng khen",
    "kind": "chuyen_de",
    "legal_grounds": "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;",
    "place": "Cà Mau",
    "signer_name": "Nguyễn Văn Thắng",
    "signer_position": "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH",
}


def test_officer_enters_a_proposal_with_its_files_and_sends_it(officer_client, officer):
    response = officer_client.post(
        reverse("admin:awards_proposal_add"),
        {
            "number": "15/TTr-MTTQ",
            "submitted_on": "20/11/2025",
            "proposing_unit": "Ủy ban MTTQ Việt Nam xã An Thạnh",
            "title": "Về việc đề nghị tặng Bằng khen",
            "campaign": "",
            "covering_letter": letter(),
            "council_minutes": letter("bien-ban.pdf"),
            "council_vote": "7/7 thành viên nhất trí (100%)",
            "lines-TOTAL_FORMS": "1",
            "lines-INITIAL_FORMS": "0",
            "lines-MIN_NUM_FORMS": "0",
            "lines-MAX_NUM_FORMS": "1000",
            "lines-0-recipient_kind": "individual",
            "lines-0-recipient_name": "Trần Thị Kim Loan",
            "lines-0-birth_year": "1972",
            "lines-0-position": "Trưởng ban",
            "lines-0-organization": "Xã An Thạnh",
            "lines-0-award_type": award_pk("bang_khen"),
            "lines-0-prize_amount": "1500000",
            "lines-0-achievement": "Vận động 60 hộ tham gia tổ tự quản.",
            "lines-0-recipient": "",
            "_save": "Lưu",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    proposal = Proposal.objects.get()
    assert (proposal.created_by, proposal.status) == (officer, Proposal.Status.DRAFT)
    assert proposal.lines.get().birth_year == 1972
    # Kept where no web server serves it; the admin hands it out.
    assert proposal.covering_letter.url.startswith("/quan-tri/awards/proposal/tep/de-nghi/")
    sent = officer_client.post(page("submit", proposal), follow=True)
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.SUBMITTED
    assert f"Đã gửi {proposal} đi thẩm định." in [str(m) for m in get_messages(sent.wsgi_request)]


def test_a_proposal_without_its_letter_is_not_sent(officer):
    proposal = make_proposal(officer, submitted=False)
    proposal.covering_letter = ""
    proposal.save()
    with pytest.raises(ValidationError, match="Hãy đính kèm tờ trình"):
        proposals.submit(proposal, officer)


def test_proposal_files_go_only_to_staff_who_may_see_the_proposal(officer, officer_client, client):
    proposal = make_proposal(officer)
    url = proposal.covering_letter.url
    download = officer_client.get(url)
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment;")
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    assert Client().get(url).status_code == 302  # to the login page
    editor = Client()
    editor.force_login(staff_member("Biên tập viên", "bientap"))
    assert editor.get(url).status_code == 403
    assert officer_client.get("/quan-tri/awards/proposal/tep/../../settings.py").status_code == 404


def test_the_author_cannot_appraise_or_decide_their_own_proposal(officer, officer_client):
    proposal = make_proposal(officer)
    change = officer_client.get(page("change", proposal)).content.decode()
    assert page("appraise", proposal) not in change
    # Forged: straight to the pages and the services.
    assert officer_client.get(page("appraise", proposal)).status_code == 403
    line = proposal.lines.first()
    forged = officer_client.post(
        page("appraise", proposal), verdict_post(proposal, {line.recipient_name: ("accepted", "")})
    )
    assert forged.status_code == 403
    assert officer_client.post(page("decide", proposal), DECISION).status_code == 403
    with pytest.raises(PermissionDenied, match="Người lập đề nghị không được tự thẩm định"):
        proposals.appraise(proposal, officer, {line.pk: ("accepted", "")})
    assert not ProposalLine.objects.exclude(verdict=Verdict.PENDING).exists()
    assert not AwardDecision.objects.exists()


def test_appraiser_accepts_returns_and_refuses_lines_with_notes(
    officer, officer_client, appraiser_client
):
    proposal = make_proposal(officer, lines=3)
    form = appraiser_client.get(page("appraise", proposal))
    assert form.status_code == 200
    assert "Nguyễn Thị Lan 1" in form.content.decode()
    names = [line.recipient_name for line in proposal.lines.order_by("id")]
    missing_note = appraiser_client.post(
        page("appraise", proposal),
        verdict_post(proposal, {names[1]: ("returned", "")}),
        follow=True,
    )
    errors = [str(m) for m in get_messages(missing_note.wsgi_request)]
    assert f"«{names[1]}»: ghi lý do khi trả lại hoặc không đồng ý." in errors
    assert not ProposalLine.objects.exclude(verdict=Verdict.PENDING).exists()  # nothing written

    appraiser_client.post(
        page("appraise", proposal),
        verdict_post(
            proposal,
            {
                names[0]: ("accepted", ""),
                names[1]: ("returned", "Bổ sung báo cáo thành tích"),
                names[2]: ("refused", "Chưa đủ tiêu chuẩn"),
            },
        ),
    )
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.APPRAISED
    verdicts = list(proposal.lines.order_by("id").values_list("verdict", "appraisal_note"))
    assert verdicts == [
        ("accepted", ""),
        ("returned", "Bổ sung báo cáo thành tích"),
        ("refused", "Chưa đủ tiêu chuẩn"),
    ]
    # The author sees the note, amends the returned line and sends it again.
    change = officer_client.get(page("change", proposal)).content.decode()
    assert "Trả lại để bổ sung: Bổ sung báo cáo thành tích" in change
    officer_client.post(page("submit", proposal))
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.SUBMITTED
    assert proposal.lines.get(recipient_name=names[1]).verdict == Verdict.PENDING


def test_accepted_lines_become_one_decision_in_one_step(officer, appraiser, appraiser_client):
    proposal = make_proposal(officer, lines=3)
    lines = list(proposal.lines.order_by("id"))
    proposals.appraise(
        proposal,
        appraiser,
        {
            lines[0].pk: ("accepted", ""),
            lines[1].pk: ("accepted", ""),
            lines[2].pk: ("refused", "Chưa đủ tiêu chuẩn"),
        },
    )
    form = appraiser_client.get(page("decide", proposal))
    assert "Tờ trình số 15/TTr-MTTQ" in form.content.decode()  # in the grounds offered
    response = appraiser_client.post(page("decide", proposal), DECISION, follow=True)
    decision = AwardDecision.objects.get(number="318/QĐ-MTTQ-BTT")
    assert next(str(m) for m in get_messages(response.wsgi_request)).startswith(
        "Đã ra Quyết định số 318/QĐ-MTTQ-BTT với 2 tập thể, cá nhân"
    )
    assert decision.signer_name == "Nguyễn Văn Thắng"
    names = list(decision.commendations.order_by("id").values_list("recipient_name", flat=True))
    assert names == ["Nguyễn Thị Lan 1", "Nguyễn Thị Lan 2"]
    assert all(c.prize_amount == 1_500_000 for c in decision.commendations.all())
    proposal.refresh_from_db()
    assert (proposal.status, proposal.decision) == (Proposal.Status.DECIDED, decision)
    assert proposal.lines.get(pk=lines[0].pk).commendation.decision == decision
    # A second, replayed decision changes nothing.
    replay = appraiser_client.post(page("decide", proposal), {**DECISION, "number": "319/QĐ"})
    assert replay.status_code == 200
    assert AwardDecision.objects.count() == 1


def test_a_bad_decision_writes_nothing(officer, appraiser, appraiser_client):
    proposal = make_proposal(officer)
    proposals.appraise(
        proposal, appraiser, {line.pk: ("accepted", "") for line in proposal.lines.all()}
    )
    CommendationFactory(decision__number="318/QĐ-MTTQ-BTT", decision__issuer=DECISION["issuer"])
    response = appraiser_client.post(page("decide", proposal), DECISION)
    assert response.status_code == 200
    assert "đã có quyết định số 318/QĐ-MTTQ-BTT" in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.APPRAISED
    assert Commendation.objects.count() == 1
    future = appraiser_client.post(
        page("decide", proposal), {**DECISION, "signed_on": "01/01/2999"}
    )
    assert "Ngày ký không được sau ngày hôm nay." in future.content.decode()
    assert AwardDecision.objects.count() == 1


def test_a_proposed_title_the_record_lacks_years_for_is_flagged_to_the_appraiser(
    officer, appraiser_client
):
    proposal = make_proposal(officer, lines=1)
    line = proposal.lines.get()
    line.award_type = award("chien_si_thi_dua_cap_tinh")
    line.save()
    html = appraiser_client.get(page("appraise", proposal)).content.decode()
    assert "«Chiến sĩ thi đua cấp tỉnh» cần 3 năm liên tục" in html


def test_nobody_changes_a_proposal_under_appraisal(officer, officer_client, appraiser_client):
    proposal = make_proposal(officer)
    for client in (officer_client, appraiser_client):
        response = client.post(page("change", proposal), {"number": "99/TTr", "_save": "Lưu"})
        assert response.status_code in (200, 403)
    proposal.refresh_from_db()
    assert proposal.number == "15/TTr-MTTQ"


def test_appraisal_page_shows_the_history_of_a_record_found_by_name(officer, appraiser_client):
    CommendationFactory(recipient_name="Nguyễn Thị Lan 1", organization="Xã An Thạnh")
    proposal = make_proposal(officer, lines=1)
    html = appraiser_client.get(page("appraise", proposal)).content.decode()
    assert "(1 lần khen thưởng)" in html
