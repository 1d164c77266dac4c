from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from mttq_portal.backups import BackupError, backup_create, default_destination


class Command(BaseCommand):
    # A backup or a restore must work even while the code has a system check problem.
    requires_system_checks = []
    help = (
        "Sao lưu cơ sở dữ liệu (pg_dump -Fc, hoặc tệp SQLite) và thư mục media (tar.gz) vào "
        "một thư mục mới theo thời gian dưới var/backups/."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--to",
            type=Path,
            help="Thư mục (trống hoặc chưa có) để ghi bản sao lưu vào.",
        )

    def handle(self, *args, **options):
        destination = options["to"] or default_destination()
        try:
            manifest = backup_create(destination=destination)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Đã sao lưu cơ sở dữ liệu và {manifest['media_files']} tệp media vào {destination}"
            )
        )
