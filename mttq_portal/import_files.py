"""The officers' spreadsheet files themselves: formulas kept out of exports, uploads bounded
before they are parsed.

**Formulas.** Excel, LibreOffice and Google Sheets run a cell that starts with "=", "+", "-" or
"@" (and, in a CSV, one starting with a tab or a carriage return) as a formula: a name such as
``=HYPERLINK("http://…","Bấm")`` in the registry would become a live link, or worse, on the office
machine that opens an export. As OWASP's CSV-injection guidance describes, formula_safe() writes
such a text behind an apostrophe (AllOrNothingResource.export() gives every export's cells
through safe_dataset(), so .xlsx and .csv alike), and CSV cells are all quoted; numbers
are not text and stay numbers. formula_restored() takes that one apostrophe off again on import,
so that a file exported and imported again gives back exactly what was typed (a text that itself
began with an apostrophe before such a character gets a second one, and loses only that).

**Bounds.** An upload is refused before any parser reads it (FileRefused, in Vietnamese) when it
is larger than MAX_FILE_BYTES; when an .xlsx, a zip archive, declares more than
MAX_UNCOMPRESSED_BYTES once unpacked (a 1.6 MB zip bomb unpacks to hundreds of MB of XML; the
declared sizes bound what Python's zipfile will unpack, a lie ends in a CRC error), or a sheet
wider than MAX_COLUMNS; and when it has more rows than MAX_ROWS allows. The rows are counted again
once read: blank rows aside, at most MAX_ROWS.
"""

import csv
import io
import re
import zipfile

from import_export.formats import base_formats

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 40 * 1024 * 1024
MAX_ROWS = 5000
MAX_COLUMNS = 100
# Rows in the raw file, blank ones included (Excel keeps formatted empty rows below the data).
_MAX_RAW_ROWS = 2 * MAX_ROWS

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

MESSAGE_TOO_LARGE = "Tệp quá lớn; chỉ nhận tệp dưới 5 MB."
MESSAGE_TOO_MANY_ROWS = (
    "Tệp có quá nhiều dòng: mỗi lần chỉ nhập tối đa 5.000 dòng. Hãy chia thành nhiều tệp."
)
MESSAGE_TOO_MANY_COLUMNS = "Trang tính có quá nhiều cột (tối đa 100 cột)."
MESSAGE_UNPACKED_TOO_LARGE = (
    "Tệp Excel quá lớn khi giải nén (tối đa 40 MB dữ liệu). Hãy bỏ bớt các trang tính, hình ảnh "
    "hoặc định dạng không cần, hoặc chia thành nhiều tệp."
)
MESSAGE_NOT_XLSX = (
    "Không đọc được tệp. Hãy lưu lại bằng Excel dưới dạng .xlsx, hoặc CSV UTF-8, rồi tải lên lại."
)

_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"(?:[A-Z]+\d+:)?([A-Z]+)\d+\"")


class FileRefused(ValueError):
    """An upload refused before parsing; str() is the Vietnamese reason."""


def formula_safe(value):
    """Return `value` so that no spreadsheet runs it as a formula (see the module docstring)."""
    if isinstance(value, str) and value.lstrip("'").startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


def formula_restored(value):
    """Return a cell written by formula_safe() as it was before."""
    if (
        isinstance(value, str)
        and value.startswith("'")
        and value.lstrip("'").startswith(FORMULA_STARTS)
    ):
        return value[1:]
    return value


def check_size(size):
    if size > MAX_FILE_BYTES:
        raise FileRefused(MESSAGE_TOO_LARGE)


def check_xlsx(content: bytes):
    """Raise FileRefused unless the .xlsx `content` is within bounds, reading only its zip table
    of contents and, in chunks, its sheets (to count their rows)."""
    check_size(len(content))
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise FileRefused(MESSAGE_NOT_XLSX) from error
    if len(entries) > 1000 or sum(entry.file_size for entry in entries) > MAX_UNCOMPRESSED_BYTES:
        raise FileRefused(MESSAGE_UNPACKED_TOO_LARGE)
    try:
        for entry in entries:
            if entry.filename.startswith("xl/worksheets/") and entry.filename.endswith(".xml"):
                _check_sheet(archive, entry)
    except FileRefused:
        raise
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
        raise FileRefused(MESSAGE_NOT_XLSX) from error


def _check_sheet(archive, entry):
    rows, tail, head = 0, b"", b""
    with archive.open(entry) as sheet:
        while chunk := sheet.read(1024 * 1024):
            if len(head) < 4096:
                head += chunk[:4096]
            window = tail + chunk
            rows += len(_ROW_TAG.findall(window)) - len(_ROW_TAG.findall(tail))
            tail = window[-16:]
            if rows > _MAX_RAW_ROWS:
                raise FileRefused(MESSAGE_TOO_MANY_ROWS)
    # openpyxl's read-only mode pads every row to the width the sheet declares.
    dimension = _DIMENSION.search(head)
    if dimension and _column_number(dimension[1].decode()) > MAX_COLUMNS:
        raise FileRefused(MESSAGE_TOO_MANY_COLUMNS)


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def check_rows(dataset):
    """Raise FileRefused when `dataset` holds more than MAX_ROWS rows that are not blank."""
    if len(dataset) <= MAX_ROWS:
        return
    filled = sum(1 for row in dataset if any(cell not in (None, "") for cell in row))
    if filled > MAX_ROWS:
        raise FileRefused(MESSAGE_TOO_MANY_ROWS)


class XLSX(base_formats.XLSX):
    """Excel files, bounded before openpyxl reads them."""

    def create_dataset(self, in_stream):
        check_xlsx(in_stream)
        dataset = super().create_dataset(in_stream)
        check_rows(dataset)
        return dataset


class CSV(base_formats.CSV):
    """CSV with "," or ";" between cells (Excel on Vietnamese Windows writes ";"), bounded before
    it is parsed; written with every cell quoted."""

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes):
            check_size(len(in_stream))
            if self.encoding:
                in_stream = in_stream.decode(self.encoding)
        else:
            check_size(len(in_stream.encode("utf-8")))
        if in_stream.count("\n") > _MAX_RAW_ROWS:
            raise FileRefused(MESSAGE_TOO_MANY_ROWS)
        header = in_stream.lstrip("\ufeff").splitlines()[0] if in_stream.strip() else ""
        if header.count(";") > header.count(","):
            kwargs["delimiter"] = ";"
        dataset = super().create_dataset(in_stream, **kwargs)
        check_rows(dataset)
        return dataset

    def export_data(self, dataset, **kwargs):
        kwargs.setdefault("quoting", csv.QUOTE_ALL)
        return super().export_data(dataset, **kwargs)


def safe_dataset(dataset):
    """Return a copy of tablib `dataset` whose every cell is formula_safe()."""
    safe = dataset.__class__(title=dataset.title)
    safe.headers = [formula_safe(header) for header in dataset.headers or []]
    for row in dataset:
        safe.append([formula_safe(cell) for cell in row])
    return safe


def restored_dataset(dataset):
    """Return a copy of tablib `dataset` whose every cell is formula_restored()."""
    restored = dataset.__class__(title=dataset.title)
    restored.headers = list(dataset.headers or [])
    for row in dataset:
        restored.append([formula_restored(cell) for cell in row])
    return restored
