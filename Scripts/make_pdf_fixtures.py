#!/usr/bin/env python3
"""Generate the small PDFs the unit tests read, into Tests/PeilstokTests/Fixtures/pdf/.

Usage: make_pdf_fixtures.py   (needs reportlab and pillow: python3 -m pip install reportlab pillow)

Layouts: two columns under a full-width title, then three columns and a side bar
(columns.pdf); a running header and page numbers on four pages (header.pdf); a
one-page factsheet whose text breaks "rechts-" / "hulpverleners" at a line end and
keeps "sociaal-emotioneel" (hyphen.pdf); a page far larger than A4 (huge.pdf); a page shown turned a quarter (rotated.pdf).
Bad cases: a password (encrypted.pdf, password "geheim"), cut off halfway
(truncated.pdf), no pages at all (zero-pages.pdf), a page with no text layer
(scanned.pdf), and text that only has a .pdf name (not-a-pdf.pdf).
The files are committed; run this only to change them.
"""
import os

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.lib.pdfencrypt import StandardEncryption

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "PeilstokTests", "Fixtures", "pdf")


def page_of_columns(c, columns, top, width, gap, lines, prefix_per_column, size=10):
    x = 2 * cm
    for column in range(columns):
        y = top
        for number in range(lines):
            c.setFont("Helvetica", size)
            c.drawString(x, y, f"{prefix_per_column[column]} regel {number + 1}")
            y -= size * 1.4
        x += width + gap


def columns_pdf():
    c = canvas.Canvas(os.path.join(OUT, "columns.pdf"), pagesize=A4, invariant=1)
    c.setTitle("Kolommen")
    c.setAuthor("peilstok tests")
    width, height = A4
    c.setFont("Helvetica-Bold", 16)
    c.drawString(2 * cm, height - 2.5 * cm, "Een titel over de hele breedte")
    page_of_columns(c, 2, height - 4 * cm, 7.5 * cm, 1 * cm, 12, ["Links", "Rechts"])
    c.showPage()
    c.setFont("Helvetica-Bold", 16)
    c.drawString(2 * cm, height - 2.5 * cm, "Drie kolommen en een zijbalk")
    page_of_columns(c, 3, height - 4 * cm, 4.2 * cm, 0.8 * cm, 10, ["Eerste", "Tweede", "Derde"], size=9)
    c.setFont("Helvetica", 8)
    for number, caption in enumerate(["1e lijn", "Werkwijze", "Zijbalk slot"]):
        c.drawString(width - 3.2 * cm, height - 4 * cm - number * 30, caption)
    c.save()


def header_pdf():
    c = canvas.Canvas(os.path.join(OUT, "header.pdf"), pagesize=A4, invariant=1)
    width, height = A4
    for page in range(1, 5):
        c.setFont("Helvetica", 8)
        c.drawString(2 * cm, height - 1 * cm, "Inzicht in pilots — testrapport")
        c.drawString(width / 2, 1 * cm, str(page))
        c.setFont("Helvetica", 10)
        for number in range(5):
            c.drawString(2 * cm, height - 4 * cm - number * 14, f"Inhoud van pagina {page}, regel {number + 1}.")
        c.showPage()
    c.save()


def hyphen_pdf():
    c = canvas.Canvas(os.path.join(OUT, "hyphen.pdf"), pagesize=landscape(A4), invariant=1)
    width, height = landscape(A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(1 * cm, height - 1.5 * cm, "Pilot Proef met afbreking")
    sections = [
        ("Structuur van de pilot", ["De pilot brengt rechts-", "hulpverleners en het sociaal-emotioneel", "team samen."]),
        ("Tussentijdse bevindingen", ["Samenwerking loont."]),
        ("Borging en implementatie: blik op de toekomst", ["De werkwijze wordt voortgezet."]),
    ]
    y = height - 3 * cm
    for heading, lines in sections:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(1.2 * cm, y, heading)
        y -= 14
        c.setFont("Helvetica", 9.5)
        for line in lines:
            c.drawString(1.2 * cm, y, line)
            y -= 13
        y -= 20
    c.save()


def huge_pdf():
    c = canvas.Canvas(os.path.join(OUT, "huge.pdf"), pagesize=(14400, 14400), invariant=1)
    c.setFont("Helvetica", 12)
    c.drawString(100, 14000, "Een enkele regel op een reusachtige pagina.")
    c.save()


def encrypted_pdf():
    c = canvas.Canvas(os.path.join(OUT, "encrypted.pdf"), pagesize=A4,
                      encrypt=StandardEncryption("geheim", ownerPassword="eigenaar", canPrint=1))
    c.setFont("Helvetica", 12)
    c.drawString(2 * cm, 25 * cm, "Vertrouwelijke inhoud.")
    c.save()


def scanned_pdf():
    c = canvas.Canvas(os.path.join(OUT, "scanned.pdf"), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 12)
    c.drawString(2 * cm, 25 * cm, "Deze pagina heeft tekst.")
    c.showPage()
    # A scanned page: one grey raster image and no text layer.
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    scan = Image.new("L", (300, 400), 230)
    for y in range(40, 360, 12):
        for x in range(30, 270):
            scan.putpixel((x, y), 40)
    c.drawImage(ImageReader(scan), 2 * cm, 2 * cm, 15 * cm, 20 * cm)
    c.showPage()
    c.save()


def zero_pages_pdf():
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    body = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        body += b"%010d 00000 n \n" % offset
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(os.path.join(OUT, "zero-pages.pdf"), "wb") as handle:
        handle.write(body)


def truncated_pdf():
    with open(os.path.join(OUT, "columns.pdf"), "rb") as handle:
        data = handle.read()
    with open(os.path.join(OUT, "truncated.pdf"), "wb") as handle:
        handle.write(data[: len(data) // 2])


def rotated_pdf():
    """A page shown turned a quarter (/Rotate 270): its text runs up the page as poppler gives it."""
    c = canvas.Canvas(os.path.join(OUT, "rotated.pdf"), pagesize=A4, invariant=1)
    c.setPageRotation(270)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(2 * cm, 18 * cm, "Pilot Gedraaide pagina")
    c.setFont("Helvetica", 10)
    c.drawString(2 * cm, 17 * cm, "Structuur van de pilot")
    c.drawString(2 * cm, 16.5 * cm, "De tekst van deze pagina loopt in de weergave omhoog.")
    c.showPage()
    c.save()


def not_a_pdf():
    with open(os.path.join(OUT, "not-a-pdf.pdf"), "w", encoding="utf-8") as handle:
        handle.write("Dit is gewone tekst met een .pdf-naam.\n")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for make in (columns_pdf, header_pdf, hyphen_pdf, huge_pdf, encrypted_pdf, scanned_pdf, zero_pages_pdf,
                 truncated_pdf, rotated_pdf, not_a_pdf):
        make()
    print("\n".join(sorted(os.listdir(OUT))))
