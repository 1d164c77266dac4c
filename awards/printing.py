"""Printable PDFs for commendations: a decision (quyết định khen thưởng) and a certificate.

Layout sources
--------------
The decision follows the administrative document format of Nghị định 30/2020/NĐ-CP (Phụ lục I,
"Thể thức, kỹ thuật trình bày văn bản hành chính"):

* A4 portrait, margins: top and bottom 20 mm, left 30 mm, right 15 mm; page numbers centred in
  the top margin from the second page on.
* Top left: the issuing body in capitals, bold, a short rule beneath, then "Số: ...".
  Top right: the national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and the motto "Độc lập -
  Tự do - Hạnh phúc" in bold with a rule as long as the motto; beneath them, in italics, the
  place and date ("Quảng Ngãi, ngày 05 tháng 3 năm 2025": a day below 10 and the months 1 and 2
  take a leading zero, as the decree prescribes).
* Centred: the kind of document "QUYẾT ĐỊNH", the summary (trích yếu) beneath with a short rule,
  the authority that issues it; the legal grounds in italics, one per line; "QUYẾT ĐỊNH:"; the
  articles, justified, first lines indented.
* Bottom: "Nơi nhận:" on the left (small type), the signer's position (capitals, bold), space
  for the signature and seal, and the signer's name on the right.

Article 1 lists the recipients in a table (STT, name, position and unit, form of award, prize)
that splits between rows across pages and repeats its header on each page; the prize article
appears only when some recipient has a prize. The last page carries a QR code that opens the
decision's public page, with its address written beside it.

The certificate (bằng khen, giấy khen) follows the common layout of the Front's certificates:
A4 landscape in a double border, national title and motto, the issuing body, the award's name in
large red capitals, "Tặng" and the recipient, their position and unit, the achievement, the
decision's number and date, place and date with the signer on the right, and a QR code with the
short verification code on the left. A revoked certificate is marked "ĐÃ THU HỒI" across the page
and in a red line at its top.

Text is set in Be Vietnam Pro, the portal's typeface (TTF files and their OFL licence in
mttq_portal/fonts/), embedded as subsets. Every text is NFC-normalised first, so that letters
typed with combining marks use the font's precomposed Vietnamese glyphs. Long texts wrap; on
the one-page certificate they are set smaller, and as a last resort shortened with "…", so that
nothing leaves its box. QR codes are drawn as vector rectangles (segno computes the modules), so
they print sharply at any size. Nothing is fetched at run time.
"""

import unicodedata
from pathlib import Path

import segno
from fpdf import FPDF, FontFace
from fpdf.enums import XPos, YPos

FONT_DIR = Path(__file__).resolve().parent.parent / "mttq_portal" / "fonts"
FONT = "BeVietnamPro"
FONT_FILES = {
    "": "BeVietnamPro-Regular.ttf",
    "I": "BeVietnamPro-Italic.ttf",
    "B": "BeVietnamPro-Bold.ttf",
}
CREATOR = "Cổng thông tin Ủy ban MTTQ tỉnh"
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
REVOKED = "ĐÃ THU HỒI"
NO_PRIZE = "–"
BLACK = (0, 0, 0)
RED = (190, 20, 20)
HEADER_FILL = (232, 232, 232)
PT = 25.4 / 72  # millimetres in a typographic point
QR_ERROR = "M"

# Decision page (millimetres; NĐ 30/2020: left 30, right 15, top and bottom 20).
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 30, 15, 20, 20
BODY_SIZE = 13
TABLE_SIZE = 11
HEADER_SPLIT = 72  # width of the issuer's block at the top left
PARAGRAPH_INDENT = 10
QR_SIZE_DECISION = 24
SIGNATURE_SPACE = 24

# Certificate page (landscape).
BORDER_OUTER, BORDER_INNER = 10, 13
QR_SIZE_CERTIFICATE = 30
SIGNER_X = 297 / 2 + 20  # left edge of the signer's block


# ---------------------------------------------------------------------------------------------
# Small text helpers


def _text(value):
    """`value` as clean NFC text; None and blanks become ""."""
    if value is None:
        return ""
    return unicodedata.normalize("NFC", str(value)).strip()


