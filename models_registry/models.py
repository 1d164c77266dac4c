import re

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from mttq_portal.collation import VIETNAMESE
from mttq_portal.models import (
    CleanTextModel,
    OneRecordPerName,
    SlugNamedModel,
    name_key_field,
    unique_slug,
)
from mttq_portal.text import clean_line, name_key, search_key


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
# The mark of a former unit however it was typed: "(cũ)", "cũ", "(huyện cũ)", "( Cũ )".
_FORMER_MARK = re.compile(r"\s*(\(\s*(huyện\s+)?cũ\s*\)|\bcũ)\s*$", re.IGNORECASE)


def former_district_name(district):
    """Return a former district's name without any "(cũ)" mark typed after it, and with the
    word "huyện" before a bare name: what the label shows before its one "(cũ)"."""
    district = " ".join(_FORMER_MARK.sub("", clean_line(district or "")).split())
    if district and district.split(" ", 1)[0].casefold() not in _DISTRICT_WORDS:
        return f"huyện {district}"
    return district


class PilotUnit(OneRecordPerName, CleanTextModel):
    class UnitType(models.TextChoices):
        # The kinds of commune-level unit since 1 July 2025 first; a "thị trấn" is a unit
        # chosen before, shown as former.
        COMMUNE = "xa", "Xã"
        WARD = "phuong", "Phường"
        SPECIAL_ZONE = "dac_khu", "Đặc khu"
        TOWNSHIP = "thi_tran", "Thị trấn"

    FORMER_TYPES = frozenset({UnitType.TOWNSHIP})

    name = models.CharField("tên đơn vị", max_length=255, db_collation=VIETNAMESE)
    slug = models.SlugField("đường dẫn", max_length=255, unique=True, blank=True)
    unit_type = models.CharField("loại đơn vị", max_length=10, choices=UnitType.choices)
    # District-level government was abolished in 2025: this is the district the unit belonged to
    # when it was chosen, kept as a historical label, not a live administrative link.
    former_district = models.CharField(
        "huyện, thị xã, thành phố (cũ)",
        max_length=255,
        blank=True,
        db_collation=VIETNAMESE,
        help_text=(
            "Đơn vị hành chính cấp huyện mà đơn vị thuộc về khi được chọn làm điểm, ví dụ "
            "«Huyện Đông Hưng»; không cần ghi «(cũ)»."
        ),
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
    name_key = name_key_field()
    district_key = name_key_field("khóa huyện cũ")

    identity_scope = ("unit_type",)

    class Meta:
        ordering = ["name", "former_district"]
        verbose_name = "đơn vị điểm"
        verbose_name_plural = "đơn vị điểm"
        constraints = [
            models.UniqueConstraint(
                fields=["unit_type", "name", "former_district"], name="pilot_unit_unique_name"
            ),
        ]

    def __str__(self):
        label = f"{self.get_unit_type_display()} {self.name}"
        return f"{label} (cũ)" if self.is_former_type else label

    @property
    def is_former_type(self):
        """Whether the unit is of a kind abolished on 1 July 2025 (a thị trấn)."""
        return self.unit_type in self.FORMER_TYPES

    def identity_keys(self):
        return {
            "name_key": name_key(self.name),
            "district_key": name_key(former_district_name(self.former_district)),
        }

    def duplicate_message(self, existing):
        return (
            f"Đã có đơn vị điểm «{existing}»{existing.former_district_suffix} (mã {existing.pk}) "
            "cùng tên và cùng huyện cũ, chỉ khác cách viết (chữ hoa, chữ thường, vị trí dấu thanh "
            "hoặc khoảng trắng). Hãy dùng đơn vị đã có thay vì tạo thêm."
        )

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(
                PilotUnit, f"{self.get_unit_type_display()} {self.name}", exclude_pk=self.pk
            )
        self.search_text = search_key(
            f"{self.get_unit_type_display()} {self.name}", self.former_district
        )
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("models_registry:unit", kwargs={"slug": self.slug})

    @property
    def former_district_label(self):
        """Return the former district as shown to the public: "Huyện Đông Hưng (cũ)".

        District-level government ended in 2025, so the name is marked as historical, once
        whatever was typed ("huyện Hòa Bình (cũ)", "Hòa Bình cũ"); a bare name gets the word
        "huyện" as well: "Đông Hưng (huyện cũ)".
        """
        district = " ".join(_FORMER_MARK.sub("", clean_line(self.former_district or "")).split())
        if not district:
            return ""
        if district.split(" ", 1)[0].casefold() in _DISTRICT_WORDS:
            return f"{district} (cũ)"
        return f"{district} (huyện cũ)"

    @property
    def former_district_suffix(self):
        label = self.former_district_label
        return f", {label}" if label else ""

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


class ModelProgram(OneRecordPerName, CleanTextModel):
    class Status(models.TextChoices):
        RUNNING = "running", "Đang thực hiện"
        REPLICATED = "replicated", "Đã nhân rộng"
        STOPPED = "stopped", "Đã dừng"

    name = models.CharField("tên mô hình", max_length=255, db_collation=VIETNAMESE)
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
    name_key = name_key_field()
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    identity_scope = ("unit_id",)

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

    def identity_keys(self):
        return {"name_key": name_key(self.name)}

    def duplicate_message(self, existing):
        return (
            f"Đơn vị điểm này đã có mô hình «{existing}» (mã {existing.pk}) cùng tên, chỉ khác "
            "cách viết (chữ hoa, chữ thường, vị trí dấu thanh hoặc khoảng trắng)."
        )

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(ModelProgram, self.name, exclude_pk=self.pk, fallback="mo-hinh")
        self.search_text = search_key(self.name, self.description, self.results)
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
    search_text = models.TextField(blank=True, editable=False)

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name = "sơ kết, tổng kết, kiểm tra"
        verbose_name_plural = "sơ kết, tổng kết, kiểm tra"

    def __str__(self):
        return f"{self.get_kind_display()} {self.date:%d/%m/%Y}"

    def save(self, *args, **kwargs):
        self.search_text = search_key(self.program.name if self.program_id else "", self.summary)
        super().save(*args, **kwargs)
