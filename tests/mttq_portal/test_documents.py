"""The documents staff attach to articles are what their names say, and carry nothing that runs
or fetches (mttq_portal.documents). Every file is built here: OOXML and OpenDocument zips as the
office suites lay them out, OLE2 compound files (.doc, .xls) written sector by sector since no
installed library writes new ones, PDFs with the awards tests' builder."""

import io
import itertools
import struct
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from pikepdf import Dictionary, Name, String

from mttq_portal import documents
from mttq_portal.documents import MAX_DOCUMENT_SIZE, document_kind, validate_document
from tests.awards.pdfs import minimal_pdf, pdf_with

PACKAGE = "http://schemas.openxmlformats.org/package/2006"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
ODF = "urn:oasis:names:tc:opendocument:xmlns"
ODF_NAMESPACES = (
    f'xmlns:office="{ODF}:office:1.0" xmlns:text="{ODF}:text:1.0" '
    f'xmlns:script="{ODF}:script:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"'
)
HTML = b"<html><body><script>alert(document.cookie)</script></body></html>"


# --- Office Open XML (.docx, .xlsx) --------------------------------------------------------------


def content_types(main, part):
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{PACKAGE}/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{part}" ContentType="{main}"/></Types>'
    )


def relationships(*items):
    return f'<Relationships xmlns="{PACKAGE}/relationships">{"".join(items)}</Relationships>'


def relationship(kind, target, external=False):
    mode = ' TargetMode="External"' if external else ""
    return f'<Relationship Id="rId{kind}" Type="{RELATIONSHIPS}/{kind}" Target="{target}"{mode}/>'


