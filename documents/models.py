"""The document library (/van-ban/): the plans, resolutions, guidances and reports the Front
issues, each with its files."""

import re
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from mttq_portal.documents import document_kind
from mttq_portal.models import (
    CleanTextModel,
    OneRecordPerName,
    SlugNamedModel,
    StoredDocument,
    document_file_field,
    name_key_field,
    unique_slug,
)
from mttq_portal.text import name_key, search_key, vietnamese_slugify

MESSAGE_EFFECTIVE_BEFORE_ISSUED = "Ngày hiệu lực không được trước ngày ban hành."
MESSAGE_SYMBOL_TAKEN = "Cơ quan ban hành này đã có văn bản mang số ký hiệu này."
_LEADING_NUMBER = re.compile(r"^\s*(\d{1,9})\b")


class DocumentTypeQuerySet(models.QuerySet):
    def with_public_documents(self):
        """Return the types that have a published document (the menu's links)."""
        return self.filter(pk__in=Document.objects.published().values("type"))


class DocumentType(SlugNamedModel):
    """A kind of document: Nghị quyết, Kế hoạch, Hướng dẫn …"""

    order = models.PositiveSmallIntegerField("thứ tự hiển thị", default=0)

    objects = DocumentTypeQuerySet.as_manager()

    slug_fallback = "loai-van-ban"

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "loại văn bản"
        verbose_name_plural = "loại văn bản"


class IssuingBody(SlugNamedModel):
    """Who issues documents: the provincial committee, its standing board, the central one."""

    order = models.PositiveSmallIntegerField("thứ tự hiển thị", default=0)

    slug_fallback = "co-quan"

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "cơ quan ban hành"
        verbose_name_plural = "cơ quan ban hành"


class DocumentQuerySet(models.QuerySet):
    def published(self):
        """Return the documents the public may see."""
        return self.filter(is_published=True)

    def for_article(self, article):
        """Return the published documents linked to `article`, newest first."""
        return self.published().filter(articles=article).select_related("type", "issuer")

    def for_listing(self):
        """Return the documents with what a list row shows: type, issuer and files."""
        return self.select_related("type", "issuer").prefetch_related("files")


