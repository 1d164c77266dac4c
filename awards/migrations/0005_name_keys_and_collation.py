"""Names compared and ordered as Vietnamese readers do (mttq_portal.text.name_key,
mttq_portal.collation) and search keys with word boundaries and exact words
(mttq_portal.searching).

A recipient's key becomes the name keys of its name and organization. Two rows of one decision
that were different names before and are one name now ("Hòa" and "Hoà") cannot share the key
(the unique constraint): the later row keeps its own, marked with its id, and `manage.py
find_duplicates` lists it for an officer to merge.
"""

from django.db import migrations, models

from mttq_portal.text import name_key, search_key


def fill_keys(apps, schema_editor):
    AwardDecision = apps.get_model("awards", "AwardDecision")
    for decision in AwardDecision.objects.all():
        decision.issuer_key = name_key(decision.issuer)
        decision.number_key = name_key(decision.number)
        decision.search_text = search_key(decision.number, decision.title, decision.issuer)
        decision.save(update_fields=["issuer_key", "number_key", "search_text"])
    Commendation = apps.get_model("awards", "Commendation")
    taken = set()
    for row in Commendation.objects.order_by("decision_id", "pk"):
        key = f"{name_key(row.recipient_name)}|{name_key(row.organization)}"
        if (row.decision_id, key) in taken:
            key = f"{key}|#{row.pk}"
        taken.add((row.decision_id, key))
        row.recipient_key = key
        row.search_text = search_key(row.recipient_name, row.position, row.organization)
        row.save(update_fields=["recipient_key", "search_text"])



class Migration(migrations.Migration):
    dependencies = [
        ("mttq_portal", "0002_vietnamese_collation"),
        ("awards", "0004_recipient_constraints"),
    ]

    operations = [
        migrations.AddField(
            model_name="awarddecision",
            name="issuer_key",
            field=models.CharField(
                db_index=True,
                default="",
                editable=False,
                max_length=600,
                verbose_name="khóa cơ quan ban hành",
            ),
        ),
        migrations.AddField(
            model_name="awarddecision",
            name="number_key",
            field=models.CharField(
                db_index=True,
                default="",
                editable=False,
                max_length=600,
                verbose_name="khóa số quyết định",
            ),
        ),
        migrations.AddField(
            model_name="awarddecision",
            name="search_text",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AlterField(
            model_name="awarddecision",
            name="issuer",
            field=models.CharField(
                db_collation="vietnamese", max_length=255, verbose_name="cơ quan ban hành"
            ),
        ),
        migrations.AlterField(
            model_name="commendation",
            name="organization",
            field=models.CharField(
                blank=True, db_collation="vietnamese", max_length=255, verbose_name="đơn vị công tác"
            ),
        ),
        migrations.AlterField(
            model_name="commendation",
            name="recipient_name",
            field=models.CharField(
                db_collation="vietnamese", max_length=255, verbose_name="tên tập thể, cá nhân"
            ),
        ),
            migrations.RunPython(fill_keys, migrations.RunPython.noop),
    ]
