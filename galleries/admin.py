from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminFileWidget
from django.core.files.uploadedfile import UploadedFile
from django.db.models import Count
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from mttq_portal.admin import PublicContentAdmin, SearchKeyAdmin
from news.uploads import cover_prepare

from . import services
from .models import MESSAGE_CAPTION_REQUIRED, Album, Photo

IMAGE_ACCEPT = "image/jpeg,image/png,image/webp,image/gif"
IMAGE_HELP = "Ảnh JPEG, PNG, WebP hoặc GIF, tối đa 10 MB và 16 triệu điểm ảnh (ảnh WebP: 6 triệu)."


class PhotoForm(forms.ModelForm):
    # A plain file field: news.uploads.cover_prepare() decides what an image is, not Django's
    # ImageField, which trusts a file's name and keeps its metadata.
    image = forms.FileField(
        label="Ảnh",
        widget=AdminFileWidget(attrs={"accept": IMAGE_ACCEPT}),
        help_text=IMAGE_HELP,
        error_messages={"required": "Hãy chọn tệp ảnh."},
    )

    class Meta:
        model = Photo
        fields = ["image", "caption", "credit", "order"]
        widgets = {"caption": forms.Textarea(attrs={"rows": 2, "cols": 40})}
        error_messages = {"caption": {"required": MESSAGE_CAPTION_REQUIRED}}

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if isinstance(image, UploadedFile):
            return cover_prepare(image)
        return image


class PhotoInline(admin.TabularInline):
    model = Photo
    form = PhotoForm
    extra = 1
    fields = ["preview", "image", "caption", "credit", "order"]
    readonly_fields = ["preview"]
    verbose_name = "ảnh"
    verbose_name_plural = "ảnh trong album"

    @admin.display(description="xem trước")
    def preview(self, photo):
        if not photo.pk or not photo.image:
            return "–"
        return format_html(
            '<img src="{}" alt="{}" width="120" height="{}">',
            photo.thumbnail_url,
            photo.caption,
            round(120 * photo.height / photo.width) if photo.width else 80,
        )


class MultipleImageInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleImageField(forms.FileField):
    """Several image files in one input; cleaned to the list of uploads."""

    def clean(self, data, initial=None):
        if not data:
            return []
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleImageField, self).clean(upload, initial) for upload in files]


class AlbumForm(forms.ModelForm):
    new_photos = MultipleImageField(
        label="Thêm nhiều ảnh một lần",
        required=False,
        widget=MultipleImageInput(attrs={"accept": IMAGE_ACCEPT, "multiple": True}),
        help_text=(
            f"{IMAGE_HELP} Mỗi lần tối đa 30 ảnh; chúng được thêm vào cuối album với chú thích "
            "tạm «tên album: ảnh N», hãy sửa lại chú thích từng ảnh sau khi lưu."
        ),
    )

    class Meta:
        model = Album
        fields = [
            "title", "slug", "taken_on", "place", "description", "cover", "articles",
            "is_published",
        ]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "cover" in self.fields:
            # Only this album's own photos (none yet for a new album).
            photos = Photo.objects.filter(album_id=self.instance.pk) if self.instance.pk else None
            self.fields["cover"].queryset = photos if photos is not None else Photo.objects.none()

    def clean_new_photos(self):
        return services.photos_prepare(self.cleaned_data.get("new_photos") or [])


@admin.register(Album)
class AlbumAdmin(PublicContentAdmin, SearchKeyAdmin, SimpleHistoryAdmin):
    form = AlbumForm
    inlines = [PhotoInline]
    list_display = ["title", "taken_on", "place", "photo_total", "is_published", "updated_at"]
    list_filter = ["is_published", "taken_on"]
    date_hierarchy = "taken_on"
    search_fields = ["title", "place"]
    search_help_text = "Tìm theo tên album, địa điểm hay lời giới thiệu, có dấu hay không dấu."
    autocomplete_fields = ["articles"]
    readonly_fields = ["created_at", "updated_at"]
    actions = ["publish", "unpublish"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "taken_on", "place", "description"]}),
        ("Ảnh", {"fields": ["cover", "new_photos"]}),
        ("Liên kết và công khai", {"fields": ["articles", "is_published"]}),
        ("Thời gian", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(photos_counted=Count("photos"))

    @admin.display(description="số ảnh", ordering="photos_counted")
    def photo_total(self, album):
        return album.photos_counted

    def save_formset(self, request, form, formset, change):
        # The sizes of the photos whose image was just uploaded, once they are stored.
        uploaded = {id(f.instance) for f in formset.forms if "image" in f.changed_data}
        for photo in formset.save():
            if id(photo) in uploaded and isinstance(photo, Photo) and photo.image:
                services.photo_variants_write(photo)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        prepared = form.cleaned_data.get("new_photos") or []
        if prepared:
            added = services.photos_add(album=form.instance, prepared=prepared)
            messages.info(
                request,
                f"Đã thêm {len(added)} ảnh vào album. Hãy sửa chú thích tạm của từng ảnh.",
            )

    @admin.action(description="Công khai các album đã chọn", permissions=["change"])
    def publish(self, request, queryset):
        count = queryset.update(is_published=True)
        self.announce(request, f"Đã công khai {count} album.")

    @admin.action(description="Thôi công khai các album đã chọn", permissions=["change"])
    def unpublish(self, request, queryset):
        count = queryset.update(is_published=False)
        self.announce(request, f"Đã thôi công khai {count} album.")

    def announce(self, request, message):
        from mttq_portal.pagecache import announce_change

        announce_change()
        self.message_user(request, message, messages.SUCCESS)


@admin.register(Photo)
class PhotoAdmin(PublicContentAdmin, SimpleHistoryAdmin):
    form = PhotoForm
    list_display = ["caption", "album", "credit", "order"]
    list_filter = ["album"]
    list_select_related = ["album"]
    search_fields = ["caption", "credit", "album__title"]
    autocomplete_fields = ["album"]
    fields = ["album", "image", "caption", "credit", "order"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "image" in form.changed_data and obj.image:
            services.photo_variants_write(obj)
