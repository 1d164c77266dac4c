import unicodedata

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from mttq_portal.collation import VIETNAMESE
from mttq_portal.models import CleanTextModel, OneRecordPerName, name_key_field
from mttq_portal.text import name_key, search_key

from .validators import decision_pdf_path, validate_pdf


def tidy(value):
    """Return `value` in composed Unicode with single spaces, as typed names should be stored."""
    return " ".join(unicodedata.normalize("NFC", value or "").split())


def make_recipient_key(name, organization):
    """Return what makes a recipient the same person or body within one decision: the name
    keys of the name and the organization (mttq_portal.text.name_key).

    Case, spacing, tone placement and Unicode form differ between the Excel sheets officers
    receive; diacritics do not ("Hà" and "Hạ" are different people), so they are kept.
    """
    return f"{name_key(name)}|{name_key(organization)}"


class AwardDecision(OneRecordPerName, CleanTextModel):
    number = models.CharField("số quyết định", max_length=60, help_text="Ví dụ: 125/QĐ-MTTQ-BTT")
    signed_on = models.DateField("ngày ký")
    issuer = models.CharField("cơ quan ban hành", max_length=255, db_collation=VIETNAMESE)
    title = models.CharField("trích yếu", max_length=500)
    campaign = models.ForeignKey(
        "models_registry.Campaign",
        verbose_name="cuộc vận động, phong trào",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="award_decisions",
    )
    period = models.ForeignKey(
        "models_registry.Period",
        verbose_name="giai đoạn",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="award_decisions",
    )
    pdf = models.FileField(
        "văn bản quyết định (PDF)",
        upload_to=decision_pdf_path,
        blank=True,
        validators=[validate_pdf],
        help_text="Tệp PDF dưới 20 MB.",
    )
    article = models.ForeignKey(
        "news.Article",
        verbose_name="bài viết liên quan",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="award_decisions",
    )
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)
    issuer_key = name_key_field("khóa cơ quan ban hành")
    number_key = name_key_field("khóa số quyết định")
    search_text = models.TextField(blank=True, editable=False)

    identity_field = "number"

    class Meta:
        ordering = ["-signed_on", "-id"]
        verbose_name = "quyết định khen thưởng"
        verbose_name_plural = "quyết định khen thưởng"
        constraints = [
            models.UniqueConstraint(
                fields=["issuer", "number"],
                name="decision_number_unique_per_issuer",
                violation_error_message="Cơ quan này đã có quyết định mang số này.",
            ),
        ]

    def __str__(self):
        return f"Quyết định số {self.number}"

    def identity_keys(self):
        return {"issuer_key": name_key(self.issuer), "number_key": name_key(self.number)}

    def duplicate_message(self, existing):
        return (
            f"{existing.issuer} đã có quyết định số {existing.number} (ký ngày "
            f"{existing.signed_on:%d/%m/%Y}, mã {existing.pk}); số và cơ quan ban hành chỉ khác "
            "cách viết (chữ hoa, chữ thường, dấu thanh hoặc khoảng trắng)."
        )

    def save(self, *args, **kwargs):
        self.number = tidy(self.number)
        self.issuer = tidy(self.issuer)
        self.search_text = search_key(self.number, self.title, self.issuer)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("awards:decision", kwargs={"pk": self.pk})

    def clean(self):
        # Tidied before the unique check, so " 125/QĐ-MTTQ" is caught as "125/QĐ-MTTQ".
        self.number = tidy(self.number)
        self.issuer = tidy(self.issuer)
        if self.signed_on and self.signed_on > timezone.localdate():
            raise ValidationError({"signed_on": "Ngày ký không được sau ngày hôm nay."})


DUPLICATE_RECIPIENT = "Tập thể, cá nhân này (cùng tên và đơn vị công tác) đã có trong quyết định."


class CommendationQuerySet(models.QuerySet):
    def public(self):
        """Return the commendations the public may see: those not revoked."""
        return self.filter(revoked_on__isnull=True)

    def listed(self):
        """Return public commendations with their decision, newest decision first."""
        return (
            self.public()
            .select_related("decision")
            .order_by("-decision__signed_on", "-decision_id", "recipient_kind", "id")
        )

    def for_program(self, program):
        """Return the public commendations of a model program, for its page."""
        return self.listed().filter(program=program)

    def for_unit(self, unit):
        """Return the public commendations of a pilot unit or of one of its model programs."""
        return self.listed().filter(Q(pilot_unit=unit) | Q(program__unit=unit))


