"""The usual document types and issuing bodies of a provincial committee.

Migration 0002 seeds them on every new database (with a frozen copy of these lists); the demo
loader calls seed_catalogue() too, so that a database emptied since (a test's flush) has them.
"""

from .models import DocumentType, IssuingBody

TYPES = [
    "Nghị quyết",
    "Chỉ thị",
    "Quyết định",
    "Kế hoạch",
    "Chương trình",
    "Hướng dẫn",
    "Quy chế",
    "Thông báo",
    "Công văn",
    "Báo cáo",
]
ISSUERS = [
    "Ủy ban MTTQ Việt Nam tỉnh",
    "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
    "Đoàn Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
    "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
    "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
    "Tỉnh ủy",
    "Ủy ban nhân dân tỉnh",
]


def seed_catalogue():
    """Create the usual types and issuing bodies that are missing (by name); return how many."""
    created = 0
    for model, names in ((DocumentType, TYPES), (IssuingBody, ISSUERS)):
        for order, name in enumerate(names, start=1):
            created += model.objects.get_or_create(name=name, defaults={"order": order})[1]
    return created
