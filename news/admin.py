"""The staff side of the news: categories, and articles through the review workflow.

Who may do what is decided in news.workflow; this module only offers each user what it allows
and sends every status change through it, so that a forged form or action changes nothing.
"""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import ChangeList
from django.contrib.auth import get_user_model
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, Count, FloatField, Value, When
from django.db.models.functions import Cast
from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from simple_history.admin import SimpleHistoryAdmin

from mttq_portal.admin import PublicContentAdmin, SearchKeyAdmin, StoredDocumentInline
from mttq_portal.roles import EDITOR, PUBLISHER

from . import dashboard, desks, editing, uploads, workflow
from .admin_forms import (
    CONTENT_FIELDS,
    COVER_FIELDS,
    MOVE_BUTTON,
    TOPIC_FIELDS,
    ArticleAdminForm,
    MoveForm,
    error_text,
)
from .models import Article, Attachment, Category, EventSeries, Rating, StatusChange, Tag

Status = Article.Status
# Counted by readers while an editor has the form open; a save must not write them back.
COUNTERS = {"view_count", "rating_sum", "rating_count"}
# A restored version brings back words and pictures, never its place in the workflow.
WORKFLOW_FIELDS = ("status", "published_at", "author_id", "is_featured", "slug")
# The status and time are shown, never typed: the workflow's buttons change them.
PUBLISHING_FIELDS = ["status_label", "published_at", "expires_at", "is_featured"]
MOVE_FIELDS = ["schedule_at", "status_note"]
INFO_FIELDS = ["author_name", "public_link", "views", "rating_summary", "created_at", "updated_at"]
# What a reader sees, in place of the editor and the file path, on a page that cannot be edited.
# What the attachment's file picker offers (mttq_portal.documents checks the content).
PREVIEW_FIELDS = {"body": "body_preview", "cover_image": "cover_preview", "tags_text": "tag_list"}