class Commendation(OneRecordPerName, CleanTextModel):
    class RecipientKind(models.TextChoices):
        COLLECTIVE = "collective", "Tập thể"
        INDIVIDUAL = "individual", "Cá nhân"

    class AwardForm(models.TextChoices):
        CERTIFICATE_OF_MERIT = "bang_khen", "Bằng khen"
        CERTIFICATE = "giay_khen", "Giấy khen"
        EMULATION_FLAG = "co_thi_dua", "Cờ thi đua"
        COMMEMORATIVE_MEDAL = "ky_niem_chuong", "Kỷ niệm chương"
        COMMENDATION = "bieu_duong", "Biểu dương"

    decision = models.ForeignKey(
        AwardDecision,
        verbose_name="quyết định",
        on_delete=models.CASCADE,
        related_name="commendations",
    )
    recipient_kind = models.CharField("đối tượng", max_length=12, choices=RecipientKind.choices)
    recipient_name = models.CharField(
        "tên tập thể, cá nhân", max_length=255, db_collation=VIETNAMESE
    )
    position = models.CharField("chức vụ", max_length=255, blank=True)
    organization = models.CharField(
        "đơn vị công tác", max_length=255, blank=True, db_collation=VIETNAMESE
    )
    pilot_unit = models.ForeignKey(
        "models_registry.PilotUnit",
        verbose_name="đơn vị điểm",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="commendations",
    )
    program = models.ForeignKey(
        "models_registry.ModelProgram",
        verbose_name="mô hình điểm",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="commendations",
    )
    award_form = models.CharField("hình thức khen thưởng", max_length=20, choices=AwardForm.choices)
    achievement = models.TextField("thành tích", blank=True)
    # Awards can be withdrawn under the law on emulation and commendation; the row is kept.
    revoked_on = models.DateField("ngày thu hồi", null=True, blank=True)
    revocation_reason = models.CharField("lý do thu hồi", max_length=500, blank=True)
    search_text = models.TextField(blank=True, editable=False)
    recipient_key = models.CharField(max_length=520, editable=False)

    objects = CommendationQuerySet.as_manager()

    identity_scope = ("decision_id",)
    identity_field = "recipient_name"

    class Meta:
        ordering = ["decision", "recipient_kind", "id"]
        verbose_name = "tập thể, cá nhân được khen thưởng"
        verbose_name_plural = "tập thể, cá nhân được khen thưởng"
        constraints = [
            # recipient_key holds name and organization without case or spacing differences.
            models.UniqueConstraint(
                fields=["decision", "recipient_key"],
                name="commendation_once_per_decision",
                violation_error_message=DUPLICATE_RECIPIENT,
            ),
            models.CheckConstraint(
                condition=models.Q(revoked_on__isnull=True) | ~models.Q(revocation_reason=""),
                name="commendation_revocation_has_reason",
                violation_error_message="Thu hồi khen thưởng phải ghi rõ lý do.",
            ),
            models.CheckConstraint(
                condition=models.Q(revoked_on__isnull=False) | models.Q(revocation_reason=""),
                name="commendation_reason_has_date",
                violation_error_message="Lý do thu hồi chỉ ghi khi có ngày thu hồi.",
            ),
        ]

    def __str__(self):
        return self.recipient_name

    def identity_keys(self):
        return {"recipient_key": make_recipient_key(self.recipient_name, self.organization)}

    def duplicate_message(self, existing):
        where = f", {existing.organization}" if existing.organization else ""
        return (
            f"Quyết định đã có «{existing.recipient_name}»{where}: cùng tên và đơn vị công tác, "
            "có thể chỉ khác cách viết (chữ hoa, chữ thường, vị trí dấu thanh hoặc khoảng trắng)."
        )

    def save(self, *args, **kwargs):
        self.recipient_name = tidy(self.recipient_name)
        self.organization = tidy(self.organization)
        self.search_text = search_key(self.recipient_name, self.position, self.organization)
        super().save(*args, **kwargs)

    def clean(self):
        self.recipient_name = tidy(self.recipient_name)
        self.organization = tidy(self.organization)
        self.revocation_reason = (self.revocation_reason or "").strip()
        errors = {}
        if self.revoked_on and not self.revocation_reason:
            errors["revocation_reason"] = "Thu hồi khen thưởng phải ghi rõ lý do."
        if self.revocation_reason and not self.revoked_on:
            errors["revoked_on"] = "Ghi ngày thu hồi cùng với lý do thu hồi."
        decision = self.decision if self.decision_id else None
        if self.revoked_on and decision and self.revoked_on < decision.signed_on:
            errors["revoked_on"] = "Ngày thu hồi không được trước ngày ký quyết định."
        if errors:
            raise ValidationError(errors)

    @property
    def is_revoked(self):
        return self.revoked_on is not None

    def is_duplicate(self):
        """Return whether the decision already lists this recipient in another row."""
        return self.decision_id is not None and self.same_records().exists()
