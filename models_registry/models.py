from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from mttq_portal.models import CleanTextModel
from mttq_portal.text import normalize_search, vietnamese_slugify


class SlugNamedModel(CleanTextModel):
    """A named reference row whose slug is made from its name when left empty."""

    name = models.CharField("tên", max_length=255, unique=True)
    slug = models.SlugField("đường dẫn", max_length=255, unique=True, blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(type(self), self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)


def unique_slug(model, text, *, exclude_pk=None, fallback="muc"):
    """Return a slug of `text` not yet used by another row of `model`."""
    base = vietnamese_slugify(text, max_length=240) or fallback
    slug, n = base, 2
    while model._default_manager.filter(slug=slug).exclude(pk=exclude_pk).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


class Sector(SlugNamedModel):
    description = models.TextField("mô tả", blank=True)
    order = models.PositiveSmallIntegerField("thứ tự hiển thị", default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "lĩnh vực"
        verbose_name_plural = "lĩnh vực"


class Campaign(SlugNamedModel):
    description = models.TextField("mô tả", blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "cuộc vận động, phong trào"
        verbose_name_plural = "cuộc vận động, phong trào"


class Period(SlugNamedModel):
    start_year = models.PositiveSmallIntegerField("từ năm")
    end_year = models.PositiveSmallIntegerField("đến năm")

    class Meta:
        ordering = ["-start_year", "-end_year"]
        verbose_name = "giai đoạn"
        verbose_name_plural = "giai đoạn"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start_year__lte=models.F("end_year")),
                name="period_start_not_after_end",
                violation_error_message="Năm bắt đầu không được sau năm kết thúc.",
            ),
        ]

    def contains_year(self, year):
        return self.start_year <= year <= self.end_year


# First words of a district-level name: "Huyện Đông Hưng", "Thị xã …", "Thành phố …", "Quận …".
_DISTRICT_WORDS = {"huyện", "thị", "thành", "quận"}


class PilotUnit(CleanTextModel):
    class UnitType(models.TextChoices):
        COMMUNE = "xa", "Xã"
        WARD = "phuong", "Phường"
        TOWNSHIP = "thi_tran", "Thị trấn"
        SPECIAL_ZONE = "dac_khu", "Đặc khu"

    name = models.CharField("tên đơn vị", max_length=255)
    slug = models.SlugField("đường dẫn", max_length=255, unique=True, blank=True)
    unit_type = models.CharField("loại đơn vị", max_length=10, choices=UnitType.choices)
    # District-level government was abolished in 2025: this is the district the unit belonged to
    # when it was chosen, kept as a historical label, not a live administrative link.
    former_district = models.CharField(
        "huyện, thị xã, thành phố (cũ)",
        max_length=255,
        blank=True,
        help_text="Đơn vị hành chính cấp huyện mà đơn vị thuộc về khi được chọn làm điểm.",
    )
    year_chosen = models.PositiveSmallIntegerField("năm chọn làm điểm", null=True, blank=True)
    period = models.ForeignKey(
        Period,
        verbose_name="giai đoạn",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="pilot_units",
    )
    description = models.TextField("giới thiệu", blank=True)
    search_text = models.TextField(blank=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = "đơn vị điểm"
        verbose_name_plural = "đơn vị điểm"
        constraints = [
            models.UniqueConstraint(
                fields=["unit_type", "name", "former_district"], name="pilot_unit_unique_name"
            ),
        ]

    def __str__(self):
        return f"{self.get_unit_type_display()} {self.name}"

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(
                PilotUnit, f"{self.get_unit_type_display()} {self.name}", exclude_pk=self.pk
            )
        self.search_text = normalize_search(
            f"{self.get_unit_type_display()} {self.name} {self.former_district}"
        )
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("models_registry:unit", kwargs={"slug": self.slug})

    @property
    def former_district_label(self):
        """Return the former district as shown to the public: "Huyện Đông Hưng (cũ)".

        District-level government ended in 2025, so the name is marked as historical; a bare
        name gets the word "huyện" as well: "Đông Hưng (huyện cũ)".
        """
        district = self.former_district.strip()
        if not district or district.casefold().endswith("cũ)"):
            # Empty, or typed with its mark already: "huyện Hòa Bình (cũ)".
            return district
        if district.split(" ", 1)[0].casefold() in _DISTRICT_WORDS:
            return f"{district} (cũ)"
        return f"{district} (huyện cũ)"

    def clean(self):
        if self.year_chosen and self.period_id and not self.period.contains_year(self.year_chosen):
            raise ValidationError(
                {
                    "year_chosen": (
                        f"Năm chọn làm điểm phải nằm trong giai đoạn {self.period.start_year}–"
                        f"{self.period.end_year}."
                    )
                }
            )


class ModelProgram(CleanTextModel):
    class Status(models.TextChoices):
        RUNNING = "running", "Đang thực hiện"
        REPLICATED = "replicated", "Đã nhân rộng"
        STOPPED = "stopped", "Đã dừng"

    name = models.CharField("tên mô hình", max_length=255)
    slug = models.SlugField("đường dẫn", max_length=255, unique=True, blank=True)
    unit = models.ForeignKey(
        PilotUnit, verbose_name="đơn vị điểm", on_delete=models.PROTECT, related_name="programs"
    )
    sector = models.ForeignKey(
        Sector, verbose_name="lĩnh vực", on_delete=models.PROTECT, related_name="programs"
    )
    campaign = models.ForeignKey(
        Campaign,
        verbose_name="cuộc vận động, phong trào",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="programs",
    )
    period = models.ForeignKey(
        Period,
        verbose_name="giai đoạn",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="programs",
    )
    start_date = models.DateField("ngày bắt đầu", null=True, blank=True)
    status = models.CharField(
        "tình trạng", max_length=12, choices=Status.choices, default=Status.RUNNING
    )
    is_advanced_example = models.BooleanField("điển hình tiên tiến", default=False)
    description = models.TextField("mô tả", blank=True)
    results = models.TextField("kết quả", blank=True)
    replicated_to = models.ManyToManyField(
        PilotUnit,
        verbose_name="nhân rộng tại",
        blank=True,
        related_name="replicated_programs",
    )
    search_text = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "mô hình điểm"
        verbose_name_plural = "mô hình điểm"
        constraints = [
            models.UniqueConstraint(fields=["unit", "name"], name="program_unique_per_unit"),
        ]
        indexes = [models.Index(fields=["status", "sector"], name="program_filter_idx")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(ModelProgram, self.name, exclude_pk=self.pk, fallback="mo-hinh")
        self.search_text = normalize_search(f"{self.name} {self.description} {self.results}")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("models_registry:program", kwargs={"slug": self.slug})


class Review(CleanTextModel):
    class Kind(models.TextChoices):
        INTERIM = "interim", "Sơ kết"
        FINAL = "final", "Tổng kết"
        INSPECTION = "inspection", "Kiểm tra"
        SUPERVISION = "supervision", "Giám sát"

    program = models.ForeignKey(
        ModelProgram, verbose_name="mô hình điểm", on_delete=models.CASCADE, related_name="reviews"
    )
    kind = models.CharField("hình thức", max_length=12, choices=Kind.choices)
    date = models.DateField("ngày")
    summary = models.TextField("nội dung, kết luận")

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name = "sơ kết, tổng kết, kiểm tra"
        verbose_name_plural = "sơ kết, tổng kết, kiểm tra"

    def __str__(self):
        return f"{self.get_kind_display()} {self.date:%d/%m/%Y}"