def _lines(value):
    """The non-blank lines of `value`."""
    return [line for line in (_text(part) for part in _text(value).splitlines()) if line]


def _upper(value):
    return _text(value).upper()


def _capitalised(value):
    text = _text(value)
    return text[:1].upper() + text[1:]


def long_date(day):
    """ "ngày 05 tháng 3 năm 2025": NĐ 30/2020 zero-pads days below 10 and the months 1 and 2."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def short_date(day):
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def place_and_date(place, day):
    """ "Quảng Ngãi, ngày 05 tháng 3 năm 2025", or the date alone when there is no place."""
    place = _text(place)
    return f"{place}, {long_date(day)}" if place else _capitalised(long_date(day))


def money(amount):
    """ "1.500.000 đồng" (dots between thousands), or "–" for no prize."""
    if not amount:
        return NO_PRIZE
    return f"{int(amount):,} đồng".replace(",", ".")


def absolute_url(base_url, path):
    return _text(base_url).rstrip("/") + _text(path)


def _roman(number):
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    result = ""
    for value, letters in numerals:
        while number >= value:
            result += letters
            number -= value
    return result


# ---------------------------------------------------------------------------------------------
# The document, fonts and drawing helpers


class _Document(FPDF):
    """An A4 FPDF with Be Vietnam Pro loaded and page numbers from the second page on."""

    def __init__(self, orientation="portrait", *, number_pages=False):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        for style, name in FONT_FILES.items():
            self.add_font(FONT, style=style, fname=str(FONT_DIR / name))
        self.number_pages = number_pages
        self.set_font(FONT, size=BODY_SIZE)
        self.set_lang("vi")
        self.set_creator(CREATOR)
        self.set_display_mode("fullpage")

    def header(self):
        if self.number_pages and self.page_no() > 1:
            with self.local_context():
                self.set_font(FONT, size=BODY_SIZE)
                self.set_xy(self.l_margin, 8)
                self.cell(self.epw, 6, str(self.page_no()), align="C")
            self.set_y(self.t_margin)


def _font(pdf, size, style=""):
    pdf.set_font(FONT, style=style, size=size)


def _line_height(size, factor=1.35):
    return size * PT * factor


def _centred(pdf, text, size, style="", *, x=None, w=None, factor=1.35):
    """Write `text` centred in the column from `x` of width `w` (the page's text width by
    default), wrapping it; returns the widest line's width."""
    x = pdf.l_margin if x is None else x
    w = pdf.epw if w is None else w
    _font(pdf, size, style)
    pdf.set_x(x)
    lines = pdf.multi_cell(
        w, _line_height(size, factor), text, align="C", output="LINES", new_x=XPos.LEFT
    )
    return max((pdf.get_string_width(line) for line in lines), default=0)


def _rule(pdf, centre, width, *, gap=0.8):
    """A thin horizontal rule of `width` centred on `centre`, just below the current line."""
    y = pdf.get_y() + gap
    pdf.set_line_width(0.3)
    pdf.line(centre - width / 2, y, centre + width / 2, y)
    pdf.set_y(y + gap)


def _fitting_size(pdf, text, width, style, sizes):
    """The first size in `sizes` at which `text` fits on one line of `width`."""
    for size in sizes:
        _font(pdf, size, style)
        if pdf.get_string_width(text) <= width:
            return size
    return sizes[-1]


def _fit_lines(pdf, text, width, style, sizes, max_lines):
    """The largest size in `sizes` at which `text` wraps into at most `max_lines` lines of
    `width`, with those lines; at the smallest size the lines are cut to `max_lines` and the last
    one ends with "…"."""
    for size in sizes:
        _font(pdf, size, style)
        lines = pdf.multi_cell(width, 1, text, dry_run=True, output="LINES")
        if len(lines) <= max_lines:
            return size, lines
    kept = lines[:max_lines]
    last = kept[-1]
    while last and pdf.get_string_width(last + "…") > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + "…"
    return size, kept


