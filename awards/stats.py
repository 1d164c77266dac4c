"""The honor roll's charts for /thong-ke/: public commendations only, three queries in all."""

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.urls import reverse

from mttq_portal.charts import bar_chart

from .models import Commendation


def _honor_roll_url(**params):
    query = "&".join(f"{name}={value}" for name, value in params.items())
    return f"{reverse('awards:honor_roll')}?{query}"


def commendations_by_year():
    """Return a chart of public commendations per year of signing, oldest year first."""
    rows = (
        Commendation.objects.public()
        .annotate(year=ExtractYear("decision__signed_on"))
        .values("year")
        .annotate(total=Count("id"))
        .order_by("year")
    )
    return bar_chart(
        "Số lượt khen thưởng theo năm",
        [(str(row["year"]), row["total"], _honor_roll_url(year=row["year"])) for row in rows],
        unit="lượt",
        caption="Năm ký quyết định khen thưởng.",
    )


def commendations_by_award_form():
    """Return a chart of public commendations per title or form of award, most frequent
    first."""
    rows = (
        Commendation.objects.public()
        .values("award_type__name", "award_type__slug")
        .annotate(total=Count("id"))
        .order_by("-total", "award_type__order", "award_type__slug")
    )
    return bar_chart(
        "Số lượt khen thưởng theo danh hiệu, hình thức",
        [
            (
                row["award_type__name"],
                row["total"],
                _honor_roll_url(award_form=row["award_type__slug"]),
            )
            for row in rows
        ],
        unit="lượt",
        colours=True,
    )


def commendations_by_kind():
    """Return a chart of collectives against individuals (and households) among public
    commendations."""
    totals = dict(
        Commendation.objects.public()
        .values_list("recipient_kind")
        .annotate(total=Count("id"))
        .order_by()
    )
    return bar_chart(
        "Tập thể và cá nhân được khen thưởng",
        [
            (label, totals.get(kind, 0), _honor_roll_url(kind=kind))
            for kind, label in Commendation.RecipientKind.choices
            # Households are shown once any is commended; collectives and individuals always.
            if totals.get(kind) or kind != Commendation.RecipientKind.HOUSEHOLD
        ],
        unit="lượt",
        colours=True,
    )


def award_charts():
    """Return the award charts of the statistics page, keyed as statistics.html expects."""
    return {
        "by_year": commendations_by_year(),
        "by_award_form": commendations_by_award_form(),
        "by_kind": commendations_by_kind(),
    }
