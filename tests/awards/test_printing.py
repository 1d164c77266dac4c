"""Tests for awards.printing: the decision and certificate PDFs.

The decisions and commendations here are unsaved model instances, so these tests need no
database; tests/awards/test_verification.py prints saved ones through the public views.

The PDFs are read back with pypdf; extracted text has its whitespace collapsed before matching,
since justified lines are set with wider word spacing and wrap anywhere.
"""

import datetime
import shutil
import subprocess
import unicodedata
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfReader
from pypdf.generic import ContentStream

from awards import printing
from awards.models import AwardDecision, AwardType, Commendation, DecisionKind
from models_registry.models import Campaign
from mttq_portal.pdfs import check_pdf

BASE_URL = "https://mttq.quangngai.gov.vn/"
DECISION_URL = "https://mttq.quangngai.gov.vn/khen-thuong/12/"
VERIFY_URL = "https://mttq.quangngai.gov.vn/khen-thuong/xac-thuc/K7M2QX9A/"
TABLE_HEADER = "STT Tên tập thể/cá nhân Chức vụ – đơn vị Hình thức Tiền thưởng"
A4 = (595, 842)
BE_VIETNAM_PRO = {"BeVietnamPro", "BeVietnamProBold", "BeVietnamProItalic"}  # subset prefix off


# ---------------------------------------------------------------------------------------------
# Unsaved model instances


def make_decision(**fields):
    values = {
        "number": "125/QĐ-MTTQ-BTT",
        "signed_on": datetime.date(2025, 3, 5),
        "issuer": "Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi",
        "title": (
            "Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong Cuộc vận động"
            " “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” năm 2024"
        ),
        "place": "Quảng Ngãi",
        "kind": DecisionKind.THEMATIC,
        "legal_grounds": (
            "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;\n"
            "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;\n"
            "Xét đề nghị của Ban Phong trào Ủy ban MTTQ Việt Nam tỉnh,"
        ),
        "signer_name": "Đặng Văn Hùng",
        "signer_position": "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH",
        "campaign": Campaign(name="Cuộc vận động “Toàn dân đoàn kết”"),
    }
    values.update(fields)
    return AwardDecision(pk=12, **values)


def make_commendation(decision=None, **fields):
    values = {
        "recipient_kind": "individual",
        "recipient_name": "Nguyễn Thị Thủy",
        "position": "Trưởng Ban Công tác Mặt trận",
        "organization": "Thôn Phước Lộc, xã Tịnh Ấn Tây",
        "award_type": AwardType(name="Bằng khen", kind=AwardType.Kind.FORM),
        "achievement": "Đã có thành tích xuất sắc trong Cuộc vận động năm 2024",
        "prize_amount": 1_500_000,
        "code": "K7M2QX9A",
        "revoked_on": None,
        "revoking_decision": "",
        "decision": decision or make_decision(),
    }
    values.update(fields)
    return Commendation(**values)


def sample_recipients(decision, count, *, collectives=2):
    return [
        make_commendation(
            decision,
            recipient_kind="collective" if i < collectives else "individual",
            recipient_name=f"Ban Công tác Mặt trận số {i + 1}"
            if i < collectives
            else f"Người {i + 1}",
            position="" if i < collectives else "Ủy viên",
            prize_amount=1_500_000 if i % 2 else None,
        )
        for i in range(count)
    ]


# ---------------------------------------------------------------------------------------------
# Reading the PDFs back


def reader(data):
    return PdfReader(BytesIO(data))


def flat(text):
    """`text` with all runs of whitespace made one space."""
    return " ".join(text.split())


def page_texts(data):
    return [flat(page.extract_text()) for page in reader(data).pages]


def all_text(data):
    return " ".join(page_texts(data))


def base_fonts(page):
    fonts = page["/Resources"]["/Font"]
    return {str(fonts[name].get_object()["/BaseFont"]) for name in fonts}


