from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("awards", "0003_fill_recipient_keys"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="commendation",
            constraint=models.UniqueConstraint(
                fields=("decision", "recipient_key"),
                name="commendation_once_per_decision",
                violation_error_message=(
                    "Tập thể, cá nhân này (cùng tên và đơn vị công tác) đã có trong quyết định."
                ),
            ),
        ),
        migrations.AddConstraint(
            model_name="commendation",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("revoked_on__isnull", False), ("revocation_reason", ""), _connector="OR"
                ),
                name="commendation_reason_has_date",
                violation_error_message="Lý do thu hồi chỉ ghi khi có ngày thu hồi.",
            ),
        ),
    ]
