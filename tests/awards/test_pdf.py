import re

import pikepdf
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pikepdf import Array, Dictionary, Name, String

from awards.models import AwardDecision
from awards.validators import MAX_PDF_SIZE, validate_pdf
from mttq_portal import pdfs
from tests.awards.admin_posts import ADD_URL, decision_fields, recipient_rows
from tests.awards.pdfs import add_annotation, minimal_pdf, pdf_with

pytestmark = pytest.mark.django_db

NOT_A_PDF = "Tệp này không phải là một tệp PDF hợp lệ."
ENCRYPTED = "Tệp PDF được đặt mật khẩu hoặc mã hóa."
HTML = b"<html><body><script>alert(document.cookie)</script></body></html>\n"


def post_decision(client, upload):
    return client.post(ADD_URL, {**decision_fields(pdf=upload), **recipient_rows([])})


def assert_refused(response, message, settings):
    """Assert that the admin showed the form again with `message`, and stored nothing."""
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not AwardDecision.objects.exists()
    assert not settings.MEDIA_ROOT.exists() or not any(settings.MEDIA_ROOT.rglob("*.pdf"))


def without_pages(pdf):
    del pdf.pages[0]


def test_real_pdf_is_accepted_and_stored_under_a_name_the_server_chooses(officer_client):
    content = minimal_pdf()
    upload = SimpleUploadedFile("<script>QĐ 125.pdf", content, content_type="application/pdf")
    response = post_decision(officer_client, upload)
    assert response.status_code == 302
    decision = AwardDecision.objects.get()
    assert re.fullmatch(r"quyet-dinh/\d{4}/\d{2}/[0-9a-f]{32}\.pdf", decision.pdf.name)
    with decision.pdf.open("rb") as stored:
        assert stored.read() == content


def test_unchanged_pdf_is_kept_when_the_decision_is_saved_again(officer_client):
    post_decision(officer_client, SimpleUploadedFile("qd.pdf", minimal_pdf()))
    decision = AwardDecision.objects.get()
    name = decision.pdf.name
    fields = decision_fields(title="Trích yếu đã sửa")
    fields.pop("pdf")
    response = officer_client.post(
        reverse("admin:awards_awarddecision_change", args=[decision.pk]),
        {**fields, **recipient_rows([])},
    )
    assert response.status_code == 302
    decision.refresh_from_db()
    assert decision.pdf.name == name
    assert decision.title == "Trích yếu đã sửa"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("quyet-dinh.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
        ("quyet-dinh.pdf", b"alert(document.cookie);\n"),
        ("quyet-dinh.pdf", b"%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n"),
        ("quyet-dinh.pdf", minimal_pdf()[:200]),
        ("quyet-dinh.pdf", b"GIF89a" + minimal_pdf()),
        ("quyet-dinh.pdf", minimal_pdf(padding=1500, extra=HTML)),
        ("quyet-dinh.pdf", minimal_pdf(padding=1500, extra=b"%" + HTML)),
        ("quyet-dinh.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 16 + b"\nstartxref\n9\n%%EOF\n"),
        ("quyet-dinh.pdf", pdf_with(without_pages)),
        ("quyet-dinh.pdf", minimal_pdf().replace(b"/Type /Pages", b"/Type /Pages ]] ((")),
        ("quyet-dinh.pdf", minimal_pdf().replace(b"/Root 1 0 R", b"/Root 9 0 R")),
        (
            "quyet-dinh.pdf",
            minimal_pdf().replace(b"/Type /Catalog", b"/Type /Catalog /X " + b"[" * 5000),
        ),
    ],
    ids=[
        "html",
        "javascript",
        "pdf-header-on-html",
        "truncated",
        "gif-polyglot",
        "html-after-the-first-kilobyte",
        "html-in-a-comment-after-the-first-kilobyte",
        "garbage-after-the-header",
        "no-pages",
        "broken-dictionary",
        "no-catalog",
        "nesting-never-closed",
    ],
)
def test_file_that_is_not_a_real_pdf_is_refused(officer_client, settings, name, content):
    response = post_decision(officer_client, SimpleUploadedFile(name, content))
    assert_refused(response, NOT_A_PDF, settings)


def test_pdf_under_another_extension_is_refused(officer_client):
    response = post_decision(officer_client, SimpleUploadedFile("quyet-dinh.html", minimal_pdf()))
    assert response.status_code == 200
    assert "Chỉ nhận tệp PDF (đuôi .pdf)." in response.content.decode()
    assert not AwardDecision.objects.exists()


