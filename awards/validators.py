"""Checks on the decision's PDF, and the name it is stored under.

A renamed HTML or JavaScript file served from our domain as a "PDF" would be a stored XSS and a
phishing page with the Front's name on it, so the content is checked, not the file name, and the
server chooses the name it is stored under.
"""

import re
import uuid

from django.core.exceptions import ValidationError
from django.utils import timezone

MAX_PDF_SIZE = 20 * 1024 * 1024
# Readers accept the header anywhere in the first kilobyte and the end marker in the last one;
# we ask for the header at the very start, and look a little further for the trailer.
_HEAD_SIZE = 1024
_TAIL_SIZE = 4096
_HEADER = re.compile(rb"^%PDF-[12]\.\d")
_TRAILER = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*\Z", re.DOTALL)
_MARKUP = re.compile(rb"<\s*(?:!doctype|html|script|svg|body|iframe)", re.IGNORECASE)


def decision_pdf_path(instance, filename):
    """Return where a decision's PDF is stored: a random name in a folder of the upload month."""
    return f"quyet-dinh/{timezone.localdate():%Y/%m}/{uuid.uuid4().hex}.pdf"


def _trailer_ok(tail, size):
    # Some writers pad after the last %%EOF with NULs or spaces; the trailing \s* allows it.
    match = _TRAILER.search(tail.rstrip(b"\x00"))
    return bool(match) and int(match.group(1)) < size


def validate_pdf(value):
    """Raise ValidationError unless `value` is a PDF file under 20 MB.

    Files already stored (an unchanged field on a later save) were checked when uploaded and are
    not read again.
    """
    if getattr(value, "_committed", False):
        return
    name = (getattr(value, "name", "") or "").lower()
    if not name.endswith(".pdf"):
        raise ValidationError("Chỉ nhận tệp PDF (đuôi .pdf).", code="pdf_extension")
    size = value.size
    if not size:
        raise ValidationError("Tệp PDF rỗng.", code="pdf_empty")
    if size > MAX_PDF_SIZE:
        raise ValidationError(
            "Tệp PDF quá lớn (%(size)s MB); chỉ nhận tệp dưới 20 MB.",
            code="pdf_too_large",
            params={"size": f"{size / 1024 / 1024:.1f}".replace(".", ",")},
        )
    file = getattr(value, "file", value)
    file.seek(0)
    head = file.read(_HEAD_SIZE)
    file.seek(max(size - _TAIL_SIZE, 0))
    tail = file.read(_TAIL_SIZE)
    file.seek(0)
    if not _HEADER.match(head) or _MARKUP.search(head) or not _trailer_ok(tail, size):
        raise ValidationError(
            "Tệp này không phải là một tệp PDF hợp lệ. Hãy tải lên bản PDF của quyết định "
            "(xuất từ phần mềm văn bản hoặc máy quét), không đổi tên tệp khác thành .pdf.",
            code="pdf_invalid",
        )
