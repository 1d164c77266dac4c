"""Figures of the registry for /thong-ke/: totals and bar charts, one aggregate query each."""

from django.db.models import Count, F, Q
from django.urls import reverse

from mttq_portal.charts import bar_chart

from .forms import STATUS_SLUG_OF
from .models import ModelProgram, PilotUnit, Sector

UNIT = "mô hình"


def registry_totals():
    """Return the number of pilot units, model programs, advanced examples and replicated ones."""
    totals = ModelProgram.objects.aggregate(
        programs=Count("pk"),
        advanced=Count("pk", filter=Q(is_advanced_example=True)),
        replicated=Count("pk", filter=Q(status=ModelProgram.Status.REPLICATED)),
    )
    totals["units"] = PilotUnit.objects.count()
    return totals


def _list_url(**params):
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{reverse('models_registry:program_list')}?{query}"


def programs_by_sector_chart():
    sectors = Sector.objects.annotate(program_count=Count("programs")).order_by("order", "name")
    rows = [
        (sector.name, sector.program_count, _list_url(**{"linh-vuc": sector.slug}))
        for sector in sectors
    ]
    return bar_chart("Mô hình điểm theo lĩnh vực", rows, unit=UNIT, colours=True)


def programs_by_unit_chart():
    units = PilotUnit.objects.annotate(program_count=Count("programs")).order_by(
        "-program_count", "name"
    )
    rows = [(str(unit), unit.program_count, unit.get_absolute_url()) for unit in units]
    return bar_chart(
        "Mô hình điểm theo đơn vị điểm",
        rows,
        unit=UNIT,
        caption="Mô hình do đơn vị xây dựng, không tính mô hình được nhân rộng đến đơn vị.",
    )


def programs_by_period_chart():
    rows = (
        ModelProgram.objects.values("period__name", "period__slug", "period__start_year")
        .annotate(program_count=Count("pk"))
        .order_by(F("period__start_year").asc(nulls_last=True), "period__name")
    )
    bars = [
        (
            row["period__name"] or "Chưa xác định giai đoạn",
            row["program_count"],
            _list_url(**{"giai-doan": row["period__slug"]}) if row["period__slug"] else "",
        )
        for row in rows
    ]
    return bar_chart("Mô hình điểm theo giai đoạn", bars, unit=UNIT)


def programs_by_status_chart():
    counts = dict(
        ModelProgram.objects.values_list("status").annotate(program_count=Count("pk")).order_by()
    )
    rows = [
        (label, counts.get(value, 0), _list_url(**{"tinh-trang": STATUS_SLUG_OF[value]}))
        for value, label in ModelProgram.Status.choices
    ]
    return bar_chart("Mô hình điểm theo tình trạng", rows, unit=UNIT, colours=True)
