"""The article's forms in the admin: the article itself, with the workflow's move its button
asks for (news.workflow) and the version it was opened at (news.editing); and the move form of
a page that cannot be edited."""

import copy

from django import forms
from django.contrib.admin.widgets import AdminFileWidget, AdminSplitDateTime
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db.models import Q
from django.utils import timezone

from mttq_portal.text import vietnamese_slugify

from . import desks, editing, uploads, workflow
from .models import Article, EventSeries, Tag

MOVE_BUTTON = "_move"  # the name of the workflow's buttons; the value is a workflow.MOVES key
CONTENT_FIELDS = ["title", "slug", "category", "summary", "body", "byline", "source"]
COVER_FIELDS = ["cover_image", "cover_caption"]
TOPIC_FIELDS = ["tags_text", "series", "related"]
TAGS_MAX = 20


def error_text(error):
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or "Bạn không có quyền thực hiện thao tác này."


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
    # Asked for by the "Hẹn giờ xuất bản…" button; typed day first (24/04/2020 08:00).
    schedule_at = forms.SplitDateTimeField(
        label="Hẹn giờ đăng",
        required=False,
        widget=AdminSplitDateTime,
        help_text="Ngày/tháng/năm và giờ:phút, rồi bấm «Hẹn giờ xuất bản…».",
    )
    # Saved with the move it comes with (StatusChange.note): the writer sees it.
    status_note = forms.CharField(
        label="Ghi chú cho tác giả",
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Bắt buộc khi trả lại bài: tác giả sẽ thấy ghi chú này. Được lưu vào lịch sử.",
    )
    # Typed as words, as writers think of them; each name is one tag whatever its spelling
    # (Tag.from_names), set on the article by ArticleAdmin.save_related().
    tags_text = forms.CharField(
        label="Thẻ",
        required=False,
        max_length=1200,
        help_text="Các thẻ cách nhau bởi dấu phẩy, ví dụ: Đại hội MTTQ, Vì người nghèo. Thẻ đã "
        "có được dùng lại, dù viết hoa, thường hay bỏ dấu khác đi.",
    )
    # The version the form was opened at (news.editing): a save over a newer one is refused.
    loaded_version = forms.CharField(widget=forms.HiddenInput, required=False)
    # Set by ArticleAdmin.get_form on the class it builds for one request.
    request = None

    class Meta:
        model = Article
        fields = [*CONTENT_FIELDS, *COVER_FIELDS, "series", "related", "expires_at", "is_featured"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.requested_move = None
        if "category" in self.fields and self.request is not None:
            # Only the categories of the user's desks (news.desks); a forged one is refused.
            self.fields["category"].queryset = desks.categories_written_by(self.request.user)
        if "loaded_version" in self.fields:
            self.fields["loaded_version"].initial = editing.version_of(self.instance)
        article = self.instance
        if "tags_text" in self.fields and article.pk is not None:
            self.fields["tags_text"].initial = ", ".join(t.name for t in article.tags.all())
        if "series" in self.fields:
            # The series still running, and the article's own even if it ended since.
            keep = Q(pk=article.series_id) if article.series_id else Q()
            self.fields["series"].queryset = EventSeries.objects.filter(Q(is_active=True) | keep)
        if "related" in self.fields:
            # Published articles only (ArticleAdmin's picker lists no others), and those
            # picked already, which the article page leaves out while they are not public.
            picked = list(article.related.values_list("pk", flat=True)) if article.pk else []
            self.fields["related"].queryset = Article.objects.published() | Article.objects.filter(
                pk__in=picked
            )

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

    def clean_tags_text(self):
        names = [name.strip() for name in self.cleaned_data.get("tags_text", "").split(",")]
        names = [name for name in names if name]
        too_long = [name for name in names if len(name) > Tag._meta.get_field("name").max_length]
        if too_long:
            raise ValidationError(
                "Thẻ «%(name)s…» dài quá 120 ký tự; thẻ là vài từ, cách nhau bởi dấu phẩy.",
                params={"name": too_long[0][:40]},
                code="tag_too_long",
            )
        if len(names) > TAGS_MAX:
            raise ValidationError(
                "Một bài có tối đa %(max)s thẻ.", params={"max": TAGS_MAX}, code="too_many_tags"
            )
        return names

    def clean_related(self):
        related = self.cleaned_data.get("related")
        if related is not None and self.instance.pk is not None:
            related = related.exclude(pk=self.instance.pk)  # an article is not its own related
        return related

    def clean_expires_at(self):
        expires = self.cleaned_data.get("expires_at")
        if expires and "expires_at" in self.changed_data and expires <= timezone.now():
            raise ValidationError(
                "Thời điểm hết hạn đã qua; hãy chọn một thời điểm trong tương lai, hoặc để "
                "trống nếu bài hiển thị mãi.",
                code="expired",
            )
        return expires

    def clean_cover_image(self):
        cover = self.cleaned_data.get("cover_image")
        if isinstance(cover, UploadedFile):
            return uploads.cover_prepare(cover)
        return cover

    def clean(self):
        cleaned_data = super().clean()
        if self.request is None:  # the form outside the admin: no workflow to check
            return cleaned_data
        if self.instance.pk is not None:
            refusal = editing.save_refusal(
                self.instance, self.request.user, self.data.get("loaded_version", "")
            )
            if refusal:
                raise ValidationError(refusal, code="stale")
        move = self.request.POST.get(MOVE_BUTTON)
        if move:
            # The move is checked on the article as it will be saved (its new body's images,
            # its new expiry).
            probe = copy.copy(self.instance)
            probe.body = cleaned_data.get("body", probe.body)
            probe.expires_at = cleaned_data.get("expires_at", probe.expires_at)
            try:
                self.requested_move = workflow.check_move(
                    article=probe,
                    user=self.request.user,
                    move=move,
                    published_at=cleaned_data.get("schedule_at"),
                    note=cleaned_data.get("status_note") or "",
                )
            except (PermissionDenied, ValidationError) as error:
                field = {"time": "schedule_at", "note": "status_note"}.get(
                    getattr(error, "code", None)
                )
                self.add_error(field if field in self.fields else None, error_text(error))
        return cleaned_data


class MoveForm(forms.Form):
    """A move made from a page that cannot be edited (a writer withdrawing their article under
    review): the same time and note as the article's form, nothing else."""

    schedule_at = copy.deepcopy(ArticleAdminForm.base_fields["schedule_at"])
    status_note = copy.deepcopy(ArticleAdminForm.base_fields["status_note"])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():  # shown inside the article's form, sent with this one
            field.widget.attrs["form"] = "move-form"
