"""Excel and CSV import/export of pilot units and model programs, with Vietnamese columns."""

import re

from django.db.models import Q
from import_export import fields, widgets

from mttq_portal.import_widgets import (
    ChoiceLabelWidget,
    DayFirstDateWidget,
    NameForeignKeyWidget,
    ReferenceWidget,
    TextWidget,
    YearWidget,
    YesNoWidget,
    clean_text,
)
from mttq_portal.importing import AllOrNothingResource
from mttq_portal.text import name_key

from .models import Campaign, ModelProgram, Period, PilotUnit, Sector, former_district_name

_YEAR_RANGE = re.compile(r"^(\d{4})\s*[-–—]\s*(\d{4})$")


def unit_label(unit):
    """Return how a file names `unit`: "Xã Đông Hưng (Huyện Đông Hưng)", read back by clean()."""
    label = f"{unit.get_unit_type_display()} {unit.name}"
    return f"{label} ({unit.former_district})" if unit.former_district else label


def _names_and_districts(text):
    """Yield each way to read `text` as a name and an optional bracketed district.

    Every "(" may open the district, since a district may hold brackets itself:
    "Xã An Thạnh (huyện Hòa Bình (cũ))".
    """
    yield text, None
    if text.endswith(")"):
        for index, char in enumerate(text):
            if char == "(":
                yield text[:index].strip(), text[index + 1 : -1].strip()


def find_pilot_unit(text):
    """Return the one pilot unit `text` names, or raise ValueError saying why not.

    `text` is the unit's name, optionally preceded by its type ("Xã", "Phường", …) and followed
    by its former district in brackets; the type and district are needed only when names repeat.
    """
    readings = [(None, text)]
    for unit_type in PilotUnit.UnitType:
        prefix = f"{unit_type.label} "
        if text.casefold().startswith(prefix.casefold()):
            readings.append((unit_type, text[len(prefix) :].strip()))
    candidates = Q(pk__in=[])
    for unit_type, rest in readings:
        for name, district in _names_and_districts(rest):
            # By identity key: "xã an thạnh (Huyện Hoà Bình)" names "Xã An Thạnh (huyện Hòa Bình)".
            reading = Q(name_key=name_key(name))
            if unit_type is not None:
                reading &= Q(unit_type=unit_type)
            if district is not None:
                reading &= Q(district_key=name_key(former_district_name(district)))
            candidates |= reading
    found = list(PilotUnit.objects.filter(candidates)[:2])
    if not found:
        raise ValueError(f"không có đơn vị điểm «{text}»")
    if len(found) > 1:
        raise ValueError(
            f"có nhiều đơn vị điểm khớp với «{text}»; hãy ghi kèm loại đơn vị và huyện cũ, "
            f"ví dụ «{unit_label(found[0])}»"
        )
    return found[0]


class PilotUnitWidget(ReferenceWidget, widgets.ForeignKeyWidget):
    def __init__(self, **kwargs):
        super().__init__(PilotUnit, **kwargs)

    def find(self, text):
        return find_pilot_unit(text)

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else unit_label(value)


class PilotUnitListWidget(ReferenceWidget, widgets.ManyToManyWidget):
    """Several pilot units in one cell, separated by ";"."""

    def __init__(self, **kwargs):
        super().__init__(PilotUnit, separator=";", **kwargs)

    def clean(self, value, row=None, **kwargs):
        texts = [clean_text(part) for part in clean_text(value).split(self.separator)]
        return [self.resolve(text) for text in texts if text]

    def find(self, text):
        return find_pilot_unit(text)

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return f"{self.separator} ".join(unit_label(unit) for unit in value.all())


class PeriodWidget(NameForeignKeyWidget):
    """A period by name, or by its years written "2011-2015" whatever the dash."""

    def __init__(self, **kwargs):
        super().__init__(Period, **kwargs)

    def find(self, text):
        try:
            return super().find(text)
        except ValueError:
            match = _YEAR_RANGE.match(text)
            if match:
                period = Period.objects.filter(
                    start_year=int(match[1]), end_year=int(match[2])
                ).first()
                if period:
                    return period
            raise


class PilotUnitResource(AllOrNothingResource):
    name = fields.Field(attribute="name", column_name="Tên đơn vị", widget=TextWidget())
    unit_type = fields.Field(
        attribute="unit_type",
        column_name="Loại đơn vị",
        widget=ChoiceLabelWidget(PilotUnit.UnitType.choices),
    )
    former_district = fields.Field(
        attribute="former_district", column_name="Huyện cũ", widget=TextWidget()
    )
    year_chosen = fields.Field(
        attribute="year_chosen", column_name="Năm chọn làm điểm", widget=YearWidget()
    )
    period = fields.Field(attribute="period", column_name="Giai đoạn", widget=PeriodWidget())
    description = fields.Field(
        attribute="description", column_name="Giới thiệu", widget=TextWidget(multiline=True)
    )

    required_columns = ("name", "unit_type")

    class Meta(AllOrNothingResource.Meta):
        model = PilotUnit
        name = "Đơn vị điểm"
        fields = ("name", "unit_type", "former_district", "year_chosen", "period", "description")
        import_id_fields = ("unit_type", "name", "former_district")

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("period")


class ModelProgramResource(AllOrNothingResource):
    name = fields.Field(attribute="name", column_name="Tên mô hình", widget=TextWidget())
    unit = fields.Field(attribute="unit", column_name="Đơn vị điểm", widget=PilotUnitWidget())
    sector = fields.Field(
        attribute="sector", column_name="Lĩnh vực", widget=NameForeignKeyWidget(Sector)
    )
    campaign = fields.Field(
        attribute="campaign", column_name="Cuộc vận động", widget=NameForeignKeyWidget(Campaign)
    )
    period = fields.Field(attribute="period", column_name="Giai đoạn", widget=PeriodWidget())
    start_date = fields.Field(
        attribute="start_date", column_name="Ngày bắt đầu", widget=DayFirstDateWidget()
    )
    status = fields.Field(
        attribute="status",
        column_name="Tình trạng",
        widget=ChoiceLabelWidget(ModelProgram.Status.choices),
        # An empty cell: the model's own default, "Đang thực hiện".
        default=ModelProgram.Status.RUNNING,
    )
    is_advanced_example = fields.Field(
        attribute="is_advanced_example", column_name="Điển hình tiên tiến", widget=YesNoWidget()
    )
    description = fields.Field(
        attribute="description", column_name="Mô tả", widget=TextWidget(multiline=True)
    )
    results = fields.Field(
        attribute="results", column_name="Kết quả", widget=TextWidget(multiline=True)
    )
    replicated_to = fields.Field(
        attribute="replicated_to", column_name="Nhân rộng tại", widget=PilotUnitListWidget()
    )

    required_columns = ("name", "unit", "sector")

    class Meta(AllOrNothingResource.Meta):
        model = ModelProgram
        name = "Mô hình điểm"
        fields = (
            "name",
            "unit",
            "sector",
            "campaign",
            "period",
            "start_date",
            "status",
            "is_advanced_example",
            "description",
            "results",
            "replicated_to",
        )
        import_id_fields = ("unit", "name")

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("unit", "sector", "campaign", "period").prefetch_related(
            "replicated_to"
        )
