import secrets
import unicodedata

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from mttq_portal.collation import VIETNAMESE
from mttq_portal.documents import validate_document
from mttq_portal.models import (
    CleanTextModel,
    OneRecordPerName,
    SlugNamedModel,
    is_collecting,
    name_key_field,
    slugs_in_memory,
    unique_slug,
)
from mttq_portal.text import name_key, search_key

from .storage import private_storage
from .validators import decision_pdf_path, proposal_file_path, validate_pdf


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


class RecipientKind(models.TextChoices):
    """Who the law lets be commended (Luật Thi đua, khen thưởng 2022, Điều 2)."""

    COLLECTIVE = "collective", "Tập thể"
    INDIVIDUAL = "individual", "Cá nhân"
    HOUSEHOLD = "household", "Hộ gia đình"


class AwardType(SlugNamedModel):
    """An entry of the catalogue of what may be conferred: an emulation title (danh hiệu thi
    đua) or a form of award (hình thức khen thưởng), kept apart as the law keeps them, with who
    may receive it and the consecutive years it asks for. Seeded by the migration
    0008_catalogue_seed (the texts followed: README, «Khen thưởng»); the committee adds its own
    in the admin."""

    class Kind(models.TextChoices):
        TITLE = "title", "Danh hiệu thi đua"
        FORM = "form", "Hình thức khen thưởng"
        # Kept for records made before the catalogue (e.g. «Biểu dương»), which the law does
        # not count as a form of award; not offered for new commendations.
        OTHER = "other", "Ghi nhận khác (không thuộc Luật)"

    name = models.CharField("tên", max_length=200, unique=True, db_collation=VIETNAMESE)
    slug = models.SlugField(
        "mã",
        max_length=60,
        unique=True,
        blank=True,
        help_text="Dùng trong địa chỉ của bộ lọc; để trống để tạo từ tên.",
    )
    kind = models.CharField("loại", max_length=10, choices=Kind.choices)
    for_collective = models.BooleanField("tặng tập thể", default=False)
    for_individual = models.BooleanField("tặng cá nhân", default=False)
    for_household = models.BooleanField("tặng hộ gia đình", default=False)
    consecutive_years = models.PositiveSmallIntegerField(
        "số năm liên tục cần có",
        default=0,
        help_text="0 nếu không đòi hỏi. Ví dụ: 3 với «Chiến sĩ thi đua cấp tỉnh».",
    )
    prerequisite = models.ForeignKey(
        "self",
        verbose_name="cần đạt trong mỗi năm đó",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Danh hiệu, hình thức phải có trong từng năm liên tục; để trống nếu điều "
        "kiện là kết quả không ghi trên cổng (ví dụ: hoàn thành xuất sắc nhiệm vụ).",
    )
    condition = models.TextField("điều kiện", blank=True)
    legal_basis = models.CharField("căn cứ pháp lý", max_length=255, blank=True)
    conferred_here = models.BooleanField(
        "Ủy ban MTTQ tỉnh tặng",
        default=True,
        help_text="Bỏ chọn với danh hiệu, hình thức do cấp trên tặng theo đề nghị của tỉnh.",
    )
    active = models.BooleanField(
        "còn dùng", default=True, help_text="Bỏ chọn để không cho chọn khi khen thưởng mới."
    )
    order = models.PositiveSmallIntegerField("thứ tự", default=0)

    slug_fallback = "khen-thuong"
    slug_max_length = 50

    class Meta:
        ordering = ["kind", "order", "name"]
        verbose_name = "danh hiệu, hình thức khen thưởng"
        verbose_name_plural = "danh mục danh hiệu, hình thức khen thưởng"

    def clean(self):
        if not (self.for_collective or self.for_individual or self.for_household):
            raise ValidationError("Chọn ít nhất một đối tượng được tặng.")
        if self.prerequisite_id and not self.consecutive_years:
            raise ValidationError(
                {"consecutive_years": "Ghi số năm liên tục cần đạt danh hiệu, hình thức đó."}
            )

    def allows(self, recipient_kind):
        """Return whether this may be conferred on a recipient of `recipient_kind`."""
        return {
            RecipientKind.COLLECTIVE: self.for_collective,
            RecipientKind.INDIVIDUAL: self.for_individual,
            RecipientKind.HOUSEHOLD: self.for_household,
        }.get(recipient_kind, False)

    def refusal_for(self, recipient_kind, kind_label):
        """Return why this may not be conferred on a recipient of `recipient_kind` (shown as
        `kind_label`), or None when it may."""
        if not recipient_kind or self.allows(recipient_kind):
            return None
        return (
            f"«{self.name}» không tặng cho {kind_label.lower()} (chỉ tặng: "
            f"{self.receivers_display.lower()})."
        )

    @property
    def receivers_display(self):
        kinds = [label.lower() for kind, label in RecipientKind.choices if self.allows(kind)]
        return ", ".join(kinds).capitalize()


