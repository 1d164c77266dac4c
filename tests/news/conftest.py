"""Fixtures of the staff side of the news (admin, workflow, uploads): one user per role, the
admin's article form as a browser posts it, and images made in memory."""

import io

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from mttq_portal.roles import EDITOR, PUBLISHER, setup_roles
from news import editing
from news.models import Article
from tests.news.factories import CategoryFactory, UserFactory, staff_member


@pytest.fixture
def roles(db):
    """Make the role groups with exactly their permissions, as `manage.py setup_roles` does."""
    setup_roles()


@pytest.fixture
def editor(roles):
    """A Biên tập viên."""
    return staff_member(EDITOR, "bientapvien")


@pytest.fixture
def other_editor(roles):
    return staff_member(EDITOR, "bientapvien2")


@pytest.fixture
def publisher(roles):
    """A Duyệt bài."""
    return staff_member(PUBLISHER, "duyetbai")


@pytest.fixture
def plain_staff(db):
    """Staff without any group: may log in to the admin, may do nothing in it."""
    return UserFactory(username="nhanvien", is_staff=True)


@pytest.fixture
def viewer_staff(db):
    """Staff who may only look at articles (news.view_article), as a reviewer from outside."""
    user = UserFactory(username="chixem", is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="news", codename="view_article")
    )
    return user


@pytest.fixture
def category(db):
    return CategoryFactory(name="Tin hoạt động")


def split_datetime(value, name="schedule_at"):
    """Return the admin's split date and time inputs for an aware datetime, or blanks."""
    if value is None:
        return {f"{name}_0": "", f"{name}_1": ""}
    local = timezone.localtime(value)
    return {f"{name}_0": local.strftime("%d/%m/%Y"), f"{name}_1": local.strftime("%H:%M")}


def attachment_rows(article=None, *rows):
    """Return the article form's attachment rows (ArticleAdmin's inline) as a browser posts
    them: the article's stored attachments unchanged, then `rows` (dicts of a new row's fields,
    "file" an uploaded file)."""
    stored = list(article.attachments.all()) if article is not None and article.pk else []
    data = {
        "attachments-TOTAL_FORMS": str(len(stored) + len(rows)),
        "attachments-INITIAL_FORMS": str(len(stored)),
        "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "20",
    }
    for n, attachment in enumerate(stored):
        data.update(
            {
                f"attachments-{n}-id": str(attachment.pk),
                f"attachments-{n}-article": str(article.pk),
                f"attachments-{n}-title": attachment.title,
                f"attachments-{n}-order": str(attachment.order),
            }
        )
    for n, row in enumerate(rows, start=len(stored)):
        data.update({f"attachments-{n}-{name}": value for name, value in row.items()})
        data.setdefault(f"attachments-{n}-order", "0")
    return data


@pytest.fixture
def article_form(category):
    """Return a function building the article form's POST data: an article's current values
    (or a new article's), with `overrides` applied."""

    def build(article=None, **overrides):
        if article is None:
            data = {
                "title": "Hội nghị tổng kết mô hình điểm",
                "slug": "",
                "category": category.pk,
                "summary": "Ủy ban MTTQ tỉnh tổng kết 5 năm xây dựng mô hình điểm.",
                "body": "<p>Hội nghị biểu dương 24 tập thể, cá nhân.</p>",
                "byline": "Phóng viên",
                "source": "",
                "cover_caption": "",
            }
        else:
            data = {
                "title": article.title,
                "slug": article.slug,
                "category": article.category_id,
                "summary": article.summary,
                "body": article.body,
                "byline": article.byline,
                "source": article.source,
                "cover_caption": article.cover_caption,
                # As if the form had just been opened: the version stored now.
                "loaded_version": editing.version_of(Article.objects.get(pk=article.pk)),
            }
            if article.is_featured:
                data["is_featured"] = "on"
        data.update(attachment_rows(article))
        if "schedule_at" in overrides:  # the time of a "Hẹn giờ xuất bản…" move
            data.update(split_datetime(overrides.pop("schedule_at"), name="schedule_at"))
        data.update(overrides)
        return data

    return build


def image_bytes(fmt="JPEG", size=(64, 48), mode="RGB", color=(200, 30, 40), **save_options):
    buffer = io.BytesIO()
    Image.new(mode, size, color).save(buffer, format=fmt, **save_options)
    return buffer.getvalue()


@pytest.fixture
def make_image():
    """Return a function making image bytes: make_image("PNG", (w, h), mode, color, **opts)."""
    return image_bytes


@pytest.fixture
def make_upload():
    """Return a function making an uploaded file: (name, content bytes, declared type)."""

    def build(name="anh.jpg", content=None, content_type="image/jpeg"):
        return SimpleUploadedFile(name, content or image_bytes(), content_type=content_type)

    return build


@pytest.fixture
def stored_files(settings):
    """Return a function listing every file under MEDIA_ROOT, relative, sorted."""

    def listing():
        root = settings.MEDIA_ROOT
        if not root.exists():
            return []
        return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())

    return listing
