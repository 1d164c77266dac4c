"""The document library's filters, read from the query string."""

from django import forms
from django.core.validators import ProhibitNullCharactersValidator

from mttq_portal.searching import Terms, matching

from .models import Document, DocumentType, IssuingBody

MESSAGE_UNKNOWN = "Giá trị «%(value)s» không có trong danh sách; bộ lọc này đã được bỏ qua."


class DocumentFilterForm(forms.Form):
    """Type, issuer, year and words. A field given a value it cannot take (year=abc, an unknown
    type) is reported in Vietnamese and left out; the other filters still apply."""

    q = forms.CharField(label="Từ khóa", required=False, max_length=200)
    type = forms.ModelChoiceField(
        label="Loại văn bản",
        required=False,
        queryset=DocumentType.objects.all(),
        to_field_name="slug",
        empty_label="Tất cả",
    )
    issuer = forms.ModelChoiceField(
        label="Cơ quan ban hành",
        required=False,
        queryset=IssuingBody.objects.all(),
        to_field_name="slug",
        empty_label="Tất cả",
    )
    year = forms.TypedChoiceField(
        label="Năm ban hành", required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        years = Document.objects.published().dates("issued", "year", order="DESC")
        self.fields["year"].choices = [("", "Tất cả")] + [(d.year, d.year) for d in years]
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = MESSAGE_UNKNOWN
        self.fields["type"].error_messages["invalid_choice"] = (
            "Không có loại văn bản này; bộ lọc đã được bỏ qua."
        )
        self.fields["issuer"].error_messages["invalid_choice"] = (
            "Không có cơ quan ban hành này; bộ lọc đã được bỏ qua."
        )
        self.fields["year"].error_messages["invalid_choice"] = (
            "Không có văn bản nào ban hành năm «%(value)s»; bộ lọc đã được bỏ qua."
        )
        q = self.fields["q"]
        q.error_messages["max_length"] = "Từ khóa tìm kiếm dài quá 200 ký tự; đã bỏ qua."
        q.validators = [
            ProhibitNullCharactersValidator(message="Từ khóa có ký tự không hợp lệ; đã bỏ qua.")
            if isinstance(validator, ProhibitNullCharactersValidator)
            else validator
            for validator in q.validators
        ]

    def filter(self, queryset):
        """Return `queryset` narrowed by every filter that holds a valid value."""
        self.is_valid()
        data = self.cleaned_data
        terms = Terms.parse(data.get("q"))
        if terms:
            queryset = matching(queryset, terms)
        if data.get("type"):
            queryset = queryset.filter(type=data["type"])
        if data.get("issuer"):
            queryset = queryset.filter(issuer=data["issuer"])
        if data.get("year"):
            queryset = queryset.filter(issued__year=data["year"])
        return queryset

    @property
    def is_filtered(self):
        return any(self.cleaned_data.get(name) for name in self.fields)
