"""The demo's proposal for commendation from appraisal to certificate (awards.proposals):
its author, the demo officer «canbo», may not appraise it; a second officer, «thamdinh»,
appraises its three lines on «Thẩm định» (warned about the third), accepts two, refuses the
third with a note, and makes the decision on «Ra quyết định»; the public then reads the
decision, its printed PDF, a recipient's verification page and certificate. At 1280 px, and the
appraisal page and the decision page on a 360 px phone."""

import io
import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from awards.models import AwardDecision, Commendation, Proposal, ProposalLine
from tests.e2e.conftest import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ADMIN = f"/{settings.ADMIN_URL}"
PROPOSAL_NUMBER = "15/TTr-MTTQ"
PROPOSING_UNIT = "Ủy ban MTTQ Việt Nam xã An Thạnh"
ACCEPTED = ["Ban công tác Mặt trận ấp Thạnh Hòa", "Bà Trần Thị Kim Loan"]
REFUSED = "Ông Thạch Sa Phon"
REFUSAL_NOTE = "Chưa đủ 3 năm liên tục đạt Chiến sĩ thi đua cơ sở; thành tích đã được khen."
DECISION_NUMBER = "330/QĐ-MTTQ-BTT"
SIGNER = "Nguyễn Văn Bình"
NO_SIDEWAYS_SCROLL_JS = "() => [document.documentElement.scrollWidth, window.innerWidth]"
# An element's text colour and the first opaque background behind it, as "rgb(r, g, b)".
COLOURS_JS = """element => {
  let behind = element, background = 'rgb(255, 255, 255)';
  for (; behind; behind = behind.parentElement) {
    const colour = getComputedStyle(behind).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\\(.*, 0\\)$/.test(colour)) {
      background = colour;
      break;
    }
  }
  return [getComputedStyle(element).color, background];
}"""


def appraiser_account():
    """Give the demo's second officer, who did not enter the proposal, the known password."""
    user = get_user_model().objects.get(username="thamdinh")
    user.set_password(PASSWORD)
    user.save(update_fields=["password"])
    return user


def click_through(visitor, locator):
    with visitor.page.expect_navigation():
        locator.click()
    visitor.assert_page_ok()


def assert_fits_phone(visitor):
    """The page does not scroll sideways (checked here for admin pages too, which
    Visitor.assert_page_ok() leaves out)."""
    scroll_width, inner_width = visitor.page.evaluate(NO_SIDEWAYS_SCROLL_JS)
    assert scroll_width <= inner_width + 1, (
        f"{visitor.page.url} is {scroll_width} px wide on a {inner_width} px screen"
    )


