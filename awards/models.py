from django.db import models
from django.urls import reverse

from mttq_portal.text import normalize_search


class AwardDecision(models.Model):
    number = models.CharField("số quyết định", max_length=60, help_text="Ví dụ: 125/QĐ-MTTQ-BTT")
    signed_on = models.DateField("ngày ký")
    issuer = models.CharField("cơ quan ban hành", max_length=255)
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
    pdf = models.FileField("văn bản quyết định (PDF)", upload_to="quyet-dinh/%Y/", blank=True)
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

    def get_absolute_url(self):
        return reverse("awards:decision", kwargs={"pk": self.pk})


class CommendationQuerySet(models.QuerySet):
    def public(self):
        """Return the commendations the public may see: those not revoked."""
        return self.filter(revoked_on__isnull=True)


class Commendation(models.Model):
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
    recipient_name = models.CharField("tên tập thể, cá nhân", max_length=255)
    position = models.CharField("chức vụ", max_length=255, blank=True)
    organization = models.CharField("đơn vị công tác", max_length=255, blank=True)
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

    objects = CommendationQuerySet.as_manager()

    class Meta:
        ordering = ["decision", "recipient_kind", "id"]
        verbose_name = "tập thể, cá nhân được khen thưởng"
        verbose_name_plural = "tập thể, cá nhân được khen thưởng"
        constraints = [
            models.UniqueConstraint(
                fields=["decision", "recipient_name", "organization"],
                name="commendation_once_per_decision",
                violation_error_message="Tập thể, cá nhân này đã có trong quyết định.",
            ),
            models.CheckConstraint(
                condition=models.Q(revoked_on__isnull=True) | ~models.Q(revocation_reason=""),
                name="commendation_revocation_has_reason",
                violation_error_message="Thu hồi khen thưởng phải ghi rõ lý do.",
            ),
        ]

    def __str__(self):
        return self.recipient_name

    def save(self, *args, **kwargs):
        self.search_text = normalize_search(
            f"{self.recipient_name} {self.position} {self.organization}"
        )
        super().save(*args, **kwargs)

    @property
    def is_revoked(self):
        return self.revoked_on is not None