def _write_lines(pdf, lines, size, style="", *, color=BLACK, factor=1.3):
    """Write already wrapped `lines` centred across the text width."""
    _font(pdf, size, style)
    with pdf.local_context(text_color=color):
        for line in lines:
            pdf.set_x(pdf.l_margin)
            pdf.cell(pdf.epw, _line_height(size, factor), line, align="C")
            pdf.ln(_line_height(size, factor))


def qr_code(data):
    """The QR code for `data`, as segno makes it (error correction level M)."""
    return segno.make(data, error=QR_ERROR, micro=False)


def draw_qr(pdf, data, x, y, size):
    """Draw the QR code of `data` as black rectangles in the square at (x, y) of side `size`,
    a white quiet zone of four modules included. Runs of dark modules in a row are one
    rectangle, which keeps the file small and the code free of hairline seams."""
    qr = qr_code(data)
    matrix = qr.matrix
    module = size / (len(matrix) + 8)
    left, top = x + 4 * module, y + 4 * module
    with pdf.local_context(fill_color=BLACK):
        for row, cells in enumerate(matrix):
            start = None
            for column, dark in enumerate([*cells, 0]):
                if dark and start is None:
                    start = column
                elif not dark and start is not None:
                    width = (column - start) * module
                    pdf.rect(left + start * module, top + row * module, width, module, style="F")
                    start = None


def _qr_caption(code, url):
    if code:
        return f"Mã xác thực: {code} – quét mã hoặc mở {url} để kiểm tra."
    return f"Quét mã hoặc mở {url} để xem quyết định và danh sách khen thưởng."


def _qr_block(pdf, *, url, code, x, y, size, caption_width, size_pt=9):
    """The QR code at (x, y) with its caption beside it, level with its middle."""
    draw_qr(pdf, url, x, y, size)
    _font(pdf, size_pt)
    caption = _qr_caption(code, url)
    line = _line_height(size_pt, 1.3)
    lines = pdf.multi_cell(caption_width, line, caption, dry_run=True, output="LINES")
    pdf.set_xy(x + size + 1, y + (size - len(lines) * line) / 2)
    pdf.multi_cell(caption_width, line, caption, align="L", link=url)


def _metadata(pdf, *, title, issuer, subject=""):
    pdf.set_title(_text(title))
    pdf.set_author(_text(issuer))
    if subject:
        pdf.set_subject(_text(subject))


# ---------------------------------------------------------------------------------------------
# The decision


def plain_document(title, paragraphs, *, author):
    """A plain A4 page (or more) of `paragraphs` under a bold `title`, in the portal's font:
    the demo's proposal letters."""
    pdf = _Document("portrait")
    pdf.set_margins(MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT)
    pdf.set_auto_page_break(True, margin=MARGIN_BOTTOM)
    _metadata(pdf, title=title, issuer=author)
    pdf.add_page()
    _centred(pdf, _upper(title), BODY_SIZE + 1, "B")
    pdf.ln(4)
    _font(pdf, BODY_SIZE)
    for paragraph in paragraphs:
        pdf.multi_cell(pdf.epw, _line_height(BODY_SIZE), _text(paragraph), align="J")
        pdf.ln(2)
    return bytes(pdf.output())


def decision_pdf(decision, recipients=(), *, base_url):
    """The decision `decision` as an A4 PDF (bytes), listing `recipients` (its public
    commendations, collectives first) in Article 1, with a QR code to its public page."""
    recipients = list(recipients)
    pdf = _Document("portrait", number_pages=True)
    pdf.set_margins(MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT)
    pdf.set_auto_page_break(True, margin=MARGIN_BOTTOM)
    _metadata(
        pdf,
        title=f"Quyết định số {_text(decision.number)}: {_text(decision.title)}",
        issuer=decision.issuer,
        subject=decision.get_kind_display(),
    )
    pdf.add_page()
    _decision_heading(pdf, decision)
    _decision_title(pdf, decision)
    _legal_grounds(pdf, decision)
    _centred(pdf, "QUYẾT ĐỊNH:", BODY_SIZE + 1, "B")
    pdf.ln(2)
    _article_recipients(pdf, decision, recipients)
    article = 2
    total = sum(r.prize_amount or 0 for r in recipients)
    if total:
        _article_prizes(pdf, decision, article, total)
        article += 1
    _article_execution(pdf, decision, article)
    _decision_foot(pdf, decision, article, url=absolute_url(base_url, decision.get_absolute_url()))
    return bytes(pdf.output())


