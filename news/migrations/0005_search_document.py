"""Whole-word full-text search on PostgreSQL, and narrow table rows.

The public search looked for each word with `search_text LIKE '%word%'`, served by a trigram
index: a word shorter than three letters has no trigram, a common one matches most rows, and
either way PostgreSQL read and re-checked kilobytes of text per row: seconds per search at
100,000 articles. `search_document` is the same key as a text-search vector of its words (the
'simple' configuration: no stemming, no stop words; the key is already lower case and without
diacritics), kept by PostgreSQL itself (a generated column) and indexed with GIN, so a search
reads only the lists of the articles holding each word; `search_title_document`, the title's
own, finds title matches to rank first. Django's model does not know these columns:
ArticleQuerySet.matching() names them in SQL, on PostgreSQL only.

Rows also keep their long values (body, search keys, the vector) out of the table's pages
(toast_tuple_target): the pages a search or a list visits then hold many rows each. As with
0004, only rows written from now on are stored so; `VACUUM FULL news_article` rewrites the rest.
"""

from django.db import migrations


def create_search_document(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("ALTER TABLE news_article SET (toast_tuple_target = 128)")
    schema_editor.execute(
        "ALTER TABLE news_article ADD COLUMN IF NOT EXISTS search_document tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED"
    )
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS news_article_search_document "
        "ON news_article USING gin (search_document)"
    )
    # The title's own vector ranks title matches first; short, it stays in the row.
    schema_editor.execute(
        "ALTER TABLE news_article ADD COLUMN IF NOT EXISTS search_title_document tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_title)) STORED"
    )
    schema_editor.execute(
        "ALTER TABLE news_article ALTER COLUMN search_title_document SET STORAGE MAIN"
    )
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS news_article_search_title_document "
        "ON news_article USING gin (search_title_document)"
    )


def drop_search_document(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in ("search_document", "search_title_document"):
        schema_editor.execute(f"DROP INDEX IF EXISTS news_article_{column}")
        schema_editor.execute(f"ALTER TABLE news_article DROP COLUMN IF EXISTS {column}")
    schema_editor.execute("ALTER TABLE news_article RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0004_hot_view_counts"),
    ]

    operations = [
        migrations.RunPython(create_search_document, drop_search_document),
    ]
