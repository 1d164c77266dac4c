"""Checks on an uploaded PDF: a commendation decision (awards) or an article's attachment
(news, through mttq_portal.documents).

A renamed HTML or JavaScript file served from our domain as a "PDF" would be a stored XSS and a
phishing page with the Front's name on it, so the content is checked, not the file name, and the
server chooses the name it is stored under.

A file is a PDF when it starts with the header `%PDF-x.y` at byte 0, ends with a trailer, has no
HTML markup in its first kilobyte (where content sniffers look) nor anywhere else outside stream
data, and pikepdf (qpdf) reads it: a cross-reference table it can follow or rebuild, a catalog,
at least one page. Further on, the markup rule skips stream data: streams hold compressed text,
fonts and images, binary bytes that would match `<svg` by chance, whereas markup between the
objects, in comments or after the header is what a file made to be read as HTML as well
carries. What a stream's data might still hold is left to how the file is served: it is a PDF
from its first byte, and /media/ is served as application/pdf with `nosniff`, which browsers do
not render as HTML.

A decision or an article's plan is a document to read and print. A PDF can also run code and
carry other files, and a reader's PDF viewer may run them under our domain's name, so a PDF
holding any of these is refused: JavaScript (/JS and /JavaScript entries, the /Names
/JavaScript tree, actions of type /JavaScript), additional actions (/AA, run when a page opens,
a field changes, the mouse passes), an /OpenAction that does more than show a page, actions
that launch a program (/Launch), send or load form data (/SubmitForm, /ImportData) or open an
attached file (/GoToE), embedded files (/EmbeddedFiles, /EF, /FileAttachment annotations),
multimedia (sound, video, RichMedia, 3D, which can script themselves) and XFA forms. Every
object the file holds is looked at, with the direct objects nested in it; references are not
followed, since the object they point to is looked at on its own, so cycles cost nothing. A
file of more than a million objects is refused as too complex to check within a request (a
decision has some thousands).

What is allowed: an /OpenAction that only opens the document at one of its pages, a destination
or a /GoTo action to one with nothing chained after it, which word processors write; links,
to a page (/GoTo), to another file (/GoToR) or to a website (/URI), since decisions cite laws and
portals; forms without XFA or actions.

Such files are refused, not stored cleaned: the file is the document the Front signed, and a
cleaned copy would differ from it in ways nobody has looked at, whereas the officer can export
the PDF again from the word processor or the scanner, which gives one without any of these.
Encrypted files are refused too: their objects cannot be read without the password, and a
published decision must open for everyone.
"""

import io
import logging
import re

import pikepdf
from django.core.exceptions import ValidationError

logger = logging.getLogger(__name__)

MAX_PDF_SIZE = 20 * 1024 * 1024
# Looking at an object takes a microsecond or a few; a decision has some thousands, and a file
# of 20 MB could hold ten million small ones, half a minute of a worker's time.
MAX_PDF_OBJECTS = 1_000_000
# Readers accept the header anywhere in the first kilobyte and the end marker in the last one;
# we ask for the header at the very start, and look a little further for the trailer.
_HEAD_SIZE = 1024
_TAIL_SIZE = 4096
_HEADER = re.compile(rb"^%PDF-[12]\.\d")
_TRAILER = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*\Z", re.DOTALL)
_MARKUP = re.compile(rb"<\s*(?:!doctype|html|script|svg|body|iframe)", re.IGNORECASE)
# A stream's data: from the keyword `stream` and its end of line to `endstream`.
_STREAM_DATA = re.compile(rb"\bstream(?:\r\n|\n|\r).*?endstream\b", re.DOTALL)

