"""Printed decisions and certificates, and the public page their QR code and short code open:
read back from the PDFs the public views give, on saved records."""

import datetime
from io import BytesIO

import pytest
from django.urls import reverse
from pypdf import PdfReader

from awards.models import CODE_ALPHABET
from tests.awards.factories import AwardDecisionFactory, CommendationFactory

pytestmark = pytest.mark.django_db

REVOKED = {
    "revoked_on": datetime.date(2021, 3, 4),
    "revoking_decision": "27/QĐ-MTTQ-BTT",
    "revocation_reason": "Kê khai sai thành tích",
}


def text_of(response):
    assert response["Content-Type"] == "application/pdf"
    data = b"".join(response.streaming_content) if response.streaming else response.content
    pages = PdfReader(BytesIO(data)).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


def test_each_commendation_has_a_short_code_read_off_paper_easily():
    codes = {CommendationFactory().code for _ in range(20)}
    assert len(codes) == 20
    assert all(len(code) == 10 and set(code) <= set(CODE_ALPHABET) for code in codes)
    assert not set("0O1I") & set(CODE_ALPHABET)


def test_verify_page_says_the_commendation_stands(client):
    commendation = CommendationFactory(recipient_name="Nguyễn Thị Thủy")
    response = client.get(commendation.get_verify_url())
    html = response.content.decode()
    assert "Khen thưởng này còn hiệu lực." in html
    assert "Nguyễn Thị Thủy" in html and commendation.decision.number in html


def test_verify_page_says_plainly_it_was_revoked_and_by_which_decision(client):
    commendation = CommendationFactory(**REVOKED)
    html = client.get(commendation.get_verify_url()).content.decode()
    assert "Khen thưởng này đã bị thu hồi" in html
    assert "ngày 04/03/2021 theo Quyết định số 27/QĐ-MTTQ-BTT" in html
    assert "Kê khai sai thành tích" not in html  # the reason stays with the officers


def test_a_code_typed_loosely_finds_its_commendation(client):
    commendation = CommendationFactory()
    typed = f" {commendation.code[:4].lower()}-{commendation.code[4:]} "
    response = client.get(reverse("awards:verify_form"), {"ma": typed})
    assert response.status_code == 302
    assert response.url == commendation.get_verify_url()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("ABCD2345", "Không có khen thưởng nào mang mã này."),
        ("", "Hãy nhập mã xác thực."),
        ("A\x00B", "Mã có ký tự không hợp lệ."),
        ("x" * 41, "Mã quá dài."),
    ],
)
def test_a_wrong_code_gets_a_vietnamese_message(client, typed, message):
    response = client.get(reverse("awards:verify_form"), {"ma": typed})
    assert response.status_code == 200
    assert message in response.content.decode()


def test_an_unknown_code_in_the_address_is_not_found(client):
    assert client.get("/khen-thuong/xac-thuc/ZZZZ2222/").status_code == 404


def test_decision_prints_as_an_a4_pdf_with_its_public_recipients_and_qr_address(client):
    decision = AwardDecisionFactory(
        number="125/QĐ-MTTQ-BTT",
        signed_on=datetime.date(2020, 4, 24),
        place="Cà Mau",
        legal_grounds="Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;",
        signer_name="Nguyễn Văn Thắng",
        signer_position="TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH",
    )
    CommendationFactory(decision=decision, recipient_name="Đặng Thị Hồng", prize_amount=1500000)
    CommendationFactory(decision=decision, recipient_name="Lê Văn Thu Hồi", **REVOKED)
    response = client.get(decision.get_print_url())
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('inline; filename="quyet-dinh-125-')
    text = text_of(response)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 125/QĐ-MTTQ-BTT",
        "Cà Mau, ngày 24 tháng 4 năm 2020",
        "QUYẾT ĐỊNH",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;",
        "Đặng Thị Hồng",
        "1.500.000 đồng",
        "Nguyễn Văn Thắng",
        f"http://testserver{decision.get_absolute_url()}",
    ):
        assert expected in text
    assert "Lê Văn Thu Hồi" not in text
    page = PdfReader(BytesIO(response.content)).pages[0]
    assert (round(page.mediabox.width), round(page.mediabox.height)) == (595, 842)


def test_certificate_prints_with_its_code_and_marks_a_revoked_one(client):
    standing = CommendationFactory(recipient_name="Trần Thị Thuỷ")
    text = text_of(client.get(standing.get_certificate_url()))
    assert "Trần Thị Thuỷ" in text and "BẰNG KHEN" in text
    assert f"Mã xác thực: {standing.code}" in text
    assert "ĐÃ THU HỒI" not in text
    revoked = CommendationFactory(**REVOKED)
    assert "ĐÃ THU HỒI theo Quyết định số 27/QĐ-MTTQ-BTT" in text_of(
        client.get(revoked.get_certificate_url())
    )


def test_decision_page_links_its_printed_copy_and_shows_its_grounds_and_signer(client):
    decision = AwardDecisionFactory(
        legal_grounds="Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;\nXét đề nghị của Ban.",
        signer_name="Nguyễn Văn Thắng",
        kind="dot_xuat",
    )
    CommendationFactory(decision=decision, prize_amount=2000000)
    html = client.get(decision.get_absolute_url()).content.decode()
    assert decision.get_print_url() in html
    assert "Khen thưởng đột xuất" in html
    assert "<li>Xét đề nghị của Ban.</li>" in html
    assert "Nguyễn Văn Thắng" in html
    assert "Tiền thưởng: 2.000.000 đồng" in html
