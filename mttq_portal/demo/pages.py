"""The demo's introduction pages (content/pages/*.md), leaders (leaders.yaml) and contact
officials (contacts.yaml).

The leaders' portraits are neutral silhouettes drawn with Pillow and described as «Ảnh minh
họa»: the names are invented, and nobody may take a drawing for a person's photograph. They are
stored as a publisher's upload is (news.uploads: checked, re-encoded, with narrower sizes).
"""

import io

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw

from news.uploads import cover_prepare, cover_write_variants
from pages.models import ContactPerson, Leader, Page

from . import images
from .content import CONTENT, ContentError, read_markdown, read_yaml

FOLDER = CONTENT / "pages"
PAGE_FIELDS = {"title", "slug", "order", "kind", "parent", "summary", "published"}
PORTRAIT = (600, 800)


def pages():
    """Return the demo pages as (front matter, body HTML), parents before their children."""
    rows = []
    for path in sorted(FOLDER.glob("*.md")):
        front, body = read_markdown(path)
        unknown = set(front) - PAGE_FIELDS
        if unknown or not front.get("title") or not front.get("slug"):
            raise ContentError(f"{path.name}: cần title và slug; không hiểu {sorted(unknown)}.")
        if front.get("kind", Page.Kind.PLAIN) not in Page.Kind.values:
            raise ContentError(f"{path.name}: kind phải là một trong {Page.Kind.values}.")
        rows.append((front, body))
    return sorted(rows, key=lambda row: (row[0].get("parent") is not None, row[0]["order"]))


def _rows(name, key, required):
    rows = read_yaml(FOLDER / name).get(key)
    if not isinstance(rows, list) or not rows:
        raise ContentError(f"{name}: cần danh sách {key}.")
    for row in rows:
        missing = required - set(row)
        if missing:
            raise ContentError(f"{name}: «{row.get('name')}» thiếu {sorted(missing)}.")
    return rows


def load_pages(*, report, now):
    """Create the demo pages (by slug), leaders and contacts (by name) that are missing; a row
    already there, perhaps edited in the admin, is left as it is."""
    by_slug = {}
    for front, body in pages():
        parent = front.get("parent")
        if parent is not None and parent not in by_slug:
            raise ContentError(f"{front['slug']}: trang cha «{parent}» không có.")
        page, created = Page.objects.get_or_create(
            slug=front["slug"],
            defaults={
                "title": front["title"],
                "order": front.get("order", 0),
                "kind": front.get("kind", Page.Kind.PLAIN),
                "parent": by_slug.get(parent),
                "summary": front.get("summary", ""),
                "body": body,
                "is_published": front.get("published", True),
            },
        )
        by_slug[page.slug] = page
        report.created["trang giới thiệu"] += created
    for index, row in enumerate(_rows("leaders.yaml", "leaders", {"name", "position"})):
        if Leader.objects.filter(name=row["name"]).exists():
            continue
        leader = Leader(
            name=row["name"],
            position=row["position"],
            term=row.get("term", ""),
            bio=row.get("bio", ""),
            order=row.get("order", index),
            is_current=row.get("current", True),
        )
        if row.get("photo", True):
            prepared = cover_prepare(ContentFile(_silhouette(seed=index), name="chan-dung.png"))
            leader.photo.save(prepared.name, prepared, save=False)
            report.cover_names.append(leader.photo.name)  # removed again if the load fails
            report.cover_names.extend(cover_write_variants(leader.photo.name))
            leader.photo_alt = f"Ảnh minh họa: hình người thay cho ảnh chân dung {leader.name}"
        leader.save()
        report.created["lãnh đạo"] += 1
    for index, row in enumerate(_rows("contacts.yaml", "contacts", {"name", "position"})):
        _, created = ContactPerson.objects.get_or_create(
            name=row["name"],
            defaults={
                "position": row["position"],
                "responsibility": row.get("responsibility", ""),
                "phone": str(row.get("phone", "")),
                "email": row.get("email", ""),
                "order": row.get("order", index),
            },
        )
        report.created["cán bộ đầu mối liên hệ"] += created


def _silhouette(*, seed):
    """Return the PNG bytes of a neutral head-and-shoulders silhouette on a soft background,
    «Ảnh minh họa» written at its foot."""
    width, height = PORTRAIT
    backgrounds = [(226, 232, 240), (236, 228, 222), (224, 236, 230), (232, 228, 238)]
    image = Image.new("RGB", PORTRAIT, backgrounds[seed % len(backgrounds)])
    draw = ImageDraw.Draw(image)
    figure = (120, 130, 145)
    cx = width // 2
    draw.ellipse((cx - 120, 170, cx + 120, 430), fill=figure)  # head
    draw.rounded_rectangle((cx - 230, 470, cx + 230, height + 80), radius=200, fill=figure)
    draw.rectangle((0, height - 70, width, height), fill=(60, 66, 76))
    font = images._font(34)
    label = "Ảnh minh họa"
    box = draw.textbbox((0, 0), label, font=font)
    draw.text(
        ((width - (box[2] - box[0])) // 2, height - 55), label, font=font, fill=(255, 255, 255)
    )
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