class Recipient(CleanTextModel):
    """One collective, person or household, however many times commended: what links their
    commendations into a history. Found by the name key (tone placement, case and Unicode form
    alike) and kind; namesakes are told apart by their birth year or their units
    (Recipient.for_commendation())."""

    kind = models.CharField("đối tượng", max_length=12, choices=RecipientKind.choices)
    name = models.CharField("tên", max_length=255, db_collation=VIETNAMESE)
    birth_year = models.PositiveSmallIntegerField("năm sinh", null=True, blank=True)
    note = models.CharField(
        "ghi chú",
        max_length=255,
        blank=True,
        help_text="Để phân biệt người trùng tên, ví dụ: quê quán.",
    )
    slug = models.SlugField("đường dẫn", max_length=255, unique=True, blank=True)
    name_key = name_key_field()
    search_text = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)

    class Meta:
        ordering = ["name", "birth_year", "id"]
        verbose_name = "đối tượng được khen thưởng"
        verbose_name_plural = "đối tượng được khen thưởng"
        indexes = [models.Index(fields=["kind", "name_key"], name="recipient_identity_idx")]

    def __str__(self):
        return f"{self.name} ({self.birth_year})" if self.birth_year else self.name

    def save(self, *args, **kwargs):
        self.derive()
        if not self.slug:
            self.slug = unique_slug(Recipient, self.name, exclude_pk=self.pk, fallback="doi-tuong")
        super().save(*args, **kwargs)

    def derive(self):
        """Set what the record's name gives: its tidy form, name key and search column."""
        self.name = tidy(self.name)
        self.name_key = name_key(self.name)
        self.search_text = search_key(self.name, self.note)

    def clean(self):
        self.name = tidy(self.name)
        year = self.birth_year
        if year is not None and not 1880 <= year <= timezone.localdate().year:
            raise ValidationError({"birth_year": "Năm sinh không hợp lệ."})

    def get_absolute_url(self):
        return reverse("awards:recipient", kwargs={"slug": self.slug})

    @classmethod
    def candidates(cls, keys, *, birth_year=None):
        """Return {(kind, name key): [(record, the name keys of its units)]} of the records of
        `keys`, in one query and one more for their units."""
        keys = set(keys)
        records = cls.objects.filter(name_key__in={key for _kind, key in keys})
        if birth_year:
            records = records.filter(Q(birth_year=birth_year) | Q(birth_year=None))
        found = {}
        # Into an attribute of its own, not record.commendations: a later query of that
        # relation (the record's history) must not inherit these deferred fields.
        units_of = models.Prefetch(
            "commendations",
            Commendation.objects.only("recipient", "organization"),
            to_attr="commendation_units",
        )
        for record in records.prefetch_related(units_of):
            if (record.kind, record.name_key) not in keys:
                continue
            units = {name_key(c.organization) for c in record.commendation_units} - {""}
            found.setdefault((record.kind, record.name_key), []).append((record, units))
        return found

    @staticmethod
    def choose(candidates, *, kind, organization):
        """Return the record among `candidates` ([(record, its units)]) a commendation of one of
        their names at `organization` belongs to, or None when nothing decides it.

        The one whose commendations name the same unit; else the only one, when it or the new
        commendation names no unit, or it is a collective (whose name is its identity). Two
        «Nguyễn Văn Hùng» of two communes are two people: the officer links namesakes by hand.
        """
        unit = name_key(organization)
        for record, units in candidates:
            if unit and unit in units:
                return record
        if len(candidates) == 1:
            record, units = candidates[0]
            if not unit or not units or kind == RecipientKind.COLLECTIVE:
                return record
        return None

    @classmethod
    def for_commendation(cls, *, kind, name, organization="", birth_year=None):
        """Return the record a new commendation of `name` belongs to (a given birth year must
        agree), or None when it is new (choose())."""
        key = (kind, name_key(name))
        found = cls.candidates([key], birth_year=birth_year).get(key, [])
        return cls.choose(found, kind=kind, organization=organization)

    @classmethod
    def find_or_create(cls, *, kind, name, organization="", birth_year=None):
        """Return the record for_commendation() finds, or a new one."""
        found = cls.for_commendation(
            kind=kind, name=name, organization=organization, birth_year=birth_year
        )
        return found or cls.objects.create(kind=kind, name=name, birth_year=birth_year)

    @classmethod
    def attach_all(cls, commendations):
        """Give each of `commendations` (new, unsaved, as an import collects them) its record,
        found as for_commendation() finds it, in two queries for them all; the new records are
        inserted a thousand per statement."""
        pending = [c for c in commendations if c.recipient_id is None]
        keys = {(c.recipient_kind, name_key(c.recipient_name)) for c in pending}
        found = cls.candidates(keys)
        made = {}  # (kind, name key, unit key) -> a new record
        for commendation in pending:
            key = (commendation.recipient_kind, name_key(commendation.recipient_name))
            record = cls.choose(
                found.get(key, []),
                kind=commendation.recipient_kind,
                organization=commendation.organization,
            )
            if record is None:
                unit = name_key(commendation.organization)
                new_key = (*key, "" if key[0] == RecipientKind.COLLECTIVE else unit)
                record = made.get(new_key)
                if record is None:
                    record = cls(kind=commendation.recipient_kind, name=commendation.recipient_name)
                    record.derive()
                    made[new_key] = record
            commendation.recipient = record
        if made:
            with slugs_in_memory(cls):
                for record in made.values():
                    record.slug = unique_slug(cls, record.name, fallback="doi-tuong")
            # Each commendation's recipient_id is taken from its record as it is inserted.
            cls.objects.bulk_create(list(made.values()), batch_size=1000)


