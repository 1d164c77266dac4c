"""Small office documents for the upload tests, made in memory: OOXML and OpenDocument zips as
the office suites lay them out, and OLE2 compound files (.doc, .xls) written sector by sector,
since no installed library writes new ones."""

import io
import struct
import zipfile

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def content_types(main, part, extra=""):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{part}" ContentType="{main}"/>{extra}</Types>'
    )


def ooxml(kind="docx", *, main=None, parts=None, part_rels=""):
    """Return a minimal .docx or .xlsx; `parts` adds {name: bytes}; `part_rels`, relationships
    of the main part (word/_rels/document.xml.rels)."""
    part = "word/document.xml" if kind == "docx" else "xl/workbook.xml"
    main = main or (DOCX_MAIN if kind == "docx" else XLSX_MAIN)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types(main, part))
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rId1" Type="{RELS}/officeDocument" '
            f'Target="{part}"/></Relationships>',
        )
        archive.writestr(part, "<document>Kế hoạch tháng cao điểm Vì người nghèo</document>")
        folder, file = part.rsplit("/", 1)
        archive.writestr(
            f"{folder}/_rels/{file}.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships">{part_rels}</Relationships>',
        )
        for name, data in (parts or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def external(kind, target="http://evil.example/t.dotm"):
    """Return a relationship of type `kind` (attachedTemplate, hyperlink…) to an outside URL."""
    return f'<Relationship Id="rId9" Type="{RELS}/{kind}" Target="{target}" TargetMode="External"/>'


def odf(kind="odt", *, mimetype=None, stored=True, parts=None, content=None):
    """Return a minimal .odt or .ods: `mimetype` first, stored uncompressed."""
    mimetype = mimetype or (
        "application/vnd.oasis.opendocument.text"
        if kind == "odt"
        else "application/vnd.oasis.opendocument.spreadsheet"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=method)
        archive.writestr(
            "content.xml",
            content
            or '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
            'office:1.0"><office:body>Báo cáo</office:body></office:document-content>',
        )
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
        for name, data in (parts or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


# --- OLE2 compound files -------------------------------------------------------------------------

SECTOR = 512
FREE, END, FAT_SECTOR, NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
STREAM_SIZE = 4096  # at the mini stream cutoff: stored in ordinary sectors, no mini FAT needed


def compound_file(tree):
    """Return an OLE2 compound file holding `tree`: [(name, bytes) for a stream, or (name,
    [children]) for a storage], each stream padded to STREAM_SIZE."""
    entries = [{"name": "Root Entry", "type": 5, "children": tree, "data": None}]

    def flatten(children):
        ids = []
        for name, value in children:
            entry = {"name": name, "type": 1 if isinstance(value, list) else 2, "data": value}
            entries.append(entry)
            ids.append(len(entries) - 1)
            entry["kids"] = flatten(value) if isinstance(value, list) else []
        return ids

    entries[0]["kids"] = flatten(tree)
    directory_sectors = (len(entries) + 3) // 4
    data_start = 1 + directory_sectors
    streams = [e for e in entries if e["type"] == 2]
    for n, entry in enumerate(streams):
        entry["start"] = data_start + n * (STREAM_SIZE // SECTOR)
    total = data_start + len(streams) * (STREAM_SIZE // SECTOR)
    fat = [FAT_SECTOR]
    chains = [(1, directory_sectors)] + [(e["start"], STREAM_SIZE // SECTOR) for e in streams]
    for first, count in chains:
        fat += [first + i + 1 for i in range(count - 1)] + [END]
    fat += [FREE] * (SECTOR // 4 - len(fat))
    assert total <= SECTOR // 4, "a test file fits one FAT sector"

    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0)
    header += struct.pack("<109I", 0, *([FREE] * 108))

    for entry in entries:  # a storage's children: a chain of right siblings
        for left, next_ in zip(entry["kids"], entry["kids"][1:], strict=False):
            entries[left]["right"] = next_
    directory = b""
    for entry in entries:
        kids = entry["kids"]
        name = entry["name"].encode("utf-16-le") + b"\x00\x00"
        stream = entry["type"] == 2
        directory += name.ljust(64, b"\x00") + struct.pack("<HBB", len(name), entry["type"], 1)
        directory += struct.pack("<III", NONE, entry.get("right", NONE), kids[0] if kids else NONE)
        directory += bytes(16 + 4 + 16)
        directory += struct.pack(
            "<IQ", entry["start"] if stream else END, STREAM_SIZE if stream else 0
        )
    directory = directory.ljust(directory_sectors * SECTOR, b"\x00")
    body = b"".join(struct.pack("<I", value) for value in fat) + directory
    for entry in streams:
        body += entry["data"][:STREAM_SIZE].ljust(STREAM_SIZE, b"\x00")
    return header + body


def word_97(*extra):
    return compound_file([("WordDocument", b"\xec\xa5" + bytes(100)), ("1Table", b"x"), *extra])


def excel_97(*extra):
    return compound_file([("Workbook", b"\x09\x08" + bytes(100)), *extra])
