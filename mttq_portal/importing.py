"""Import and export of staff data as Excel (.xlsx) and CSV, in Vietnamese, all or nothing.

django-import-export does the work; this module makes every app's imports behave the same way:

Widgets (for ``fields.Field(widget=...)``), each raising ``ValueError`` with a Vietnamese message
that becomes a per-row, per-column error:

- ``TextWidget(multiline=False)``: text, trimmed, NFC-normalised (a whole number typed in Excel
  stays "2012"); multiline keeps line breaks; a leading "=" is exported as "'=" (not a formula).
- ``DayFirstDateWidget``: "24/04/2020" (also 24-04-2020, 24.04.2020, 2020-04-24) or a real Excel
  date cell; always exported as the text "24/04/2020".
- ``YearWidget``: a year such as 2012.
- ``YesNoWidget``: "Có" / "Không" (also x, 1/0, đúng/sai, true/false); empty is "Không".
- ``ChoiceLabelWidget(choices)``: a choice by its Vietnamese label ("Đang thực hiện"), or its
  stored value; exported as the label.
- ``NameForeignKeyWidget(model, field="name")``: a foreign key by name; an unknown name is the
  error "không có lĩnh vực «Abc»" (the model's verbose_name).

``AllOrNothingResource``: the base ``ModelResource``. One transaction (``use_transactions``); each
row validated with the model's ``full_clean()`` (constraints and ``clean()`` included); any
row error rolls back every row, on the preview and on the confirmed import alike; headers matched
without regard to case or surrounding spaces; missing ``required_columns`` reported before any
row is read; blank rows ignored; ``Result.error_lines()`` gives every problem as
"Dòng 3, cột «Lĩnh vực»: không có lĩnh vực «Abc»", numbered as in the spreadsheet (the header is
line 1, the first data row line 2).

``ImportExportAdminMixin``: put before ``admin.ModelAdmin``. Excel (.xlsx) and CSV only (CSV
read with "," or ";", written as UTF-8 with BOM so Excel shows Vietnamese), the preview lists
every row error and offers no confirm button while one remains, the confirm step refuses a file
with errors, importing needs the add and change permissions and exporting the view permission.

Example::

    class BookResource(AllOrNothingResource):
        title = fields.Field(attribute="title", column_name="Tên sách", widget=TextWidget())
        sector = fields.Field(
            attribute="sector", column_name="Lĩnh vực", widget=NameForeignKeyWidget(Sector)
        )

        class Meta(AllOrNothingResource.Meta):
            model = Book
            fields = ("title", "sector")
            import_id_fields = ("title",)
            name = "Sách"


    @admin.register(Book)
    class BookAdmin(ImportExportAdminMixin, admin.ModelAdmin):
        resource_classes = [BookResource]
"""

import logging
import re
import textwrap
import unicodedata
from datetime import date, datetime

from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from import_export import resources, widgets
from import_export.admin import ImportExportMixin
from import_export.formats import base_formats
from import_export.forms import SelectableFieldsExportForm
from import_export.results import Result, RowResult

from mttq_portal.models import OneRecordPerName
from mttq_portal.pagecache import announce_change
from mttq_portal.text import clean_line, clean_multiline, name_key, vietnamese_slugify

logger = logging.getLogger(__name__)

DATE_EXAMPLE = "24/04/2020"
# Day first always; ISO last, for files written by other software.
DATE_INPUT_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y", "%Y-%m-%d")
DATE_OUTPUT_FORMAT = "%d/%m/%Y"
# Line 1 of a spreadsheet is the header row, so data row n sits on line n + 1: the number an
# officer sees at the left of Excel.
HEADER_LINES = 1
_SPACES = re.compile(r"\s+")


