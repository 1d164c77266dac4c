from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminFileWidget
from django.core.files.uploadedfile import UploadedFile
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from mttq_portal.admin import PublicContentAdmin
from news import uploads

from .models import ContactPerson, Leader, Page

IMAGE_ACCEPT = "image/jpeg,image/png,image/webp,image/gif"
IMAGE_HELP = "Ảnh JPEG, PNG, WebP hoặc GIF, tối đa 10 MB và 16 triệu điểm ảnh (ảnh WebP: 6 triệu)."


class PageAdminForm(forms.ModelForm):
    class Meta:
        model = Page
        fields = ["title", "slug", "parent", "order", "kind", "summary", "body", "is_published"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 2, "cols": 60})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        parent = self.fields.get("parent")
        if parent is not None:
            # Only top-level pages can be parents (Page.MAX_DEPTH), and never the page itself.
            choices = Page.objects.filter(parent__isnull=True)
            if self.instance.pk is not None:
                choices = choices.exclude(pk=self.instance.pk)
            parent.queryset = choices


@admin.register(Page)
class PageAdmin(PublicContentAdmin, SimpleHistoryAdmin):
    form = PageAdminForm
    list_display = ("tree_title", "kind", "order", "is_published", "updated_at", "public_link")
    list_filter = ("kind", "is_published")
    list_select_related = ("parent",)
    search_fields = ("title", "summary")
    prepopulated_fields = {"slug": ("title",)}

    class Media:
        js = ["admin/js/urlify.js", "js/admin-slug.js", "js/admin-editor-images.js"]

    def get_ordering(self, request):
        # Tree order: each top-level page (in its order) followed by its children.
        return (
            Coalesce(F("parent__order"), F("order")),
            Coalesce(F("parent_id"), F("id")),
            F("parent_id").asc(nulls_first=True),
            "order",
            "title",
        )

    def save_model(self, request, obj, form, change):
        obj._history_user = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description="tiêu đề", ordering="title")
    def tree_title(self, page):
        if page.parent_id is None:
            return page.title
        return format_html('<span class="muted">{} ›</span> {}', page.parent.title, page.title)

    @admin.display(description="trang công khai")
    def public_link(self, page):
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">Xem trang</a>', page.get_absolute_url()
        )

    def history_view_title(self, request, obj):
        return f"Các phiên bản của trang “{obj}”"

    def history_form_view_title(self, request, obj):
        return f"Khôi phục phiên bản cũ của trang “{obj}”"


class LeaderForm(forms.ModelForm):
    # A plain file field: news.uploads.cover_prepare() decides what an image is, not Django's
    # ImageField, which trusts a file's name and keeps its metadata.
    photo = forms.FileField(
        label="Ảnh chân dung",
        required=False,
        widget=AdminFileWidget(attrs={"accept": IMAGE_ACCEPT}),
        help_text=IMAGE_HELP,
    )

    class Meta:
        model = Leader
        fields = ["name", "position", "term", "photo", "photo_alt", "bio", "order", "is_current"]

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if isinstance(photo, UploadedFile):
            return uploads.cover_prepare(photo)
        return photo


@admin.register(Leader)
class LeaderAdmin(PublicContentAdmin, admin.ModelAdmin):
    form = LeaderForm
    list_display = ("name", "position", "term", "is_current", "order", "photo_preview")
    list_editable = ("order", "is_current")
    list_filter = ("is_current",)
    search_fields = ("name", "position")
    readonly_fields = ("photo_preview",)
    fields = [
        "name", "position", "term", "photo_preview", "photo", "photo_alt", "bio", "order",
        "is_current",
    ]  # fmt: skip

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "photo" in form.changed_data and obj.photo:
            uploads.cover_write_variants(obj.photo.name, storage=obj.photo.storage)

    @admin.display(description="ảnh")
    def photo_preview(self, leader):
        if not leader.pk or not leader.photo:
            return "–"
        return format_html(
            '<img src="{}" alt="{}" width="60" height="80">',
            leader.photo_thumbnail_url,
            leader.photo_description,
        )


class ContactPersonForm(forms.ModelForm):
    class Meta:
        model = ContactPerson
        fields = ["name", "position", "responsibility", "phone", "email", "order"]


@admin.register(ContactPerson)
class ContactPersonAdmin(PublicContentAdmin, admin.ModelAdmin):
    form = ContactPersonForm
    list_display = ("name", "position", "phone", "email", "order")
    list_editable = ("order",)
    search_fields = ("name", "position", "responsibility")
