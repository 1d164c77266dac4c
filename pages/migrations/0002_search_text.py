"""The introduction pages, leaders and contact officials in the site search: each keeps its
search key (mttq_portal.text.search_key), written on save and here for the rows already there."""

from django.db import migrations, models


def write_keys(apps, schema_editor):
    # The keys as the models write them (SearchKeyModel.search_texts()): the name first.
    from mttq_portal.text import search_key
    from news.sanitizer import html_text

    keyed = {
        "Page": lambda row: (row.title, row.summary, html_text(row.body)),
        "Leader": lambda row: (row.name, row.position, row.term, row.bio),
        "ContactPerson": lambda row: (row.name, row.position, row.responsibility),
    }
    for name, texts in keyed.items():
        model = apps.get_model("pages", name)
        rows = list(model.objects.all())
        for row in rows:
            row.search_text = search_key(*texts(row))
        model.objects.bulk_update(rows, ["search_text"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="contactperson",
            name="search_text",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name="leader",
            name="search_text",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name="page",
            name="search_text",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.RunPython(write_keys, migrations.RunPython.noop),
    ]