@admin.register(Category)
class CategoryAdmin(PublicContentAdmin, SearchKeyAdmin, admin.ModelAdmin):
    list_display = ("name", "slug", "order", "is_active", "desk")
    list_editable = ("order", "is_active")
    search_fields = ("name",)
    search_help_text = "Tìm theo tên chuyên mục, gõ có dấu hay không dấu đều được."
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ("editors", "publishers")
    fieldsets = [
        (None, {"fields": ["name", "slug", "description", "order", "is_active"]}),
        ("Ban biên tập", {"fields": ["editors", "publishers"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("editors", "publishers")

    def get_readonly_fields(self, request, obj=None):
        # Desks are staffed by an administrator or the Tổng biên tập, not by their own members.
        return () if desks.on_every_desk(request.user) else ("editors", "publishers")

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        role = {"editors": EDITOR, "publishers": PUBLISHER}.get(db_field.name)
        if role is not None:
            kwargs["queryset"] = (
                get_user_model()
                .objects.filter(is_active=True, groups__name=role)
                .order_by("last_name", "first_name", "username")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description="ban biên tập")
    def desk(self, category):
        editors = ", ".join(editing.person(user) for user in category.editors.all())
        publishers = ", ".join(editing.person(user) for user in category.publishers.all())
        return (
            f"Viết: {editors or 'mọi biên tập viên'}; duyệt: {publishers or 'mọi người duyệt bài'}"
        )

    class Media:
        # After Django's urlify.js, which it wraps: listing both keeps them in this order.
        js = ["admin/js/urlify.js", "js/admin-slug.js"]


class TopicAdmin(PublicContentAdmin, SearchKeyAdmin, admin.ModelAdmin):
    """Tags and event series: named, each with its public page."""

    search_fields = ("name",)
    search_help_text = "Tìm theo tên, gõ có dấu hay không dấu đều được."
    prepopulated_fields = {"slug": ("name",)}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_total=Count("articles"))

    @admin.display(description="số bài", ordering="article_total")
    def article_count(self, topic):
        return intcomma(topic.article_total)

    @admin.display(description="trang công khai")
    def public_link(self, topic):
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">Xem trang</a>', topic.get_absolute_url()
        )

    class Media:
        js = ["admin/js/urlify.js", "js/admin-slug.js"]


@admin.register(Tag)
class TagAdmin(TopicAdmin):
    list_display = ("name", "slug", "article_count", "public_link")
    fields = ["name", "slug"]


@admin.register(EventSeries)
class EventSeriesAdmin(TopicAdmin):
    list_display = ("name", "slug", "is_active", "article_count", "public_link")
    list_filter = ("is_active",)
    fields = ["name", "slug", "description", "is_active"]


class AttachmentInline(StoredDocumentInline):
    """The article's documents, editable while the article is (ArticleAdmin)."""

    model = Attachment
    verbose_name = "tệp đính kèm"
    verbose_name_plural = "tệp đính kèm (PDF, Word, Excel, OpenDocument)"

    def _article_editable(self, request, obj):
        articles = self.admin_site._registry[Article]
        return obj is None or articles.has_change_permission(request, obj)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._article_editable(request, obj)

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and self._article_editable(request, obj)

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and self._article_editable(request, obj)


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


class DeskFilter(admin.SimpleListFilter):
    """The articles of the categories one works on (news.desks)."""

    title = "ban biên tập"
    parameter_name = "ban"
    MINE = "cua-toi"

    def lookups(self, request, model_admin):
        return [(self.MINE, "Chuyên mục tôi phụ trách")]

    def queryset(self, request, queryset):
        if self.value() == self.MINE:
            return queryset.filter(category__in=desks.categories_written_by(request.user))
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
        "author_name",
        "public_link",
    )
    list_filter = (StatusFilter, DeskFilter, "category", "series", "is_featured", "published_at")
    list_select_related = ("category", "author")
    search_fields = ("search_title", "search_text", "slug")
    search_help_text = "Tìm theo tiêu đề, tóm tắt hoặc nội dung, gõ có dấu hay không dấu đều được."
    date_hierarchy = "published_at"
    ordering = ("-created_at", "-id")
    list_per_page = 50
    actions = ["submit_for_review", "publish", "unpublish", "return_to_writer"]
    autocomplete_fields = ["related"]
    inlines = [AttachmentInline]
    # The change page shows its own "Xem trên trang" link (preview before publication).
    view_on_site = False
    save_on_top = True
    object_history_template = "admin/news/article/object_history.html"
    object_history_list_template = "admin/news/article/object_history_list.html"
    object_history_form_template = "admin/news/article/object_history_form.html"

    class Media:
        # After Django's urlify.js, which it wraps: listing both keeps them in this order.
        js = [
            "admin/js/urlify.js",
            "js/admin-slug.js",
            "js/admin-edit-lock.js",
            "js/admin-editor-images.js",
        ]
        css = {"all": ["css/admin-news.css"]}

    # Permissions -------------------------------------------------------------------------

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        if obj is not None and getattr(request, "news_article_holder", None) is not None:
            return False  # someone else is editing it: read-only until taken over
        return obj is None or workflow.can_edit(request.user, obj)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, unquote(object_id))
        holder = None
        if (
            article is not None
            and request.method == "GET"
            and self.has_change_permission(request, article)
        ):
            holder = editing.open_for(article, request.user)
        request.news_article_holder = holder
        extra_context = {
            **(extra_context or {}),
            "edit_holder": holder,
            "edit_lock_url": (
                reverse("admin:news_article_edit_lock", args=[article.pk]) if article else None
            ),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def edit_lock_view(self, request, object_id):
        """POST "take": take the lock over (an explicit action); POST "renew": the open page's
        heartbeat, answering whether the lock is still this user's."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404("Không tìm thấy bài viết.")
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        if request.POST.get("action") == "take":
            editing.take_over(article, request.user)
            self.message_user(
                request,
                "Bạn đã nhận quyền sửa bài này; người đang sửa trước đó sẽ không lưu được bản "
                "họ đang mở.",
                messages.SUCCESS,
            )
            return redirect(reverse("admin:news_article_change", args=[article.pk]))
        return JsonResponse({"held": editing.renew(article, request.user)})

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

    @admin.display(description="người tạo", ordering="author__last_name")
    def author_name(self, article):
        return editing.person(article.author) if article.author_id else "–"

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
        editable = obj is None or self.has_change_permission(request, obj)
        content, cover = list(CONTENT_FIELDS), list(COVER_FIELDS)
        if not editable:
            # Reviewing shows the article as it will look, not its HTML and file path.
            content = [PREVIEW_FIELDS.get(name, name) for name in content]
            cover = [PREVIEW_FIELDS.get(name, name) for name in cover]
        publishing = list(PUBLISHING_FIELDS)
        if editable:
            publishing += [name for name in MOVE_FIELDS if name != "schedule_at"]
            if workflow.can_publish(request.user):
                publishing.insert(publishing.index("status_note"), "schedule_at")
        if editable and obj is not None:
            content.append("loaded_version")
        topics = list(TOPIC_FIELDS)
        if not editable:
            topics = [PREVIEW_FIELDS.get(name, name) for name in topics]
        fieldsets = [
            (None, {"fields": content}),
            ("Ảnh đại diện", {"fields": cover}),
            ("Thẻ, dòng sự kiện, tin liên quan", {"fields": topics}),
            ("Xuất bản", {"fields": publishing}),
        ]
        if obj is not None:
            fieldsets.append(("Thông tin", {"fields": INFO_FIELDS}))
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        readonly = [*INFO_FIELDS, "status_label", "published_at", *PREVIEW_FIELDS.values()]
        if not workflow.can_publish(request.user):
            readonly.append("is_featured")  # a publisher's choice
        if obj is not None and obj.status in (Status.PUBLISHED, Status.HIDDEN):
            readonly.append("slug")
        return readonly

    @admin.display(description="nội dung")
    def body_preview(self, article):
        # Sanitized by nh3 when it was saved (news.sanitizer): shown as readers will see it.
        return format_html('<div class="article-preview">{}</div>', mark_safe(article.body))

    @admin.display(description="thẻ")
    def tag_list(self, article):
        return ", ".join(tag.name for tag in article.tags.all()) or "–"

    @admin.display(description="ảnh đại diện")
    def cover_preview(self, article):
        if not article.cover_image:
            return "Chưa có ảnh đại diện."
        return format_html(
            '<img src="{}" alt="{}" class="article-preview-cover">',
            article.cover_image.url,
            article.cover_caption or article.title,
        )

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
        related = form.base_fields.get("related")
        if related is not None:
            related.widget.can_add_related = False  # related articles are picked, not written here
        return form

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        article = obj if obj is not None else Article(author=request.user)
        editable = obj is None or self.has_change_permission(request, obj)
        returned = None
        if obj is not None and obj.status == Status.DRAFT:
            last = obj.status_changes.select_related("user").first()
            by_other = last is not None and last.user_id != obj.author_id
            if by_other and last.from_status == Status.PENDING:
                returned = last  # returned by a publisher: its note is for the writer
        context.update(
            moves=workflow.allowed_moves(article=article, user=request.user),
            moves_in_form=editable,
            move_url=reverse("admin:news_article_move", args=[obj.pk]) if obj else None,
            move_form=MoveForm() if not editable else None,
            returned=returned,
            returned_by=editing.person(returned.user) if returned else None,
            status_changes=list(obj.status_changes.select_related("user")) if obj else None,
            public_url=obj.get_absolute_url() if obj and obj.slug else None,
            public_label="Xem trên trang" if obj and obj.is_public else "Xem trước",
        )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
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
        if change and "_continue" not in request.POST:
            editing.release(obj, request.user)  # done with it: the next one may edit
        if form.requested_move is not None:
            # The content is saved first as it stands; the move is the workflow's to make.
            self._make_move(
                request,
                obj,
                form.requested_move.key,
                published_at=form.cleaned_data.get("schedule_at"),
                note=form.cleaned_data.get("status_note") or "",
            )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if "tags_text" in form.cleaned_data:
            form.instance.tags.set(Tag.from_names(form.cleaned_data["tags_text"]))
        form.instance.note_parts()

    def get_search_results(self, request, queryset, search_term):
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name == "autocomplete":
            # The related articles' picker lists what readers may open: published articles.
            queryset = queryset.published()
        return super().get_search_results(request, queryset, search_term)

    def _make_move(self, request, article, move, *, published_at=None, note=""):
        """Make `move` on `article` and say how it went; return whether it was made."""
        try:
            step = workflow.apply_move(
                article=article, user=request.user, move=move, published_at=published_at, note=note
            )
        except (PermissionDenied, ValidationError) as error:  # e.g. the article moved meanwhile
            self.message_user(request, error_text(error), messages.ERROR)
            return False
        self.message_user(request, workflow.done_message(step, article), messages.SUCCESS)
        return True

    def move_view(self, request, object_id):
        """Make a move from the page of an article the user cannot edit (POST only)."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404("Không tìm thấy bài viết.")
        if not self.has_view_permission(request, article):
            raise PermissionDenied
        form = MoveForm(request.POST)
        form.is_valid()
        self._make_move(
            request,
            article,
            request.POST.get(MOVE_BUTTON, ""),
            published_at=form.cleaned_data.get("schedule_at"),
            note=form.cleaned_data.get("status_note") or "",
        )
        return redirect(reverse("admin:news_article_change", args=[article.pk]))

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
        move = path(
            "<path:object_id>/chuyen-trang-thai/",
            self.admin_site.admin_view(self.move_view),
            name="news_article_move",
        )
        lock = path(
            "<path:object_id>/quyen-sua/",
            self.admin_site.admin_view(self.edit_lock_view),
            name="news_article_edit_lock",
        )
        mail = path(
            "thu-bao/",
            self.admin_site.admin_view(self.mail_settings_view),
            name="news_article_mail_settings",
        )
        return [upload, mail, move, lock, *super().get_urls()]

    def mail_settings_view(self, request):
        """Switch the mail about articles sent for review on or off (POST; a publisher's)."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not workflow.can_publish(request.user):
            raise PermissionDenied
        wanted = request.POST.get("mail_on_submit") == "1"
        dashboard.mail_on_submit_set(request.user, wanted)
        self.message_user(
            request,
            "Đã bật thư báo khi có bài gửi duyệt."
            if wanted
            else "Đã tắt thư báo khi có bài gửi duyệt.",
            messages.SUCCESS,
        )
        return redirect(reverse("admin:index"))

    def _apply(self, request, queryset, service, done):
        moved = 0
        for article in queryset:
            try:
                service(article=article, user=request.user)
            except (PermissionDenied, ValidationError) as error:
                self.message_user(request, f"“{article}”: {error_text(error)}", messages.ERROR)
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
