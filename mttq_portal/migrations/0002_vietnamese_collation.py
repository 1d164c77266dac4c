"""The Vietnamese collation name columns are declared with (mttq_portal.collation): on
PostgreSQL, ICU's Vietnamese order under the name "vietnamese"; SQLite registers a collation of
that name on each connection instead (mttq_portal.apps)."""

from django.contrib.postgres.operations import CreateCollation
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("mttq_portal", "0001_initial"),
    ]

    operations = [
        CreateCollation("vietnamese", provider="icu", locale="vi"),
    ]
