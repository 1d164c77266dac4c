"""Views are counted in PostgreSQL only, by the statement that reads the article.

The counts kept in Redis and folded into the table (ViewCountFold) are gone: one way to count,
nothing to lose when Redis goes. `news_article_count_view(id)` adds one view to an article and
returns its new count; the article page's queryset calls it in the SELECT that reads the
article (news.models.CountedView), so reading and counting are one statement and one round
trip (Django's ORM has no UPDATE ... RETURNING). A counted view is committed without waiting
for the disk (synchronous_commit off for that transaction only): a crash of PostgreSQL itself
can lose the last fraction of a second of views, never a row, and staff saves keep waiting for
the disk as usual. SQLite has no such function: there the view counts with an UPDATE after
the read (news.services.article_for_page).
"""

from django.db import migrations

COUNT_VIEW_FUNCTION = """
CREATE OR REPLACE FUNCTION news_article_count_view(article_id bigint) RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    counted integer;
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    UPDATE news_article SET view_count = view_count + 1 WHERE id = article_id
        RETURNING view_count INTO counted;
    RETURN counted;
END
$$
"""


def create_count_view(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(COUNT_VIEW_FUNCTION)


def drop_count_view(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS news_article_count_view(bigint)")


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0005_search_document"),
    ]

    operations = [
        migrations.DeleteModel(name="ViewCountFold"),
        migrations.RunPython(create_count_view, drop_count_view),
    ]
