"""The decision's PDF: checked as every uploaded PDF is (mttq_portal.pdfs, whose docstring says
what is refused and why), with messages that call it a decision, and stored under a name the
server chooses."""

import uuid

from django.core.exceptions import ValidationError
from django.utils import timezone

from mttq_portal.documents import document_kind
from mttq_portal.pdfs import MAX_PDF_SIZE, check_pdf

__all__ = ["MAX_PDF_SIZE", "decision_pdf_path", "proposal_file_path", "validate_pdf"]


def validate_pdf(value):
    """Raise ValidationError unless `value` is a decision's PDF under 20 MB with nothing in it
    that runs or is attached. A field validator (FieldFile or upload).

    Files already stored (an unchanged field on a later save) were checked when uploaded and are
    not read again.
    """
    if getattr(value, "_committed", False):
        return
    if not (getattr(value, "name", "") or "").lower().endswith(".pdf"):
        raise ValidationError("Chỉ nhận tệp PDF (đuôi .pdf).", code="pdf_extension")
    check_pdf(value, document="quyết định")


def decision_pdf_path(instance, filename):
    """Return where a decision's PDF is stored: a random name in a folder of the upload month."""
    return f"quyet-dinh/{timezone.localdate():%Y/%m}/{uuid.uuid4().hex}.pdf"


def proposal_file_path(instance, filename):
    """Return where a proposal's document is kept (in the private storage): a random name in a
    folder of the upload month, with its kind's extension."""
    return f"de-nghi/{timezone.localdate():%Y/%m}/{uuid.uuid4().hex}.{document_kind(filename)}"