def clean_text(value) -> str:
    """Return a cell as one line of text: NFC (Excel on a Mac writes decomposed letters), single
    spaces, without the control and invisible characters the models never store (clean_line):
    the cell is compared with stored names before any model cleans it."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _tidy(clean_line(str(value)))


def _tidy(text):
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def sheet_title(name) -> str:
    """Return `name` as an Excel sheet's name: at most 31 characters, cut between words, with
    none of the characters Excel refuses there."""
    name = re.sub(r"[\\/*?:\[\]]", " ", str(name))
    return textwrap.shorten(name, 31, placeholder="") or "Dữ liệu"


def is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class TextWidget(widgets.CharWidget):
    """Text, trimmed and NFC; `multiline` keeps the line breaks of a description.

    A text starting with "=" is exported behind an apostrophe, so that Excel shows it rather
    than running it as a formula; the apostrophe is dropped again on import.
    """

    def __init__(self, multiline=False, **kwargs):
        self.multiline = multiline
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        if self.multiline and isinstance(value, str):
            lines = (_tidy(line) for line in clean_multiline(value).split("\n"))
            text = "\n".join(lines).strip()
        else:
            text = clean_text(value)
        return text[1:] if text.startswith("'=") else text

    def render(self, value, obj=None, **kwargs):
        text = "" if value is None else str(value)
        return f"'{text}" if text.startswith("=") else text


class DayFirstDateWidget(widgets.Widget):
    """A date typed day first (24/04/2020) or a real Excel date; exported as "24/04/2020"."""

    def clean(self, value, row=None, **kwargs):
        if is_blank(value):
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            # A date cell read without its format: Excel's serial day number.
            from openpyxl.utils.datetime import from_excel

            try:
                return from_excel(value).date()
            except (ValueError, OverflowError, AttributeError):
                pass
        else:
            text = clean_text(value)
            # "24/04/2020 00:00:00": a date cell saved as text by some spreadsheets.
            text = text.split(" ", 1)[0]
            for date_format in DATE_INPUT_FORMATS:
                try:
                    return datetime.strptime(text, date_format).date()
                except ValueError:
                    continue
        raise ValueError(
            f"«{clean_text(value)}» không phải là ngày hợp lệ; hãy ghi ngày/tháng/năm, "
            f"ví dụ {DATE_EXAMPLE}"
        )

    def render(self, value, obj=None, **kwargs):
        # Text even in .xlsx: a native date cell is shown in the reader's locale, month first on
        # many installs, and the text round-trips through clean() unchanged.
        if isinstance(value, datetime):
            value = timezone.localtime(value) if timezone.is_aware(value) else value
        if isinstance(value, date):
            return value.strftime(DATE_OUTPUT_FORMAT)
        return ""


class YearWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        if is_blank(value):
            return None
        text = clean_text(value)
        if re.fullmatch(r"\d{4}", text) and 1900 <= int(text) <= 2100:
            return int(text)
        raise ValueError(f"«{text}» không phải là năm hợp lệ (ví dụ 2012)")

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class YesNoWidget(widgets.Widget):
    """Có / Không; an empty cell is Không."""

    TRUE = frozenset({"có", "co", "x", "1", "đúng", "dung", "true", "yes", "y"})
    FALSE = frozenset({"không", "khong", "0", "sai", "false", "no", "n", ""})

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            return value
        text = clean_text(value).casefold()
        if text in self.TRUE:
            return True
        if text in self.FALSE:
            return False
        raise ValueError(f"«{clean_text(value)}» không hợp lệ; hãy ghi «Có» hoặc «Không»")

    def render(self, value, obj=None, **kwargs):
        return "Có" if value else "Không"


class ChoiceLabelWidget(widgets.Widget):
    """A choice read by its Vietnamese label (or stored value) and exported as the label."""

    def __init__(self, choices, **kwargs):
        self.choices = [(str(value), str(label)) for value, label in choices]
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        text = clean_text(value)
        if not text:
            return None
        wanted = text.casefold()
        for stored, label in self.choices:
            if wanted in (stored.casefold(), label.casefold()):
                return stored
        labels = ", ".join(f"«{label}»" for _, label in self.choices)
        raise ValueError(f"«{text}» không hợp lệ; hãy ghi một trong: {labels}")

    def render(self, value, obj=None, **kwargs):
        return dict(self.choices).get(str(value), "") if value is not None else ""


class NameForeignKeyWidget(widgets.ForeignKeyWidget):
    """A foreign key by name: by the name's identity key (mttq_portal.text.name_key: case, tone
    placement, Unicode form and spaces aside, never other diacritics) for a model that keeps
    one; else exact first, then ignoring case."""

    def __init__(self, model, field="name", **kwargs):
        super().__init__(model, field=field, **kwargs)

    def clean(self, value, row=None, **kwargs):
        text = clean_text(value)
        if not text:
            return None
        queryset = self.get_queryset(text, row, **kwargs)
        if self.field == "name" and any(f.name == "name_key" for f in self.model._meta.fields):
            matches = list(queryset.filter(name_key=name_key(text))[:2])
        else:
            matches = list(queryset.filter(**{self.field: text})[:2])
        if not matches:
            # SQLite compares only ASCII letters without case, so match case in Python; the
            # tables looked up by name (sectors, campaigns, periods) are short.
            wanted = text.casefold()
            matches = [
                obj for obj in queryset if clean_text(getattr(obj, self.field)).casefold() == wanted
            ][:2]
        verbose_name = self.model._meta.verbose_name
        if not matches:
            raise ValueError(f"không có {verbose_name} «{text}»")
        if len(matches) > 1:
            raise ValueError(f"có nhiều {verbose_name} mang tên «{text}»")
        return matches[0]

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else clean_text(getattr(value, self.field))


class ImportResult(Result):
    """A Result that can say what went wrong in Vietnamese, line by line."""

    column_names: dict = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.column_names = {}

    def append_row_result(self, row_result):
        if not getattr(row_result, "blank", False):
            super().append_row_result(row_result)

    def has_any_error(self):
        return self.has_errors() or self.has_validation_errors()

    def error_lines(self):
        """Return every problem as one Vietnamese sentence, "Dòng 3, cột «X»: …", in line order."""
        lines = [(0, _error_text(error.error)) for error in self.base_errors]
        for row in self.invalid_rows:
            line = row.number + HEADER_LINES
            for key, errors in row.error_dict.items():
                column = self.column_names.get(key, key)
                where = (
                    f"Dòng {line}" if key == NON_FIELD_ERRORS else f"Dòng {line}, cột «{column}»"
                )
                lines.extend((line, f"{where}: {message}") for message in errors)
        for row in self.error_rows:
            line = row.number + HEADER_LINES
            lines.extend((line, f"Dòng {line}: {_error_text(error.error)}") for error in row.errors)
        return [text for _, text in sorted(lines, key=lambda item: item[0])]


def _error_text(error):
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    if isinstance(error, ValueError):
        return str(error)
    # A database or programming error: its text is English and technical, so log it and give
    # the officer something they can act on.
    logger.warning("Import row failed: %r", error)
    return "không ghi được dòng này vào cơ sở dữ liệu; hãy kiểm tra lại giá trị các cột"


class AllOrNothingResource(resources.ModelResource):
    """Base resource: one transaction, validated rows, nothing written while any row is wrong."""

    #: Field names whose columns a file must have (default: the import_id_fields).
    required_columns: tuple = ()

    class Meta:
        use_transactions = True
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True

    def get_result_class(self):
        return ImportResult

    def export(self, *args, **kwargs):
        """Export as tablib does, the sheet named after what it holds (tablib's own name for a
        sheet without a title is "Tablib Dataset")."""
        dataset = super().export(*args, **kwargs)
        dataset.title = sheet_title(self._meta.name or self._meta.model._meta.verbose_name_plural)
        return dataset

    def get_required_columns(self):
        names = self.required_columns or tuple(self.get_import_id_fields())
        return [self.fields[name].column_name for name in names]

    def import_data(
        self,
        dataset,
        dry_run=False,
        raise_errors=False,
        use_transactions=None,
        collect_failed_rows=False,
        rollback_on_validation_errors=True,
        **kwargs,
    ):
        """Import `dataset`; roll everything back when any row has an error of any kind."""
        self._match_headers(dataset)
        missing = [name for name in self.get_required_columns() if name not in dataset.headers]
        if missing:
            result = self.get_result_class()()
            result.total_rows = len(dataset)
            columns = ", ".join(f"«{name}»" for name in missing)
            result.append_base_error(
                self.get_error_result_class()(
                    ValueError(
                        f"Tệp thiếu cột {columns}. Dòng đầu tiên của tệp phải là tên các cột, "
                        "như trong tệp xuất ra từ trang này."
                    )
                )
            )
        else:
            # rollback_on_validation_errors=True always: the confirm step must not write the
            # valid rows of a file that has invalid ones.
            result = super().import_data(
                dataset,
                dry_run=dry_run,
                raise_errors=raise_errors,
                use_transactions=use_transactions,
                collect_failed_rows=collect_failed_rows,
                rollback_on_validation_errors=True,
                **kwargs,
            )
        if not dry_run and not (result.has_errors() or result.has_validation_errors()):
            # Once for the whole file, when its transaction commits.
            announce_change()
        result.column_names = {
            field.attribute: field.column_name for field in self.fields.values() if field.attribute
        }
        return result

    def _match_headers(self, dataset):
        """Rename headers that differ from ours only by case or spaces to our column names."""
        ours = {
            clean_text(field.column_name).casefold(): field.column_name
            for field in self.fields.values()
        }
        dataset.headers = [
            ours.get(clean_text(header).casefold(), clean_text(header))
            for header in (dataset.headers or [])
        ]

    def get_instance(self, instance_loader, row):
        """Return the record the row's key cells name: for a model of one record per name
        (mttq_portal.models.OneRecordPerName), the one whose identity keys they give, so that
        "Huyện Hoà Bình" in a file updates the unit stored with "huyện Hòa Bình"."""
        try:
            if issubclass(self._meta.model, OneRecordPerName) and self.get_import_id_fields():
                probe = self._meta.model()
                for name in self.get_import_id_fields():
                    field = self.fields[name]
                    setattr(probe, field.attribute, field.clean(row))
                return probe.same_records().first()
            return super().get_instance(instance_loader, row)
        except ValueError:
            # An unreadable key cell (an unknown name): the same cell fails again in
            # import_instance(), where it becomes an error naming its line and column.
            return None

    def import_row(self, row, instance_loader, **kwargs):
        if all(is_blank(value) for value in row.values()):
            # Excel keeps formatted empty rows below the data; they are not rows to import.
            row_result = self.get_row_result_class()()
            row_result.import_type = RowResult.IMPORT_TYPE_SKIP
            row_result.blank = True
            return row_result
        return super().import_row(row, instance_loader, **kwargs)

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        # Many-to-many cells are read only after the row is saved, where a bad value would be a
        # bare exception; read them now so that they are reported like any other cell.
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    field.clean(row, **kwargs)
                except ValueError as error:
                    errors[field.attribute] = ValidationError(str(error))
        if errors:
            raise ValidationError(errors)


class CSV(base_formats.CSV):
    """CSV with "," or ";" between cells: Excel on Vietnamese Windows writes ";"."""

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes) and self.encoding:
            in_stream = in_stream.decode(self.encoding)
        header = in_stream.lstrip("\ufeff").splitlines()[0] if in_stream.strip() else ""
        if header.count(";") > header.count(","):
            kwargs["delimiter"] = ";"
        return super().create_dataset(in_stream, **kwargs)


class ExportForm(SelectableFieldsExportForm):
    """The export form, its column checkboxes labelled by the Vietnamese column names."""

    def _get_field_label(self, resource, field_name):
        field = resource.fields.get(field_name)
        return field.column_name if field and field.column_name else field_name


class ImportExportAdminMixin(ImportExportMixin):
    """Excel/CSV import with preview and export for a ModelAdmin, in Vietnamese, all or nothing."""

    formats = [base_formats.XLSX, CSV]
    import_template_name = "models_registry/admin/import.html"
    export_form_class = ExportForm
    # Excel opens a CSV as UTF-8 only when it starts with a byte order mark.
    to_encoding = "utf-8-sig"
    from_encoding = "utf-8-sig"

    def has_import_permission(self, request):
        return self.has_add_permission(request) and self.has_change_permission(request)

    def has_export_permission(self, request):
        return self.has_view_permission(request)

    def add_data_read_fail_error_to_form(self, form, e):
        form.add_error(
            "import_file",
            "Không đọc được tệp. Hãy chọn đúng định dạng (xlsx hoặc csv); tệp CSV phải lưu bằng "
            "mã UTF-8 (trong Excel: «CSV UTF-8»).",
        )

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            # The confirm step of a file that has errors (changed data, or a forged request):
            # the resource has rolled everything back; say so and show why.
            error_lines = result.error_lines() if isinstance(result, ImportResult) else []
            messages.error(request, "Không nhập dòng nào vì tệp có lỗi. Hãy sửa tệp rồi nhập lại.")
            for line in error_lines[:20]:
                messages.error(request, line)
            url = reverse(
                "admin:{}_{}_import".format(*self.get_model_info()),
                current_app=self.admin_site.name,
            )
            return HttpResponseRedirect(url)
        return super().process_result(result, request)

    def add_success_message(self, result, request):
        totals = result.totals
        messages.success(
            request,
            f"Đã nhập xong ({self.model._meta.verbose_name_plural}): "
            f"{totals[RowResult.IMPORT_TYPE_NEW]} dòng mới, "
            f"{totals[RowResult.IMPORT_TYPE_UPDATE]} dòng cập nhật, "
            f"{totals[RowResult.IMPORT_TYPE_SKIP]} dòng không thay đổi.",
        )

    def get_export_filename(self, request, queryset, file_format):
        name = vietnamese_slugify(str(self.model._meta.verbose_name_plural))
        today = timezone.localdate().strftime("%d-%m-%Y")
        return f"{name}-{today}.{file_format.get_extension()}"