def qr_modules(page, pdf_reader):
    """The dark modules of the QR code drawn on `page`, as a set of (row, column), from the
    black filled rectangles of its content stream (the only ones on these pages)."""
    rects, fill, stack, pending = [], (0.0, 0.0, 0.0), [], []
    for operands, operator in ContentStream(page.get_contents(), pdf_reader).operations:
        if operator == b"q":
            stack.append(fill)
        elif operator == b"Q":
            fill = stack.pop()
        elif operator == b"rg":
            fill = tuple(float(v) for v in operands)
        elif operator == b"g":
            fill = (float(operands[0]),) * 3
        elif operator == b"re":
            pending.append([float(v) for v in operands])
        elif operator in (b"f", b"f*", b"F"):
            if fill == (0.0, 0.0, 0.0):
                rects.extend(pending)
            pending = []
        elif operator in (b"S", b"B", b"b", b"n"):
            pending = []
    boxes = [(x, max(y, y + h), w, abs(h)) for x, y, w, h in rects]
    module = min(height for *_, height in boxes)
    left = min(x for x, *_ in boxes)
    top = max(y for _, y, *_ in boxes)
    dark = set()
    for x, y, w, _ in boxes:
        row = round((top - y) / module)
        first = round((x - left) / module)
        dark.update((row, column) for column in range(first, first + round(w / module)))
    return dark


def expected_modules(url):
    matrix = printing.qr_code(url).matrix
    return {(r, c) for r, cells in enumerate(matrix) for c, dark in enumerate(cells) if dark}


# ---------------------------------------------------------------------------------------------
# Helpers


def test_long_date_follows_the_decree():
    assert printing.long_date(datetime.date(2025, 3, 5)) == "ngày 05 tháng 3 năm 2025"
    assert printing.long_date(datetime.date(2025, 1, 9)) == "ngày 09 tháng 01 năm 2025"
    assert printing.long_date(datetime.date(2024, 12, 20)) == "ngày 20 tháng 12 năm 2024"
    assert printing.short_date(datetime.date(2025, 3, 5)) == "05/03/2025"


def test_money_uses_dots_between_thousands():
    assert printing.money(1_500_000) == "1.500.000 đồng"
    assert printing.money(500) == "500 đồng"
    assert printing.money(None) == "–"
    assert printing.money(0) == "–"


def test_absolute_url_joins_without_double_slash():
    assert (
        printing.absolute_url("https://a.vn/", "/khen-thuong/12/") == "https://a.vn/khen-thuong/12/"
    )
    assert printing.absolute_url("https://a.vn", "/x/") == "https://a.vn/x/"


# ---------------------------------------------------------------------------------------------
# The decision


@pytest.fixture
def decision():
    return make_decision()


@pytest.fixture
def decision_data(decision):
    return printing.decision_pdf(decision, sample_recipients(decision, 6), base_url=BASE_URL)


def test_decision_has_the_administrative_layout_texts(decision_data):
    first = page_texts(decision_data)[0]
    for text in (
        "ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI",
        "Số: 125/QĐ-MTTQ-BTT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Quảng Ngãi, ngày 05 tháng 3 năm 2025",
        "QUYẾT ĐỊNH",
        "Về việc khen thưởng các tập thể, cá nhân",
        "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;",
        "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;",
        "QUYẾT ĐỊNH:",
        "Điều 1. Tặng Bằng khen cho 2 tập thể và 4 cá nhân đã có thành tích xuất sắc trong",
        "cuộc vận động “Toàn dân đoàn kết”",
        TABLE_HEADER,
        "I. Tập thể",
        "II. Cá nhân",
        "Người 3",
        "1.500.000 đồng",
    ):
        assert text in first, text


def test_decision_articles_signer_and_qr_text(decision_data):
    text = all_text(decision_data)
    assert "Điều 2. Tiền thưởng kèm theo" in text
    assert "Quỹ thi đua, khen thưởng" in text
    assert "Tổng số tiền thưởng: 4.500.000 đồng." in text
    assert "Điều 3. Quyết định này có hiệu lực kể từ ngày ký." in text
    assert "Nơi nhận: - Như Điều 3; - Lưu: VT." in text
    assert "TM. BAN THƯỜNG TRỰC CHỦ TỊCH" in text
    assert "Đặng Văn Hùng" in text
    assert DECISION_URL in text
    assert "–" in text  # a recipient without a prize


def test_decision_without_prizes_has_no_prize_article(decision):
    recipients = [make_commendation(decision, prize_amount=None)]
    text = all_text(printing.decision_pdf(decision, recipients, base_url=BASE_URL))
    assert "Tiền thưởng kèm theo" not in text
    assert "Điều 2. Quyết định này có hiệu lực" in text
    assert "Như Điều 2;" in text
    assert "Điều 3." not in text


