"""Counting a view rewrites only its article's row, in place where it can.

PostgreSQL updates a row "HOT" (heap-only: no index touched) when no indexed column changes and
the new version fits in the same page. `view_count` is therefore left out of every index (the
"most read" list narrows to recent articles through article_public_idx instead), and the table
keeps a fifth of each page free for the new versions. Before this, folding a few thousand
counted views rewrote every index entry of those rows, the trigram indexes of their whole text
included: seconds of database time every ten seconds under load.

Only pages written from now on keep the free space; on a large existing table, `VACUUM FULL
news_article` (which locks it while it runs) applies it at once. SQLite has no such setting.
"""

from django.db import migrations

FILLFACTOR = 80


def set_fillfactor(value):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f"ALTER TABLE news_article SET (fillfactor = {value})")

    return apply


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0003_view_count_fold"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="article",
            name="article_most_read_idx",
        ),
        migrations.RunPython(set_fillfactor(FILLFACTOR), set_fillfactor(100)),
    ]
