import unicodedata

from django.db import migrations


def _tidy(value):
    return " ".join(unicodedata.normalize("NFC", value or "").split())


def fill_recipient_keys(apps, schema_editor):
    """Give existing rows the key the new unique constraint compares (a migration of its own:
    PostgreSQL refuses to alter a table with pending updates in the same transaction)."""
    Commendation = apps.get_model("awards", "Commendation")
    for commendation in Commendation.objects.all().iterator():
        commendation.recipient_key = (
            f"{_tidy(commendation.recipient_name).casefold()}|"
            f"{_tidy(commendation.organization).casefold()}"
        )
        commendation.save(update_fields=["recipient_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("awards", "0002_recipient_key_and_pdf_checks"),
    ]

    operations = [
        migrations.RunPython(fill_recipient_keys, migrations.RunPython.noop),
    ]
