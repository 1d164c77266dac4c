"""The public filter of /mo-hinh/: GET parameters checked before any of them touches a query."""

import re

from django import forms

from mttq_portal.text import vietnamese_slugify

from .models import Campaign, ModelProgram, Period, PilotUnit, Sector

_SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,255}$")

# Status in the address bar by its Vietnamese label: ?tinh-trang=da-nhan-rong
STATUS_SLUGS = {vietnamese_slugify(label): value for value, label in ModelProgram.Status.choices}
STATUS_SLUG_OF = {value: slug for slug, value in STATUS_SLUGS.items()}


class SlugChoiceField(forms.ModelChoiceField):
    """A related object chosen by slug; anything not shaped like a slug is refused unqueried."""

    def __init__(self, queryset, *, label, noun):
        super().__init__(
            queryset,
            to_field_name="slug",
            required=False,
            label=label,
            error_messages={"invalid_choice": f"Không có {noun} này; bộ lọc đã được bỏ qua."},
        )

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if not _SLUG.match(str(value)):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class ProgramFilterForm(forms.Form):
    """Filters of the model program list; each GET parameter maps to one field.

    A bad value never raises: it is dropped from `filters()` and named in `ignored_messages()`.
    """

    #: GET parameter -> form field
    PARAMS = {
        "linh-vuc": "sector",
        "giai-doan": "period",
        "cuoc-van-dong": "campaign",
        "don-vi": "unit",
        "tinh-trang": "status",
        "dien-hinh": "advanced",
    }

    sector = SlugChoiceField(Sector.objects.all(), label="Lĩnh vực", noun="lĩnh vực")
    period = SlugChoiceField(Period.objects.all(), label="Giai đoạn", noun="giai đoạn")
    campaign = SlugChoiceField(
        Campaign.objects.all(), label="Cuộc vận động", noun="cuộc vận động, phong trào"
    )
    unit = SlugChoiceField(PilotUnit.objects.all(), label="Đơn vị điểm", noun="đơn vị điểm")
    status = forms.TypedChoiceField(
        label="Tình trạng",
        choices=[("", "Tất cả"), *((slug, slug) for slug in STATUS_SLUGS)],
        coerce=STATUS_SLUGS.get,
        required=False,
        empty_value=None,
        error_messages={"invalid_choice": "Không có tình trạng này; bộ lọc đã được bỏ qua."},
    )
    advanced = forms.TypedChoiceField(
        label="Điển hình tiên tiến",
        choices=[("", "Tất cả"), ("1", "Chỉ điển hình tiên tiến")],
        coerce=lambda value: value == "1",
        required=False,
        empty_value=False,
        error_messages={"invalid_choice": "Giá trị «điển hình» không hợp lệ; đã được bỏ qua."},
    )

    def __init__(self, query_params, **kwargs):
        data = {
            field: query_params.get(param, "")[:300]
            for param, field in self.PARAMS.items()
            if query_params.get(param, "")
        }
        super().__init__(data, **kwargs)

    def filters(self):
        """Return {field: value} for every valid, non-empty filter."""
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value not in (None, False, "") and name not in self.errors
        }

    def ignored_messages(self):
        self.is_valid()
        return [message for errors in self.errors.values() for message in errors]

    def param_of(self, field):
        return next(param for param, name in self.PARAMS.items() if name == field)
