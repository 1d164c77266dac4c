from django.db import migrations, models

import awards.validators


class Migration(migrations.Migration):
    dependencies = [
        ("awards", "0001_initial"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="commendation",
            name="commendation_once_per_decision",
        ),
        migrations.AddField(
            model_name="commendation",
            name="recipient_key",
            field=models.CharField(default="", editable=False, max_length=520),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="awarddecision",
            name="pdf",
            field=models.FileField(
                blank=True,
                help_text="Tệp PDF dưới 20 MB.",
                upload_to=awards.validators.decision_pdf_path,
                validators=[awards.validators.validate_pdf],
                verbose_name="văn bản quyết định (PDF)",
            ),
        ),
    ]
