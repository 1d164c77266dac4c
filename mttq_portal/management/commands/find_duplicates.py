"""`manage.py find_duplicates`: the records a database holds twice under two spellings of one
name (mttq_portal.models.OneRecordPerName), for an administrator to merge."""

from collections import defaultdict

from django.apps import apps
from django.core.management.base import BaseCommand

from mttq_portal.models import OneRecordPerName


def duplicate_groups(model):
    """Return the lists (two rows or more, in id order) of `model`'s rows that are one record:
    the same identity keys, made again from their fields, and the same scope."""
    groups = defaultdict(list)
    for row in model._default_manager.order_by("pk"):
        keys = tuple(sorted(row.identity_keys().items()))
        scope = tuple(getattr(row, field) for field in row.identity_scope)
        groups[keys, scope].append(row)
    return [rows for rows in groups.values() if len(rows) > 1]


class Command(BaseCommand):
    help = (
        "Liệt kê các bản ghi bị nhập trùng dưới hai cách viết của cùng một tên (chữ hoa, chữ "
        "thường, vị trí dấu thanh, khoảng trắng, ký tự ẩn) để quản trị viên gộp lại."
    )

    def handle(self, *args, **options):
        models = [
            model
            for model in apps.get_models()
            if issubclass(model, OneRecordPerName) and not model._meta.abstract
        ]
        found = 0
        for model in models:
            for rows in duplicate_groups(model):
                found += 1
                self.stdout.write(f"{model._meta.verbose_name.capitalize()}:")
                for row in rows:
                    self.stdout.write(f"  - mã {row.pk}: {row}")
        if found:
            self.stdout.write(
                f"Có {found} nhóm bản ghi trùng. Hãy giữ một bản ghi mỗi nhóm, chuyển các liên kết "
                "sang nó trong trang quản trị rồi xóa các bản còn lại."
            )
        else:
            self.stdout.write("Không có bản ghi trùng.")
