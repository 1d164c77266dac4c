from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from mttq_portal.demo.loader import load_demo
from news.models import Article


class Command(BaseCommand):
    help = (
        "Nạp dữ liệu trình diễn: chuyên mục, bài viết có ảnh đại diện, đơn vị điểm, mô hình "
        "điểm, quyết định khen thưởng và các tài khoản thử cho từng vai trò (bientap, duyetbai, "
        "tongbientap, canbo, quantri) với mật khẩu ngẫu nhiên chỉ in ra một lần. Chạy lại nhiều "
        "lần không tạo bản trùng. Chỉ chạy khi DEBUG bật; trên máy chủ thật phải thêm "
        "--allow-production-content, và khi đó chỉ nạp nội dung, không bao giờ tạo tài khoản."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Không làm gì nếu cơ sở dữ liệu đã có bài viết (dùng cho `make run`).",
        )
        parser.add_argument(
            "--allow-production-content",
            action="store_true",
            help=(
                "Cho phép nạp nội dung trình diễn khi DEBUG tắt. Không tạo tài khoản nào: "
                "tài khoản có mật khẩu in ra màn hình không được phép tồn tại trên máy chủ thật."
            ),
        )

    def handle(self, *args, **options):
        production = not settings.DEBUG
        if production and not options["allow_production_content"]:
            raise CommandError(
                "Từ chối nạp dữ liệu trình diễn vì DEBUG đang tắt (môi trường thật). "
                "Nếu thật sự cần nội dung mẫu, chạy lại với --allow-production-content "
                "(sẽ không tạo tài khoản)."
            )
        if options["if_empty"] and Article.objects.exists():
            self.stdout.write("Đã có bài viết: bỏ qua việc nạp dữ liệu trình diễn.")
            return

        report = load_demo(with_accounts=not production)

        made = [f"{count} {label}" for label, count in report.created.items() if count]
        if made:
            self.stdout.write(self.style.SUCCESS("Đã tạo: " + "; ".join(made) + "."))
        else:
            self.stdout.write("Dữ liệu trình diễn đã đầy đủ: không tạo thêm gì.")
        if production:
            self.stdout.write("Môi trường thật: không tạo tài khoản thử.")
            return
        self.stdout.write("Tài khoản thử (đăng nhập tại /" + settings.ADMIN_URL + "):")
        width = max((len(account.username) for account in report.accounts), default=0)
        for account in report.accounts:
            if account.password:
                secret = f"mật khẩu: {account.password}"
            else:
                secret = "đã có từ trước, giữ nguyên mật khẩu"
            self.stdout.write(f"  {account.username:<{width}} {account.role:<30} {secret}")
        if any(account.password for account in report.accounts):
            self.stdout.write(
                self.style.WARNING("Mật khẩu chỉ hiển thị một lần này: hãy ghi lại ngay.")
            )
