"""manage.py write_image_sizes: write the sizes an image stored by the portal lacks.

Covers, album photos and leaders' portraits are stored with narrower sizes next to them
(news.uploads.cover_write_variants). A size added in a later version of the portal (the 240 px
one of the lists, news.uploads.THUMBNAIL_WIDTH) exists only for images uploaded since; this
writes it, and any other missing size, for the others. Idempotent: run it after an upgrade;
pages use the sizes they find meanwhile.
"""

from django.core.management.base import BaseCommand
from PIL import UnidentifiedImageError

from galleries.models import Photo
from news.models import Article
from news.uploads import cover_write_variants
from pages.models import Leader

# (what, model, image field)
STORED_IMAGES = (
    ("ảnh đại diện bài viết", Article, "cover_image"),
    ("ảnh trong album", Photo, "image"),
    ("ảnh chân dung lãnh đạo", Leader, "photo"),
)


class Command(BaseCommand):
    help = (
        "Tạo các cỡ ảnh còn thiếu (ảnh đại diện bài viết, ảnh album, ảnh lãnh đạo), "
        "ví dụ cỡ 240 px cho danh sách. Chạy lại nhiều lần cũng không sao."
    )

    def handle(self, *args, **options):
        for label, model, field in STORED_IMAGES:
            written = missing = broken = 0
            names = (
                model._default_manager.exclude(**{field: ""})
                .values_list(field, flat=True)
                .order_by("pk")
            )
            storage = model._meta.get_field(field).storage
            for name in names.iterator():
                if not storage.exists(name):
                    missing += 1
                    continue
                try:
                    written += len(cover_write_variants(name, storage=storage, missing_only=True))
                except (OSError, UnidentifiedImageError, SyntaxError):
                    broken += 1
            line = f"{label.capitalize()}: đã tạo {written} tệp cỡ ảnh."
            if missing:
                line += f" {missing} ảnh không còn tệp gốc."
            if broken:
                line += f" {broken} ảnh không đọc được."
            self.stdout.write(line)
