from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from mttq_portal.backups import BackupError, backup_restore
from mttq_portal.pagecache import announce_change


class Command(BaseCommand):
    # A backup or a restore must work even while the code has a system check problem.
    requires_system_checks = []
    help = (
        "Khôi phục cơ sở dữ liệu (pg_restore --clean --if-exists --no-owner) và thư mục media "
        "từ một thư mục sao lưu do lệnh backup tạo ra."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", type=Path, help="Thư mục sao lưu cần khôi phục.")
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="Không hỏi xác nhận.",
        )

    def handle(self, *args, **options):
        database = connection.settings_dict["NAME"]
        if options["interactive"]:
            answer = input(
                f"Khôi phục sẽ ghi đè cơ sở dữ liệu «{database}» và các tệp trong "
                f"«{settings.MEDIA_ROOT}». Gõ «yes» để tiếp tục: "
            )
            if answer.strip().lower() not in {"yes", "có", "co"}:
                raise CommandError("Đã hủy, không thay đổi gì.")
        try:
            backup_restore(source=options["source"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        # Cached pages describe the database as it was before; the restored database holds the
        # content version of the backup, which pages cached since may carry: a new one retires
        # them all, on every app server, within PAGE_CACHE_RECHECK_SECONDS.
        cache.clear()
        announce_change()
        self.stdout.write(
            self.style.SUCCESS(f"Đã khôi phục «{database}» và media từ {options['source']}")
        )
