"""Names compared and ordered as Vietnamese readers do (mttq_portal.text.name_key,
mttq_portal.collation), search keys with word boundaries and exact words
(mttq_portal.searching), and the commune-level kinds as they stand since 1 July 2025."""

from django.db import migrations, models

import re

from mttq_portal.text import name_key, search_key

UNIT_TYPES = {"xa": "Xã", "phuong": "Phường", "dac_khu": "Đặc khu", "thi_tran": "Thị trấn"}
_FORMER_MARK = re.compile(r"\s*(\(\s*(huyện\s+)?cũ\s*\)|\bcũ)\s*$", re.IGNORECASE)
_DISTRICT_WORDS = {"huyện", "thị", "thành", "quận"}


def district_key(district):
    district = " ".join(_FORMER_MARK.sub("", district or "").split())
    if district and district.split(" ", 1)[0].casefold() not in _DISTRICT_WORDS:
        district = f"huyện {district}"
    return name_key(district)


def fill_keys(apps, schema_editor):
    for model_name in ("Sector", "Campaign", "Period"):
        model = apps.get_model("models_registry", model_name)
        for row in model.objects.all():
            row.name_key = name_key(row.name)
            row.search_text = search_key(row.name, getattr(row, "description", ""))
            row.save(update_fields=["name_key", "search_text"])
    PilotUnit = apps.get_model("models_registry", "PilotUnit")
    for unit in PilotUnit.objects.all():
        unit.name_key = name_key(unit.name)
        unit.district_key = district_key(unit.former_district)
        unit.search_text = search_key(
            f"{UNIT_TYPES.get(unit.unit_type, '')} {unit.name}", unit.former_district
        )
        unit.save(update_fields=["name_key", "district_key", "search_text"])
    ModelProgram = apps.get_model("models_registry", "ModelProgram")
    for program in ModelProgram.objects.all():
        program.name_key = name_key(program.name)
        program.search_text = search_key(program.name, program.description, program.results)
        program.save(update_fields=["name_key", "search_text"])
    Review = apps.get_model("models_registry", "Review")
    for review in Review.objects.select_related("program"):
        review.search_text = search_key(review.program.name, review.summary)
        review.save(update_fields=["search_text"])



class Migration(migrations.Migration):
    dependencies = [
        ("mttq_portal", "0002_vietnamese_collation"),
        ("models_registry", "0001_initial"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="pilotunit",
            options={
                "ordering": ["name", "former_district"],
                "verbose_name": "đơn vị điểm",
                "verbose_name_plural": "đơn vị điểm",
            },
        ),
        migrations.AddField(
            model_name="campaign",
            name="name_key",
            field=models.CharField(
                db_index=True, default="", editable=False, max_length=600, verbose_name="khóa tên"
            ),
        ),
        migrations.AddField(
            model_name="campaign",
            name="search_text",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name="modelprogram",
            name="name_key",
            field=models.CharField(
                db_index=True, default="", editable=False, max_length=600, verbose_name="khóa tên"
            ),
        ),
        migrations.AddField(
            model_name="period",
            name="name_key",
            field=models.CharField(
                db_index=True, default="", editable=False, max_length=600, verbose_name="khóa tên"
            ),
        ),
        migrations.AddField(
            model_name="period",
            name="search_text",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name="pilotunit",
            name="district_key",
            field=models.CharField(
                db_index=True,
                default="",
                editable=False,
                max_length=600,
                verbose_name="khóa huyện cũ",
            ),
        ),
        migrations.AddField(
            model_name="pilotunit",
            name="name_key",
            field=models.CharField(
                db_index=True, default="", editable=False, max_length=600, verbose_name="khóa tên"
            ),
        ),
        migrations.AddField(
            model_name="review",
            name="search_text",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name="sector",
            name="name_key",
            field=models.CharField(
                db_index=True, default="", editable=False, max_length=600, verbose_name="khóa tên"
            ),
        ),
        migrations.AddField(
            model_name="sector",
            name="search_text",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AlterField(
            model_name="campaign",
            name="name",
            field=models.CharField(
                db_collation="vietnamese", max_length=255, unique=True, verbose_name="tên"
            ),
        ),
        migrations.AlterField(
            model_name="modelprogram",
            name="name",
            field=models.CharField(
                db_collation="vietnamese", max_length=255, verbose_name="tên mô hình"
            ),
        ),
        migrations.AlterField(
            model_name="period",
            name="name",
            field=models.CharField(
                db_collation="vietnamese", max_length=255, unique=True, verbose_name="tên"
            ),
        ),
        migrations.AlterField(
            model_name="pilotunit",
            name="former_district",
            field=models.CharField(
                blank=True,
                db_collation="vietnamese",
                help_text="Đơn vị hành chính cấp huyện mà đơn vị thuộc về khi được chọn làm điểm, ví dụ «Huyện Đông Hưng»; không cần ghi «(cũ)».",
                max_length=255,
                verbose_name="huyện, thị xã, thành phố (cũ)",
            ),
        ),
        migrations.AlterField(
            model_name="pilotunit",
            name="name",
            field=models.CharField(
                db_collation="vietnamese", max_length=255, verbose_name="tên đơn vị"
            ),
        ),
        migrations.AlterField(
            model_name="pilotunit",
            name="unit_type",
            field=models.CharField(
                choices=[
                    ("xa", "Xã"),
                    ("phuong", "Phường"),
                    ("dac_khu", "Đặc khu"),
                    ("thi_tran", "Thị trấn"),
                ],
                max_length=10,
                verbose_name="loại đơn vị",
            ),
        ),
        migrations.AlterField(
            model_name="sector",
            name="name",
            field=models.CharField(
                db_collation="vietnamese", max_length=255, unique=True, verbose_name="tên"
            ),
        ),
            migrations.RunPython(fill_keys, migrations.RunPython.noop),
    ]
