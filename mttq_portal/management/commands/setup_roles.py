from django.core.management.base import BaseCommand

from mttq_portal.roles import setup_roles


class Command(BaseCommand):
    help = "Tạo hoặc cập nhật các nhóm quyền: Biên tập viên, Duyệt bài, Cán bộ phong trào."

    def handle(self, *args, **options):
        for name, created, count in setup_roles():
            verb = "Đã tạo" if created else "Đã cập nhật"
            self.stdout.write(f"{verb} nhóm «{name}»: {count} quyền.")
