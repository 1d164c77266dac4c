"""Trigram indexes for the public search, on PostgreSQL only.

The search filters `search_text LIKE '%word%'` for every word and ranks by `search_title`; a
B-tree cannot serve a pattern with a leading wildcard, a pg_trgm GIN index can. SQLite, the
embedded default for a first run, has no such index and scans, which is fine at its scale.
pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
"""

from django.db import migrations

INDEXES = {
    "news_article_search_text_trgm": "search_text",
    "news_article_search_title_trgm": "search_title",
}


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, column in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON news_article USING gin ({column} gin_trgm_ops)"
        )


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # The extension stays: other objects of the database may use it.
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes),
    ]