def _decision_heading(pdf, decision):
    """The issuer and number at the top left; national title, motto, place and date at the
    top right."""
    top = pdf.get_y()
    left_w = HEADER_SPLIT
    right_x = pdf.l_margin + left_w
    right_w = pdf.epw - left_w

    widest = _centred(pdf, _upper(decision.issuer), 12, "B", w=left_w, factor=1.3)
    _rule(pdf, pdf.l_margin + left_w / 2, min(widest, left_w) * 0.45)
    pdf.ln(1.5)
    _centred(pdf, f"Số: {_text(decision.number)}", BODY_SIZE, w=left_w)
    left_bottom = pdf.get_y()

    pdf.set_y(top)
    size = _fitting_size(pdf, NATIONAL_TITLE, right_w, "B", (12, 11.5, 11, 10.5, 10))
    _centred(pdf, NATIONAL_TITLE, size, "B", x=right_x, w=right_w, factor=1.3)
    _centred(pdf, MOTTO, BODY_SIZE, "B", x=right_x, w=right_w, factor=1.3)
    _font(pdf, BODY_SIZE, "B")
    _rule(pdf, right_x + right_w / 2, pdf.get_string_width(MOTTO), gap=0.6)
    pdf.ln(3)
    _centred(
        pdf,
        place_and_date(decision.place, decision.signed_on),
        BODY_SIZE,
        "I",
        x=right_x,
        w=right_w,
    )
    pdf.set_y(max(left_bottom, pdf.get_y()) + 6)


def _authority(decision):
    """Who decides, in capitals: "BAN THƯỜNG TRỰC ỦY BAN MTTQ ..." when the signer signs for
    a body ("TM. BAN THƯỜNG TRỰC"), otherwise the issuer."""
    issuer = _upper(decision.issuer)
    position = _lines(decision.signer_position)
    first = position[0].upper() if position else ""
    if first.startswith("TM."):
        body = first.removeprefix("TM.").strip()
        if body and body not in issuer:
            return f"{body} {issuer}"
    return issuer


def _decision_title(pdf, decision):
    _centred(pdf, "QUYẾT ĐỊNH", BODY_SIZE + 1, "B")
    widest = _centred(pdf, _text(decision.title), BODY_SIZE + 1, "B")
    _rule(pdf, pdf.l_margin + pdf.epw / 2, min(widest, pdf.epw) * 0.3)
    pdf.ln(4)
    _centred(pdf, _authority(decision), BODY_SIZE + 1, "B")
    pdf.ln(3)


def _paragraphs(pdf, parts_list, *, size=BODY_SIZE, after=1.5):
    """Justified paragraphs with an indented first line; each paragraph is a list of
    (style, text) parts written one after the other."""
    with pdf.text_columns(text_align="J", line_height=1.3) as columns:
        for parts in parts_list:
            with columns.paragraph(first_line_indent=PARAGRAPH_INDENT, bottom_margin=after) as p:
                for style, text in parts:
                    _font(pdf, size, style)
                    p.write(text)
    _font(pdf, size)


def _legal_grounds(pdf, decision):
    grounds = _lines(decision.legal_grounds)
    if grounds:
        _paragraphs(pdf, [[("I", ground)] for ground in grounds], after=1)
        pdf.ln(2)


def _count_phrase(recipients):
    """ "2 tập thể, 27 cá nhân và 1 hộ gia đình", in the order the kinds first appear."""
    counts = {}
    for recipient in recipients:
        label = _text(recipient.get_recipient_kind_display()).lower()
        counts[label] = counts.get(label, 0) + 1
    parts = [f"{count} {label}" for label, count in counts.items()]
    if len(parts) > 1:
        return ", ".join(parts[:-1]) + " và " + parts[-1]
    return parts[0] if parts else ""


