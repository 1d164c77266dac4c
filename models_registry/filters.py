"""Faceted filtering of model programs: each filter narrows the list, each option shows a count.

The count next to an option is the number of programs the list would show if that option were
chosen, the other active filters kept: one aggregate query per facet, whatever the data size.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.utils.functional import cached_property

from .forms import STATUS_SLUG_OF, ProgramFilterForm
from .models import Campaign, ModelProgram, Period, PilotUnit, Sector

# Form field -> the ModelProgram lookup it filters on.
LOOKUPS = {
    "sector": "sector",
    "period": "period",
    "campaign": "campaign",
    "unit": "unit",
    "status": "status",
    "advanced": "is_advanced_example",
}


@dataclass
class FacetOption:
    label: str
    count: int
    url: str
    selected: bool = False


@dataclass
class Facet:
    name: str
    title: str
    clear_url: str
    options: list[FacetOption] = field(default_factory=list)

    @property
    def selected(self):
        return next((option for option in self.options if option.selected), None)

    @property
    def visible_options(self):
        """Options that would show something, and the chosen one even when it would not."""
        return [option for option in self.options if option.count or option.selected]


class ProgramFilter:
    """Read the filters from a request's GET parameters; give the filtered programs and facets."""

    def __init__(self, query_params, *, path=""):
        self.form = ProgramFilterForm(query_params)
        self.values = self.form.filters()
        self.path = path

    @property
    def is_active(self):
        return bool(self.values)

    def lookups(self, *, without=None, prefix=""):
        """Return the ModelProgram lookups of the active filters, all but `without`."""
        return {
            f"{prefix}{LOOKUPS[name]}": value
            for name, value in self.values.items()
            if name != without
        }

    def programs(self):
        """Return the model programs every active filter allows."""
        return ModelProgram.objects.filter(**self.lookups())

    def url(self, **changes):
        """Return the list's address with the active filters, changed by `changes` (None drops)."""
        params = {name: self._param_value(name, value) for name, value in self.values.items()}
        params.update(changes)
        query = urlencode(
            [
                (self.form.param_of(name), value)
                for name, value in params.items()
                if value not in (None, "")
            ]
        )
        return f"{self.path}?{query}" if query else self.path

    @cached_property
    def facets(self):
        """Return the six facets, each computed with one aggregate query."""
        return [
            # Ordered explicitly: a grouped query does not take the model's order. Names in
            # Vietnamese alphabetical order (their columns' collation), periods by their years.
            self._related_facet("sector", "Lĩnh vực", Sector.objects.order_by("order", "name")),
            self._related_facet(
                "period", "Giai đoạn", Period.objects.order_by("start_year", "end_year", "name")
            ),
            self._related_facet(
                "campaign", "Cuộc vận động, phong trào", Campaign.objects.order_by("name", "pk")
            ),
            self._related_facet(
                "unit", "Đơn vị điểm", PilotUnit.objects.order_by("name", "former_district", "pk")
            ),
            self._status_facet(),
            self._advanced_facet(),
        ]

    def active_filters(self):
        """Return (label, url without it) for each active filter, to show and remove them."""
        chosen = []
        for facet in self.facets:
            if facet.selected:
                chosen.append((f"{facet.title}: {facet.selected.label}", facet.clear_url))
        return chosen

    def _param_value(self, name, value):
        if name in ("sector", "period", "campaign", "unit"):
            return value.slug
        if name == "status":
            return STATUS_SLUG_OF[value]
        return "1" if value else None

    def _related_facet(self, name, title, queryset):
        others = self.lookups(without=name, prefix="programs__")
        count = Count("programs", filter=Q(**others) if others else None)
        chosen = self.values.get(name)
        facet = Facet(name=name, title=title, clear_url=self.url(**{name: None}))
        for obj in queryset.annotate(program_count=count):
            facet.options.append(
                FacetOption(
                    label=str(obj),
                    count=obj.program_count,
                    url=self.url(**{name: obj.slug}),
                    selected=chosen is not None and obj.pk == chosen.pk,
                )
            )
        return facet

    def _status_facet(self):
        rows = (
            ModelProgram.objects.filter(**self.lookups(without="status"))
            .values("status")
            .annotate(program_count=Count("pk"))
            .order_by()
        )
        counts = {row["status"]: row["program_count"] for row in rows}
        chosen = self.values.get("status")
        facet = Facet(name="status", title="Tình trạng", clear_url=self.url(status=None))
        for value, label in ModelProgram.Status.choices:
            facet.options.append(
                FacetOption(
                    label=label,
                    count=counts.get(value, 0),
                    url=self.url(status=STATUS_SLUG_OF[value]),
                    selected=chosen == value,
                )
            )
        return facet

    def _advanced_facet(self):
        count = (
            ModelProgram.objects.filter(**self.lookups(without="advanced"))
            .filter(is_advanced_example=True)
            .count()
        )
        facet = Facet(name="advanced", title="Điển hình", clear_url=self.url(advanced=None))
        facet.options.append(
            FacetOption(
                label="Điển hình tiên tiến",
                count=count,
                url=self.url(advanced="1"),
                selected=bool(self.values.get("advanced")),
            )
        )
        return facet