class DecisionKind(models.TextChoices):
    """The kinds of commendation a decision makes, as the law and its decree name them."""

    REGULAR = "thuong_xuyen", "Khen thưởng thường xuyên"
    THEMATIC = "chuyen_de", "Khen thưởng theo chuyên đề"
    AD_HOC = "dot_xuat", "Khen thưởng đột xuất"
    LIFETIME = "cong_hien", "Khen thưởng quá trình cống hiến"
    SENIORITY = "nien_han", "Khen thưởng theo niên hạn"
    FOREIGN = "doi_ngoai", "Khen thưởng đối ngoại"


class AwardDecision(OneRecordPerName, CleanTextModel):
    number = models.CharField("số quyết định", max_length=60, help_text="Ví dụ: 125/QĐ-MTTQ-BTT")
    signed_on = models.DateField("ngày ký")
    issuer = models.CharField("cơ quan ban hành", max_length=255, db_collation=VIETNAMESE)
    title = models.CharField("trích yếu", max_length=500)
    kind = models.CharField(
        "loại khen thưởng",
        max_length=14,
        choices=DecisionKind.choices,
        default=DecisionKind.REGULAR,
    )
    legal_grounds = models.TextField(
        "căn cứ",
        blank=True,
        help_text="Mỗi căn cứ một dòng, ví dụ: «Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;».",
    )
    place = models.CharField(
        "địa danh", max_length=80, blank=True, help_text="Nơi ban hành, in trước ngày tháng."
    )
    signer_name = models.CharField("người ký", max_length=120, blank=True)
    signer_position = models.TextField(
        "chức vụ người ký",
        blank=True,
        help_text="Như in trên quyết định, ví dụ: «TM. BAN THƯỜNG TRỰC» rồi «CHỦ TỊCH» ở dòng "
        "dưới.",
    )
    campaign = models.ForeignKey(
        "models_registry.Campaign",
        verbose_name="phong trào thi đua, cuộc vận động được tổng kết",
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

    def get_print_url(self):
        return reverse("awards:decision_pdf", kwargs={"pk": self.pk})

    @property
    def signer_position_line(self):
        """The signer's position on one line ("TM. BAN THƯỜNG TRỰC – CHỦ TỊCH")."""
        return " – ".join(
            line.strip() for line in self.signer_position.splitlines() if line.strip()
        )

    @property
    def grounds(self):
        """The legal grounds, one per line as typed."""
        return [line.strip() for line in self.legal_grounds.splitlines() if line.strip()]

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
            .select_related("decision", "award_type", "recipient")
            .order_by("-decision__signed_on", "-decision_id", "recipient_kind", "id")
        )

    def for_program(self, program):
        """Return the public commendations of a model program, for its page."""
        return self.listed().filter(program=program)

    def for_unit(self, unit):
        """Return the public commendations of a pilot unit or of one of its model programs."""
        return self.listed().filter(Q(pilot_unit=unit) | Q(program__unit=unit))


CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off paper


def new_code():
    """Return a fresh verification code: 10 characters, about 50 bits (a collision among a
    province's commendations is then about one in a million over decades)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(10))


def normalised_code(text):
    """Return a verification code as stored, from what a reader typed: case, spaces and dashes
    aside."""
    return "".join(ch for ch in (text or "").upper() if ch.isascii() and ch.isalnum())[:12]


class Commendation(OneRecordPerName, CleanTextModel):
    RecipientKind = RecipientKind

    decision = models.ForeignKey(
        AwardDecision,
        verbose_name="quyết định",
        on_delete=models.CASCADE,
        related_name="commendations",
    )
    recipient_kind = models.CharField("đối tượng", max_length=12, choices=RecipientKind.choices)
    recipient = models.ForeignKey(
        Recipient,
        verbose_name="hồ sơ đối tượng",
        on_delete=models.PROTECT,
        blank=True,
        related_name="commendations",
        help_text="Để trống: cổng tự tìm theo tên (và đơn vị) hoặc tạo hồ sơ mới.",
    )
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
    award_type = models.ForeignKey(
        AwardType,
        verbose_name="danh hiệu, hình thức khen thưởng",
        on_delete=models.PROTECT,
        related_name="commendations",
    )
    achievement = models.TextField("thành tích", blank=True)
    prize_amount = models.PositiveIntegerField("tiền thưởng (đồng)", null=True, blank=True)
    # Awards can be withdrawn under the law on emulation and commendation (Điều 93); the row
    # is kept, with the decision that withdrew it.
    revoked_on = models.DateField("ngày thu hồi", null=True, blank=True)
    revoking_decision = models.CharField(
        "số quyết định thu hồi", max_length=60, blank=True, help_text="Ví dụ: 30/QĐ-MTTQ-BTT"
    )
    revocation_reason = models.CharField("lý do thu hồi", max_length=500, blank=True)
    code = models.CharField(
        "mã xác thực", max_length=12, unique=True, default=new_code, editable=False
    )
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
        if self.recipient_id is None and not is_collecting(Commendation):
            # An import's rows get theirs all at once (attach_all(), before_bulk_insert()).
            self.recipient = Recipient.find_or_create(
                kind=self.recipient_kind, name=self.recipient_name, organization=self.organization
            )
        super().save(*args, **kwargs)

    def clean(self):
        self.recipient_name = tidy(self.recipient_name)
        self.organization = tidy(self.organization)
        self.revocation_reason = (self.revocation_reason or "").strip()
        self.revoking_decision = tidy(self.revoking_decision)
        errors = {}
        award_type = self.award_type if self.award_type_id else None
        refusal = award_type and award_type.refusal_for(
            self.recipient_kind, self.get_recipient_kind_display()
        )
        if refusal:
            errors["award_type"] = refusal
        recipient = self.recipient if self.recipient_id else None
        if recipient and self.recipient_kind and recipient.kind != self.recipient_kind:
            errors["recipient"] = (
                f"Hồ sơ «{recipient}» là {recipient.get_kind_display().lower()}, khác đối tượng "
                "đã chọn."
            )
        if self.revoked_on and not self.revocation_reason:
            errors["revocation_reason"] = "Thu hồi khen thưởng phải ghi rõ lý do."
        if self.revoked_on and not self.revoking_decision and self._revocation_changed():
            errors["revoking_decision"] = "Ghi số của quyết định thu hồi khen thưởng."
        if self.revocation_reason and not self.revoked_on:
            errors["revoked_on"] = "Ghi ngày thu hồi cùng với lý do thu hồi."
        decision = self.decision if self.decision_id else None
        if self.revoked_on and decision and self.revoked_on < decision.signed_on:
            errors["revoked_on"] = "Ngày thu hồi không được trước ngày ký quyết định."
        if errors:
            raise ValidationError(errors)

    def validate_unique(self, exclude=None):
        # The verification code is made by new_code(), never typed: asking the database whether
        # it is taken would cost a query per row of an import. Its unique index still stands.
        super().validate_unique(exclude={*(exclude or ()), "code"})

    @classmethod
    def before_bulk_insert(cls, commendations):
        """An import's new rows, before they are inserted together: their records."""
        Recipient.attach_all(commendations)

    def _revocation_changed(self):
        """Return whether this save revokes (or re-dates a revocation): a revocation recorded
        before the decision's number was kept stays as it was."""
        if self._state.adding:
            return True
        stored = type(self).objects.filter(pk=self.pk).values_list("revoked_on", flat=True)
        return stored.first() != self.revoked_on

    @property
    def is_revoked(self):
        return self.revoked_on is not None

    def get_verify_url(self):
        return reverse("awards:verify", kwargs={"code": self.code})

    def get_certificate_url(self):
        return reverse("awards:certificate", kwargs={"code": self.code})

    def is_duplicate(self):
        """Return whether the decision already lists this recipient in another row."""
        return self.decision_id is not None and self.same_records().exists()