def _campaign_phrase(decision):
    """«cuộc vận động “…”» for a campaign stored by its bare name; a name that says what it is
    ("Phong trào …", "Cuộc vận động …") as it is."""
    name = _text(getattr(decision.campaign, "name", "")) if decision.campaign else ""
    if not name:
        return ""
    if name.casefold().startswith(("cuộc vận động", "phong trào")):
        return name[0].lower() + name[1:]
    bare = name.strip('“”"')
    return f"cuộc vận động “{bare}”"


def _article_recipients(pdf, decision, recipients):
    campaign = _campaign_phrase(decision)
    where = f" trong {campaign}" if campaign else ""
    names = {_text(r.award_type.name) for r in recipients}
    if len(names) == 1:
        what = next(iter(names))
    else:
        what = "danh hiệu, hình thức khen thưởng ghi trong danh sách dưới đây"
    if recipients:
        sentence = (
            f"Tặng {what} cho {_count_phrase(recipients)} đã có thành tích xuất sắc{where}, "
            "có tên trong danh sách sau:"
        )
    else:
        sentence = f"Khen thưởng các tập thể, cá nhân có thành tích xuất sắc{where}."
    _paragraphs(pdf, [[("B", "Điều 1. "), ("", sentence)]])
    if recipients:
        pdf.ln(1)
        _recipient_table(pdf, recipients)
        pdf.ln(4)


def _recipient_cells(recipient):
    unit = ", ".join(
        part for part in (_text(recipient.position), _text(recipient.organization)) if part
    )
    return (
        _text(recipient.recipient_name),
        unit,
        _text(recipient.award_type.name),
        money(recipient.prize_amount),
    )


def _recipient_table(pdf, recipients):
    """The recipients, grouped by kind (I. Tập thể, II. Cá nhân, ...), numbered within each
    group; rows are never split, and the header is repeated on every page."""
    headings = ("STT", "Tên tập thể/cá nhân", "Chức vụ – đơn vị", "Hình thức", "Tiền thưởng")
    group_style = FontFace(emphasis="BOLD")
    _font(pdf, TABLE_SIZE)
    with pdf.table(
        width=pdf.epw,
        align="LEFT",
        col_widths=(7, 28, 29, 14, 22),
        text_align=("CENTER", "LEFT", "LEFT", "LEFT", "RIGHT"),
        headings_style=FontFace(emphasis="BOLD", fill_color=HEADER_FILL),
        line_height=_line_height(TABLE_SIZE, 1.25),
        padding=(1.2, 1.5),
        v_align="MIDDLE",
        repeat_headings=1,
        first_row_as_headings=True,
    ) as table:
        header = table.row()
        for heading in headings:
            header.cell(heading, align="CENTER")
        kind, number, group = None, 0, 0
        for recipient in recipients:
            if recipient.recipient_kind != kind:
                kind, number, group = recipient.recipient_kind, 0, group + 1
                label = _text(recipient.get_recipient_kind_display())
                table.row().cell(
                    f"{_roman(group)}. {label}", colspan=5, style=group_style, align="LEFT"
                )
            number += 1
            row = table.row()
            row.cell(str(number))
            for value in _recipient_cells(recipient):
                row.cell(value)
    _font(pdf, BODY_SIZE)


def _article_prizes(pdf, decision, article, total):
    sentence = (
        "Tiền thưởng kèm theo các hình thức khen thưởng tại Điều 1 được chi từ Quỹ thi đua, "
        f"khen thưởng của {_text(decision.issuer)} theo quy định hiện hành. "
        f"Tổng số tiền thưởng: {money(total)}."
    )
    _paragraphs(pdf, [[("B", f"Điều {article}. "), ("", sentence)]])


def _article_execution(pdf, decision, article):
    sentence = (
        "Quyết định này có hiệu lực kể từ ngày ký. Văn phòng, các ban, đơn vị có liên quan "
        f"thuộc {_text(decision.issuer)} và các tập thể, cá nhân có tên tại Điều 1 chịu "
        "trách nhiệm thi hành Quyết định này."
    )
    _paragraphs(pdf, [[("B", f"Điều {article}. "), ("", sentence)]])