def test_pdf_of_20_mb_or_more_is_refused(officer_client):
    content = minimal_pdf(padding=MAX_PDF_SIZE)
    assert len(content) > MAX_PDF_SIZE
    response = post_decision(officer_client, SimpleUploadedFile("quyet-dinh.pdf", content))
    assert response.status_code == 200
    assert "Tệp PDF quá lớn (20,0 MB); chỉ nhận tệp dưới 20 MB." in response.content.decode()
    assert not AwardDecision.objects.exists()


def test_pdf_just_under_the_limit_is_accepted():
    content = minimal_pdf(padding=MAX_PDF_SIZE - 2000)
    assert len(content) <= MAX_PDF_SIZE
    validate_pdf(SimpleUploadedFile("quyet-dinh.pdf", content))


def test_empty_file_is_refused():
    with pytest.raises(ValidationError, match=r"Tệp PDF rỗng\."):
        validate_pdf(SimpleUploadedFile("quyet-dinh.pdf", b""))


# What a PDF holds besides pages -----------------------------------------------------------


def javascript():
    return Dictionary(S=Name.JavaScript, JS=String("app.alert('Xin chào')"))


def page_destination(pdf):
    return Array([pdf.pages[0].obj, Name.Fit])


def open_action_javascript(pdf):
    pdf.Root.OpenAction = javascript()


def names_javascript(pdf):
    scripts = Array([String("chao"), pdf.make_indirect(javascript())])
    pdf.Root.Names = Dictionary(JavaScript=Dictionary(Names=scripts))


def page_additional_action(pdf):
    # Opening the page visits a website: no JavaScript, but still run without a click.
    pdf.pages[0].AA = Dictionary(O=Dictionary(S=Name.URI, URI=String("https://vi-du.vn")))


def link_launching_a_program(pdf):
    add_annotation(pdf, Subtype=Name.Link, A=Dictionary(S=Name.Launch, F=String("cmd.exe")))


def button_submitting_the_form(pdf):
    submit = Dictionary(S=Name.SubmitForm, F=String("https://thu-thap.vn"))
    button = add_annotation(pdf, Subtype=Name.Widget, FT=Name.Btn, T=String("Gui"), A=submit)
    pdf.Root.AcroForm = Dictionary(Fields=Array([button]))


def embedded_file(pdf):
    pdf.attachments["danh-sach.exe"] = pikepdf.AttachedFileSpec(pdf, b"MZ\x90\x00")


def file_attachment_annotation(pdf):
    spec = pikepdf.AttachedFileSpec(pdf, b"MZ\x90\x00", filename="danh-sach.exe")
    add_annotation(pdf, Subtype=Name.FileAttachment, FS=spec.obj)


def xfa_form(pdf):
    xfa = pdf.make_stream(b"<xdp:xdp xmlns:xdp='http://ns.adobe.com/xdp/'/>")
    pdf.Root.AcroForm = Dictionary(Fields=Array(), XFA=xfa)


def javascript_chained_in_a_cycle(pdf):
    # Opens at the first page, then runs a script whose /Next leads back to the first action.
    first = pdf.make_indirect(Dictionary(S=Name.GoTo, D=page_destination(pdf)))
    script = javascript()
    script.Next = first
    first.Next = pdf.make_indirect(script)
    pdf.Root.OpenAction = first


OBJECT_STREAMS = {"object_stream_mode": pikepdf.ObjectStreamMode.generate}
# change, save options, what the message names
REFUSED = {
    "open-action-javascript": (
        open_action_javascript,
        {},
        ["mã JavaScript", "lệnh tự chạy khi mở (OpenAction)"],
    ),
    "names-javascript": (names_javascript, {}, ["mã JavaScript"]),
    "names-javascript-in-an-object-stream": (names_javascript, OBJECT_STREAMS, ["mã JavaScript"]),
    "page-additional-action": (
        page_additional_action,
        {},
        ["lệnh tự chạy khi mở trang hay khi thao tác (AA)"],
    ),
    "link-launching-a-program": (link_launching_a_program, {}, ["lệnh mở chương trình (Launch)"]),
    "button-submitting-the-form": (
        button_submitting_the_form,
        {},
        ["lệnh gửi hoặc nhập dữ liệu biểu mẫu (SubmitForm, ImportData)"],
    ),
    "embedded-file": (embedded_file, {}, ["tệp đính kèm bên trong"]),
    "file-attachment-annotation": (file_attachment_annotation, {}, ["tệp đính kèm bên trong"]),
    "xfa-form": (xfa_form, {}, ["biểu mẫu XFA"]),
    "javascript-chained-in-a-cycle": (
        javascript_chained_in_a_cycle,
        {},
        ["mã JavaScript", "lệnh tự chạy khi mở (OpenAction)"],
    ),
}


