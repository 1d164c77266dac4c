import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from awards.models import AwardDecision
from awards.validators import MAX_PDF_SIZE, validate_pdf
from tests.awards.admin_posts import ADD_URL, decision_fields, recipient_rows
from tests.awards.pdfs import minimal_pdf

pytestmark = pytest.mark.django_db

NOT_A_PDF = "Tệp này không phải là một tệp PDF hợp lệ."


def post_decision(client, upload):
    return client.post(ADD_URL, {**decision_fields(pdf=upload), **recipient_rows([])})


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
    ],
    ids=["html", "javascript", "pdf-header-on-html", "truncated", "gif-polyglot"],
)
def test_file_that_is_not_a_real_pdf_is_refused(officer_client, name, content):
    response = post_decision(officer_client, SimpleUploadedFile(name, content))
    assert response.status_code == 200
    assert NOT_A_PDF in response.content.decode()
    assert not AwardDecision.objects.exists()


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
