"""The cells of the officers' spreadsheets: widgets for django-import-export's
``fields.Field(widget=...)``, each raising ``ValueError`` with a Vietnamese message that becomes a
per-row, per-column error of the import (mttq_portal.importing).

- ``TextWidget(multiline=False)``: text, trimmed, NFC-normalised (a whole number typed in Excel
  stays "2012"); multiline keeps line breaks.
- ``DayFirstDateWidget``: "24/04/2020" (also 24-04-2020, 24.04.2020, 2020-04-24) or a real Excel
  date cell; always exported as the text "24/04/2020".
- ``YearWidget``: a year such as 2012.
- ``YesNoWidget``: "Có" / "Không" (also x, 1/0, đúng/sai, true/false); empty is "Không".
- ``ChoiceLabelWidget(choices)``: a choice by its Vietnamese label ("Đang thực hiện"), or its
  stored value; exported as the label.
- ``NameForeignKeyWidget(model, field="name")``: a foreign key by name; an unknown name is the
  error "không có lĩnh vực «Abc»" (the model's verbose_name). Each distinct cell is looked up
  once per import (``ReferenceWidget``), whatever the number of rows naming it.
"""

import re
import unicodedata
from datetime import date, datetime

from django.utils import timezone
from import_export import widgets

from mttq_portal.text import clean_line, clean_multiline, name_key

DATE_EXAMPLE = "24/04/2020"
# Day first always; ISO last, for files written by other software.
DATE_INPUT_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y", "%Y-%m-%d")
DATE_OUTPUT_FORMAT = "%d/%m/%Y"
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


def is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class TextWidget(widgets.CharWidget):
    """Text, trimmed and NFC; `multiline` keeps the line breaks of a description."""

    def __init__(self, multiline=False, **kwargs):
        self.multiline = multiline
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        if self.multiline and isinstance(value, str):
            lines = (_tidy(line) for line in clean_multiline(value).split("\n"))
            return "\n".join(lines).strip()
        return clean_text(value)

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


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


class ReferenceWidget:
    """A widget for a cell that names a stored record (put it before the widget class, and give
    it find(text), raising ValueError with the Vietnamese reason): each distinct cell is looked
    up once per resource, so 5,000 rows naming ten units cost ten lookups.
    AllOrNothingResource.import_data() has it forget() what it found before each file."""

    def clean(self, value, row=None, **kwargs):
        text = clean_text(value)
        return self.resolve(text) if text else None

    def resolve(self, text):
        known = self.__dict__.setdefault("_known", {})
        if text not in known:
            try:
                known[text] = (self.find(text), None)
            except ValueError as error:
                known[text] = (None, str(error))
        found, error = known[text]
        if error is not None:
            raise ValueError(error)
        return found

    def forget(self):
        self._known = {}


class NameForeignKeyWidget(ReferenceWidget, widgets.ForeignKeyWidget):
    """A foreign key by name: by the name's identity key (mttq_portal.text.name_key: case, tone
    placement, Unicode form and spaces aside, never other diacritics) for a model that keeps
    one; else exact first, then ignoring case."""

    def __init__(self, model, field="name", **kwargs):
        super().__init__(model, field=field, **kwargs)

    def find(self, text):
        queryset = self.get_queryset(None, None)
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
