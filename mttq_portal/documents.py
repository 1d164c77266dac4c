"""Checks on the documents staff attach to an article (the full plan, a guidance, a table): PDF,
Word, Excel and OpenDocument files, judged by their content, never by their name alone.

What is served from our domain under the Front's name must be what it says and must not run or
fetch anything on a reader's machine. So a file is accepted when its extension is one of
DOCUMENT_KINDS, its content is that kind, and it carries nothing that runs or fetches:

* PDF: mttq_portal.pdfs, as for the commendation decisions.
* DOCX, XLSX (Office Open XML) and ODT, ODS (OpenDocument) are zips of XML parts. The zip's
  directory must stay within bounds (entries, unpacked size, no absolute, ".." or repeated
  names), so a zip bomb is refused before anything is unpacked. The few XML parts read are
  unpacked no further than a limit, whatever the directory claims, and parsed with expat,
  which fetches no outside entities, refusing any DOCTYPE, which entity expansion needs.
* DOCX, XLSX: `[Content_Types].xml` names the main part of that kind (a renamed .docm or .xlsm
  is refused); no macros (vbaProject, vbaData, macro-enabled types), ActiveX controls or
  embedded OLE objects (an OLE package carries a program; Equation Editor objects are a classic
  exploit); no relationship to an outside address but a hyperlink (a remote template or frame
  is how malicious documents fetch their payload).
* ODT, ODS: a first entry `mimetype`, stored, naming that kind; no Basic or Scripts folders,
  script declarations, event listeners, links to macros or encryption.
* DOC, XLS (OLE2 compound files), read with olefile: the signature at byte 0, a WordDocument
  (Word) or Workbook/Book (Excel) stream; no macro storages, embedded OLE packages
  (Ole10Native) or encryption (the public could not open the file).

As with PDFs, such files are refused, not cleaned: saved again as a plain file, the document
comes without any of these, and as the staff member has seen it.
"""

import re
import struct
import zipfile
import zlib
from xml.parsers import expat

import olefile
from django.core.exceptions import ValidationError

from .pdfs import check_pdf, megabytes

