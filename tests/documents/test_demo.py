"""The demo's document library: realistic, each document with a readable PDF, idempotent."""

import io

import pikepdf
import pytest
from django.core.files.storage import default_storage
from django.utils import timezone

from documents.models import Document, DocumentFile
from models_registry.models import Campaign
from mttq_portal.demo import content
from mttq_portal.demo.documents import documents, load_documents
from mttq_portal.demo.loader import DemoReport, _load_named
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaigns():
    return _load_named(Campaign, content.registry()["campaigns"], report=DemoReport())


def test_the_data_file_holds_eight_to_twelve_documents_over_several_years():
    rows = documents()
    assert 8 <= len(rows) <= 12
    assert len({row["issued"][-4:] for row in rows}) >= 3


def test_the_demo_documents_are_loaded_once_with_a_pdf_each(campaigns):
    article = ArticleFactory(title="Phát động tháng cao điểm “Vì người nghèo”")
    report = DemoReport()

    load_documents(report=report, now=timezone.now())

    total = len(documents())
    assert report.created["văn bản"] == Document.objects.count() == total
    assert DocumentFile.objects.count() == total
    assert sorted(report.cover_names) == sorted(DocumentFile.objects.values_list("file", flat=True))
    notice = Document.objects.get(symbol="38/TB-MTTQ-BTT")
    assert list(notice.articles.all()) == [article]
    assert Document.objects.get(symbol="12/HD-MTTQ-BTT").campaigns.count() == 1
    assert Document.objects.filter(is_published=False).count() == 1

    again = DemoReport()
    load_documents(report=again, now=timezone.now())
    assert again.created["văn bản"] == 0 and again.cover_names == []
    assert Document.objects.count() == DocumentFile.objects.count() == total


def test_the_demo_pdfs_hold_the_vietnamese_text(campaigns):
    load_documents(report=DemoReport(), now=timezone.now())
    document_file = DocumentFile.objects.get(document__symbol="86/KH-MTTQ-BTT")

    with default_storage.open(document_file.file.name) as stored:
        data = stored.read()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 1
        assert pdf.docinfo["/Title"] == "Kế hoạch số 86/KH-MTTQ-BTT"
    assert document_file.size == len(data) < 60_000
