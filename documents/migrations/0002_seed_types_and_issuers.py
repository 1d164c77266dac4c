"""The usual document types and issuing bodies of a provincial committee, and, on PostgreSQL, a
trigram index for the search of documents (as models_registry's 0003).

Historical models run no save() of their own: slugs, name keys and search keys are made here
with the same helpers (mttq_portal.text). Rows already there (by slug) are left as they are.
"""

from django.db import migrations

from mttq_portal.text import name_key, search_key, vietnamese_slugify

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
INDEX = "documents_document_search_trgm"


def seed(apps, schema_editor):
    for model_name, names in (("DocumentType", TYPES), ("IssuingBody", ISSUERS)):
        model = apps.get_model("documents", model_name)
        for order, name in enumerate(names, start=1):
            model.objects.get_or_create(
                slug=vietnamese_slugify(name),
                defaults={
                    "name": name,
                    "name_key": name_key(name),
                    "search_text": search_key(name, ""),
                    "order": order,
                },
            )
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON documents_document "
            "USING gin (search_text gin_trgm_ops)"
        )


def unseed(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(seed, unseed),
    ]