def _signature_height(decision):
    lines = len(_lines(decision.signer_position)) or 1
    return lines * _line_height(BODY_SIZE, 1.3) + SIGNATURE_SPACE + _line_height(BODY_SIZE)


def _decision_foot(pdf, decision, execution_article, *, url):
    """ "Nơi nhận" and the signer side by side, then the QR code at the foot of the page;
    on a new page when they do not fit below the articles."""
    needed = 4 + _signature_height(decision) + 4 + QR_SIZE_DECISION
    if pdf.get_y() + needed > pdf.page_break_trigger:
        pdf.add_page()
    top = pdf.get_y() + 4
    half = pdf.epw * 0.45

    pdf.set_xy(pdf.l_margin, top)
    _font(pdf, 12, "B")
    pdf.cell(half, _line_height(12), "Nơi nhận:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    _font(pdf, 11)
    for item in (f"- Như Điều {execution_article};", "- Lưu: VT."):
        pdf.cell(half, _line_height(11, 1.3), item, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    sign_x = pdf.l_margin + half
    sign_w = pdf.epw - half
    pdf.set_y(top)
    for line in _lines(decision.signer_position):
        _centred(pdf, line.upper(), BODY_SIZE, "B", x=sign_x, w=sign_w, factor=1.3)
    pdf.ln(SIGNATURE_SPACE)
    if _text(decision.signer_name):
        _centred(pdf, _text(decision.signer_name), BODY_SIZE, "B", x=sign_x, w=sign_w)

    qr_y = pdf.h - pdf.b_margin - QR_SIZE_DECISION
    _qr_block(
        pdf,
        url=url,
        code="",
        x=pdf.l_margin - 2,
        y=qr_y,
        size=QR_SIZE_DECISION,
        caption_width=pdf.epw - QR_SIZE_DECISION - 4,
    )


# ---------------------------------------------------------------------------------------------
# The certificate


def certificate_pdf(commendation, *, base_url):
    """The certificate of `commendation` as an A4 landscape PDF (bytes), with a QR code and the
    short code that open its verification page."""
    decision = commendation.decision
    award = commendation.award_type
    pdf = _Document("landscape")
    pdf.set_margins(24, 20, 24)
    pdf.set_auto_page_break(False)
    _metadata(
        pdf,
        title=f"{_text(award.name)}: {_text(commendation.recipient_name)}",
        issuer=decision.issuer,
        subject=f"Quyết định số {_text(decision.number)}",
    )
    pdf.add_page()
    _double_border(pdf)
    if commendation.revoked_on:
        _revoked_header(pdf, commendation)
    _certificate_heading(pdf, decision, award)
    _certificate_body(pdf, commendation, decision)
    _certificate_signer(pdf, decision)
    _qr_block(
        pdf,
        url=absolute_url(base_url, commendation.get_verify_url()),
        code=_text(commendation.code),
        x=BORDER_INNER + 4,
        y=pdf.h - BORDER_INNER - 4 - QR_SIZE_CERTIFICATE,
        size=QR_SIZE_CERTIFICATE,
        caption_width=SIGNER_X - BORDER_INNER - QR_SIZE_CERTIFICATE - 10,
        size_pt=8.5,
    )
    if commendation.revoked_on:
        _revoked_stamp(pdf)
    return bytes(pdf.output())


def _double_border(pdf):
    with pdf.local_context(draw_color=RED):
        pdf.set_line_width(1.2)
        outer = BORDER_OUTER
        pdf.rect(outer, outer, pdf.w - 2 * outer, pdf.h - 2 * outer)
        pdf.set_line_width(0.4)
        inner = BORDER_INNER
        pdf.rect(inner, inner, pdf.w - 2 * inner, pdf.h - 2 * inner)


def _certificate_heading(pdf, decision, award):
    pdf.set_y(19)
    _centred(pdf, NATIONAL_TITLE, 13, "B", factor=1.3)
    _centred(pdf, MOTTO, 13, "B", factor=1.3)
    _font(pdf, 13, "B")
    _rule(pdf, pdf.w / 2, pdf.get_string_width(MOTTO), gap=0.6)
    pdf.ln(3)
    size, lines = _fit_lines(pdf, _upper(decision.issuer), pdf.epw, "B", (15, 14, 13, 12), 2)
    _write_lines(pdf, lines, size, "B")
    pdf.ln(2)
    size, lines = _fit_lines(pdf, _upper(award.name), pdf.epw, "B", (34, 30, 26, 22, 18), 1)
    _write_lines(pdf, lines, size, "B", color=RED, factor=1.2)
    pdf.ln(4)


def _certificate_body(pdf, commendation, decision):
    width = pdf.epw
    _write_lines(pdf, ["Tặng"], 16, "I")
    size, lines = _fit_lines(
        pdf, _text(commendation.recipient_name), width, "B", (26, 23, 20, 18, 16), 2
    )
    _write_lines(pdf, lines, size, "B", factor=1.25)
    pdf.ln(1)
    unit = ", ".join(
        part for part in (_text(commendation.position), _text(commendation.organization)) if part
    )
    if unit:
        size, lines = _fit_lines(pdf, unit, width, "", (15, 14, 13, 12), 2)
        _write_lines(pdf, lines, size)
    pdf.ln(1.5)
    if _text(commendation.achievement):
        size, lines = _fit_lines(
            pdf, _capitalised(commendation.achievement), width - 20, "I", (15, 14, 13, 12, 11), 3
        )
        _write_lines(pdf, lines, size, "I")
    pdf.ln(3)
    reference = f"Quyết định số {_text(decision.number)}, ngày {short_date(decision.signed_on)}"
    size, lines = _fit_lines(pdf, reference, width, "", (12, 11, 10), 1)
    _write_lines(pdf, lines, size)


def _certificate_signer(pdf, decision):
    x = SIGNER_X
    w = pdf.w - BORDER_INNER - 6 - x
    pdf.set_y(140)
    size, lines = _fit_lines(
        pdf, place_and_date(decision.place, decision.signed_on), w, "I", (13, 12, 11), 1
    )
    _centred(pdf, lines[0], size, "I", x=x, w=w)
    for line in _lines(decision.signer_position)[:3]:
        size, wrapped = _fit_lines(pdf, line.upper(), w, "B", (13, 12, 11, 10), 1)
        _centred(pdf, wrapped[0], size, "B", x=x, w=w, factor=1.3)
    if _text(decision.signer_name):
        pdf.set_y(pdf.h - BORDER_INNER - 14)
        size, lines = _fit_lines(pdf, _text(decision.signer_name), w, "B", (14, 13, 12, 11), 1)
        _centred(pdf, lines[0], size, "B", x=x, w=w)


def _revoked_text(commendation):
    reference = _text(commendation.revoking_decision)
    when = f"ngày {short_date(commendation.revoked_on)}"
    if reference:
        return f"{REVOKED} theo Quyết định số {reference}, {when}"
    return f"{REVOKED} {when}"


def _revoked_header(pdf, commendation):
    size, lines = _fit_lines(pdf, _revoked_text(commendation), pdf.epw, "B", (11, 10, 9), 1)
    pdf.set_y(BORDER_INNER + 0.8)
    _write_lines(pdf, lines, size, "B", color=RED, factor=1.2)


def _revoked_stamp(pdf):
    """ "ĐÃ THU HỒI" in large red letters across the middle of the page."""
    with pdf.local_context(text_color=RED, draw_color=RED, fill_opacity=0.3, stroke_opacity=0.5):
        _font(pdf, 72, "B")
        width = pdf.get_string_width(REVOKED)
        height = 72 * PT
        cx, cy = pdf.w / 2, pdf.h / 2 + 5
        with pdf.rotation(18, cx, cy):
            pdf.set_line_width(1.5)
            pdf.rect(cx - width / 2 - 6, cy - height / 2 - 3, width + 12, height + 6)
            pdf.set_xy(cx - width / 2, cy - height / 2)
            pdf.cell(width, height, REVOKED, align="C")