# The kind of document the upload is, as the messages name it: "quyết định" for an award.
DOCUMENT = "tài liệu"
MESSAGE_INVALID = (
    "Tệp này không phải là một tệp PDF hợp lệ. Hãy tải lên bản PDF của %(document)s xuất từ "
    "phần mềm văn bản hoặc máy quét, không đổi tên tệp khác thành .pdf."
)
MESSAGE_ENCRYPTED = (
    "Tệp PDF được đặt mật khẩu hoặc mã hóa. Hãy tải lên bản PDF của %(document)s không đặt mật "
    "khẩu, để ai cũng mở được."
)
MESSAGE_TOO_COMPLEX = (
    "Tệp PDF có quá nhiều đối tượng để kiểm tra (hơn một triệu). Hãy xuất lại bản PDF của "
    "%(document)s từ phần mềm văn bản hoặc máy quét rồi tải lên."
)
MESSAGE_ACTIVE_CONTENT = (
    "Tệp PDF có %(found)s. Tệp đăng lên cổng chỉ được có nội dung để đọc và in; hãy xuất lại "
    "bản PDF của %(document)s từ phần mềm văn bản hoặc máy quét rồi tải lên."
)
# What a PDF must not hold, in the order the message names them.
FOUND = {
    "javascript": "mã JavaScript",
    "open_action": "lệnh tự chạy khi mở (OpenAction)",
    "additional_actions": "lệnh tự chạy khi mở trang hay khi thao tác (AA)",
    "launch": "lệnh mở chương trình (Launch)",
    "form_data": "lệnh gửi hoặc nhập dữ liệu biểu mẫu (SubmitForm, ImportData)",
    "embedded_file": "tệp đính kèm bên trong",
    "multimedia": "âm thanh, video hay nội dung đa phương tiện (RichMedia, 3D)",
    "xfa": "biểu mẫu XFA",
}
# Dictionary entries, action types (/S) and annotation or object types (/Subtype, /Type) that
# mean one of FOUND wherever they are.
_KEYS = {
    "/JS": "javascript",
    "/JavaScript": "javascript",
    "/AA": "additional_actions",
    "/EmbeddedFiles": "embedded_file",
    "/EF": "embedded_file",
    "/XFA": "xfa",
}
_ACTIONS = {
    "/JavaScript": "javascript",
    "/Launch": "launch",
    "/SubmitForm": "form_data",
    "/ImportData": "form_data",
    "/GoToE": "embedded_file",
    "/RichMediaExecute": "multimedia",
    "/Rendition": "multimedia",
    "/Movie": "multimedia",
    "/Sound": "multimedia",
}
_TYPES = {
    "/FileAttachment": "embedded_file",
    "/EmbeddedFile": "embedded_file",
    "/RichMedia": "multimedia",
    "/3D": "multimedia",
    "/Movie": "multimedia",
    "/Sound": "multimedia",
    "/Screen": "multimedia",
}
_NAMED = {"/S": _ACTIONS, "/Subtype": _TYPES, "/Type": _TYPES}
_DONE = object()


def _trailer_ok(tail, size):
    # Some writers pad after the last %%EOF with NULs or spaces; the trailing \s* allows it.
    match = _TRAILER.search(tail.rstrip(b"\x00"))
    return bool(match) and int(match.group(1)) < size


def _refused(message, code, document, **params):
    return ValidationError(message, code=code, params={"document": document, **params})


def check_pdf(value, *, document=DOCUMENT):
    """Raise ValidationError unless the uploaded file `value` is a PDF under 20 MB with nothing
    in it that runs or is attached (see the module docstring); `document` is what the messages
    call it ("quyết định", "tài liệu").

    The file name is the caller's business: a field validator checks the extension first.
    """
    size = value.size
    if not size:
        raise ValidationError("Tệp PDF rỗng.", code="pdf_empty")
    if size > MAX_PDF_SIZE:
        raise ValidationError(
            "Tệp PDF quá lớn (%(size)s MB); chỉ nhận tệp dưới 20 MB.",
            code="pdf_too_large",
            params={"size": megabytes(size)},
        )
    file = getattr(value, "file", value)
    file.seek(0)
    data = file.read(MAX_PDF_SIZE + 1)
    file.seek(0)
    if not _bytes_ok(data):
        raise _refused(MESSAGE_INVALID, "pdf_invalid", document)
    found = _parsed_findings(data, document)
    if found:
        found = ", ".join(FOUND[key] for key in FOUND if key in found)
        raise _refused(MESSAGE_ACTIVE_CONTENT, "pdf_active_content", document, found=found)


