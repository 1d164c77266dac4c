"""The officers' biggest writes, timed: an Excel import of model programs, and of a decision's
recipients, each through the admin as an officer does it (upload and preview, then confirm).

    DJANGO_SETTINGS_MODULE=mttq_portal.settings DATABASE_URL=… python bench/imports.py --rows 5000

bench/run.py runs it on the benchmark's database with the portal's production settings, in
process (Django's test client: the whole middleware stack, the views and their templates, not
gunicorn). It makes an officer account, writes each file with openpyxl, times the two requests of
each import, checks that every row was written, then deletes what it wrote. Prints one JSON
object: {"imports": [{"key", "title", "rows", "preview_s", "confirm_s", "total_s", "written"}]}.
"""

import argparse
import html
import io
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PREFIX = "Mô hình nhập thử bench"
_HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=5000)
    args = parser.parse_args(argv)

    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import Group, User
    from django.test import Client

    from mttq_portal.roles import OFFICER, setup_roles

    setup_roles()
    User.objects.filter(username="bench-import").delete()
    officer = User.objects.create_user("bench-import", is_staff=True)
    officer.groups.add(Group.objects.get(name=OFFICER))
    client = Client(HTTP_HOST=settings.ALLOWED_HOSTS[0], secure=settings.SECURE_SSL_REDIRECT)
    client.force_login(officer)
    try:
        results = [import_programs(client, args.rows), import_recipients(client, args.rows)]
    finally:
        officer.delete()
    print(json.dumps({"imports": results}, ensure_ascii=False))


def workbook(rows):
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "nhap-thu.xlsx"
    return buffer


def timed(client, url, data, *, expect):
    started = time.perf_counter()
    response = client.post(url, data)
    seconds = time.perf_counter() - started
    if response.status_code != expect:
        raise SystemExit(f"{url} answered {response.status_code}, not {expect}")
    return response, seconds


def confirm_fields(preview, token_field):
    """Return the hidden fields of the preview page's confirm form, as a browser posts them."""
    page = preview.content.decode()
    fields = dict(_HIDDEN.findall(page))
    if token_field not in fields:
        errors = re.findall(r"<li>(Dòng [^<]*)</li>", page)[:3]
        raise SystemExit(f"the preview offered no confirmation: {errors}")
    fields.pop("csrfmiddlewaretoken", None)
    return {name: html.unescape(value) for name, value in fields.items()}


def import_programs(client, count):
    from django.urls import reverse

    from models_registry.models import Campaign, ModelProgram, Period, PilotUnit, Sector
    from models_registry.resources import unit_label

    units = list(PilotUnit.objects.order_by("id")[:50])
    sectors = list(Sector.objects.all())
    campaign, period = Campaign.objects.first(), Period.objects.first()
    header = (
        "Tên mô hình", "Đơn vị điểm", "Lĩnh vực", "Cuộc vận động", "Giai đoạn", "Ngày bắt đầu",
        "Tình trạng", "Điển hình tiên tiến", "Mô tả", "Kết quả", "Nhân rộng tại",
    )  # fmt: skip
    rows = [header]
    for n in range(count):
        rows.append(
            (
                f"{PREFIX} số {n}",
                unit_label(units[n % len(units)]),
                sectors[n % len(sectors)].name,
                campaign.name if campaign else "",
                period.name if period else "",
                "24/04/2020",
                "Đang thực hiện",
                "Có" if n % 3 == 0 else "Không",
                "Tổ tự quản họp mỗi tháng một lần, phân công hộ gia đình theo dõi an ninh.",
                "Giảm các vụ việc phức tạp ở khu dân cư.",
                unit_label(units[(n + 1) % len(units)]),
            )
        )
    upload = {"resource": "0", "format": "0", "import_file": workbook(rows)}
    try:
        preview, preview_s = timed(
            client, reverse("admin:models_registry_modelprogram_import"), upload, expect=200
        )
        _, confirm_s = timed(
            client,
            reverse("admin:models_registry_modelprogram_process_import"),
            confirm_fields(preview, "import_file_name"),
            expect=302,
        )
        written = ModelProgram.objects.filter(name__startswith=PREFIX).count()
    finally:
        ModelProgram.objects.filter(name__startswith=PREFIX).delete()
    title = f"Nhập {count:_} mô hình điểm".replace("_", ".")
    return result("programs", title, count, preview_s, confirm_s, written)


def import_recipients(client, count):
    from django.urls import reverse

    from awards.models import AwardDecision

    decision = AwardDecision.objects.create(
        number=f"{int(time.time())}/QĐ-BENCH",
        signed_on="2024-04-24",
        issuer="Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
        title="Quyết định nhập thử của bench",
    )
    url = reverse("admin:awards_awarddecision_import_recipients", args=[decision.pk])
    header = ("Đối tượng", "Tên tập thể, cá nhân", "Chức vụ", "Đơn vị công tác")
    header += ("Danh hiệu, hình thức khen thưởng", "Thành tích")
    form = "Bằng khen"
    rows = [header]
    for n in range(count):
        rows.append(
            (
                "Cá nhân",
                f"Nguyễn Văn Thử {n}",
                "Trưởng ban công tác Mặt trận",
                f"Khu dân cư số {n % 40 + 1}",
                form,
                "Có thành tích xuất sắc trong phong trào thi đua.",
            )
        )
    try:
        preview, preview_s = timed(client, url, {"import_file": workbook(rows)}, expect=200)
        _, confirm_s = timed(client, url, confirm_fields(preview, "token"), expect=302)
        written = decision.commendations.count()
    finally:
        decision.delete()
    title = f"Nhập {count:_} tập thể, cá nhân vào một quyết định".replace("_", ".")
    return result("recipients", title, count, preview_s, confirm_s, written)


def result(key, title, rows, preview_s, confirm_s, written):
    return {
        "key": key,
        "title": title,
        "rows": rows,
        "preview_s": round(preview_s, 2),
        "confirm_s": round(confirm_s, 2),
        "total_s": round(preview_s + confirm_s, 2),
        "written": written,
    }


if __name__ == "__main__":
    main()
