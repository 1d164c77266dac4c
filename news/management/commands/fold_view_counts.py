from django.conf import settings
from django.core.management.base import BaseCommand

from news.services import view_counts_fold


class Command(BaseCommand):
    help = (
        "Cộng các lượt xem đang đếm trong Redis vào cơ sở dữ liệu. Chạy lại không cộng trùng. "
        "Trang tự làm việc này mỗi vài giây; lệnh dùng khi cần số chính xác ngay."
    )

    def handle(self, *args, **options):
        if not settings.VIEW_COUNTS_IN_REDIS:
            self.stdout.write("Lượt xem được ghi thẳng vào cơ sở dữ liệu: không có gì để cộng.")
            return
        added = view_counts_fold()
        self.stdout.write(f"Đã cộng {added} lượt xem vào cơ sở dữ liệu.")