@pytest.mark.parametrize("case", REFUSED)
def test_pdf_that_runs_code_or_holds_files_is_refused_naming_what_it_holds(
    officer_client, settings, case
):
    change, save_options, found = REFUSED[case]
    upload = SimpleUploadedFile("quyet-dinh.pdf", pdf_with(change, **save_options))
    response = post_decision(officer_client, upload)
    message = f"Tệp PDF có {', '.join(found)}. Tệp đăng lên cổng chỉ được có nội dung để đọc và in"
    assert_refused(response, message, settings)


@pytest.mark.parametrize(
    "encryption",
    [
        pikepdf.Encryption(owner="chu-so-huu", user="mat-khau"),
        pikepdf.Encryption(owner="chu-so-huu", user=""),
    ],
    ids=["password-to-open", "password-to-change-only"],
)
def test_encrypted_pdf_is_refused(officer_client, settings, encryption):
    upload = SimpleUploadedFile("quyet-dinh.pdf", pdf_with(encryption=encryption))
    assert_refused(post_decision(officer_client, upload), ENCRYPTED, settings)


def open_at_a_page(pdf):
    pdf.Root.OpenAction = page_destination(pdf)


def open_with_a_goto_action(pdf):
    pdf.Root.OpenAction = Dictionary(S=Name.GoTo, D=page_destination(pdf))


def links_to_a_website_and_a_page(pdf):
    add_annotation(pdf, Subtype=Name.Link, A=Dictionary(S=Name.URI, URI=String("https://mttq.vn")))
    add_annotation(pdf, Subtype=Name.Link, Dest=page_destination(pdf))


def image_whose_bytes_look_like_markup(pdf):
    # Compressed data is binary and may hold "<svg" by chance; past the first kilobyte it is
    # not looked at.
    image = pdf.make_stream(
        b"\xff\xd8" + b"\x00" * 2000 + b"<svg<html<script\xff\xd9",
        Type=Name.XObject,
        Subtype=Name.Image,
        Width=1,
        Height=1,
        ColorSpace=Name.DeviceGray,
        BitsPerComponent=8,
        Filter=Name.DCTDecode,
    )
    pdf.pages[0].Resources.XObject = Dictionary(Im0=image)


def reference_cycle(pdf):
    loop = pdf.make_indirect(Dictionary())
    loop.Self = loop
    pdf.Root.PieceInfo = Dictionary(Loop=loop)


@pytest.mark.parametrize(
    "content",
    [
        pdf_with(),
        pdf_with(object_stream_mode=pikepdf.ObjectStreamMode.generate),
        pdf_with(open_at_a_page),
        pdf_with(open_with_a_goto_action),
        pdf_with(links_to_a_website_and_a_page),
        pdf_with(image_whose_bytes_look_like_markup),
        pdf_with(reference_cycle),
        minimal_pdf().replace(b"1 0 obj", b"  1 0 obj"),
    ],
    ids=[
        "written-by-pikepdf",
        "in-object-streams",
        "opens-at-a-page",
        "opens-with-a-goto-action",
        "links-to-a-website-and-a-page",
        "binary-stream-bytes-looking-like-markup",
        "reference-cycle",
        "cross-reference-offsets-slightly-wrong",
    ],
)
def test_pdf_as_writers_make_them_is_accepted(officer_client, content):
    response = post_decision(officer_client, SimpleUploadedFile("quyet-dinh.pdf", content))
    assert response.status_code == 302
    with AwardDecision.objects.get().pdf.open("rb") as stored:
        assert stored.read() == content


def test_pdf_of_too_many_objects_to_check_is_refused(monkeypatch):
    monkeypatch.setattr(pdfs, "MAX_PDF_OBJECTS", 50)

    def many_numbers(pdf):
        pdf.Root.PieceInfo = Dictionary(Numbers=Array(range(100)))

    with pytest.raises(ValidationError, match=r"quá nhiều đối tượng để kiểm tra") as refused:
        validate_pdf(SimpleUploadedFile("quyet-dinh.pdf", pdf_with(many_numbers)))
    assert refused.value.code == "pdf_too_complex"
    validate_pdf(SimpleUploadedFile("quyet-dinh.pdf", pdf_with()))