class Document(OneRecordPerName, CleanTextModel):
    """One document: its number and symbol, who issued and signed it when, its summary (trích
    yếu), its files (DocumentFile), and the articles and campaigns it belongs with.

    A symbol is one document per issuer, however it is typed ("15/KH-MTTQ-BTT" and
    "15/kh-mttq-btt" are one): OneRecordPerName checks it in forms and imports.
    """

    number = models.PositiveIntegerField(
        "số",
        null=True,
        blank=True,
        help_text="Để trống để lấy số ở đầu số ký hiệu (15 của «15/KH-MTTQ-BTT»).",
    )
    symbol = models.CharField(
        "số ký hiệu", max_length=60, help_text="Ví dụ: 15/KH-MTTQ-BTT, 03/NQ-MTTQ."
    )
    symbol_key = name_key_field("khóa số ký hiệu")
    type = models.ForeignKey(
        DocumentType,
        verbose_name="loại văn bản",
        on_delete=models.PROTECT,
        related_name="documents",
    )
    issuer = models.ForeignKey(
        IssuingBody,
        verbose_name="cơ quan ban hành",
        on_delete=models.PROTECT,
        related_name="documents",
    )
    signer = models.CharField("người ký", max_length=120, blank=True)
    signer_position = models.CharField("chức vụ người ký", max_length=200, blank=True)
    issued = models.DateField("ngày ban hành")
    effective = models.DateField(
        "ngày hiệu lực", null=True, blank=True, help_text="Để trống nếu có hiệu lực từ ngày ký."
    )
    summary = models.CharField("trích yếu", max_length=1000)
    slug = models.SlugField(
        "đường dẫn",
        max_length=160,
        unique=True,
        blank=True,
        help_text="Để trống để tạo từ số ký hiệu và trích yếu.",
    )
    articles = models.ManyToManyField(
        "news.Article", verbose_name="tin bài liên quan", blank=True, related_name="documents"
    )
    campaigns = models.ManyToManyField(
        "models_registry.Campaign",
        verbose_name="cuộc vận động, phong trào",
        blank=True,
        related_name="documents",
    )
    is_published = models.BooleanField(
        "công khai", default=False, help_text="Chỉ văn bản công khai mới hiện trên cổng."
    )
    search_text = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    objects = DocumentQuerySet.as_manager()
    history = HistoricalRecords(
        verbose_name="phiên bản văn bản", excluded_fields=["search_text", "symbol_key"]
    )

    identity_scope = ("issuer_id",)
    identity_field = "symbol"

    class Meta:
        ordering = ["-issued", "-id"]
        verbose_name = "văn bản"
        verbose_name_plural = "văn bản"
        constraints = [
            models.UniqueConstraint(
                fields=["issuer", "symbol"],
                name="document_symbol_unique_per_issuer",
                violation_error_message=MESSAGE_SYMBOL_TAKEN,
            ),
            models.CheckConstraint(
                condition=models.Q(effective__isnull=True)
                | models.Q(effective__gte=models.F("issued")),
                name="document_effective_not_before_issued",
                violation_error_message=MESSAGE_EFFECTIVE_BEFORE_ISSUED,
            ),
        ]
        indexes = [models.Index(fields=["is_published", "issued"], name="document_listing_idx")]

    def __str__(self):
        summary = self.summary if len(self.summary) <= 80 else f"{self.summary[:79]}…"
        return f"{self.symbol} – {summary}"

    def save(self, *args, **kwargs):
        if self.number is None:
            match = _LEADING_NUMBER.match(self.symbol or "")
            self.number = int(match[1]) if match else None
        if not self.slug:
            self.slug = unique_slug(
                Document,
                f"{self.symbol} {self.summary}",
                exclude_pk=self.pk,
                fallback="van-ban",
                max_length=120,
            )
        self.search_text = search_key(
            f"{self.symbol} {self.summary}",
            self.signer,
            self.signer_position,
            self.type.name if self.type_id else "",
            self.issuer.name if self.issuer_id else "",
        )
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("documents:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.effective and self.issued and self.effective < self.issued:
            raise ValidationError({"effective": MESSAGE_EFFECTIVE_BEFORE_ISSUED})

    def identity_keys(self):
        return {"symbol_key": name_key(self.symbol)}

    def duplicate_message(self, existing):
        return (
            f"{MESSAGE_SYMBOL_TAKEN[:-1]}: «{existing}» (mã {existing.pk}), có thể chỉ khác "
            "cách viết (chữ hoa, chữ thường hoặc khoảng trắng)."
        )

    @property
    def title(self):
        """The document as it is named: "Kế hoạch số 15/KH-MTTQ-BTT"."""
        return f"{self.type.name} số {self.symbol}"


def document_file_path(instance, filename):
    """Return where a document's file is stored: a random folder of the upload month (an
    unpublished document's file cannot be guessed), its name as a slug, its kind's extension."""
    stem = vietnamese_slugify(filename.rsplit(".", 1)[0], max_length=80) or "van-ban"
    return (
        f"van-ban/{timezone.localdate():%Y/%m}/{uuid.uuid4().hex}/{stem}.{document_kind(filename)}"
    )


class DocumentFile(StoredDocument):
    """A file of a document: its full text, an appendix, a form. Checked as it is uploaded
    (mttq_portal.documents): PDF, Word, Excel or OpenDocument, with nothing that runs."""

    document = models.ForeignKey(
        Document, verbose_name="văn bản", on_delete=models.CASCADE, related_name="files"
    )
    file = document_file_field(document_file_path)
    title = models.CharField(
        "tên hiển thị",
        max_length=255,
        blank=True,
        help_text="Ví dụ: «Phụ lục». Để trống nếu là toàn văn.",
    )

    class Meta(StoredDocument.Meta):
        verbose_name = "tệp văn bản"
        verbose_name_plural = "tệp văn bản"

    def __str__(self):
        return self.label

    def get_absolute_url(self):
        return reverse("documents:file", kwargs={"slug": self.document.slug, "pk": self.pk})

    def get_download_url(self):
        return reverse(
            "documents:file_download", kwargs={"slug": self.document.slug, "pk": self.pk}
        )

    @property
    def label(self):
        return self.title or "Toàn văn"
