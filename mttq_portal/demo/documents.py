"""The demo's document library: the documents in content/documents/documents.yaml, each with
one PDF written at load time in the portal's font (awards.printing.plain_document)."""

from django.core.files.base import ContentFile

from awards.printing import plain_document
from documents.catalogue import seed_catalogue
from documents.models import Document, DocumentFile, DocumentType, IssuingBody
from models_registry.models import Campaign
from mttq_portal.documents import validate_document
from news.models import Article

from .content import CONTENT, ContentError, day, read_yaml

FIELDS = {
    "symbol",
    "type",
    "issuer",
    "signer",
    "signer_position",
    "issued",
    "effective",
    "summary",
    "published",
    "campaigns",
    "articles",
    "paragraphs",
}


def documents():
    """Return the demo documents as the data file gives them (dicts), checked."""
    path = CONTENT / "documents" / "documents.yaml"
    rows = read_yaml(path).get("documents")
    if not isinstance(rows, list):
        raise ContentError(f"{path.name}: cần danh sách «documents».")
    for row in rows:
        unknown = set(row) - FIELDS
        missing = {"symbol", "type", "issuer", "issued", "summary", "paragraphs"} - set(row)
        if unknown or missing:
            raise ContentError(
                f"{path.name}: văn bản {row.get('symbol')}: thiếu {sorted(missing)}, "
                f"không hiểu {sorted(unknown)}."
            )
    return rows


def _named(model, name):
    try:
        return model.objects.get(name=name)
    except model.DoesNotExist:
        raise ContentError(
            f"documents.yaml: không có {model._meta.verbose_name} «{name}»."
        ) from None


def load_documents(*, report, now):
    """Create the demo documents not there yet (by issuer and symbol), with their PDF."""
    seed_catalogue()
    for row in documents():
        issuer = _named(IssuingBody, row["issuer"])
        if Document.objects.filter(issuer=issuer, symbol=row["symbol"]).exists():
            continue
        document = Document.objects.create(
            symbol=row["symbol"],
            type=_named(DocumentType, row["type"]),
            issuer=issuer,
            signer=row.get("signer", ""),
            signer_position=row.get("signer_position", ""),
            issued=day(row["issued"]),
            effective=day(row["effective"]) if row.get("effective") else None,
            summary=" ".join(str(row["summary"]).split()),
            is_published=row.get("published", True),
        )
        document.campaigns.set(Campaign.objects.filter(name__in=row.get("campaigns", [])))
        document.articles.set(Article.objects.filter(title__in=row.get("articles", [])))
        pdf = plain_document(
            f"{document.type.name} số {document.symbol}",
            [
                f"{issuer.name.upper()} – Số: {document.symbol}, ngày {document.issued:%d/%m/%Y}",
                document.summary,
                *row["paragraphs"],
                f"{document.signer_position.upper()}: {document.signer}".strip(": "),
            ],
            author=issuer.name,
        )
        upload = ContentFile(pdf, name=f"{document.slug[:60]}.pdf")
        validate_document(upload)  # checked as an upload is
        document_file = DocumentFile(document=document)
        document_file.file.save(upload.name, upload, save=False)
        report.cover_names.append(document_file.file.name)  # removed again if the load fails
        document_file.save()
        report.created["văn bản"] += 1