def pdf_text(visitor, href):
    """Fetch the PDF at `href` with the visitor's cookies and return its text, spaces tidied."""
    response = visitor.page.request.get(visitor.url(href))
    assert response.status == 200, f"{href} answered {response.status}"
    assert response.headers["content-type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.body()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def contrast_ratio(foreground, background):
    """Return the WCAG contrast ratio of two "rgb(r, g, b)" colours."""

    def luminance(colour):
        channels = [float(n) / 255 for n in re.findall(r"[\d.]+", colour)[:3]]
        r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lighter, darker = sorted([luminance(foreground), luminance(background)], reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def line_section(page, name):
    return page.locator("section.appraise-line").filter(has=page.locator("h2", has_text=name))


def test_second_officer_appraises_and_decides_and_the_public_verifies(visit, demo_site):
    proposal = Proposal.objects.get(number=PROPOSAL_NUMBER, proposing_unit=PROPOSING_UNIT)
    assert proposal.created_by == demo_site["canbo"]
    assert proposal.status == Proposal.Status.SUBMITTED
    appraiser_account()
    change = f"{ADMIN}awards/proposal/{proposal.pk}/change/"
    appraise = f"{ADMIN}awards/proposal/{proposal.pk}/tham-dinh/"

    # 1. Its author sees it wait for another officer, and may not appraise it.
    author = visit("desktop")
    author.log_in("canbo")
    author.goto(change)
    expect(author.page.locator("p.help").first).to_contain_text(
        "Đề nghị đang chờ cán bộ khác thẩm định; người lập không tự thẩm định."
    )
    expect(author.page.get_by_role("link", name="Thẩm định", exact=True)).to_have_count(0)
    expect(author.page.get_by_role("link", name="Ra quyết định", exact=True)).to_have_count(0)
    # Typing the address is refused too (asked without the tab: Chromium logs a 403 page as a
    # console error).
    assert author.page.request.get(author.url(appraise)).status == 403

    # 6a. The appraisal page on a phone: nothing sticks out sideways.
    phone = visit("phone")
    phone.log_in("thamdinh")
    phone.goto(appraise)
    expect(line_section(phone.page, REFUSED)).to_be_visible()
    assert_fits_phone(phone)

    # 2. The second officer finds the proposal in the list and appraises its lines.
    officer = visit("desktop")
    page = officer.page
    officer.log_in("thamdinh")
    officer.goto(f"{ADMIN}awards/proposal/")
    click_through(officer, page.locator("#result_list").get_by_role("link", name=PROPOSAL_NUMBER))
    expect(page.locator("p.help").first).to_contain_text("Bấm «Thẩm định» ở góc trên")
    click_through(officer, page.locator(".object-tools").get_by_role("link", name="Thẩm định"))
    assert page.url == officer.url(appraise)
    expect(page.locator("section.appraise-line")).to_have_count(3)
    third = line_section(page, REFUSED)
    warnings = third.locator(".appraise-warning")
    expect(warnings.filter(has_text="cần 3 năm liên tục")).to_have_count(1)
    expect(warnings.filter(has_text="Thành tích này đã được khen thưởng")).to_have_count(1)
    # Read, not just present: checked at the end, so that the rest of the journey runs.
    warning_colours = warnings.first.evaluate(COLOURS_JS)
    for name in ACCEPTED:
        line_section(page, name).get_by_label("Đồng ý", exact=True).check()
    third.get_by_label("Không đồng ý", exact=True).check()
    third.get_by_label("Ý kiến thẩm định").fill(REFUSAL_NOTE)
    third.scroll_into_view_if_needed()
    officer.screenshot("khen-thuong-tham-dinh-desktop", full_page=False)
    click_through(officer, page.locator("input[type=submit][value='Ghi kết quả thẩm định']"))
    assert page.url == officer.url(change)
    expect(page.locator(".messagelist")).to_contain_text(
        f"Đã ghi kết quả thẩm định 3 dòng của Tờ trình số {PROPOSAL_NUMBER} của {PROPOSING_UNIT}."
    )
    expect(page.locator("p.help").first).to_contain_text("Bấm «Ra quyết định»")
    lines = {line.recipient_name: line for line in proposal.lines.all()}
    assert [lines[name].verdict for name in ACCEPTED] == [ProposalLine.Verdict.ACCEPTED] * 2
    assert lines[REFUSED].verdict == ProposalLine.Verdict.REFUSED
    assert lines[REFUSED].appraisal_note == REFUSAL_NOTE

    # 3. The decision of the two accepted lines, its date offered day first.
    click_through(officer, page.locator(".object-tools").get_by_role("link", name="Ra quyết định"))
    offered = page.locator("ol").filter(has_text=ACCEPTED[0])
    for name in ACCEPTED:
        expect(offered).to_contain_text(name)
    expect(offered).not_to_contain_text(REFUSED)
    expect(page.locator("#id_signed_on")).to_have_value(f"{timezone.localdate():%d/%m/%Y}")
    # A decision's subject, not a proposal's: "Về việc đề nghị tặng …" offered as "Về việc tặng …".
    decision_title = proposal.title.replace("Về việc đề nghị ", "Về việc ", 1)
    expect(page.locator("#id_title")).to_have_value(decision_title)
    page.fill("#id_number", DECISION_NUMBER)
    page.fill("#id_signer_name", SIGNER)
    click_through(officer, page.locator("input[type=submit][value='Ra quyết định']"))
    decision = AwardDecision.objects.get(number=DECISION_NUMBER)
    assert page.url == officer.url(f"{ADMIN}awards/awarddecision/{decision.pk}/change/")
    expect(page.locator(".messagelist")).to_contain_text(
        f"Đã ra Quyết định số {DECISION_NUMBER} với 2 tập thể, cá nhân từ Tờ trình số "
        f"{PROPOSAL_NUMBER} của {PROPOSING_UNIT}."
    )
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.DECIDED and proposal.decision == decision
    assert sorted(decision.commendations.values_list("recipient_name", flat=True)) == sorted(
        ACCEPTED
    )
    assert decision.signer_name == SIGNER and decision.signed_on == timezone.localdate()

    # 4. The public decision page: the two accepted, not the refused; its printed PDF.
    citizen = visit("desktop")
    public = citizen.page
    citizen.goto(decision.get_absolute_url())
    expect(public.locator("h1")).to_have_text(decision_title)
    recipients = public.locator(".recipient-list")
    for name in ACCEPTED:
        expect(recipients.get_by_role("link", name=name, exact=True)).to_be_visible()
    expect(public.locator("article.decision")).not_to_contain_text(REFUSED)
    printed = public.get_by_role("link", name="Bản in quyết định (PDF)")
    href = printed.get_attribute("href")
    assert href == decision.get_print_url()
    text = pdf_text(citizen, href)
    assert f"Số: {DECISION_NUMBER}" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    for name in ACCEPTED:
        assert name in text, f"{name} is missing from the printed decision"
    assert REFUSED not in text
    assert SIGNER in text

    # 5. A recipient's page leads to the verification page of this commendation and its
    # certificate.
    loan = Commendation.objects.get(decision=decision, recipient_name=ACCEPTED[1])
    click_through(citizen, recipients.get_by_role("link", name=ACCEPTED[1], exact=True))
    assert public.url == citizen.url(loan.recipient.get_absolute_url())
    click_through(citizen, public.get_by_role("link", name=f"Xác thực (mã {loan.code})"))
    assert public.url == citizen.url(loan.get_verify_url())
    expect(public.locator(".verdict")).to_contain_text("Khen thưởng này còn hiệu lực.")
    expect(public.locator(".decision__facts")).to_contain_text(f"Số {DECISION_NUMBER}")
    certificate = public.get_by_role("link", name="Bản in giấy chứng nhận (PDF)")
    assert certificate.get_attribute("href") == loan.get_certificate_url()
    text = pdf_text(citizen, loan.get_certificate_url())
    assert f"Mã xác thực: {loan.code}" in text
    assert ACCEPTED[1] in text

    # 6b. The public decision page on a phone.
    reader = visit("phone")
    reader.goto(decision.get_absolute_url())  # also checks the width, as for every public page
    expect(reader.page.locator(".recipient-list").first).to_be_visible()
    assert_fits_phone(reader)
    reader.screenshot("khen-thuong-quyet-dinh-phone")

    for visitor in (author, phone, officer, citizen, reader):
        visitor.assert_no_problems()
    # The appraisal warnings must be legible (WCAG AA: 4.5:1 for normal-size text).
    assert contrast_ratio(*warning_colours) >= 4.5, (
        f"the warnings of {appraise} are {warning_colours[0]} on {warning_colours[1]}: "
        f"contrast {contrast_ratio(*warning_colours):.2f}:1, below 4.5:1"
    )
