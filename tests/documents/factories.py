import datetime

import factory
from django.core.files.uploadedfile import SimpleUploadedFile

from documents.models import Document, DocumentFile, DocumentType, IssuingBody
from tests.awards.pdfs import minimal_pdf


def document_type(name="Kế hoạch"):
    """Return a type seeded by the migration (or made for the test)."""
    return DocumentType.objects.get_or_create(name=name)[0]


def issuing_body(name="Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"):
    return IssuingBody.objects.get_or_create(name=name)[0]


class DocumentFactory(factory.django.DjangoModelFactory):
    """A published plan of the standing board."""

    class Meta:
        model = Document

    symbol = factory.Sequence(lambda n: f"{n + 1}/KH-MTTQ-BTT")
    type = factory.LazyFunction(document_type)
    issuer = factory.LazyFunction(issuing_body)
    signer = "Đặng Thanh Giang"
    signer_position = "Chủ tịch"
    issued = datetime.date(2025, 10, 2)
    summary = "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2025"
    is_published = True


class DocumentFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DocumentFile

    document = factory.SubFactory(DocumentFactory)
    file = factory.LazyFunction(lambda: SimpleUploadedFile("ke-hoach.pdf", minimal_pdf()))
