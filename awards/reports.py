"""The reports officers send up (báo cáo tổng hợp khen thưởng): commendations by year, by title
or form of award, by unit and by kind of recipient, as tables for the admin page and as an
Excel workbook; and one recipient's history as Excel. Revoked commendations are counted
nowhere. Every text cell goes through formula_safe(): a name typed as "=1+1" stays text."""

import io
from collections import Counter, defaultdict

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.http import HttpResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from mttq_portal.import_files import formula_safe
from mttq_portal.text import name_key

from .models import Commendation, RecipientKind

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
NO_UNIT = "(không ghi đơn vị)"


class Table:
    """A report table: its title, column headers and rows (the first cell a label, then
    numbers), with a total row."""

    def __init__(self, title, headers, rows, *, sheet):
        self.title, self.headers, self.rows = title, headers, rows
        self.sheet = sheet  # Excel allows 31 characters
        columns = len(headers) - 1
        self.totals = [sum(row[i + 1] for row in rows) for i in range(columns)]


def report_queryset(year_from=None, year_to=None):
    """The public commendations a report counts, by year of signing when given."""
    rows = Commendation.objects.public()
    if year_from:
        rows = rows.filter(decision__signed_on__year__gte=year_from)
    if year_to:
        rows = rows.filter(decision__signed_on__year__lte=year_to)
    return rows


def by_year_and_award(commendations):
    """Years down, titles and forms across (those used, in catalogue order), with totals."""
    counts = (
        commendations.annotate(year=ExtractYear("decision__signed_on"))
        .values("year", "award_type__name", "award_type__kind", "award_type__order")
        .annotate(total=Count("id"))
        .order_by()
    )
    counts = list(counts)
    awards = sorted(
        {(c["award_type__kind"], c["award_type__order"], c["award_type__name"]) for c in counts}
    )
    names = [name for _kind, _order, name in awards]
    table = defaultdict(Counter)
    for c in counts:
        table[c["year"]][c["award_type__name"]] += c["total"]
    rows = [
        [str(year), *(table[year][name] for name in names), sum(table[year].values())]
        for year in sorted(table)
    ]
    return Table(
        "Theo năm và danh hiệu, hình thức",
        ["Năm", *names, "Cộng"],
        rows,
        sheet="Theo danh hiệu, hình thức",
    )


def by_year_and_kind(commendations):
    """Years down, collectives, individuals and households across."""
    counts = (
        commendations.annotate(year=ExtractYear("decision__signed_on"))
        .values_list("year", "recipient_kind")
        .annotate(total=Count("id"))
        .order_by()
    )
    table = defaultdict(Counter)
    for year, kind, total in counts:
        table[year][kind] += total
    kinds = RecipientKind.choices
    rows = [
        [str(year), *(table[year][kind] for kind, _ in kinds), sum(table[year].values())]
        for year in sorted(table)
    ]
    headers = ["Năm", *(label for _, label in kinds), "Cộng"]
    return Table("Theo năm và đối tượng", headers, rows, sheet="Theo đối tượng")


def by_unit(commendations):
    """Units (the recipient's unit at the time, spellings of one name together) down, kinds
    across, the most commended first."""
    counts = (
        commendations.values_list("organization", "recipient_kind")
        .annotate(total=Count("id"))
        .order_by()
    )
    table = defaultdict(Counter)
    spellings = defaultdict(Counter)
    for organization, kind, total in counts:
        key = name_key(organization)
        spellings[key][organization or NO_UNIT] += total
        table[key][kind] += total
    kinds = RecipientKind.choices
    rows = [
        [_usual(spellings[key]), *(table[key][kind] for kind, _ in kinds), sum(table[key].values())]
        for key in table
    ]
    rows.sort(key=lambda row: (-row[-1], name_key(row[0])))
    headers = ["Đơn vị", *(label for _, label in kinds), "Cộng"]
    return Table("Theo đơn vị", headers, rows, sheet="Theo đơn vị")


def _usual(spellings):
    """The spelling of a unit used most; between equals, one with capitals ("Xã An Thạnh"
    before "xã an thạnh")."""
    return max(spellings, key=lambda text: (spellings[text], text != text.lower(), text))


def report_heading(year_from=None, year_to=None):
    if year_from and year_to:
        return f"Từ năm {year_from} đến năm {year_to}" if year_from != year_to else f"Năm {year_to}"
    if year_from:
        return f"Từ năm {year_from}"
    if year_to:
        return f"Đến năm {year_to}"
    return "Tất cả các năm"


def report_tables(year_from=None, year_to=None):
    commendations = report_queryset(year_from, year_to)
    return [
        by_year_and_award(commendations),
        by_year_and_kind(commendations),
        by_unit(commendations),
    ]


def _sheet(workbook, title, headers, rows, *, first=False):
    sheet = workbook.active if first else workbook.create_sheet()
    sheet.title = title[:31]
    sheet.append([formula_safe(str(h)) for h in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        sheet.append([formula_safe(value) for value in row])
    for index, header in enumerate(headers, start=1):
        width = max([len(str(header)), *(len(str(row[index - 1])) for row in rows)])
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "A2"
    return sheet


def report_workbook(tables, *, heading):
    """Return an openpyxl Workbook of `tables`, one sheet each, the total row last."""
    workbook = Workbook()
    for index, table in enumerate(tables):
        sheet = _sheet(
            workbook,
            table.sheet,
            table.headers,
            [*table.rows, ["Cộng", *table.totals]],
            first=index == 0,
        )
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
    workbook.properties.title = heading
    workbook.properties.creator = "Cổng thông tin Ủy ban MTTQ tỉnh"
    return workbook


def history_workbook(recipient, commendations):
    """Return one recipient's whole history (revoked commendations included, marked) as an
    openpyxl Workbook."""
    headers = [
        "Năm",
        "Danh hiệu, hình thức",
        "Số quyết định",
        "Ngày ký",
        "Cơ quan ban hành",
        "Chức vụ",
        "Đơn vị công tác",
        "Thành tích",
        "Tiền thưởng (đồng)",
        "Mã xác thực",
        "Tình trạng",
    ]
    rows = []
    for c in commendations:
        status = "Còn hiệu lực"
        if c.revoked_on:
            status = f"Đã thu hồi ngày {c.revoked_on:%d/%m/%Y}"
            if c.revoking_decision:
                status += f" theo Quyết định số {c.revoking_decision}"
        rows.append(
            [
                c.decision.signed_on.year,
                c.award_type.name,
                c.decision.number,
                f"{c.decision.signed_on:%d/%m/%Y}",
                c.decision.issuer,
                c.position,
                c.organization,
                c.achievement,
                c.prize_amount,
                c.code,
                status,
            ]
        )
    workbook = Workbook()
    _sheet(workbook, "Quá trình khen thưởng", headers, rows, first=True)
    workbook.properties.title = f"Quá trình khen thưởng: {recipient.name}"
    return workbook


def xlsx_response(workbook, name):
    """Return `workbook` as a download named `name` and the date."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    stamp = timezone.localdate().strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="{name}-{stamp}.xlsx"'
    return response
