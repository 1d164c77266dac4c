"""A trigram index for the search of model programs, on PostgreSQL only.

The search looks for each word after a space in `search_text` (mttq_portal.searching), a
pattern with a leading wildcard that a B-tree cannot serve and pg_trgm's GIN can: at 1,000
programs and 5,000 commendations of a few hundred words each, reading every row was about 20 and
10 ms a search. SQLite, the embedded default of a first run, scans, which is fine at its scale.
pg_trgm is the trusted extension news' migration 0002 already uses.
"""

from django.db import migrations

INDEX = "models_registry_modelprogram_search_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON models_registry_modelprogram USING gin (search_text gin_trgm_ops)"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("models_registry", "0002_name_keys_and_collation"),
    ]

    operations = [
        migrations.RunPython(create_index, drop_index),
    ]