def proposal_file(verbose_name):
    """A proposal's document: checked as every upload is (mttq_portal.documents), kept where
    only staff can read it (awards.storage)."""
    return models.FileField(
        verbose_name,
        upload_to=proposal_file_path,
        storage=private_storage,
        max_length=255,
        blank=True,
        validators=[validate_document],
        help_text="PDF, Word, Excel hoặc OpenDocument, tối đa 20 MB; chỉ cán bộ xem được.",
    )


class Proposal(CleanTextModel):
    """A proposal for commendation (hồ sơ đề nghị khen thưởng) as a unit sends it: its covering
    letter, achievement report and the council's minutes with the vote, and one line per
    proposed recipient. Its lines are appraised by an officer other than the one who entered
    it; the accepted ones become a decision (awards.proposals)."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Đang lập"
        SUBMITTED = "submitted", "Chờ thẩm định"
        APPRAISED = "appraised", "Đã thẩm định"
        DECIDED = "decided", "Đã ra quyết định"

    number = models.CharField("số tờ trình", max_length=60, help_text="Ví dụ: 15/TTr-MTTQ")
    submitted_on = models.DateField("ngày tờ trình")
    proposing_unit = models.CharField("đơn vị đề nghị", max_length=255, db_collation=VIETNAMESE)
    title = models.CharField("trích yếu", max_length=500)
    campaign = models.ForeignKey(
        "models_registry.Campaign",
        verbose_name="phong trào thi đua, cuộc vận động",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="award_proposals",
    )
    covering_letter = proposal_file("tờ trình")
    achievement_report = proposal_file("báo cáo thành tích")
    council_minutes = proposal_file("biên bản họp Hội đồng thi đua, khen thưởng")
    council_vote = models.CharField(
        "kết quả biểu quyết của Hội đồng",
        max_length=255,
        blank=True,
        help_text="Ví dụ: 7/7 thành viên có mặt nhất trí (100%).",
    )
    status = models.CharField(
        "trạng thái", max_length=10, choices=Status.choices, default=Status.DRAFT, editable=False
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người lập",
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )
    decision = models.ForeignKey(
        AwardDecision,
        verbose_name="quyết định khen thưởng",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="proposals",
    )
    created_at = models.DateTimeField("ngày lập", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    FILE_FIELDS = ("covering_letter", "achievement_report", "council_minutes")

    class Meta:
        ordering = ["-submitted_on", "-id"]
        verbose_name = "đề nghị khen thưởng"
        verbose_name_plural = "đề nghị khen thưởng"
        permissions = [("appraise_proposal", "Thẩm định đề nghị khen thưởng, ra quyết định")]

    def __str__(self):
        return f"Tờ trình số {self.number} của {self.proposing_unit}"

    def clean(self):
        self.number = tidy(self.number)
        self.proposing_unit = tidy(self.proposing_unit)
        if self.submitted_on and self.submitted_on > timezone.localdate():
            raise ValidationError({"submitted_on": "Ngày tờ trình không được sau ngày hôm nay."})

    @property
    def is_editable(self):
        """Whether the one who entered it may still change it (not while it is appraised)."""
        return self.status == self.Status.DRAFT or (
            self.status == self.Status.APPRAISED
            and self.lines.filter(verdict=ProposalLine.Verdict.RETURNED).exists()
        )


class ProposalLine(CleanTextModel):
    """One proposed recipient of a proposal, and the appraising officer's verdict on it."""

    class Verdict(models.TextChoices):
        PENDING = "pending", "Chờ thẩm định"
        ACCEPTED = "accepted", "Đồng ý"
        RETURNED = "returned", "Trả lại để bổ sung"
        REFUSED = "refused", "Không đồng ý"

    proposal = models.ForeignKey(
        Proposal, verbose_name="đề nghị", on_delete=models.CASCADE, related_name="lines"
    )
    recipient_kind = models.CharField("đối tượng", max_length=12, choices=RecipientKind.choices)
    recipient_name = models.CharField("tên tập thể, cá nhân", max_length=255)
    birth_year = models.PositiveSmallIntegerField("năm sinh", null=True, blank=True)
    position = models.CharField("chức vụ", max_length=255, blank=True)
    organization = models.CharField("đơn vị công tác", max_length=255, blank=True)
    recipient = models.ForeignKey(
        Recipient,
        verbose_name="hồ sơ đối tượng",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="proposal_lines",
        help_text="Để trống: cổng tự tìm theo tên và đơn vị.",
    )
    award_type = models.ForeignKey(
        AwardType,
        verbose_name="danh hiệu, hình thức đề nghị",
        on_delete=models.PROTECT,
        related_name="proposal_lines",
    )
    achievement = models.TextField("thành tích")
    prize_amount = models.PositiveIntegerField("tiền thưởng (đồng)", null=True, blank=True)
    verdict = models.CharField(
        "kết quả thẩm định",
        max_length=10,
        choices=Verdict.choices,
        default=Verdict.PENDING,
        editable=False,
    )
    appraisal_note = models.TextField("ý kiến thẩm định", blank=True, editable=False)
    appraised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người thẩm định",
        on_delete=models.PROTECT,
        null=True,
        editable=False,
        related_name="+",
    )
    appraised_at = models.DateTimeField("thẩm định lúc", null=True, editable=False)
    commendation = models.OneToOneField(
        Commendation,
        verbose_name="khen thưởng",
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="proposal_line",
    )

    class Meta:
        ordering = ["proposal", "id"]
        verbose_name = "tập thể, cá nhân được đề nghị"
        verbose_name_plural = "danh sách tập thể, cá nhân được đề nghị"

    def __str__(self):
        return self.recipient_name

    def clean(self):
        self.recipient_name = tidy(self.recipient_name)
        self.organization = tidy(self.organization)
        award_type = self.award_type if self.award_type_id else None
        refusal = award_type and award_type.refusal_for(
            self.recipient_kind, self.get_recipient_kind_display()
        )
        if refusal:
            raise ValidationError({"award_type": refusal})
