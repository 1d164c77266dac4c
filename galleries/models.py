"""Photo albums: captioned photos of the Front's events, in the sizes pages need."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F, OuterRef, Subquery
from django.urls import reverse
from simple_history.models import HistoricalRecords

from mttq_portal.collation import VIETNAMESE
from mttq_portal.models import CleanTextModel, SearchKeyModel, unique_slug
from news.models import Article
from news.uploads import image_list_srcset, image_srcset, image_variants

MESSAGE_CAPTION_REQUIRED = (
    "Hãy nhập chú thích cho ảnh: chú thích hiện dưới ảnh và là lời mô tả ảnh cho người khiếm thị."
)
MESSAGE_COVER_NOT_OWN = "Ảnh bìa phải là một ảnh của chính album này."


class AlbumQuerySet(models.QuerySet):
    def published(self):
        """Return the albums the public sees, newest event first, each with `photo_count` and
        `first_photo_id` (the first photo by order, the cover when none is chosen). Ordered
        here: Django leaves the model's ordering out of a query that counts (GROUP BY)."""
        first_photo = Photo.objects.filter(album=OuterRef("pk")).order_by("order", "pk")
        return (
            self.filter(is_published=True)
            .annotate(
                photo_count=Count("photos"),
                first_photo_id=Subquery(first_photo.values("pk")[:1]),
            )
            .order_by(*self.model._meta.ordering)
        )

    def for_article(self, article):
        """Return the published albums related to `article`, newest first."""
        return self.published().filter(articles=article)


class Album(SearchKeyModel):
    title = models.CharField("tên album", max_length=255, db_collation=VIETNAMESE)
    slug = models.SlugField(
        "đường dẫn",
        max_length=255,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ tên album.",
    )
    description = models.TextField("giới thiệu", blank=True)
    taken_on = models.DateField("ngày diễn ra", null=True, blank=True)
    place = models.CharField("địa điểm", max_length=255, blank=True)
    cover = models.ForeignKey(
        "Photo",
        verbose_name="ảnh bìa",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Để trống để dùng ảnh đầu tiên theo thứ tự.",
    )
    articles = models.ManyToManyField(
        Article,
        verbose_name="bài viết liên quan",
        blank=True,
        related_name="albums",
        help_text="Bài viết đã xuất bản trong số này hiện liên kết «Album ảnh» tới album.",
    )
    is_published = models.BooleanField("công khai", default=False)
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    objects = AlbumQuerySet.as_manager()
    history = HistoricalRecords(verbose_name="phiên bản album", excluded_fields=["search_text"])

    class Meta:
        ordering = [F("taken_on").desc(nulls_last=True), "-created_at", "-id"]
        verbose_name = "album ảnh"
        verbose_name_plural = "album ảnh"

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Album, self.title, exclude_pk=self.pk, fallback="album")
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "slug"}
        super().save(*args, **kwargs)

    def search_texts(self):
        return (self.title, self.place, self.description)

    def get_absolute_url(self):
        return reverse("galleries:album", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.cover_id is not None and (
            self.pk is None or not self.photos.filter(pk=self.cover_id).exists()
        ):
            raise ValidationError({"cover": MESSAGE_COVER_NOT_OWN})

    @property
    def photo_count_display(self):
        """Return "12 ảnh" (the annotation of AlbumQuerySet.published())."""
        return f"{getattr(self, 'photo_count', 0)} ảnh"


def attach_covers(albums):
    """Set `cover_photo` on each of `albums` (from AlbumQuerySet.published()): its chosen
    cover, else its first photo, else None; one query for all of them."""
    albums = list(albums)
    wanted = {album.cover_id or album.first_photo_id for album in albums} - {None}
    photos = Photo.objects.in_bulk(wanted) if wanted else {}
    for album in albums:
        album.cover_photo = photos.get(album.cover_id) or photos.get(album.first_photo_id)
    return albums


class Photo(CleanTextModel):
    album = models.ForeignKey(
        Album, verbose_name="album", on_delete=models.CASCADE, related_name="photos"
    )
    # Stored by news.uploads.cover_prepare() (checked, re-encoded, at most 1600 px wide, named
    # "<uuid>-<width>w.<ext>") with its narrower sizes written next to it.
    image = models.ImageField(
        "ảnh",
        upload_to="albums/%Y/%m/",
        width_field="width",
        height_field="height",
        max_length=200,
    )
    width = models.PositiveIntegerField("rộng (px)", default=0, editable=False)
    height = models.PositiveIntegerField("cao (px)", default=0, editable=False)
    caption = models.CharField(
        "chú thích",
        max_length=300,
        error_messages={"blank": MESSAGE_CAPTION_REQUIRED, "null": MESSAGE_CAPTION_REQUIRED},
        help_text="Bắt buộc: hiện dưới ảnh và là lời mô tả ảnh (alt) cho người khiếm thị.",
    )
    credit = models.CharField("tác giả ảnh", max_length=200, blank=True)
    order = models.PositiveIntegerField("thứ tự", default=0)
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)

    history = HistoricalRecords(verbose_name="phiên bản ảnh")

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "ảnh"
        verbose_name_plural = "ảnh"

    def __str__(self):
        return self.caption

    def clean_fields(self, exclude=None):
        super().clean_fields(exclude=exclude)
        # After cleaning: a caption of spaces or invisible characters is no caption.
        if (exclude is None or "caption" not in exclude) and not self.caption.strip():
            raise ValidationError({"caption": MESSAGE_CAPTION_REQUIRED})

    @property
    def srcset(self):
        """Return the srcset of the photo's sizes ("…-480w.jpg 480w, …-1600w.jpg 1600w")."""
        return image_srcset(self.image)

    @property
    def list_srcset(self):
        """Return the srcset of the photo shown small (news.uploads.image_list_srcset)."""
        return image_list_srcset(self.image)

    @property
    def thumbnail_url(self):
        """Return the URL of the photo's narrowest size (the photo itself without sizes)."""
        variants = image_variants(self.image)
        return variants[0][0] if variants else self.image.url

    @property
    def alt_text(self):
        return self.caption
