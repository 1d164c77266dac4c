"""Names compared and ordered as Vietnamese readers do (mttq_portal.text.name_key,
mttq_portal.collation), and search keys with word boundaries and exact words
(mttq_portal.searching): a category's name key, and every key written again."""

from django.db import migrations, models

import html

import nh3

from mttq_portal.text import name_key, search_key

BATCH = 500


def fill_keys(apps, schema_editor):
    Category = apps.get_model("news", "Category")
    for category in Category.objects.all():
        category.name_key = name_key(category.name)
        category.search_text = search_key(category.name, category.description)
        category.save(update_fields=["name_key", "search_text"])
    Article = apps.get_model("news", "Article")
    rows = Article.objects.only("title", "summary", "body").order_by("pk")
    batch = []
    for article in rows.iterator(chunk_size=BATCH):
        body = html.unescape(nh3.clean(article.body or "", tags=set()))
        title_key = search_key(article.title)
        if len(title_key) > 255:
            title_key = title_key[:255].rsplit(" ", 1)[0] + " "
        article.search_title = title_key
        article.search_text = search_key(article.title, article.summary, body)
        batch.append(article)
        if len(batch) == BATCH:
            Article.objects.bulk_update(batch, ["search_title", "search_text"])
            batch = []
    Article.objects.bulk_update(batch, ["search_title", "search_text"])



class Migration(migrations.Migration):
    dependencies = [
        ("mttq_portal", "0002_vietnamese_collation"),
        ("news", "0006_count_views_in_postgresql"),
    ]

    operations = [
        migrations.AddField(
            model_name="category",
            name="name_key",
            field=models.CharField(
                db_index=True, default="", editable=False, max_length=600, verbose_name="khóa tên"
            ),
        ),
        migrations.AddField(
            model_name="category",
            name="search_text",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AlterField(
            model_name="article",
            name="title",
            field=models.CharField(db_collation="vietnamese", max_length=255, verbose_name="tiêu đề"),
        ),
        migrations.AlterField(
            model_name="category",
            name="name",
            field=models.CharField(
                db_collation="vietnamese", max_length=120, unique=True, verbose_name="tên chuyên mục"
            ),
        ),
            migrations.RunPython(fill_keys, migrations.RunPython.noop),
    ]
