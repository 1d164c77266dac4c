"""The introduction pages under /gioi-thieu/: an ordered tree of at most two levels, the
committee's leaders and the officials to contact (Nghị định 42/2022/NĐ-CP: organisation,
functions, leaders, contacts)."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.html import strip_tags
from django_ckeditor_5.fields import CKEditor5Field
from simple_history.models import HistoricalRecords

from mttq_portal.collation import VIETNAMESE
from mttq_portal.models import SearchKeyModel, unique_slug
from mttq_portal.pagecache import current_version, kept
from mttq_portal.searching import matching
from news.images import images_missing_alt
from news.sanitizer import html_text, sanitize_html

# Top-level pages and their children: the menu's "Giới thiệu" group shows both levels, and
# a deeper page would be reachable from no menu.
MAX_DEPTH = 2

MESSAGE_OWN_ANCESTOR = "Trang không thể là trang cha của chính nó (kể cả gián tiếp)."
MESSAGE_TOO_DEEP = (
    "Cây trang giới thiệu chỉ có {depth} cấp: trang cha phải là một trang cấp trên cùng."
)
MESSAGE_HAS_CHILDREN = (
    "Trang này đang có trang con nên không thể đặt làm trang con của trang khác (cây chỉ có "
    "{depth} cấp). Hãy chuyển các trang con đi trước."
)
MESSAGE_IMAGES_WITHOUT_ALT = (
    "Ảnh trong nội dung cần văn bản thay thế (mô tả ảnh cho người khiếm thị): {names}. Chọn "
    "ảnh, bấm nút «Văn bản thay thế» trên thanh công cụ của ảnh và nhập mô tả."
)
MESSAGE_BAD_PHONE = (
    "Số điện thoại không hợp lệ. Hãy nhập số Việt Nam bắt đầu bằng 0 hoặc +84, chỉ gồm chữ "
    "số, dấu cách hoặc dấu chấm, ví dụ 0272 3826 123 hoặc +84 912 345 678."
)

_PHONE_CHARACTERS = re.compile(r"^(\+84|0)[0-9 .]+$")


def validate_phone(value):
    """Refuse what is not a Vietnamese telephone number: 0 then 9 or 10 digits (mobile and
    landline), or +84 then the same without the 0; digits grouped by spaces or dots."""
    text = (value or "").strip()
    if not _PHONE_CHARACTERS.match(text):
        raise ValidationError(MESSAGE_BAD_PHONE, code="bad_phone")
    digits = re.sub(r"\D", "", text)
    national = digits[2:] if text.startswith("+84") else digits[1:]
    if not 9 <= len(national) <= 10 or national.startswith("0"):
        raise ValidationError(MESSAGE_BAD_PHONE, code="bad_phone")


def tel_href(phone):
    """Return the tel: link of a number validate_phone() accepts ("tel:+842723826123")."""
    digits = re.sub(r"\D", "", phone or "")
    if not digits:
        return ""
    national = digits[2:] if phone.strip().startswith("+84") else digits[1:]
    return f"tel:+84{national}"


class PageQuerySet(models.QuerySet):
    def published(self):
        """Return the pages the public may see: published, under a published parent."""
        return self.filter(is_published=True).filter(
            models.Q(parent__isnull=True) | models.Q(parent__is_published=True)
        )

    def search(self, terms):
        """Return the published pages matching `terms` (a mttq_portal.searching.Terms) by the
        portal's search rules: by their title, summary and text, and the «Lãnh đạo» and «Liên
        hệ» pages also by the names, positions and duties of the leaders and contact officials
        they list. Unordered (mttq_portal.searching.ranked() orders)."""
        if not terms:
            return self.none()
        people = models.Q()
        for kind, model in ((Page.Kind.LEADERS, Leader), (Page.Kind.CONTACT, ContactPerson)):
            people |= models.Q(kind=kind) & models.Exists(matching(model.objects.all(), terms))
        return self.published().filter(
            models.Q(pk__in=matching(self.model.objects.all(), terms).values("pk")) | people
        )

    def for_navigation(self):
        """Return the published top-level pages, in order, each with `navigation_children`,
        the list of its published children in order: two queries."""
        children = Page.objects.filter(is_published=True).only(
            "pk", "title", "slug", "summary", "kind", "parent_id", "order"
        )
        return list(
            self.filter(is_published=True, parent__isnull=True)
            .only("pk", "title", "slug", "summary", "kind", "parent_id", "order")
            .prefetch_related(
                models.Prefetch("children", queryset=children, to_attr="navigation_children")
            )
        )


def published_tree():
    """Return Page.objects.for_navigation(), kept in this process per content version
    (mttq_portal.pagecache.kept): the menu, /gioi-thieu/ and the side tree of every page read
    the same tree. Shared between requests: read it, never change it."""
    return kept(current_version(), "pages:tree", Page.objects.for_navigation)


class Page(SearchKeyModel):
    class Kind(models.TextChoices):
        PLAIN = "thuong", "Trang thường"
        LEADERS = "lanh-dao", "Lãnh đạo"
        CONTACT = "lien-he", "Liên hệ"

    title = models.CharField("tiêu đề", max_length=200, db_collation=VIETNAMESE)
    slug = models.SlugField(
        "đường dẫn",
        max_length=220,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ tiêu đề. Địa chỉ trang là /gioi-thieu/<đường dẫn>/.",
    )
    # PROTECT: deleting a parent must not silently take its published children (addresses
    # people have printed and shared) with it; staff move or delete the children first.
    parent = models.ForeignKey(
        "self",
        verbose_name="trang cha",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        help_text="Để trống cho trang cấp trên cùng (hiện ngay trong nhóm «Giới thiệu» của menu).",
    )
    order = models.PositiveSmallIntegerField("thứ tự hiển thị", default=0)
    kind = models.CharField(
        "loại trang",
        max_length=12,
        choices=Kind.choices,
        default=Kind.PLAIN,
        help_text="Trang «Lãnh đạo» hiện danh sách lãnh đạo; trang «Liên hệ» hiện cán bộ đầu "
        "mối và địa chỉ, điện thoại, thư điện tử của cơ quan.",
    )
    summary = models.CharField(
        "tóm tắt",
        max_length=300,
        blank=True,
        help_text="Một hai câu, hiện dưới tên trang ở trang «Giới thiệu».",
    )
    body = CKEditor5Field("nội dung", config_name="article", blank=True)
    is_published = models.BooleanField("đang hiển thị", default=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    objects = PageQuerySet.as_manager()
    history = HistoricalRecords(
        verbose_name="phiên bản trang giới thiệu", excluded_fields=["search_text"]
    )

    class Meta:
        ordering = ["order", "title"]
        verbose_name = "trang giới thiệu"
        verbose_name_plural = "trang giới thiệu"

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Page, self.title, exclude_pk=self.pk, fallback="trang")
        self.body = sanitize_html(self.body)
        self.summary = strip_tags(self.summary).strip()
        super().save(*args, **kwargs)

    def search_texts(self):
        return (self.title, self.summary, html_text(self.body))

    def get_absolute_url(self):
        return reverse("pages:page", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        self._check_place_in_tree()
        missing = images_missing_alt(self.body)
        if missing:
            raise ValidationError(
                {"body": MESSAGE_IMAGES_WITHOUT_ALT.format(names=", ".join(missing))}
            )

    def _check_place_in_tree(self):
        if self.parent_id is None:
            return
        seen = {self.pk} if self.pk is not None else set()
        ancestor, depth = self.parent, 1
        while ancestor is not None:
            if ancestor.pk in seen:
                raise ValidationError({"parent": MESSAGE_OWN_ANCESTOR}, code="cycle")
            seen.add(ancestor.pk)
            ancestor, depth = ancestor.parent, depth + 1
        if depth > MAX_DEPTH:
            raise ValidationError(
                {"parent": MESSAGE_TOO_DEEP.format(depth=MAX_DEPTH)}, code="too_deep"
            )
        if self.pk is not None and Page.objects.filter(parent_id=self.pk).exists():
            raise ValidationError(
                {"parent": MESSAGE_HAS_CHILDREN.format(depth=MAX_DEPTH)}, code="too_deep"
            )


class Leader(SearchKeyModel):
    name = models.CharField("họ và tên", max_length=120, db_collation=VIETNAMESE)
    position = models.CharField(
        "chức vụ", max_length=200, help_text="Ví dụ: Chủ tịch Ủy ban MTTQ Việt Nam tỉnh."
    )
    term = models.CharField("nhiệm kỳ", max_length=40, blank=True, help_text="Ví dụ: 2024–2029.")
    # Stored by news.uploads.cover_prepare() (checked, re-encoded, at most 1600 px wide, named
    # "<uuid>-<width>w.<ext>"), its narrower sizes written next to it (cover_write_variants).
    photo = models.ImageField("ảnh chân dung", upload_to="leaders/%Y/%m/", blank=True)
    photo_alt = models.CharField(
        "mô tả ảnh",
        max_length=200,
        blank=True,
        help_text="Để trống: «Ảnh chân dung <họ và tên>». Ảnh minh họa thì ghi rõ như vậy.",
    )
    bio = models.TextField("tiểu sử tóm tắt", blank=True)
    order = models.PositiveSmallIntegerField("thứ tự hiển thị", default=0)
    is_current = models.BooleanField("đương nhiệm", default=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    class Meta:
        ordering = ["-is_current", "order", "name"]
        verbose_name = "lãnh đạo"
        verbose_name_plural = "lãnh đạo"

    def __str__(self):
        return f"{self.name} – {self.position}"

    def search_texts(self):
        return (self.name, self.position, self.term, self.bio)

    @property
    def photo_description(self):
        return self.photo_alt or f"Ảnh chân dung {self.name}"

    @property
    def photo_srcset(self):
        """Return the srcset of the photo's sizes, or "" (news.uploads.image_srcset)."""
        from news.uploads import image_srcset

        return image_srcset(self.photo)

    @property
    def photo_thumbnail_url(self):
        """Return the URL of the photo's narrowest size; "" without a photo."""
        from news.uploads import image_variants

        if not self.photo:
            return ""
        variants = image_variants(self.photo)
        return variants[0][0] if variants else self.photo.url


class ContactPerson(SearchKeyModel):
    name = models.CharField("họ và tên", max_length=120, db_collation=VIETNAMESE)
    position = models.CharField("chức vụ", max_length=200)
    responsibility = models.CharField(
        "phụ trách",
        max_length=300,
        blank=True,
        help_text="Việc người dân, cơ quan liên hệ, ví dụ: Tiếp nhận phản ánh, kiến nghị.",
    )
    phone = models.CharField(
        "điện thoại",
        max_length=20,
        blank=True,
        validators=[validate_phone],
        help_text="Ví dụ: 0272 3826 123 hoặc +84 912 345 678.",
    )
    email = models.EmailField(
        "thư điện tử",
        blank=True,
        error_messages={"invalid": "Địa chỉ thư điện tử không hợp lệ, ví dụ: vanphong@mttq.vn."},
    )
    order = models.PositiveSmallIntegerField("thứ tự hiển thị", default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "cán bộ đầu mối liên hệ"
        verbose_name_plural = "cán bộ đầu mối liên hệ"

    def __str__(self):
        return f"{self.name} – {self.position}"

    def search_texts(self):
        return (self.name, self.position, self.responsibility)

    @property
    def phone_href(self):
        return tel_href(self.phone)