def test_decision_names_recipients_exactly(decision):
    recipients = [make_commendation(decision, recipient_name="Nguyễn Thị Thủy")]
    assert "Nguyễn Thị Thủy" in all_text(
        printing.decision_pdf(decision, recipients, base_url=BASE_URL)
    )


def test_decombined_input_prints_in_composed_form(decision):
    name = unicodedata.normalize("NFD", "Nguyễn Thị Thủy")
    recipients = [make_commendation(decision, recipient_name=name)]
    text = all_text(printing.decision_pdf(decision, recipients, base_url=BASE_URL))
    assert "Nguyễn Thị Thủy" in text


def test_decision_without_optional_fields(decision):
    decision = make_decision(place="", signer_name="", legal_grounds="", campaign=None)
    recipients = [make_commendation(decision, position="", organization="", prize_amount=None)]
    text = all_text(printing.decision_pdf(decision, recipients, base_url=BASE_URL))
    assert "Ngày 05 tháng 3 năm 2025" in text
    assert ", ngày 05" not in text
    assert "Căn cứ" not in text
    assert "có thành tích xuất sắc, có tên trong danh sách sau:" in text
    assert "None" not in text


def test_decision_without_recipients(decision):
    text = all_text(printing.decision_pdf(decision, [], base_url=BASE_URL))
    assert "Điều 1. Khen thưởng các tập thể, cá nhân" in text
    assert "STT" not in text


def test_many_recipients_split_across_pages_with_header_repeated(decision):
    recipients = sample_recipients(decision, 120, collectives=5)
    data = printing.decision_pdf(decision, recipients, base_url=BASE_URL)
    pages = page_texts(data)
    assert len(pages) >= 3
    with_rows = [text for text in pages if "Người " in text or "Ban Công tác" in text]
    assert len(with_rows) >= 3
    assert all(TABLE_HEADER in text for text in with_rows)
    text = " ".join(pages)
    assert all(f"Người {i}" in text for i in range(6, 121))
    assert "Ban Công tác Mặt trận số 5" in text
    assert text.count("II. Cá nhân") == 1
    for number, page in enumerate(reader(data).pages[1:], start=2):
        assert flat(page.extract_text()).startswith(str(number))  # page number at the top


def test_long_unbroken_texts_wrap(decision):
    long_word = "Mặttrận" * 40
    decision = make_decision(title="Về việc " + "khen thưởng " * 60, issuer="Ủy ban " * 30)
    recipients = [make_commendation(decision, recipient_name=long_word, organization=long_word)]
    data = printing.decision_pdf(decision, recipients, base_url=BASE_URL)
    assert all_text(data).count("Mặttrận") >= 40
    assert_text_inside_pages(data)


def assert_text_inside_pages(data):
    """Every piece of text starts inside the page and, at its font size, ends inside it."""
    for page in reader(data).pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        spots = []

        def visit(text, cm, tm, font, size, spots=spots):
            if text.strip():
                spots.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

        page.extract_text(visitor_text=visit)
        assert spots
        assert all(0 <= x <= width and 0 <= y <= height for x, y in spots)


def test_decision_fonts_are_be_vietnam_pro(decision_data):
    for page in reader(decision_data).pages:
        names = {name.split("+", 1)[-1] for name in base_fonts(page)}
        assert names
        assert names <= BE_VIETNAM_PRO, names
        fonts = page["/Resources"]["/Font"]
        for name in fonts:
            descendant = fonts[name].get_object()["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()  # embedded


def test_decision_page_size_and_metadata(decision_data):
    pdf = reader(decision_data)
    for page in pdf.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == A4
    assert pdf.metadata.title.startswith("Quyết định số 125/QĐ-MTTQ-BTT")
    assert pdf.metadata.author == "Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi"
    assert pdf.metadata.creator == "Cổng thông tin Ủy ban MTTQ tỉnh"
    assert pdf.trailer["/Root"]["/Lang"] == "vi"


def test_decision_qr_encodes_its_public_page(decision_data):
    pdf = reader(decision_data)
    last = pdf.pages[-1]
    assert qr_modules(last, pdf) == expected_modules(DECISION_URL)
    assert qr_modules(last, pdf) != expected_modules(DECISION_URL.replace("12", "13"))


def test_decision_passes_the_upload_checks(decision_data):
    check_pdf(SimpleUploadedFile("qd.pdf", decision_data, content_type="application/pdf"))


# ---------------------------------------------------------------------------------------------
# The certificate


@pytest.fixture
def certificate_data():
    return printing.certificate_pdf(make_commendation(), base_url=BASE_URL)


def test_certificate_texts(certificate_data):
    pages = page_texts(certificate_data)
    assert len(pages) == 1
    text = pages[0]
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI",
        "BẰNG KHEN",
        "Tặng Nguyễn Thị Thủy",
        "Trưởng Ban Công tác Mặt trận, Thôn Phước Lộc, xã Tịnh Ấn Tây",
        "Đã có thành tích xuất sắc trong Cuộc vận động năm 2024",
        "Quyết định số 125/QĐ-MTTQ-BTT, ngày 05/03/2025",
        "Quảng Ngãi, ngày 05 tháng 3 năm 2025",
        "TM. BAN THƯỜNG TRỰC CHỦ TỊCH",
        "Đặng Văn Hùng",
        f"Mã xác thực: K7M2QX9A – quét mã hoặc mở {VERIFY_URL} để kiểm tra.",
    ):
        assert expected in text, expected
    assert "ĐÃ THU HỒI" not in text