def ooxml(kind="docx", *, main=None, types=None, parts=None, part_rels=()):
    """Return a minimal .docx or .xlsx: `parts` adds {name: data}, `part_rels` relationships of
    the main part (word/_rels/document.xml.rels), `types` replaces [Content_Types].xml."""
    part = "word/document.xml" if kind == "docx" else "xl/workbook.xml"
    folder, file = part.rsplit("/", 1)
    main = main or (DOCX_MAIN if kind == "docx" else XLSX_MAIN)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types or content_types(main, part))
        archive.writestr("_rels/.rels", relationships(relationship("officeDocument", part)))
        archive.writestr(part, "<document>Kế hoạch tháng cao điểm Vì người nghèo</document>")
        archive.writestr(f"{folder}/_rels/{file}.rels", relationships(*part_rels))
        for name, data in (parts or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def declaring(content, part, size):
    """Return the zip `content` with the entry `part` claiming to unpack to `size` bytes."""
    data, archive = bytearray(content), zipfile.ZipFile(io.BytesIO(content))
    struct.pack_into("<I", data, archive.getinfo(part).header_offset + 22, size)
    at, name = archive.start_dir, part.encode()  # walk the central directory to `part`
    while data[at + 46 : at + 46 + struct.unpack_from("<H", data, at + 28)[0]] != name:
        at += 46 + sum(struct.unpack_from("<HHH", data, at + 28))
    struct.pack_into("<I", data, at + 24, size)
    return bytes(data)


# --- OpenDocument (.odt, .ods) -------------------------------------------------------------------


def odf(kind="odt", *, mimetype=None, stored=True, parts=None, body="", manifest="<manifest/>"):
    """Return a minimal .odt or .ods: `mimetype` first and stored, then content.xml with `body`
    and the empty office:scripts LibreOffice writes in every file."""
    mimetype = (
        mimetype
        or f"application/vnd.oasis.opendocument.{'text' if kind == 'odt' else 'spreadsheet'}"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        archive.writestr("mimetype", mimetype, compress_type=method)
        archive.writestr(
            "content.xml",
            f"<office:document-content {ODF_NAMESPACES}><office:scripts/>"
            f"<office:body>Báo cáo{body}</office:body></office:document-content>",
        )
        archive.writestr("META-INF/manifest.xml", manifest)
        for name, data in (parts or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


# --- OLE2 compound files (.doc, .xls) ------------------------------------------------------------

SECTOR, STREAM_SECTORS = 512, 8  # streams of 4096 bytes: none small enough for the mini stream
END, FREE, FAT_SECTOR = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


def compound_file(tree):
    """Return a version 3 compound file holding `tree`: (name, bytes) for a stream, (name,
    [children]) for a storage. Sector 0 is the FAT, then the directory, then the streams."""
    entries = []

    def add(name, value, kind):
        index = len(entries)
        entries.append({"name": name, "kind": kind, "data": value})
        if kind != 2:
            entries[index]["children"] = [
                add(child, data, 1 if isinstance(data, list) else 2) for child, data in value
            ]
        return index

    add("Root Entry", tree, 5)
    directory_sectors = (len(entries) + 3) // 4
    chains, next_sector = [(1, directory_sectors)], 1 + directory_sectors
    for entry in entries:
        if entry["kind"] == 2:
            entry["start"], next_sector = next_sector, next_sector + STREAM_SECTORS
            chains.append((entry["start"], STREAM_SECTORS))
    fat = [FAT_SECTOR]
    for first, count in chains:
        fat += [*range(first + 1, first + count), END]
    assert len(fat) <= SECTOR // 4, "a test file fits one FAT sector"
    fat += [FREE] * (SECTOR // 4 - len(fat))

    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
    header += struct.pack("<5H6x", 0x3E, 3, 0xFFFE, 9, 6)
    header += struct.pack("<9I", 0, 1, 1, 0, 4096, END, 0, END, 0)
    header += struct.pack("<109I", 0, *[FREE] * 108)
    rights = {}  # a storage's children as a chain of right siblings
    for entry in entries:
        children = entry.get("children", [])
        rights.update(itertools.pairwise(children))
    directory = b""
    for index, entry in enumerate(entries):
        name = entry["name"].encode("utf-16-le") + b"\0\0"
        children = entry.get("children") or [FREE]
        directory += name.ljust(64, b"\0") + struct.pack("<HBB", len(name), entry["kind"], 1)
        directory += struct.pack("<3I", FREE, rights.get(index, FREE), children[0]) + bytes(36)
        stream = entry["kind"] == 2
        directory += struct.pack("<IQ", entry["start"] if stream else END, 4096 if stream else 0)
    body = struct.pack(f"<{len(fat)}I", *fat) + directory.ljust(directory_sectors * SECTOR, b"\0")
    for entry in entries:
        if entry["kind"] == 2:
            body += entry["data"].ljust(STREAM_SECTORS * SECTOR, b"\0")
    return header + body


def word_97(*extra, encrypted=False):
    """Return a .doc: a WordDocument stream starting with the FIB (Vietnamese, lid 0x042A)."""
    fib = struct.pack("<6H", 0xA5EC, 0x00C1, 0, 0x042A, 0, 0x0100 if encrypted else 0)
    return compound_file([("WordDocument", fib), ("1Table", b"\0"), *extra])


def excel_97(*extra, encrypted=False):
    """Return an .xls: a Workbook stream starting with BOF, then FILEPASS if `encrypted`."""
    workbook = struct.pack("<HH", 0x0809, 16) + struct.pack("<HH12x", 0x0600, 0x0005)
    if encrypted:
        workbook += struct.pack("<HHH", 0x002F, 2, 1)
    return compound_file([("Workbook", workbook), *extra])


# --- the tests -----------------------------------------------------------------------------------


def refused(name, content):
    with pytest.raises(ValidationError) as error:
        validate_document(SimpleUploadedFile(name, content))
    return error.value


@pytest.mark.parametrize(
    "name, content",
    [
        ("Kế hoạch.pdf", minimal_pdf()),
        ("Kế hoạch.docx", ooxml("docx", part_rels=[relationship("styles", "styles.xml")])),
        ("Bảng tổng hợp.xlsx", ooxml("xlsx")),
        ("Báo cáo.odt", odf("odt", body='<text:a xlink:href="https://mattran.vn">MTTQ</text:a>')),
        ("Bảng.ods", odf("ods")),
        ("Công văn.doc", word_97()),
        ("Danh sách.XLS", excel_97()),
    ],
)
def test_plain_documents_of_every_kind_are_accepted(name, content):
    validate_document(SimpleUploadedFile(name, content))


def test_hyperlinks_to_outside_addresses_are_accepted():
    link = relationship("hyperlink", "https://mattran.org.vn", external=True)
    validate_document(SimpleUploadedFile("Hướng dẫn.docx", ooxml("docx", part_rels=[link])))


def test_an_accepted_file_is_left_at_its_start_to_be_stored():
    content = ooxml("xlsx")
    upload = SimpleUploadedFile("Bảng.xlsx", content)
    validate_document(upload)
    assert upload.read() == content


def test_the_kind_is_the_lower_case_extension():
    assert document_kind("tep-dinh-kem/2026/12/ab/ke-hoach.PDF") == "pdf"
    assert document_kind("chuong-trinh.exe") == document_kind("khong-duoi") == ""
    assert document_kind("thu.muc/khong-duoi") == ""


def test_a_file_already_stored_is_not_read_again():
    class Stored:
        _committed = True
        name = "tep-dinh-kem/2026/12/ab/khong-con.docx"

    validate_document(Stored())


def test_a_file_of_another_kind_is_refused_naming_the_accepted_kinds():
    error = refused("cai-dat.exe", b"MZ\x90\x00")
    assert error.code == "document_kind"
    assert error.messages == [
        "Tệp «cai-dat.exe» không thuộc loại được nhận. Chỉ nhận tệp PDF, Word (.doc, .docx), "
        "Excel (.xls, .xlsx) hoặc OpenDocument (.odt, .ods)."
    ]


def test_html_renamed_to_doc_is_refused_saying_what_to_do():
    error = refused("Hướng dẫn.doc", HTML)
    assert error.code == "document_not_that_kind"
    assert error.messages == [
        "Tệp «Hướng dẫn.doc» không phải là tệp Word thật (có thể là tệp khác đổi tên) hoặc đã "
        "bị hỏng. Chỉ nhận tệp PDF, Word, Excel hoặc OpenDocument; hãy mở tệp bằng phần mềm "
        "soạn thảo, lưu lại đúng định dạng rồi tải lên."
    ]


@pytest.mark.parametrize(
    "name, content",
    [
        ("trang.docx", HTML),
        ("la-pdf.docx", minimal_pdf()),
        ("la-xlsx.docx", ooxml("xlsx")),
        ("la-doc.xls", word_97()),
        ("la-xls.doc", excel_97()),
        ("la-docx.odt", ooxml("docx")),
        ("la-odt.ods", odf("odt")),
        ("sai-mimetype.odt", odf("odt", mimetype="application/zip")),
        ("mimetype-nen.odt", odf("odt", stored=False)),
        ("la-zip.xlsx", odf("ods")),
    ],
)
def test_content_of_another_kind_than_the_extension_is_refused(name, content):
    assert refused(name, content).code == "document_not_that_kind"


def test_html_named_pdf_is_refused_by_the_pdf_checks():
    assert refused("trang.pdf", HTML).code == "pdf_invalid"


def test_a_pdf_that_runs_javascript_is_refused():
    def javascript_on_open(pdf):
        pdf.Root.OpenAction = Dictionary(S=Name.JavaScript, JS=String("app.alert(1)"))

    error = refused("ke-hoach.pdf", pdf_with(javascript_on_open))
    assert error.code == "pdf_active_content"
    assert "hãy xuất lại bản PDF của tài liệu" in error.messages[0]


def test_an_empty_file_is_refused():
    error = refused("rong.docx", b"")
    assert (error.code, error.messages) == ("document_empty", ["Tệp «rong.docx» rỗng."])


def test_a_file_over_20_mb_is_refused_with_its_size():
    error = refused("lon.xlsx", bytes(round(23.4 * 1024 * 1024)))
    assert error.code == "document_too_large"
    assert error.messages == ["Tệp «lon.xlsx» quá lớn (23,4 MB); chỉ nhận tệp dưới 20 MB."]


def test_a_file_of_exactly_20_mb_is_not_refused_for_its_size():
    error = refused("vua.xlsx", bytes(MAX_DOCUMENT_SIZE))
    assert error.code == "document_not_that_kind"


MACROS = {
    "docx-vba-project": ("macro.docx", ooxml("docx", parts={"word/vbaProject.bin": b"\xd0\xcf"})),
    "docx-vba-data": (
        "macro.docx",
        ooxml("docx", parts={"word/vbaData.xml": "<wne:vbaSuppData/>"}),
    ),
    "docm-renamed": ("doi-ten-tu-docm.docx", ooxml("docx", main=DOCM_MAIN)),
    "xlsx-activex": ("activex.xlsx", ooxml("xlsx", parts={"xl/activeX/activeX1.xml": "<ax/>"})),
    "odt-basic": ("basic.odt", odf("odt", parts={"Basic/Standard/Module1.xml": "<s/>"})),
    "ods-scripts": ("python.ods", odf("ods", parts={"Scripts/python/chay.py": "import os"})),
    "odt-event-listener": (
        "su-kien.odt",
        odf(
            "odt",
            body='<office:event-listeners><script:event-listener script:language="ooo:script" '
            'script:event-name="dom:load" xlink:href="vnd.sun.star.script:Standard.M.Main"/>'
            "</office:event-listeners>",
        ),
    ),
    "odt-link-to-a-macro": (
        "lien-ket.odt",
        odf("odt", body='<text:a xlink:href="macro:///Standard.Module1.Main">Bấm</text:a>'),
    ),
    "doc-macros-storage": ("macro.doc", word_97(("Macros", [("VBA", [("dir", b"x")])]))),
    "xls-vba-project": ("macro.xls", excel_97(("_VBA_PROJECT_CUR", [("VBA", [("dir", b"x")])]))),
}


@pytest.mark.parametrize("case", MACROS)
def test_macros_are_refused(case):
    name, content = MACROS[case]
    assert refused(name, content).code == "document_macros"


def test_the_macro_message_says_what_to_save_the_file_as():
    assert refused("Kế hoạch.doc", word_97(("Macros", [("VBA", [("dir", b"x")])]))).messages == [
        "Tệp Word «Kế hoạch.doc» có macro hoặc điều khiển ActiveX (mã lệnh tự chạy). Hãy xóa "
        "macro, hoặc lưu lại thành tệp .docx thông thường, rồi tải lên."
    ]


@pytest.mark.parametrize(
    "name, content",
    [
        ("nhung.docx", ooxml("docx", parts={"word/embeddings/oleObject1.bin": b"\xd0\xcf"})),
        (
            "nhung-doi-ten.docx",
            ooxml("docx", part_rels=[relationship("oleObject", "embeddings/anh.png")]),
        ),
        ("nhung.doc", word_97(("ObjectPool", [("_1", [("\x01Ole10Native", b"MZ\x90")])]))),
        ("nhung.xls", excel_97(("MBD0001", [("\x01Ole10Native", b"MZ\x90")]))),
    ],
)
def test_embedded_ole_packages_are_refused(name, content):
    assert refused(name, content).code == "document_embedded"


@pytest.mark.parametrize("kind", ["attachedTemplate", "oleObject", "frame", "image", "subDocument"])
def test_content_fetched_from_outside_is_refused(kind):
    remote = relationship(kind, "http://evil.example/mau.dotm", external=True)
    error = refused("mau.docx", ooxml("docx", part_rels=[remote]))
    assert error.code == ("document_embedded" if kind == "oleObject" else "document_external")


def test_a_remote_template_is_found_in_any_relationships_part():
    remote = relationship("attachedTemplate", "\\\\may-chu\\mau.dotm", external=True)
    parts = {"word/_rels/settings.xml.rels": relationships(remote)}
    assert refused("mau.docx", ooxml("docx", parts=parts)).code == "document_external"


ENCRYPTED = {
    "doc-fib": ("mat-khau.doc", word_97(encrypted=True)),
    "xls-filepass": ("mat-khau.xls", excel_97(encrypted=True)),
    "docx-in-ole": (
        "mat-khau.docx",
        compound_file([("EncryptionInfo", b"\x04\0\x04\0"), ("EncryptedPackage", b"x")]),
    ),
    "odt-manifest": (
        "mat-khau.odt",
        odf(
            "odt",
            manifest=f'<manifest:manifest xmlns:manifest="{ODF}:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="content.xml">'
            "<manifest:encryption-data/></manifest:file-entry></manifest:manifest>",
        ),
    ),
}


@pytest.mark.parametrize("case", ENCRYPTED)
def test_files_with_a_password_are_refused(case):
    name, content = ENCRYPTED[case]
    assert refused(name, content).code == "document_encrypted"


def test_a_doctype_in_the_content_types_is_refused():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE Types [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f'<Types xmlns="{PACKAGE}/content-types"><Default Extension="xml" ContentType="&b;"/>'
        f'<Override PartName="/word/document.xml" ContentType="{DOCX_MAIN}"/></Types>'
    )
    assert refused("entity.docx", ooxml("docx", types=bomb)).code == "document_not_that_kind"


def test_a_zip_bomb_declaring_its_size_is_refused_before_it_is_unpacked():
    bomb = declaring(
        ooxml("docx", parts={"word/media/image1.png": b"x"}), "word/media/image1.png", 4_000_000_000
    )
    assert refused("bom.docx", bomb).code == "document_unpacked_too_large"


def test_a_part_unpacking_to_more_than_its_directory_says_is_not_read_past_it():
    # 40 MB of spaces pack to some kilobytes; the directory claims a hundred bytes.
    rels = relationships(" " * (40 * 1024 * 1024))
    bomb = declaring(
        ooxml("docx", parts={"word/_rels/x.xml.rels": rels}), "word/_rels/x.xml.rels", 100
    )
    assert refused("bom.docx", bomb).code == "document_not_that_kind"


def test_a_part_read_is_bounded_even_when_its_directory_tells_the_truth():
    big = relationships(" " * (documents.MAX_XML_PART + 1))
    content = ooxml("docx", parts={"word/_rels/lon.xml.rels": big})
    assert refused("lon.docx", content).code == "document_unpacked_too_large"


def test_a_zip_of_too_many_entries_is_refused():
    many = ooxml("xlsx", parts={f"xl/p{n}.xml": "" for n in range(documents.MAX_ENTRIES)})
    assert refused("nhieu.xlsx", many).code == "document_unpacked_too_large"


def test_a_zip_announcing_a_huge_directory_is_refused_before_it_is_parsed():
    content = bytearray(ooxml("docx"))
    end = content.rindex(b"PK\x05\x06")
    struct.pack_into("<HHI", content, end + 8, 60_000, 60_000, 50 * 1024 * 1024)
    assert refused("thu-muc.docx", bytes(content)).code == "document_unpacked_too_large"


@pytest.mark.parametrize(
    "part",
    [
        "../../etc/cron.d/x",
        "/etc/passwd",
        "C:/Windows/x.dll",
        "word\\..\\..\\x",
        "WORD/document.xml",
    ],
)
def test_absolute_parent_and_repeated_names_in_a_zip_are_refused(part):
    content = ooxml("docx", parts={part: "x"})
    assert refused("duong-dan.docx", content).code == "document_not_that_kind"


def test_a_zip_behind_a_page_of_html_is_refused():
    # zipfile reads it, as a browser would read the page: the file must be a zip from byte 0.
    assert refused("trang-va-docx.docx", HTML + ooxml("docx")).code == "document_not_that_kind"