# Extension: (what readers are told it is, its MIME type).
DOCUMENT_KINDS = {
    "pdf": ("PDF", "application/pdf"),
    "doc": ("Word", "application/msword"),
    "docx": ("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xls": ("Excel", "application/vnd.ms-excel"),
    "xlsx": ("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("OpenDocument văn bản", "application/vnd.oasis.opendocument.text"),
    "ods": ("OpenDocument bảng tính", "application/vnd.oasis.opendocument.spreadsheet"),
}
MAX_DOCUMENT_SIZE = 20 * 1024 * 1024
# A real document has tens or hundreds of parts and unpacks to some megabytes.
MAX_ENTRIES = 10_000
MAX_UNPACKED = 200 * 1024 * 1024
MAX_XML_PART = 2 * 1024 * 1024  # a [Content_Types].xml, a .rels, a manifest
# zipfile parses the whole directory, some hundred bytes of memory an entry, before it can be
# counted; the end record says how long it is. MAX_ENTRIES entries take a fraction of this.
MAX_DIRECTORY = 4 * 1024 * 1024

_OOXML_MAIN = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
}
# Matched in part names, content types and relationship types alike.
_OOXML_MACRO = re.compile(r"vbaProject|vbaData|macroEnabled|activeX", re.I)
_OOXML_EMBEDDED = re.compile(r"(^|/)embeddings/oleObject[^/]*\.bin$|oleObject$", re.I)
_ZIP_END, _ZIP64_END, _ZIP64_LOCATOR = b"PK\x05\x06", b"PK\x06\x06", b"PK\x06\x07"
_ODF_KINDS = ("odt", "ods")  # whose `mimetype` entry holds DOCUMENT_KINDS' MIME type
_ODF_MACRO_FOLDER = re.compile(r"(^|/)(Basic|Scripts)/", re.I)
_ODF = "urn:oasis:names:tc:opendocument:xmlns:"
_ODF_SCRIPTS = {f"{_ODF}office:1.0 script", f"{_ODF}script:1.0 event-listener"}
_ODF_ENCRYPTED = f"{_ODF}manifest:1.0 encryption-data"
_XLINK_HREF = "http://www.w3.org/1999/xlink href"
_MACRO_LINK = re.compile(r"\s*(vnd\.sun\.star\.script|macro):", re.I)
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_MAIN = {"doc": {"worddocument"}, "xls": {"workbook", "book"}}
_OLE_MACROS = {"macros", "_vba_project_cur", "vba", "_vba_project"}
# What the message about macros says to save the file as.
_PLAIN = {kind: f".{kind}" for kind in DOCUMENT_KINDS} | {"doc": ".docx", "xls": ".xlsx"}

MESSAGE_KIND = (
    "Tệp «%(name)s» không thuộc loại được nhận. Chỉ nhận tệp PDF, Word (.doc, .docx), Excel "
    "(.xls, .xlsx) hoặc OpenDocument (.odt, .ods)."
)
MESSAGE_NOT_THAT_KIND = (
    "Tệp «%(name)s» không phải là tệp %(label)s thật (có thể là tệp khác đổi tên) hoặc đã bị "
    "hỏng. Chỉ nhận tệp PDF, Word, Excel hoặc OpenDocument; hãy mở tệp bằng phần mềm soạn "
    "thảo, lưu lại đúng định dạng rồi tải lên."
)
MESSAGE_UNPACKED = (
    "Tệp «%(name)s» khi giải nén quá lớn hoặc có quá nhiều thành phần để kiểm tra. Hãy lưu lại "
    "tệp từ phần mềm soạn thảo, bớt ảnh hoặc chia nhỏ rồi tải lên."
)
MESSAGE_MACROS = (
    "Tệp %(label)s «%(name)s» có macro hoặc điều khiển ActiveX (mã lệnh tự chạy). Hãy xóa "
    "macro, hoặc lưu lại thành tệp %(plain)s thông thường, rồi tải lên."
)
MESSAGE_EMBEDDED = (
    "Tệp %(label)s «%(name)s» có đối tượng nhúng (OLE), có thể chứa chương trình. Hãy xóa đối "
    "tượng nhúng hoặc chèn nội dung đó dưới dạng ảnh hay bảng rồi tải lên."
)
MESSAGE_EXTERNAL = (
    "Tệp %(label)s «%(name)s» tải nội dung từ địa chỉ bên ngoài (mẫu, khung hay đối tượng liên "
    "kết). Hãy bỏ liên kết ngoài đó (liên kết thường trong văn bản vẫn được) rồi tải lên."
)
MESSAGE_ENCRYPTED = (
    "Tệp %(label)s «%(name)s» được đặt mật khẩu. Hãy tải lên bản không đặt mật khẩu, để ai "
    "cũng mở được."
)


def document_kind(name):
    """Return the lower-case extension of a file name if it is one of DOCUMENT_KINDS, or ""."""
    base = (name or "").rsplit("/", 1)[-1]
    extension = base.rsplit(".", 1)[-1].lower() if "." in base else ""
    return extension if extension in DOCUMENT_KINDS else ""


def validate_document(value):
    """Raise ValidationError unless `value` (an upload or FieldFile) is a document of
    DOCUMENT_KINDS under 20 MB, of the kind its extension says, with nothing in it that runs or
    fetches (the module docstring). A field validator; a file already stored was checked when
    it was uploaded and is not read again."""
    if getattr(value, "_committed", False):
        return
    name = (getattr(value, "name", "") or "").rsplit("/", 1)[-1]
    kind = document_kind(name)
    if not kind:
        raise ValidationError(MESSAGE_KIND, code="document_kind", params={"name": name})
    size = value.size
    if not size:
        raise _refused("Tệp «%(name)s» rỗng.", "document_empty", kind, name)
    if size > MAX_DOCUMENT_SIZE:
        message = "Tệp «%(name)s» quá lớn (%(size)s MB); chỉ nhận tệp dưới 20 MB."
        raise _refused(message, "document_too_large", kind, name, size=megabytes(size))
    if kind == "pdf":
        check_pdf(value)
        return
    file = getattr(value, "file", value)
    file.seek(0)
    try:
        # Office encrypts a .docx or .xlsx with a password into an OLE2 file: look before zips.
        if file.read(len(_OLE_SIGNATURE)) == _OLE_SIGNATURE:
            _check_ole(file, kind, name)
        elif kind in _OOXML_MAIN:
            _check_ooxml(file, kind, name)
        elif kind in _ODF_KINDS:
            _check_odf(file, kind, name)
        else:
            raise _not_that_kind(kind, name)
    finally:
        file.seek(0)


def _refused(message, code, kind, name, **params):
    params = {"name": name, "label": DOCUMENT_KINDS[kind][0], "plain": _PLAIN[kind], **params}
    return ValidationError(message, code=code, params=params)


def _not_that_kind(kind, name):
    return _refused(MESSAGE_NOT_THAT_KIND, "document_not_that_kind", kind, name)


def _open_zip(file, kind, name):
    """Return `file` as a zip archive after checking its directory against the bounds. The zip
    must start at byte 0, as the office suites write it: zipfile would also read one with a
    page of HTML before it, and that file would be an HTML page as well as a document."""
    file.seek(0)
    if file.read(4) != b"PK\x03\x04":
        raise _not_that_kind(kind, name)
    if not _directory_small(file):
        raise _refused(MESSAGE_UNPACKED, "document_unpacked_too_large", kind, name)
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _not_that_kind(kind, name) from None
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES or sum(e.file_size for e in entries) > MAX_UNPACKED:
        raise _refused(MESSAGE_UNPACKED, "document_unpacked_too_large", kind, name)
    names = [entry.filename.replace("\\", "/") for entry in entries]
    # Part names are case-insensitive: two entries of one name let two readers see two files.
    if len({part.lower() for part in names}) < len(names):
        raise _not_that_kind(kind, name)
    for part in names:
        if part.startswith("/") or ".." in part.split("/") or part[1:2] == ":":
            raise _not_that_kind(kind, name)
    return archive


def _directory_small(file):
    """Return whether the zip's end record, where zipfile reads it, declares at most
    MAX_ENTRIES entries in a directory of at most MAX_DIRECTORY bytes (True without an end
    record: zipfile refuses that itself)."""
    file.seek(0, 2)
    file.seek(max(0, file.tell() - 22 - 65_535 - 76))  # the record, its comment, zip64's two
    tail = file.read()
    file.seek(0)
    at = tail.rfind(_ZIP_END)
    if at < 0 or len(tail) - at < 22:
        return True
    count, directory = struct.unpack_from("<HI", tail, at + 10)
    if at >= 76 and tail[at - 20 : at - 16] == _ZIP64_LOCATOR:
        zip64 = tail[at - 76 : at - 20]
        if zip64.startswith(_ZIP64_END):  # zipfile then believes the zip64 record's numbers
            count, directory = struct.unpack_from("<QQ", zip64, 32)
    return count <= MAX_ENTRIES and directory <= MAX_DIRECTORY


def _scan(archive, part, kind, name, on_element, limit=None):
    """Parse the XML part `part`, calling `on_element(tag, attributes)` on each element (tags
    as "namespace local"). Unpack no more than `limit` bytes, MAX_XML_PART unless given,
    whatever the directory claims (zipfile stops at the claimed size and checks the CRC)."""
    limit = limit or MAX_XML_PART
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = parser.EntityDeclHandler = _doctype
    parser.StartElementHandler = on_element
    unpacked = 0
    try:
        with archive.open(part) as stream:
            while chunk := stream.read(64 * 1024):
                unpacked += len(chunk)
                if unpacked > limit:
                    raise _refused(MESSAGE_UNPACKED, "document_unpacked_too_large", kind, name)
                parser.Parse(chunk, False)
        parser.Parse(b"", True)
    # A missing or damaged part, an unknown method or a zip password, bad XML or a DOCTYPE.
    except (KeyError, zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError,
            RuntimeError, expat.ExpatError, ValueError) as error:  # fmt: skip
        raise _not_that_kind(kind, name) from error


def _doctype(*args):
    raise ValueError("DOCTYPE refused")


def _check_ooxml(file, kind, name):
    archive = _open_zip(file, kind, name)
    names = archive.namelist()
    if "[Content_Types].xml" not in names:
        raise _not_that_kind(kind, name)
    types = set()
    _scan(archive, "[Content_Types].xml", kind, name, lambda _, a: types.add(a.get("ContentType")))
    named = [*names, *filter(None, types)]
    if any(_OOXML_MACRO.search(item) for item in named):
        raise _refused(MESSAGE_MACROS, "document_macros", kind, name)
    if _OOXML_MAIN[kind] not in types:
        raise _not_that_kind(kind, name)
    if any(_OOXML_EMBEDDED.search(item) for item in named):
        raise _refused(MESSAGE_EMBEDDED, "document_embedded", kind, name)

    def relationship(tag, attributes):
        relation = attributes.get("Type", "")
        if _OOXML_MACRO.search(relation):
            raise _refused(MESSAGE_MACROS, "document_macros", kind, name)
        if _OOXML_EMBEDDED.search(relation):  # an OLE object, inside the file or outside it
            raise _refused(MESSAGE_EMBEDDED, "document_embedded", kind, name)
        external = attributes.get("TargetMode", "").strip().lower() == "external"
        if external and not relation.endswith("/hyperlink"):
            raise _refused(MESSAGE_EXTERNAL, "document_external", kind, name)

    for part in names:
        if part.lower().endswith(".rels"):
            _scan(archive, part, kind, name, relationship)


def _check_odf(file, kind, name):
    archive = _open_zip(file, kind, name)
    first = (archive.infolist() or [None])[0]
    stored_first = ("mimetype", 0, zipfile.ZIP_STORED)
    if not first or (first.filename, first.header_offset, first.compress_type) != stored_first:
        raise _not_that_kind(kind, name)
    with archive.open(first) as stream:
        if stream.read(100).strip() != DOCUMENT_KINDS[kind][1].encode():
            raise _not_that_kind(kind, name)
    names = archive.namelist()
    if any(_ODF_MACRO_FOLDER.search(part) for part in names):
        raise _refused(MESSAGE_MACROS, "document_macros", kind, name)
    if "content.xml" not in names:
        raise _not_that_kind(kind, name)

    def element(tag, attributes):
        if tag == _ODF_ENCRYPTED:
            raise _refused(MESSAGE_ENCRYPTED, "document_encrypted", kind, name)
        if tag in _ODF_SCRIPTS or _MACRO_LINK.match(attributes.get(_XLINK_HREF, "")):
            raise _refused(MESSAGE_MACROS, "document_macros", kind, name)

    # The manifest first: an encrypted file's content.xml is not XML.
    if "META-INF/manifest.xml" in names:
        _scan(archive, "META-INF/manifest.xml", kind, name, element)
    for part in ("content.xml", "styles.xml"):
        if part in names:  # a big spreadsheet's content.xml is big: its bound is the zip's
            _scan(archive, part, kind, name, element, limit=MAX_UNPACKED)


def _check_ole(file, kind, name):
    """Check an OLE2 compound file: a .doc or .xls, or a .docx or .xlsx with a password."""
    file.seek(0)
    try:  # olefile raises several types for broken files; all mean it is not a document
        ole = olefile.OleFileIO(file)
        try:
            paths = [[part.lower() for part in path] for path in ole.listdir(True, True)]
            encrypted = ["encryptioninfo"] in paths or _ole_encrypted(ole, kind, paths)
        finally:
            ole.close()  # closes only what olefile opened itself, not the upload
    except Exception as error:
        raise _not_that_kind(kind, name) from error
    if encrypted:
        raise _refused(MESSAGE_ENCRYPTED, "document_encrypted", kind, name)
    if not {path[0] for path in paths if len(path) == 1} & _OLE_MAIN.get(kind, set()):
        raise _not_that_kind(kind, name)
    if any(_OLE_MACROS & set(path) for path in paths):
        raise _refused(MESSAGE_MACROS, "document_macros", kind, name)
    if any("\x01ole10native" in path for path in paths):
        raise _refused(MESSAGE_EMBEDDED, "document_embedded", kind, name)


def _ole_encrypted(ole, kind, paths):
    """Return whether a .doc's FIB has fEncrypted set, or an .xls's workbook has FILEPASS
    (the record that follows the first BOF when the workbook is encrypted)."""
    if kind == "doc" and ["worddocument"] in paths:
        fib = ole.openstream("WordDocument").read(12)
        return len(fib) == 12 and bool(struct.unpack_from("<H", fib, 10)[0] & 0x0100)
    stream = next((s for s in ("Workbook", "Book") if [s.lower()] in paths), None)
    if kind == "xls" and stream:
        head = ole.openstream(stream).read(256)
        bof_length = struct.unpack_from("<H", head, 2)[0] if len(head) >= 4 else len(head)
        record = head[4 + bof_length : 6 + bof_length]
        return len(record) == 2 and struct.unpack("<H", record)[0] == 0x002F
    return False
