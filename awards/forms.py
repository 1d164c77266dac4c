"""Forms of the honor roll's filters and of the officers' import of recipients."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator

from models_registry.models import Campaign, Period
from mttq_portal import import_files

from .models import AwardDecision, AwardType, Commendation, normalised_code
from .search import matching_commendations

ANY = [("", "Tất cả")]


def refuse_nul_in_vietnamese(field, message):
    """Give `field` a Vietnamese message for a NUL character: Django's own has no Vietnamese
    translation."""
    field.validators = [
        ProhibitNullCharactersValidator(message=message)
        if isinstance(validator, ProhibitNullCharactersValidator)
        else validator
        for validator in field.validators
    ]


class HonorRollFilterForm(forms.Form):
    """The honor roll's filters, read from the query string.

    A field given a value it cannot take (year=abc, an unknown award form) is reported and left
    out; the other filters still apply.
    """

    q = forms.CharField(label="Tên tập thể, cá nhân", required=False, max_length=200)
    year = forms.TypedChoiceField(label="Năm", required=False, coerce=int, empty_value=None)
    award_form = forms.ModelChoiceField(
        label="Danh hiệu, hình thức",
        required=False,
        queryset=AwardType.objects.filter(commendations__revoked_on=None).distinct(),
        to_field_name="slug",
        empty_label="Tất cả",
    )
    kind = forms.ChoiceField(
        label="Đối tượng", required=False, choices=ANY + Commendation.RecipientKind.choices
    )
    campaign = forms.ModelChoiceField(
        label="Cuộc vận động, phong trào",
        required=False,
        queryset=Campaign.objects.order_by("name"),
        to_field_name="slug",
        empty_label="Tất cả",
    )
    period = forms.ModelChoiceField(
        label="Giai đoạn",
        required=False,
        queryset=Period.objects.all(),
        to_field_name="slug",
        empty_label="Tất cả",
    )
    issuer = forms.ChoiceField(label="Cơ quan ban hành", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        years = AwardDecision.objects.dates("signed_on", "year", order="DESC")
        self.fields["year"].choices = ANY + [(d.year, d.year) for d in years]
        issuers = (
            AwardDecision.objects.order_by("issuer").values_list("issuer", flat=True).distinct()
        )
        self.fields["issuer"].choices = ANY + [(issuer, issuer) for issuer in issuers]
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = (
                "Giá trị «%(value)s» không có trong danh sách; bộ lọc này đã được bỏ qua."
            )
        self.fields["campaign"].error_messages["invalid_choice"] = (
            "Không có cuộc vận động, phong trào này; bộ lọc đã được bỏ qua."
        )
        self.fields["award_form"].error_messages["invalid_choice"] = (
            "Không có danh hiệu, hình thức khen thưởng này; bộ lọc đã được bỏ qua."
        )
        self.fields["period"].error_messages["invalid_choice"] = (
            "Không có giai đoạn này; bộ lọc đã được bỏ qua."
        )
        self.fields["q"].error_messages["max_length"] = (
            "Từ khóa tìm kiếm dài quá 200 ký tự; đã bỏ qua."
        )
        refuse_nul_in_vietnamese(self.fields["q"], "Từ khóa có ký tự không hợp lệ; đã bỏ qua.")

    def filter(self, queryset):
        """Return `queryset` narrowed by every filter that holds a valid value."""
        self.is_valid()
        data = self.cleaned_data
        if data.get("q"):
            queryset = matching_commendations(queryset, data["q"])
        if data.get("year"):
            queryset = queryset.filter(decision__signed_on__year=data["year"])
        if data.get("award_form"):
            queryset = queryset.filter(award_type=data["award_form"])
        if data.get("kind"):
            queryset = queryset.filter(recipient_kind=data["kind"])
        if data.get("campaign"):
            queryset = queryset.filter(decision__campaign=data["campaign"])
        if data.get("period"):
            queryset = queryset.filter(decision__period=data["period"])
        if data.get("issuer"):
            queryset = queryset.filter(decision__issuer=data["issuer"])
        return queryset

    @property
    def is_filtered(self):
        return any(self.cleaned_data.get(name) for name in self.fields)


class VerifyForm(forms.Form):
    """The code printed on a certificate, as a reader types it."""

    ma = forms.CharField(
        label="Mã xác thực",
        max_length=40,
        help_text="10 ký tự in dưới mã QR trên giấy khen, bằng khen; không phân biệt chữ hoa, "
        "chữ thường.",
        error_messages={"required": "Hãy nhập mã xác thực.", "max_length": "Mã quá dài."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        refuse_nul_in_vietnamese(self.fields["ma"], "Mã có ký tự không hợp lệ.")

    def clean_ma(self):
        code = normalised_code(self.cleaned_data["ma"])
        if not Commendation.objects.filter(code=code).exists():
            raise ValidationError(
                "Không có khen thưởng nào mang mã này. Hãy kiểm tra lại từng ký tự (mã không "
                "có chữ O, I và số 0, 1)."
            )
        return code


class ReportForm(forms.Form):
    """The years a report covers (by the year decisions were signed)."""

    tu_nam = forms.IntegerField(
        label="Từ năm",
        required=False,
        min_value=1945,
        max_value=2100,
        error_messages={"invalid": "Năm phải là số, ví dụ 2020."},
    )
    den_nam = forms.IntegerField(
        label="Đến năm",
        required=False,
        min_value=1945,
        max_value=2100,
        error_messages={"invalid": "Năm phải là số, ví dụ 2025."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.error_messages["min_value"] = "Năm không được trước %(limit_value)s."
            field.error_messages["max_value"] = "Năm không được sau %(limit_value)s."

    def clean(self):
        data = super().clean()
        start, end = data.get("tu_nam"), data.get("den_nam")
        if start and end and start > end:
            raise ValidationError("«Từ năm» phải trước hoặc bằng «Đến năm».")
        return data


def read_dataset(file_name, content):
    """Return the tablib Dataset of an uploaded .xlsx or .csv, or raise ValidationError."""
    extension = file_name.lower().rpartition(".")[2]
    if extension == "xlsx":
        file_format = import_files.XLSX()
    elif extension == "csv":
        file_format = import_files.CSV(encoding="utf-8-sig")
    else:
        raise ValidationError(
            "Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).", code="import_extension"
        )
    try:
        dataset = file_format.create_dataset(content)
    except import_files.FileRefused as error:
        raise ValidationError(str(error), code="import_refused") from error
    except Exception as error:
        # Spreadsheet parsers fail in many ways (bad zip, bad encoding, bad XML); all mean the
        # same thing to the officer.
        raise ValidationError(
            "Không đọc được tệp. Hãy lưu lại bằng Excel dưới dạng .xlsx, hoặc CSV UTF-8, "
            "rồi tải lên lại.",
            code="import_unreadable",
        ) from error
    if not dataset.headers or not any(dataset.headers):
        raise ValidationError(
            "Tệp không có dòng tiêu đề. Dòng đầu tiên phải là tên các cột.", code="import_empty"
        )
    return dataset


class RecipientImportForm(forms.Form):
    """Step 1 of the import into a decision: the file, checked and read."""

    import_file = forms.FileField(
        label="Tệp danh sách (.xlsx hoặc .csv)",
        error_messages={
            "required": "Hãy chọn tệp danh sách cần nhập.",
            "empty": "Tệp rỗng; hãy chọn tệp có danh sách.",
        },
    )

    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        try:
            import_files.check_size(upload.size)
        except import_files.FileRefused as error:
            raise ValidationError(str(error), code="import_too_large") from error
        self.content = upload.read()
        self.dataset = read_dataset(upload.name, self.content)
        return upload


class RecipientImportConfirmForm(forms.Form):
    """Step 2: the token of the file kept at step 1 (mttq_portal.import_store)."""

    token = forms.CharField(widget=forms.HiddenInput)