def test_certificate_is_a4_landscape_in_be_vietnam_pro(certificate_data):
    pdf = reader(certificate_data)
    page = pdf.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == A4[::-1]
    names = {name.split("+", 1)[-1] for name in base_fonts(page)}
    assert names <= BE_VIETNAM_PRO, names
    assert pdf.metadata.author == "Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi"
    assert pdf.metadata.title == "Bằng khen: Nguyễn Thị Thủy"
    assert pdf.trailer["/Root"]["/Lang"] == "vi"


def test_certificate_qr_encodes_the_verification_page(certificate_data):
    pdf = reader(certificate_data)
    assert qr_modules(pdf.pages[0], pdf) == expected_modules(VERIFY_URL)


def test_revoked_certificate_is_marked():
    commendation = make_commendation(
        revoked_on=datetime.date(2025, 6, 1), revoking_decision="210/QĐ-MTTQ-BTT"
    )
    text = all_text(printing.certificate_pdf(commendation, base_url=BASE_URL))
    assert "ĐÃ THU HỒI theo Quyết định số 210/QĐ-MTTQ-BTT, ngày 01/06/2025" in text
    unnumbered = make_commendation(revoked_on=datetime.date(2025, 6, 1))
    text = all_text(printing.certificate_pdf(unnumbered, base_url=BASE_URL))
    assert "ĐÃ THU HỒI ngày 01/06/2025" in text


def test_certificate_without_optional_fields():
    decision = make_decision(place="", signer_name="")
    commendation = make_commendation(
        decision, position="", organization="", achievement="", prize_amount=None
    )
    text = all_text(printing.certificate_pdf(commendation, base_url=BASE_URL))
    assert "Tặng Nguyễn Thị Thủy Quyết định số 125/QĐ-MTTQ-BTT" in text
    assert "Ngày 05 tháng 3 năm 2025" in text
    assert "None" not in text


def test_certificate_with_very_long_texts_stays_on_one_page():
    commendation = make_commendation(
        recipient_name="Ban Công tác Mặt trận khu dân cư " * 12,
        organization="Ủy ban Mặt trận Tổ quốc " * 20,
        achievement="Đã có thành tích xuất sắc " * 40,
        award_type=AwardType(name="Bằng khen của Ủy ban " * 8, kind=AwardType.Kind.FORM),
    )
    data = printing.certificate_pdf(commendation, base_url=BASE_URL)
    assert len(reader(data).pages) == 1
    assert "…" in all_text(data)  # shortened rather than overflowing
    assert_text_inside_pages(data)


@pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="decoding the printed QR needs pdftoppm (poppler-utils) and zbarimg (zbar-tools)",
)
def test_qr_codes_scan(tmp_path, certificate_data, decision_data):
    for name, data, url in (
        ("certificate", certificate_data, VERIFY_URL),
        ("decision", decision_data, DECISION_URL),
    ):
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(data)
        last = len(reader(data).pages)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "200",
                "-f",
                str(last),
                "-l",
                str(last),
                "-singlefile",
                pdf,
                tmp_path / name,
            ],
            check=True,
        )
        scanned = subprocess.run(
            ["zbarimg", "-q", "--raw", tmp_path / f"{name}.png"],
            capture_output=True,
            text=True,
            check=True,
        )
        assert scanned.stdout.strip() == url