def megabytes(size):
    """Return `size` bytes in megabytes as Vietnamese write them, one decimal: "23,4"."""
    return f"{size / 1024 / 1024:.1f}".replace(".", ",")


def _bytes_ok(data):
    """Return whether `data` has a PDF's header and trailer and no markup outside its streams."""
    head, size = data[:_HEAD_SIZE], len(data)
    return (
        bool(_HEADER.match(head))
        and not _MARKUP.search(head)
        and _trailer_ok(data[-_TAIL_SIZE:], size)
        and not _MARKUP.search(_STREAM_DATA.sub(b" ", data))
    )


def _parsed_findings(data, document):
    """Return the keys of FOUND that the PDF in `data` holds; raise ValidationError when pikepdf
    cannot read it as a PDF with pages, or it is encrypted."""
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            if pdf.is_encrypted:
                raise _refused(MESSAGE_ENCRYPTED, "pdf_encrypted", document)
            if not len(pdf.pages):
                raise _refused(MESSAGE_INVALID, "pdf_invalid", document)
            return _open_action_findings(pdf.Root) | _object_findings(pdf, document)
    except ValidationError:
        raise
    except pikepdf.PasswordError as error:
        raise _refused(MESSAGE_ENCRYPTED, "pdf_encrypted", document) from error
    except Exception as error:  # qpdf raises several types for broken files; all mean invalid.
        logger.info("Refused a PDF pikepdf cannot read: %r", error)
        raise _refused(MESSAGE_INVALID, "pdf_invalid", document) from error


def _object_findings(pdf, document):
    """Return the keys of FOUND that any object of `pdf`, or its trailer, holds."""
    found = set()
    items = (item for obj in [pdf.trailer, *pdf.objects] for item in _nested(obj))
    for count, item in enumerate(items, start=1):
        if count > MAX_PDF_OBJECTS:
            raise _refused(MESSAGE_TOO_COMPLEX, "pdf_too_complex", document)
        if isinstance(item, pikepdf.Dictionary):
            found |= _dictionary_findings(item)
    return found


def _nested(obj):
    """Yield `obj` and every object nested in it as a direct object, a stream as its dictionary.

    References are not followed: what they point to is one of the objects walked on its own, so
    a cycle of references is never walked round. The walk keeps a stack of iterators rather
    than recursing, so deep nesting cannot exhaust Python's stack, and an array of millions of
    items is taken one item at a time.
    """
    stack = [iter((obj,))]
    while stack:
        item = next(stack[-1], _DONE)
        if item is _DONE:
            stack.pop()
            continue
        if isinstance(item, pikepdf.Stream):
            item = item.stream_dict
        yield item
        if isinstance(item, pikepdf.Dictionary):
            stack.append(_direct(item.values()))
        elif isinstance(item, pikepdf.Array):
            stack.append(_direct(item))


def _direct(children):
    """Return an iterator on those of `children` that are not references to other objects."""
    return (child for child in children if not getattr(child, "is_indirect", False))


def _dictionary_findings(dictionary):
    """Return the keys of FOUND that `dictionary`'s own entries mean."""
    keys = set(dictionary.keys())
    found = {_KEYS[key] for key in keys & _KEYS.keys()}
    for key in keys & _NAMED.keys():
        value = dictionary[key]
        if isinstance(value, pikepdf.Name) and str(value) in _NAMED[key]:
            found.add(_NAMED[key][str(value)])
    return found


def _open_action_findings(catalog):
    """Return {"open_action"} when the catalog's /OpenAction does more than show a page."""
    action = catalog.get("/OpenAction")
    if action is None or _only_shows_a_page(action):
        return set()
    return {"open_action"}


def _only_shows_a_page(action):
    """Return whether an /OpenAction only opens the document at one of its pages: a
    destination (an array, or a named one), or a /GoTo action with nothing chained after it."""
    if isinstance(action, (pikepdf.Array, pikepdf.Name, pikepdf.String)):
        return True
    return (
        isinstance(action, pikepdf.Dictionary)
        and action.get("/S") == pikepdf.Name.GoTo
        and "/Next" not in action
    )
