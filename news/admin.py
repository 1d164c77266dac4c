"""The staff side of the news: categories, and articles through the review workflow.

Who may do what is decided in news.workflow; this module only offers each user what it allows
and sends every status change through it, so that a forged form or action changes nothing.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import ChangeList
from django.contrib.admin.widgets import AdminFileWidget
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db.models import Case, FloatField, Value, When
from django.db.models.functions import Cast
from django.http import Http404
from django.urls import path
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from mttq_portal.admin import PublicContentAdmin, SearchKeyAdmin
from mttq_portal.text import vietnamese_slugify

from . import uploads, workflow
from .models import Article, Category, Rating, StatusChange

Status = Article.Status
# Counted by readers while an editor has the form open; a save must not write them back.
COUNTERS = {"view_count", "rating_sum", "rating_count"}
# A restored version brings back words and pictures, never its place in the workflow.
WORKFLOW_FIELDS = ("status", "published_at", "author_id", "is_featured", "slug")
SUBMIT_BUTTON = "_submit_for_review"
CONTENT_FIELDS = ["title", "slug", "category", "summary", "body", "byline", "source"]
COVER_FIELDS = ["cover_image", "cover_caption"]
PUBLISHING_FIELDS = ["status", "published_at", "is_featured"]
INFO_FIELDS = ["author", "public_link", "views", "rating_summary", "created_at", "updated_at"]


def _error_text(error):
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or "Bạn không có quyền thực hiện thao tác này."


@admin.register(Category)
class CategoryAdmin(PublicContentAdmin, SearchKeyAdmin, admin.ModelAdmin):
    list_display = ("name", "slug", "order", "is_active")
    list_editable = ("order", "is_active")
    search_fields = ("name",)
    search_help_text = "Tìm theo tên chuyên mục, gõ có dấu hay không dấu đều được."
    prepopulated_fields = {"slug": ("name",)}

    class Media:
        # After Django's urlify.js, which it wraps: listing both keeps them in this order.
        js = ["admin/js/urlify.js", "js/admin-slug.js"]


class ArticleAdminForm(forms.ModelForm):
    # A plain file field: uploads.cover_prepare() decides what an image is, not Django's
    # ImageField, which trusts a file's name and keeps its metadata.
    cover_image = forms.FileField(
        label="Ảnh đại diện",
        required=False,
        widget=AdminFileWidget(attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}),
        help_text=(
            "Ảnh JPEG, PNG, WebP hoặc GIF, tối đa 10 MB và 16 triệu điểm ảnh (ảnh WebP: 6 triệu)."
        ),
    )
    # Saved with the status change it comes with (StatusChange.note).
    status_note = forms.CharField(
        label="Ghi chú khi chuyển trạng thái",
        required=False,
        max_length=300,
        help_text="Ví dụ: lý do trả lại hay gỡ bài. Được lưu vào lịch sử trạng thái.",
    )
    # Set by ArticleAdmin.get_form on the class it builds for one request.
    request = None

    class Meta:
        model = Article
        fields = [*CONTENT_FIELDS, *COVER_FIELDS, *PUBLISHING_FIELDS]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.original_status = self.instance.status
        self.original_published_at = self.instance.published_at
        self.requested_status = self.instance.status
        if "status" in self.fields and self.request is not None:
            # Offer only the moves the workflow allows this user from here.
            allowed = workflow.allowed_statuses(article=self.instance, user=self.request.user)
            self.fields["status"].choices = [c for c in Status.choices if c[0] in allowed]

    def clean_slug(self):
        slug = self.cleaned_data.get("slug", "")
        title = self.cleaned_data.get("title", "")
        # Filled in from the title (admin-slug.js) and held by another article: let
        # Article.save() choose the next free one ("…-2") rather than refuse the form.
        if (
            slug
            and slug == vietnamese_slugify(title, max_length=255)
            and Article.objects.filter(slug=slug).exclude(pk=self.instance.pk).exists()
        ):
            return ""
        return slug

    def clean_cover_image(self):
        cover = self.cleaned_data.get("cover_image")
        if isinstance(cover, UploadedFile):
            return uploads.cover_prepare(cover)
        return cover

    def clean(self):
        cleaned_data = super().clean()
        target = self.original_status
        if "status" in self.fields and cleaned_data.get("status"):
            target = cleaned_data["status"]
        if self.request is None:  # the form outside the admin: no workflow to check
            return cleaned_data
        if SUBMIT_BUTTON in self.request.POST and self.original_status == Status.DRAFT:
            target = Status.PENDING
        if target != self.original_status:
            if (
                target == Status.PUBLISHED
                and "published_at" in self.fields
                and not cleaned_data.get("published_at")
            ):
                cleaned_data["published_at"] = timezone.now()
            try:
                workflow.check_transition(
                    article=self.instance, user=self.request.user, to_status=target
                )
            except (PermissionDenied, ValidationError) as error:
                self.add_error("status" if "status" in self.fields else None, _error_text(error))
        self.requested_status = target
        return cleaned_data


class StatusFilter(admin.SimpleListFilter):
    title = "trạng thái"
    parameter_name = "trang_thai"
    SCHEDULED = "hen-gio"

    def lookups(self, request, model_admin):
        return [*Status.choices, (self.SCHEDULED, "Đã hẹn giờ, chưa đến giờ đăng")]

    def queryset(self, request, queryset):
        value = self.value()
        if value == self.SCHEDULED:
            return queryset.filter(status=Status.PUBLISHED, published_at__gt=timezone.now())
        if value in Status.values:
            return queryset.filter(status=value)
        return queryset


class ArticleChangeList(ChangeList):
    def get_queryset(self, request, *args, **kwargs):
        # A list shows no bodies: tens of kilobytes each, fifty to a page.
        return super().get_queryset(request, *args, **kwargs).defer("body", "search_text")


@admin.register(Article)
class ArticleAdmin(PublicContentAdmin, SearchKeyAdmin, SimpleHistoryAdmin):
    form = ArticleAdminForm
    list_display = (
        "title",
        "category",
        "status_label",
        "published_at",
        "views",
        "rating_display",
        "author",
        "public_link",
    )
    list_filter = (StatusFilter, "category", "is_featured", "published_at")
    list_select_related = ("category", "author")
    search_fields = ("search_title", "search_text", "slug")
    search_help_text = "Tìm theo tiêu đề, tóm tắt hoặc nội dung, gõ có dấu hay không dấu đều được."
    date_hierarchy = "published_at"
    ordering = ("-created_at", "-id")
    list_per_page = 50
    actions = ["submit_for_review", "publish", "unpublish", "return_to_writer"]
    # The change page shows its own "Xem trên trang" link (preview before publication).
    view_on_site = False
    save_on_top = True
    object_history_template = "admin/news/article/object_history.html"
    object_history_list_template = "admin/news/article/object_history_list.html"
    object_history_form_template = "admin/news/article/object_history_form.html"

    class Media:
        # After Django's urlify.js, which it wraps: listing both keeps them in this order.
        js = ["admin/js/urlify.js", "js/admin-slug.js"]

    # Permissions -------------------------------------------------------------------------

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or workflow.can_edit(request.user, obj)

    def has_submit_permission(self, request):
        return request.user.has_perm("news.submit_article")

    def has_publish_permission(self, request):
        return workflow.can_publish(request.user)

    # The list --------------------------------------------------------------------------------

    def get_queryset(self, request):
        average = Cast("rating_sum", FloatField()) / Cast("rating_count", FloatField())
        return (
            super()
            .get_queryset(request)
            .annotate(
                rating_mean=Case(
                    When(rating_count=0, then=Value(0.0)),
                    default=average,
                    output_field=FloatField(),
                )
            )
        )

    def get_changelist(self, request, **kwargs):
        return ArticleChangeList

    @admin.display(description="trạng thái", ordering="status")
    def status_label(self, article):
        if article.status == Status.PUBLISHED and not article.is_public:
            when = date_format(timezone.localtime(article.published_at), "SHORT_DATETIME_FORMAT")
            return f"Hẹn giờ: {when}"
        return article.get_status_display()

    @admin.display(description="điểm trung bình", ordering="rating_mean")
    def rating_display(self, article):
        if not article.rating_count:
            return "–"
        average = f"{article.rating_average:.1f}".replace(".", ",")
        return f"{average}/5 ({intcomma(article.rating_count)})"

    @admin.display(description="lượt xem", ordering="view_count")
    def views(self, article):
        """The view count grouped as Vietnamese write it: 1.234.568."""
        return intcomma(article.view_count)

    @admin.display(description="xem trên trang")
    def public_link(self, article):
        if not article.slug:
            return "–"
        label = "Xem trên trang" if article.is_public else "Xem trước"
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>', article.get_absolute_url(), label
        )

    @admin.display(description="đánh giá")
    def rating_summary(self, article):
        if not article.rating_count:
            return "Chưa có đánh giá"
        return (
            f"{intcomma(article.rating_sum)} điểm trong {intcomma(article.rating_count)} đánh giá"
        )

    # The form --------------------------------------------------------------------------------

    def get_fieldsets(self, request, obj=None):
        publishing = list(PUBLISHING_FIELDS)
        if obj is None or self.has_change_permission(request, obj):
            publishing.append("status_note")
        fieldsets = [
            (None, {"fields": CONTENT_FIELDS}),
            ("Ảnh đại diện", {"fields": COVER_FIELDS}),
            ("Xuất bản", {"fields": publishing}),
        ]
        if obj is not None:
            fieldsets.append(("Thông tin", {"fields": INFO_FIELDS}))
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        readonly = list(INFO_FIELDS)
        if not workflow.can_publish(request.user):
            # Only the workflow moves an editor's article: these are not theirs to set.
            readonly += PUBLISHING_FIELDS
        if obj is not None and obj.status in (Status.PUBLISHED, Status.HIDDEN):
            readonly.append("slug")
        return readonly

    def get_prepopulated_fields(self, request, obj=None):
        if "slug" in self.get_readonly_fields(request, obj):
            return {}
        return {"slug": ("title",)}

    def get_form(self, request, obj=None, change=False, **kwargs):
        current = getattr(request, "news_article_current", None)
        if current is not None and obj is not None and obj.pk == current.pk:
            # Restoring a version (simple_history's form): the version's own status, time,
            # writer and address are replaced with the article's current ones.
            for name in WORKFLOW_FIELDS:
                setattr(obj, name, getattr(current, name))
        form = super().get_form(request, obj, change=change, **kwargs)
        form.request = request
        return form

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        user = request.user
        can_submit = user.has_perm("news.submit_article") and (
            obj is None or (obj.status == Status.DRAFT and self.has_change_permission(request, obj))
        )
        context.update(
            can_submit_for_review=can_submit,
            status_changes=list(obj.status_changes.select_related("user")) if obj else None,
            public_url=obj.get_absolute_url() if obj and obj.slug else None,
            public_label="Xem trên trang" if obj and obj.is_public else "Xem trước",
        )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        target = form.requested_status
        publish_at = obj.published_at
        if not change:
            obj.author = request.user
        if target != form.original_status:
            # The content is saved first as it stands; the move is the workflow's to make.
            obj.status = form.original_status
            obj.published_at = form.original_published_at
        restoring = getattr(request, "news_article_restoring", None)
        if restoring:
            obj._change_reason = f"Khôi phục phiên bản số {restoring}"
        obj._history_user = request.user
        if change:
            fields = [f.name for f in obj._meta.concrete_fields if not f.primary_key]
            obj.save(update_fields=[name for name in fields if name not in COUNTERS])
        else:
            obj.save()
        if "cover_image" in form.changed_data and obj.cover_image:
            uploads.cover_write_variants(obj.cover_image.name, storage=obj.cover_image.storage)
        if target != form.original_status:
            try:
                workflow.article_transition(
                    article=obj,
                    user=request.user,
                    to_status=target,
                    published_at=publish_at,
                    note=form.cleaned_data.get("status_note", ""),
                )
            except ValidationError as error:  # the article moved meanwhile
                self.message_user(request, _error_text(error), messages.ERROR)
            else:
                self.message_user(request, self._moved_message(obj), messages.SUCCESS)

    def _moved_message(self, article):
        if article.status == Status.PUBLISHED and not article.is_public:
            when = date_format(timezone.localtime(article.published_at), "SHORT_DATETIME_FORMAT")
            return f"Đã hẹn giờ đăng bài lúc {when}."
        return {
            Status.PENDING: "Đã gửi bài để duyệt.",
            Status.PUBLISHED: "Đã xuất bản bài viết.",
            Status.HIDDEN: "Đã gỡ bài viết khỏi trang.",
            Status.DRAFT: "Đã trả bài viết về bản nháp cho người viết sửa.",
        }[article.status]

    # Versions (django-simple-history) ---------------------------------------------------------

    def history_view_title(self, request, obj):
        return f"Các phiên bản của bài “{obj}”"

    def history_form_view_title(self, request, obj):
        if self.revert_disabled(request, obj):
            return f"Xem phiên bản cũ của bài “{obj}”"
        return f"Khôi phục phiên bản cũ của bài “{obj}”"

    def revert_disabled(self, request, obj=None):
        # obj may be the historical version: the rights are those on the article as it is now.
        current = getattr(request, "news_article_current", None) or obj
        return not self.has_change_permission(request, current)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        current = self.get_object(request, unquote(object_id))
        if current is None:
            raise Http404("Không tìm thấy bài viết.")
        if request.method == "POST" and not self.has_change_permission(request, current):
            raise PermissionDenied("Bạn không được khôi phục phiên bản của bài viết này.")
        request.news_article_current = current
        request.news_article_restoring = version_id
        return super().history_form_view(request, object_id, version_id, extra_context)

    # The editor's upload address, and the actions -------------------------------------------

    def get_urls(self):
        upload = path("tai-anh-len/", uploads.editor_image_upload, name="news_article_image_upload")
        return [upload, *super().get_urls()]

    def _apply(self, request, queryset, service, done):
        moved = 0
        for article in queryset:
            try:
                service(article=article, user=request.user)
            except (PermissionDenied, ValidationError) as error:
                self.message_user(request, f"“{article}”: {_error_text(error)}", messages.ERROR)
            else:
                moved += 1
        if moved:
            self.message_user(request, done.format(count=moved), messages.SUCCESS)
        return moved

    @admin.action(description="Gửi duyệt các bài đã chọn", permissions=["submit"])
    def submit_for_review(self, request, queryset):
        self._apply(request, queryset, workflow.article_submit, "Đã gửi duyệt {count} bài viết.")

    @admin.action(description="Xuất bản các bài đã chọn", permissions=["publish"])
    def publish(self, request, queryset):
        done = "Đã xuất bản {count} bài viết (bài hẹn giờ sẽ hiện khi đến giờ đăng)."
        self._apply(request, queryset, workflow.article_publish, done)

    @admin.action(description="Gỡ các bài đã chọn khỏi trang", permissions=["publish"])
    def unpublish(self, request, queryset):
        self._apply(request, queryset, workflow.article_unpublish, "Đã gỡ {count} bài viết.")

    @admin.action(description="Trả lại người viết để sửa", permissions=["publish"])
    def return_to_writer(self, request, queryset):
        done = "Đã trả lại {count} bài viết cho người viết."
        self._apply(request, queryset, workflow.article_return, done)


class ReadOnlyAdmin(admin.ModelAdmin):
    """A record kept by the site itself: staff read it, nobody writes it by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(StatusChange)
class StatusChangeAdmin(SearchKeyAdmin, ReadOnlyAdmin):
    list_display = ("changed_at", "article", "from_status", "to_status", "user", "note")
    list_filter = ("to_status", "changed_at")
    list_select_related = ("article", "user")
    search_fields = ("article__search_title",)
    search_keys = ("article__search_title",)
    date_hierarchy = "changed_at"


@admin.register(Rating)
class RatingAdmin(ReadOnlyAdmin):
    list_display = ("article", "score", "created_at")
    list_filter = ("score", "created_at")
    list_select_related = ("article",)
    date_hierarchy = "created_at"
