"""Small PDF files for the upload tests.

minimal_pdf() is built by hand, byte by byte, so that its size and every byte of it are known;
pdf_with() has pikepdf add to it what a test needs (actions, attachments, encryption), as a
writer of real PDFs would.
"""

import io

import pikepdf


def minimal_pdf(
    text: str = "Quyet dinh khen thuong", padding: int = 0, extra: bytes = b""
) -> bytes:
    """Return a valid one-page PDF; `padding` bytes of a comment make it as large as needed, and
    `extra` bytes follow them, before the first object (the cross-reference table still points
    at every object, so readers skip them)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    if padding:
        out += b"%" + b"x" * padding + b"\n"
    out += extra
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def pdf_with(change=None, **save_options) -> bytes:
    """Return minimal_pdf() opened with pikepdf, changed by `change(pdf)` when given, and saved
    by pikepdf with `save_options` (encryption=…, object_stream_mode=…)."""
    with pikepdf.open(io.BytesIO(minimal_pdf())) as pdf:
        if change is not None:
            change(pdf)
        out = io.BytesIO()
        pdf.save(out, **save_options)
    return out.getvalue()


def add_annotation(pdf, **entries):
    """Add an annotation with `entries` (Subtype=…, A=…) to the first page of `pdf`, and return
    it."""
    annotation = pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.Annot, Rect=[72, 700, 300, 720], **entries)
    )
    page = pdf.pages[0].obj
    if "/Annots" not in page:
        page.Annots = pikepdf.Array()
    page.Annots.append(annotation)
    return annotation
