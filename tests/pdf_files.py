"""PDF files made by the tests, so the readers meet real PDF bytes without a PDF writer."""

from __future__ import annotations


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(pages: list[list[str]]) -> bytes:
    """A PDF of `pages` (each a list of lines) with a text layer (Helvetica), built byte by byte
    as PDF 1.4 lays it out; `[[]]` is a page with no text, as a scan gives."""
    streams = []
    for lines in pages:
        shown = " ".join(f"({_escape(line)}) Tj T*" for line in lines)
        streams.append(f"BT /F1 10 Tf 40 800 Td 13 TL {shown} ET".encode("latin-1"))
    return _assemble(streams)


def placed_pdf(pages: list[list[tuple[int, int, str]]]) -> bytes:
    """A PDF whose pages hold lines at given places, `(x, y, text)` (points from the bottom
    left of an A4 page): two columns side by side, a header and a footer on every page."""
    streams = []
    for items in pages:
        shown = " ".join(f"BT /F1 10 Tf {x} {y} Td ({_escape(s)}) Tj ET" for x, y, s in items)
        streams.append(shown.encode("cp1252"))
    return _assemble(streams)


def column(x: int, y: int, lines: list[str], leading: int = 13) -> list[tuple[int, int, str]]:
    """`lines` set one under another from (x, y), for `placed_pdf`."""
    return [(x, y - n * leading, line) for n, line in enumerate(lines)]


def _assemble(streams: list[bytes]) -> bytes:
    """The PDF file of one page per content stream, all in Helvetica."""
    count = len(streams)
    kids = " ".join(f"{3 + 2 * n} 0 R" for n in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
    ]
    font = 3 + 2 * count
    for n, stream in enumerate(streams):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + 2 * n} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def encrypted_pdf(plain: bytes, user_password: str, algorithm: str = "RC4-128") -> bytes:
    """`plain` encrypted as a PDF writer protects it: with `user_password` ("" opens it without
    asking, as a file whose owner only barred printing or copying), by `algorithm` (AES needs
    the cryptography package, here to write, as to read)."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    writer.encrypt(user_password=user_password, owner_password="pemilik", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
