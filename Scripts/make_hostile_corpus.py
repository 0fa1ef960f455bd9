#!/usr/bin/env python3
"""Generate a directory of hostile input files for a torture test of peilstok.

Usage: python3 Scripts/make_hostile_corpus.py OUTDIR [--seed N] [--verbose]
       (standard library only; OUTDIR must not exist or must be empty)

The same seed (default 1) always gives the same files, byte for byte. The run takes
about a second and writes about 266 MB (254 MiB), 200 MB of it one line of text. It prints
"N files in OUTDIR", where N counts every entry it made (files, links, the FIFO and
the two test directories) but not the names/ directory itself; --verbose also prints
the count per family on stderr. The sources are read, never written: the two good
PDFs in Inbox/ (factsheets-2022.pdf, standvanzaken-2021.pdf), the PDF fixtures in
Tests/PeilstokTests/Fixtures/pdf/ and the text layers Inbox/00*.txt.

Families, directly in OUTDIR unless said otherwise:
  pdf-truncated-*        the good PDFs cut off at 40 offsets each (header, body, xref, trailer)
  pdf-bitflip-*          good PDFs and fixtures with 1-20 bytes XOR-ed (half of them in the
                         header or the xref/trailer at the end)
  pdf-broken-xref-*      the good PDFs with garbled, shifted, zeroed or missing xref entries,
                         no trailer, startxref past the end / negative / huge, a /Prev loop
  pdf-*.pdf (minimal)    hand-written PDFs: circular page trees, 10,000-deep arrays and
                         dictionaries, a 2,000-deep page tree, /Rotate 270 (valid) and 45,
                         bad MediaBoxes, a 20 MB content stream, 5,000 pages, broken /Widths,
                         garbage object streams, wrong stream /Length, a garbage /Encrypt,
                         zero pages, a header and nothing else
  random-*               random bytes under every extension peilstok reads, 1 byte to 200 KB
  empty.*                empty files
  text-*, huge-one-line.txt
                         invalid UTF-8, UTF-16 without BOM, odd-length UTF-16, NULs, control
                         characters, a 200 MB line, 1,000,000 empty lines, 1 MB lines, stacked
                         combining marks, bidi overrides and zero-width characters, form feeds
  html-*                 50,000 nested divs, entity bombs, a 10,000-row table, a 5 MB cell,
                         unclosed tags, a 1 MB script, empty cells, 100,000-character attributes
  textlayer-*            the tab-separated pilot tables of Inbox/002_*.txt, broken
  md-*                   100,000 '#', a 1 MB heading, lists nested 5,000 deep
  names/                 odd names and entries: spaces, a newline, an ANSI escape, invalid
                         UTF-8, 250 bytes; a directory x.pdf; symlink loop, dangling link,
                         link outside OUTDIR, link to a good file; a FIFO; chmod 000 on a
                         file and on a directory (the tests run as root, so the directory
                         matters more). Reading names/fifo.txt blocks until someone writes.

To remove a corpus as a non-root user, first: chmod -R u+rwx OUTDIR/names
"""
import argparse
import math
import os
import random
import re
import sys
import unicodedata
import zlib
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOOD_PDFS = [REPO / "Inbox" / "factsheets-2022.pdf", REPO / "Inbox" / "standvanzaken-2021.pdf"]
FIXTURE_PDFS = sorted((REPO / "Tests" / "PeilstokTests" / "Fixtures" / "pdf").glob("*.pdf"))
SEED_TEXTS = sorted((REPO / "Inbox").glob("00*.txt"))
TABLE_TEXT = REPO / "Inbox" / "002_067f7ab2b7d390c7.txt"

KB = 1024
MB = 1024 * 1024
# ASCII only, so it can be cut anywhere and still be valid UTF-8.
SENTENCE = ("De pilot in Rotterdam-Zuid brengt juridisch hulpverleners en het sociale wijkteam samen, "
            "zodat problemen van rechtzoekenden tijdig worden herkend. ")
PILOT_CELL = "<p><u>Achtergrond</u></p> <p>{}</p>"


def dutch(size):
    """Exactly `size` bytes of repeated SENTENCE."""
    sentence = SENTENCE.encode()
    return (sentence * (size // len(sentence) + 1))[:size]


class Corpus:
    """OUTDIR, the one random generator, and the count of entries per family."""

    def __init__(self, root, seed):
        self.root = root
        self.rng = random.Random(seed)
        self.counts = Counter()
        self.sources = {path: path.read_bytes() for path in GOOD_PDFS + FIXTURE_PDFS + SEED_TEXTS}

    def write(self, family, name, data):
        if isinstance(data, str):
            data = data.encode("utf-8")
        path = self.root / name
        assert not path.exists(), path
        path.write_bytes(data)
        self.counts[family] += 1
        return path

    def text(self, path):
        return self.sources[path].decode("utf-8")


# --- PDF building blocks -----------------------------------------------------------------

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
TEXT_OPS = b"BT /F1 12 Tf 72 720 Td (Pilot Proef met een hostile pagina) Tj ET"
A4 = b"[0 0 595 842]"


def stream(data, extra=b"", length=None):
    """A stream object body; `length` (bytes) overrides the true /Length."""
    length = b"%d" % len(data) if length is None else length
    return b"<< /Length " + length + extra + b" >>\nstream\n" + data + b"\nendstream"


def pdf_document(objects, root=1, trailer_extra=b"", header=b"%PDF-1.4"):
    """A PDF with objects 1..n (bodies as bytes), a correct xref table and trailer."""
    out = bytearray(header + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, trailer_extra, xref)
    return bytes(out)


def one_page_pdf(page_extra=b"", content=TEXT_OPS, mediabox=A4, font=FONT, trailer_extra=b"", more=(),
                 content_object=None):
    """Catalog 1, Pages 2, Page 3, content 4, font 5, then `more` objects from 6 on.
    `content_object` replaces the whole body of object 4."""
    return pdf_document([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox " + mediabox
        + b" /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>" + page_extra + b" >>",
        stream(content) if content_object is None else content_object,
        font,
        *more,
    ], trailer_extra=trailer_extra)


def pdf_with_xref_stream(objects, compressed):
    """PDF 1.5 with an uncompressed cross-reference stream (/W [1 4 2]).

    `objects` maps number -> body; `compressed` maps number -> (object stream number, index)."""
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref_number = max(list(objects) + list(compressed)) + 1
    offsets[xref_number] = len(out)
    rows = bytearray()
    for number in range(xref_number + 1):
        if number in offsets:
            rows += b"\x01" + offsets[number].to_bytes(4, "big") + b"\x00\x00"
        elif number in compressed:
            holder, index = compressed[number]
            rows += b"\x02" + holder.to_bytes(4, "big") + index.to_bytes(2, "big")
        else:
            rows += b"\x00\x00\x00\x00\x00\xff\xff"
    out += b"%d 0 obj\n" % xref_number + stream(
        bytes(rows), b" /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R" % (xref_number + 1)) + b"\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % offsets[xref_number]
    return bytes(out)


# --- 1-3: mutations of good PDFs ---------------------------------------------------------

def truncated_pdfs(corpus):
    """Each good PDF cut at 40 offsets: 8 at structural places, 32 spread over the file."""
    for path in GOOD_PDFS:
        data = corpus.sources[path]
        size = len(data)
        xref = data.rfind(b"\nxref\n") + 1
        trailer = data.rfind(b"trailer")
        startxref = data.rfind(b"startxref")
        offsets = {1, 8, 9, xref, (xref + trailer) // 2, trailer, startxref, size - 3}
        spread = 32
        for step in range(spread):
            low, high = size * step // spread, size * (step + 1) // spread
            offsets.add(corpus.rng.randrange(max(low, 1), high))
        while len(offsets) < 40:
            offsets.add(corpus.rng.randrange(1, size))
        for offset in sorted(offsets):
            corpus.write("1 pdf truncated", f"pdf-truncated-{path.stem}-at-{offset:06d}.pdf", data[:offset])


def bitflipped_pdfs(corpus, count=70):
    """1-20 bytes XOR-ed with a random non-zero mask; every second file only touches the
    first 2 KB or the last 3 KB, where the header, xref table and trailer are."""
    sources = GOOD_PDFS * 2 + [path for path in FIXTURE_PDFS if path.name != "not-a-pdf.pdf"]
    for number in range(count):
        path = sources[number % len(sources)]
        data = bytearray(corpus.sources[path])
        flips = corpus.rng.randint(1, 20)
        structural = number % 2 == 1
        for _ in range(flips):
            if structural and len(data) > 5 * KB:
                position = corpus.rng.choice([corpus.rng.randrange(0, 2 * KB),
                                              corpus.rng.randrange(len(data) - 3 * KB, len(data))])
            else:
                position = corpus.rng.randrange(len(data))
            data[position] ^= corpus.rng.randint(1, 255)
        where = "structure" if structural else "anywhere"
        corpus.write("2 pdf bit-flipped",
                     f"pdf-bitflip-{number:03d}-{path.stem}-{flips:02d}-bytes-{where}.pdf", bytes(data))


def broken_xref_pdfs(corpus):
    """The good PDFs with their cross-reference table, trailer or startxref broken."""
    rng = corpus.rng
    entry = re.compile(rb"(\d{10}) (\d{5}) n")

    def garble_entries(section, pick, replace):
        return entry.sub(lambda match: (replace(match) if pick() else match.group(0)), section)

    for path in GOOD_PDFS:
        data = corpus.sources[path]
        xref = data.rfind(b"\nxref\n") + 1
        trailer = data.rfind(b"trailer")
        startxref = data.rfind(b"startxref")
        head, section, tail = data[:xref], data[xref:trailer], data[trailer:]
        entries = len(entry.findall(section))
        some = set(rng.sample(range(entries), 5))
        counter = iter(range(entries))

        def with_section(new):
            return head + new + tail

        def set_startxref(value):
            return data[:startxref] + b"startxref\n" + value + b"\n%%EOF\n"

        def in_trailer(old, new):
            return head + section + re.sub(old, new, tail, count=1)

        variants = {
            "garbled-all": with_section(garble_entries(
                section, lambda: True,
                lambda m: b"%010d %s n" % (rng.randrange(10 ** 10), m.group(2)))),
            "garbled-five": with_section(garble_entries(
                section, lambda: next(counter) in some,
                lambda m: b"%010d %s n" % (rng.randrange(len(data) * 2), m.group(2)))),
            "shifted-17": with_section(entry.sub(
                lambda m: b"%010d %s n" % (int(m.group(1)) + 17, m.group(2)), section)),
            "zeroed": with_section(entry.sub(lambda m: b"0000000000 " + m.group(2) + b" n", section)),
            "letters": with_section(entry.sub(lambda m: b"00000x0y0z " + m.group(2) + b" n", section)),
            "19-byte-entries": with_section(section.replace(b" n \n", b" n\n").replace(b" f \n", b" f\n")),
            "count-too-large": with_section(re.sub(rb"\n0 (\d+)\n", lambda m: b"\n0 %d\n" % (int(m.group(1)) * 100),
                                                   section, count=1)),
            "table-missing": head + tail,
            "trailer-missing": data[:trailer] + data[startxref:],
            "ends-after-table": data[:trailer],
            "startxref-past-end": set_startxref(b"%d" % (len(data) + 12345)),
            "startxref-huge": set_startxref(b"99999999999999999999999999"),
            "startxref-negative": set_startxref(b"-1"),
            "startxref-zero": set_startxref(b"0"),
            "eof-marker-missing": data[:data.rfind(b"%%EOF")],
            "root-missing": in_trailer(rb"/Root \d+ 0 R", b""),
            "root-dangling": in_trailer(rb"/Root \d+ 0 R", b"/Root 99999 0 R"),
            "size-one": in_trailer(rb"/Size \d+", b"/Size 1"),
            "prev-loop": in_trailer(rb"/Size", b"/Prev %d /Size" % xref),
        }
        for variant, broken in variants.items():
            corpus.write("3 pdf broken xref/trailer", f"pdf-broken-xref-{variant}-{path.stem}.pdf", broken)


# --- 4: hand-written PDFs ----------------------------------------------------------------

def page_tree_pdfs(corpus):
    """Cycles in the page tree, a 2,000-deep tree, 5,000 pages, zero pages."""
    family = "4 pdf hand-written"
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>")
    corpus.write(family, "pdf-circular-kids-self.pdf", pdf_document([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", page, stream(TEXT_OPS), FONT]))
    corpus.write(family, "pdf-circular-kids-only-self.pdf", pdf_document([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]))
    corpus.write(family, "pdf-circular-kids-mutual.pdf", pdf_document([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"]))
    corpus.write(family, "pdf-circular-page-own-parent.pdf", one_page_pdf().replace(
        b"/Type /Page /Parent 2 0 R", b"/Type /Page /Parent 3 0 R"))
    corpus.write(family, "pdf-circular-pages-own-parent.pdf", pdf_document([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [3 0 R] /Count 1 /Rotate 90 >>", page, stream(TEXT_OPS), FONT]))
    corpus.write(family, "pdf-circular-xobject-draws-itself.pdf", pdf_document([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        page.replace(b">> >> >>", b">> /XObject << /X1 6 0 R >> >> >>"),
        stream(b"/X1 Do " + TEXT_OPS), FONT,
        stream(b"/X1 Do", b" /Type /XObject /Subtype /Form /BBox [0 0 100 100]"
                          b" /Resources << /XObject << /X1 6 0 R >> >>")]))

    depth = 2000
    nodes = []
    for number in range(2, depth + 2):
        parent = b" /Parent %d 0 R" % (number - 1) if number > 2 else b""
        nodes.append(b"<< /Type /Pages%s /Kids [%d 0 R] /Count 1 >>" % (parent, number + 1))
    content, font = depth + 3, depth + 4          # the page itself is object depth + 2
    corpus.write(family, "pdf-page-tree-2000-deep.pdf", pdf_document(
        [b"<< /Type /Catalog /Pages 2 0 R >>", *nodes,
         b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
         b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (depth + 1, content, font),
         stream(b"BT /F1 12 Tf 72 720 Td (Pilot op diepte tweeduizend) Tj ET"), FONT]))

    pages = 5000
    kids = b" ".join(b"%d 0 R" % number for number in range(5, 5 + pages))
    corpus.write(family, "pdf-5000-pages.pdf", pdf_document(
        [b"<< /Type /Catalog /Pages 2 0 R >>",
         b"<< /Type /Pages /Kids [" + kids + b"] /Count %d /MediaBox [0 0 200 100]"
         b" /Resources << /Font << /F1 4 0 R >> >> >>" % pages,
         stream(b"BT /F1 12 Tf 20 50 Td (Pilot) Tj ET"), FONT]
        + [b"<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>"] * pages))
    corpus.write(family, "pdf-page-count-lies-1000000.pdf", pdf_document([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1000000 >>",
        page, stream(TEXT_OPS), FONT]))
    corpus.write(family, "pdf-zero-pages.pdf", pdf_document([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]))
    corpus.write(family, "pdf-zero-pages-count-says-5.pdf", pdf_document([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 5 >>"]))
    corpus.write(family, "pdf-zero-pages-count-negative.pdf", pdf_document([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count -1 >>"]))
    corpus.write(family, "pdf-header-only.pdf", b"%PDF-1.7")
    corpus.write(family, "pdf-header-only-newline.pdf", b"%PDF-1.7\n")


def deep_nesting_pdfs(corpus):
    """Arrays and dictionaries nested 10,000 deep inside the page dictionary."""
    family = "4 pdf hand-written"
    depth = 10000
    arrays = b"[" * depth + b"(diep)" + b"]" * depth
    dictionaries = b"<< /A " * depth + b"1" + b" >>" * depth
    corpus.write(family, "pdf-nested-arrays-10000.pdf", one_page_pdf(page_extra=b" /Deep " + arrays))
    corpus.write(family, "pdf-nested-dicts-10000.pdf", one_page_pdf(page_extra=b" /Deep " + dictionaries))
    corpus.write(family, "pdf-nested-arrays-10000-unclosed.pdf", one_page_pdf(page_extra=b" /Deep " + b"[" * depth))
    corpus.write(family, "pdf-nested-arrays-10000-in-content.pdf", one_page_pdf(
        content=b"BT /F1 12 Tf 72 720 Td " + arrays + b" TJ ET"))
    corpus.write(family, "pdf-nested-q-10000-in-content.pdf", one_page_pdf(
        content=b"q " * depth + TEXT_OPS + b" Q" * depth))


def page_geometry_pdfs(corpus):
    """Rotation and MediaBox cases."""
    family = "4 pdf hand-written"
    corpus.write(family, "pdf-rotate-270-valid.pdf", one_page_pdf(
        page_extra=b" /Rotate 270",
        content=b"BT /F1 12 Tf 72 720 Td (Pilot Gedraaide pagina) Tj 0 -20 Td (Achtergrond van de pilot.) Tj ET"))
    corpus.write(family, "pdf-rotate-45-invalid.pdf", one_page_pdf(page_extra=b" /Rotate 45"))
    corpus.write(family, "pdf-rotate-huge.pdf", one_page_pdf(page_extra=b" /Rotate 9999999999999999990"))
    corpus.write(family, "pdf-rotate-not-a-number.pdf", one_page_pdf(page_extra=b" /Rotate (negentig)"))
    boxes = {
        "negative": b"[0 0 -595 -842]",
        "zero": b"[0 0 0 0]",
        "zero-width": b"[0 0 0 842]",
        "inverted": b"[595 842 0 0]",
        "1e30-digits": b"[0 0 1000000000000000000000000000000.0 1000000000000000000000000000000.0]",
        "1e30-exponent": b"[0 0 1e30 1e30]",
        "tiny": b"[0 0 0.0001 0.0001]",
        "two-numbers": b"[0 0]",
        "not-numbers": b"[(a) /b null true]",
        "missing": b"null",
    }
    for name, box in boxes.items():
        corpus.write(family, f"pdf-mediabox-{name}.pdf", one_page_pdf(mediabox=box))


def big_pdfs(corpus):
    """A 20 MB content stream of text operators."""
    operator = b"BT /F1 12 Tf 10 10 Td (x) Tj ET\n"
    corpus.write("4 pdf hand-written", "pdf-content-stream-20mb.pdf",
                 one_page_pdf(content=operator * (20 * MB // len(operator))))


def font_pdfs(corpus):
    """Fonts whose /Widths array is broken."""
    family = "4 pdf hand-written"
    base = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
    fonts = {
        "too-short": b"/FirstChar 32 /LastChar 126 /Widths [500 500] >>",
        "junk-entries": b"/FirstChar 32 /LastChar 126 /Widths [500 (x) /Naam -1000 1e99 null [1 2] << >> true] >>",
        "dangling-ref": b"/FirstChar 32 /LastChar 126 /Widths 99 0 R >>",
        "not-an-array": b"/FirstChar 32 /LastChar 126 /Widths (breedtes) >>",
        "inverted-range": b"/FirstChar 200 /LastChar 10 /Widths [600] >>",
        "huge-range": b"/FirstChar 0 /LastChar 2147483647 /Widths [600] >>",
    }
    for name, rest in fonts.items():
        corpus.write(family, f"pdf-font-widths-{name}.pdf", one_page_pdf(font=base + rest))
    corpus.write(family, "pdf-font-missing.pdf", one_page_pdf().replace(b"/F1 5 0 R", b"/F1 7 0 R"))


def stream_pdfs(corpus):
    """Garbage object streams, wrong /Length values."""
    family = "4 pdf hand-written"
    rng = corpus.rng
    plain = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
           b" /Resources << /Font << /F1 6 0 R >> >> >>",
        4: stream(TEXT_OPS),
    }
    object_streams = {
        "random-bytes": (stream(rng.randbytes(300), b" /Type /ObjStm /N 1 /First 8"), 5),
        "flate-garbage": (stream(rng.randbytes(300), b" /Type /ObjStm /N 1 /First 8 /Filter /FlateDecode"), 5),
        "flate-valid-random-content": (stream(zlib.compress(rng.randbytes(300)),
                                              b" /Type /ObjStm /N 1 /First 8 /Filter /FlateDecode"), 5),
        "lying-header": (stream(b"6 0 7 5 " + rng.randbytes(100), b" /Type /ObjStm /N 100000 /First -7"), 5),
        "holder-is-catalog": (stream(b"6 0 " + FONT, b" /Type /ObjStm /N 1 /First 4"), 1),
    }
    for name, (body, holder) in object_streams.items():
        corpus.write(family, f"pdf-objstm-{name}.pdf", pdf_with_xref_stream({**plain, 5: body}, {6: (holder, 0)}))

    lengths = {
        "too-short": b"5",
        "too-long": b"1000000",
        "negative": b"-1",
        "dangling-ref": b"99 0 R",
        "string": b"(lang)",
    }
    for name, length in lengths.items():
        corpus.write(family, f"pdf-stream-length-{name}.pdf",
                     one_page_pdf(content_object=stream(TEXT_OPS, length=length)))
    corpus.write(family, "pdf-stream-no-endstream.pdf",
                 one_page_pdf(content_object=stream(TEXT_OPS)[:-len(b"\nendstream")]))


def encryption_pdfs(corpus):
    """Trailers whose /Encrypt is garbage."""
    family = "4 pdf hand-written"
    ids = b" /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]"
    corpus.write(family, "pdf-encrypt-garbage-object.pdf", one_page_pdf(
        trailer_extra=b" /Encrypt 6 0 R" + ids, more=[b"(dit is geen encryptiewoordenboek)"]))
    corpus.write(family, "pdf-encrypt-dangling-ref.pdf", one_page_pdf(trailer_extra=b" /Encrypt 99 0 R" + ids))
    corpus.write(family, "pdf-encrypt-nonsense-standard.pdf", one_page_pdf(
        trailer_extra=b" /Encrypt 6 0 R" + ids,
        more=[b"<< /Filter /Standard /V 99 /R 99 /Length -40 /O (x) /U (y) /P -1 >>"]))
    corpus.write(family, "pdf-encrypt-unknown-handler.pdf", one_page_pdf(
        trailer_extra=b" /Encrypt << /Filter /GeheimHandler /V 4 /R 4 >>" + ids))
    corpus.write(family, "pdf-encrypt-no-id.pdf", one_page_pdf(
        trailer_extra=b" /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /O <00> /U <00> /P -4 >>"))


# --- 5-6: random bytes, empty files ------------------------------------------------------

def random_files(corpus):
    """12 files per extension, sizes log-uniform from 1 byte to 200 KB (both ends included)."""
    rng = corpus.rng
    largest = 200 * KB
    for extension in ("pdf", "txt", "md", "html", "htm"):
        for number in range(12):
            if number == 0:
                size = 1
            elif number == 1:
                size = largest
            else:
                size = int(math.exp(rng.uniform(0, math.log(largest))))
            corpus.write("5 random bytes", f"random-{number:02d}-{size:06d}-bytes.{extension}", rng.randbytes(size))
    # The other spellings InputFormat accepts.
    for extension in ("text", "markdown", "PDF", "Html"):
        for number in range(2):
            size = int(math.exp(rng.uniform(0, math.log(largest))))
            corpus.write("5 random bytes", f"random-{number:02d}-{size:06d}-bytes.{extension}", rng.randbytes(size))
    for number in range(5):
        size = int(math.exp(rng.uniform(0, math.log(largest))))
        corpus.write("5 random bytes", f"random-with-pdf-header-{number:02d}-{size:06d}-bytes.pdf",
                     b"%PDF-1.4\n" + rng.randbytes(size))


def empty_files(corpus):
    for extension in ("txt", "pdf", "md", "html", "htm"):
        corpus.write("6 empty", f"empty.{extension}", b"")


# --- 7: text edge cases ------------------------------------------------------------------

INVALID_UTF8 = [b"\x80", b"\xbf", b"\xc0\xaf", b"\xc1\xbf", b"\xe0\x80\xaf", b"\xed\xa0\x80", b"\xed\xbf\xbf",
                b"\xf4\x90\x80\x80", b"\xf5", b"\xf8\x88\x80\x80\x80", b"\xfe", b"\xff", b"\xe2\x82", b"\xf0\x9f\x98",
                b"\xc3"]
BIDI = ["\u202e", "\u202d", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u200e", "\u200f", "\u061c"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u034f"]


def sprinkle(rng, text, inserts, every):
    """`text` with a random pick of `inserts` after about every `every` characters."""
    parts = []
    position = 0
    while position < len(text):
        step = rng.randint(1, 2 * every)
        parts.append(text[position:position + step])
        parts.append(rng.choice(inserts))
        position += step
    return type(text)().join(parts)


def text_files(corpus):
    family = "7 text edge cases"
    rng = corpus.rng
    for path in SEED_TEXTS:
        data = corpus.sources[path]
        corpus.write(family, f"text-invalid-utf8-{path.stem}.txt",
                     sprinkle(rng, data, INVALID_UTF8, 300) + b"\xe2\x82")
    corpus.write(family, "text-invalid-utf8.md", sprinkle(rng, corpus.sources[SEED_TEXTS[3]], INVALID_UTF8, 200))
    corpus.write(family, "text-invalid-utf8.html", b"<html><body><table><tr><td>Pilot \xff\xfe</td><td>"
                 + sprinkle(rng, corpus.sources[TABLE_TEXT][:20 * KB], INVALID_UTF8, 200) + b"</td></tr></table>")
    corpus.write(family, "text-utf8-bom-then-latin1.txt",
                 b"\xef\xbb\xbf" + corpus.text(TABLE_TEXT).encode("latin-1", "replace"))

    table = corpus.text(TABLE_TEXT)
    corpus.write(family, "text-utf16le-no-bom.txt", table.encode("utf-16-le"))
    corpus.write(family, "text-utf16be-no-bom.txt", table.encode("utf-16-be"))
    corpus.write(family, "text-utf16le-bom-odd-length.txt", b"\xff\xfe" + table.encode("utf-16-le") + b"\x00")
    corpus.write(family, "text-utf16be-bom-odd-length.txt", b"\xfe\xff" + table.encode("utf-16-be") + b"P")
    corpus.write(family, "text-utf16le-bom-lone-surrogates.txt",
                 b"\xff\xfe" + "Pilot ".encode("utf-16-le") + b"\x00\xd8\x00\xd8\xff\xdf"
                 + "Achtergrond".encode("utf-16-le"))
    corpus.write(family, "text-utf32le-bom.txt", b"\xff\xfe\x00\x00" + table.encode("utf-32-le"))
    corpus.write(family, "text-only-nul.txt", b"\x00" * (64 * KB))
    corpus.write(family, "text-nul-sprinkled.txt", sprinkle(rng, corpus.sources[TABLE_TEXT], [b"\x00"], 40))
    controls = bytes(list(range(0, 9)) + [11, 12, 14] + list(range(15, 32)) + [127])
    corpus.write(family, "text-only-control-characters.txt", bytes(rng.choice(controls) for _ in range(64 * KB)))
    corpus.write(family, "text-only-c1-controls.txt", "".join(chr(c) for c in range(0x80, 0xa0)) * 1000)
    corpus.write(family, "text-million-empty-lines.txt", b"\n" * 1_000_000)
    corpus.write(family, "text-100000-crlf-lines.txt", b"\r\n" * 100_000)
    corpus.write(family, "text-cr-only-line-ends.txt", table.replace("\n", "\r"))
    corpus.write(family, "text-ten-1mb-lines.txt", b"".join(dutch(MB) + b"\n" for _ in range(10)))
    corpus.write(family, "text-form-feed-every-line.txt", "\f" + corpus.text(SEED_TEXTS[0]).replace("\n", "\n\f"))

    marks = "".join(chr(code) for code in range(sys.maxunicode + 1)
                    if unicodedata.category(chr(code)) in ("Mn", "Me"))
    corpus.write(family, "text-combining-marks-all-stacked.txt",
                 "Pilot a" + marks * 50 + "\nAchtergrond e" + "\u0308" * 100_000 + "\n")
    corpus.write(family, "text-combining-marks-on-every-letter.txt",
                 "".join(char + "".join(rng.choice(marks) for _ in range(rng.randint(0, 40)))
                         for char in table[:5_000]))
    corpus.write(family, "text-bidi-overrides.txt", sprinkle(rng, table, BIDI, 20))
    corpus.write(family, "text-zero-width.txt", sprinkle(rng, table, ZERO_WIDTH, 10))
    corpus.write(family, "text-bidi-zero-width-in-keywords.txt", table
                 .replace("Pilot", "Pi\u200blot\u202e").replace("Achtergrond", "Achter\u200dgrond\u202c")
                 .replace("\t", "\u2067\t\u2069"))
    huge_one_line(corpus)


def huge_one_line(corpus, size=200 * 1000 * 1000):
    """One 200 MB line with no newline, written 1 MB at a time."""
    sentence = SENTENCE.encode()
    per_chunk = MB // len(sentence)
    chunks, rest = divmod(size // len(sentence) + 1, per_chunk)
    with open(corpus.root / "huge-one-line.txt", "xb") as handle:
        for _ in range(chunks):
            handle.write(sentence * per_chunk)
        handle.write(sentence * rest)
    corpus.counts["7 text edge cases"] += 1


# --- 8: HTML -----------------------------------------------------------------------------

def table_sentences(corpus):
    """The sentences of Inbox/002_*.txt without their tags, 20 to 300 characters long."""
    plain = re.sub(r"<[^>]+>", " ", corpus.text(TABLE_TEXT))
    return [sentence.strip() for sentence in re.split(r"(?<=\.) ", plain) if 20 < len(sentence.strip()) < 300]


def pilot_row(number, text):
    return f"<tr><td>Pilot {number}</td><td>{PILOT_CELL.format(text)}</td></tr>\n"


def html_files(corpus):
    family = "8 html"
    rng = corpus.rng
    page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Stand van zaken</title></head>"
            "<body>\n{}\n</body></html>\n")
    head = "<table>\n<tr><th>Pilot</th><th>Toelichting</th></tr>\n"
    corpus.write(family, "html-nested-div-50000.html", page.format("<div>" * 50000 + "Pilot diep" + "</div>" * 50000))
    corpus.write(family, "html-nested-div-50000-unclosed.html", page.format("<div>" * 50000 + "Pilot diep"))
    corpus.write(family, "html-nested-tables-5000.html", page.format(
        "<table><tr><td>" * 5000 + "Pilot genest" + "</td></tr></table>" * 5000))

    lol = ["<!ENTITY lol0 \"lol\">"] + [f"<!ENTITY lol{n} \"{f'&lol{n - 1};' * 10}\">" for n in range(1, 10)]
    corpus.write(family, "html-entity-bomb-billion-laughs.html",
                 "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n " + "\n ".join(lol) + "\n]>\n"
                 "<html><body><table><tr><td>Pilot &lol9;</td><td>&lol9;</td></tr></table></body></html>\n")
    corpus.write(family, "html-entity-bomb-quadratic.html",
                 "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n <!ENTITY a \"" + "a" * 100_000 + "\">\n]>\n"
                 "<html><body><p>" + "&a;" * 20_000 + "</p></body></html>\n")
    corpus.write(family, "html-entity-external-file.html",
                 "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n <!ENTITY xxe SYSTEM \"file:///etc/hostname\">\n"
                 " <!ENTITY net SYSTEM \"http://192.0.2.1/pilot.dtd\">\n]>\n"
                 "<html><body><table><tr><td>Pilot &xxe;</td><td>&net;</td></tr></table></body></html>\n")
    corpus.write(family, "html-bad-numeric-entities.html", page.format(
        head + "<tr><td>Pilot &#0;&#xD800;&#x110000;&#99999999999999;&#x;&#;&amp&lt</td><td>"
        + "&nbsp;" * 100_000 + "&bogus;" * 1000 + "</td></tr></table>"))

    sentences = table_sentences(corpus)
    rows = "".join(pilot_row(number, rng.choice(sentences)) for number in range(10_000))
    corpus.write(family, "html-table-10000-rows.html", page.format(head + rows + "</table>"))
    corpus.write(family, "html-table-cell-5mb.html", page.format(
        head + pilot_row("Groot", dutch(5 * MB).decode()) + "</table>"))
    corpus.write(family, "html-table-all-cells-empty.html", page.format(
        head + "<tr><td></td><td></td></tr>\n" * 1000 + "<tr><td> </td><td>&nbsp;</td></tr>\n" * 100
        + "<tr><td><p></p></td><td><p><u></u></p><p></p></td></tr>\n" * 100 + "<tr></tr>\n" * 100 + "</table>"))
    corpus.write(family, "html-table-empty.html", page.format("<table></table><table><tr></tr></table>"))

    def unclosed(text):
        text = re.sub(r"</[a-z]+>", "", text)
        strays = ["<", "<td", "</tr", "<p ", "<u", "<table", "<!--", "<![CDATA[", "\"", "<tr><td>"]
        return sprinkle(rng, text, strays, 150)
    body = head + "".join(pilot_row(number, rng.choice(sentences)) for number in range(300))
    corpus.write(family, "html-unclosed-tags.html", page.format(unclosed(body)))
    corpus.write(family, "html-unclosed-tags.htm", unclosed(body))
    script_line = ("var nep = \"<table><tr><td>Pilot nep</td><td><p><u>Achtergrond</u></p></td></tr></table>\";"
                   " // </scr\n")
    corpus.write(family, "html-script-1mb.html", page.format(
        "<script>\n" + script_line * (MB // len(script_line)) + "</script>\n"
        + head + pilot_row("Na het script", SENTENCE) + "</table>"))
    corpus.write(family, "html-script-unterminated.html", page.format(head + "</table><script>" + script_line * 1000))
    corpus.write(family, "html-comment-unterminated.html",
                 page.format(head + "<!-- " + pilot_row("Commentaar", SENTENCE) * 1000))
    long_value = dutch(100_000).decode()
    corpus.write(family, "html-attributes-100000-chars.html", page.format(
        f"<table class=\"{long_value}\">\n<tr><th data-x='{long_value}'>Pilot</th><th>Toelichting</th></tr>\n"
        f"<tr><td title=\"{long_value}\">Pilot Lange attributen</td>"
        f"<td {'a' * 100_000}=\"1\">{PILOT_CELL.format(SENTENCE)}</td></tr>\n"
        f"<tr><td id=\"{long_value}>Pilot Open attribuut</td><td>x</td></tr></table>"))
    corpus.write(family, "html-charset-lies-utf16.htm",
                 "<html><head><meta charset=\"utf-16\"></head><body>" + head
                 + pilot_row("Één", SENTENCE) + "</table></body></html>")
    corpus.write(family, "html-doctype-only.html", "<!DOCTYPE html>")


# --- 9: text-layer tables ----------------------------------------------------------------

def textlayer_files(corpus):
    family = "9 text-layer tables"
    rng = corpus.rng
    table = corpus.text(TABLE_TEXT)
    lines = table.split("\n")
    rows = [number for number, line in enumerate(lines) if "\t<p" in line]
    header = "\n".join(lines[:7]) + "\n"

    def replaced(changes):
        new = list(lines)
        for number, line in changes.items():
            new[number] = line
        return "\n".join(new)

    def name(row):
        return lines[row].split("\t")[0]

    def cell(row):
        return lines[row].split("\t", 1)[1]

    corpus.write(family, "textlayer-empty-cell.txt", replaced({
        rows[0]: name(rows[0]) + "\t",        # empty cell
        rows[1]: name(rows[1]),               # no tab at all
        rows[2]: name(rows[2]) + "\t   ",     # only spaces
        rows[3]: "\t" + cell(rows[3])}))      # empty name
    corpus.write(family, "textlayer-500-tabs.txt", replaced({
        rows[0]: lines[rows[0]].replace("\t", "\t" * 500, 1),
        rows[1]: lines[rows[1]].replace("</p> <p>", "</p>" + "\t" * 500 + "<p>", 1),
        rows[2]: "\t" * 500}))
    for cut in ("<", "<p", "</u", "<p><u>Achtergrond</u", "<p data-bbox=\"376 2"):
        label = re.sub(r"[^a-z0-9]+", "-", cut.lower()).strip("-") or "lt"
        row = lines[rows[4]]
        keep = row[:row.rfind("</p>")] + " " + cut
        corpus.write(family, f"textlayer-truncated-mid-tag-{label}.txt",
                     "\n".join(lines[:rows[4]]) + "\n" + keep)
    corpus.write(family, "textlayer-row-cut-mid-tag-then-more-rows.txt", replaced({
        rows[2]: lines[rows[2]][:lines[rows[2]].find("<u>") + 2]}))
    sentences = table_sentences(corpus)
    corpus.write(family, "textlayer-10000-rows.txt", header + "".join(
        f"Pilot {number}\t{PILOT_CELL.format(rng.choice(sentences))}\n" for number in range(10_000)))
    corpus.write(family, "textlayer-10000-header-lines.txt", header + "Pilot\tToelichting\n" * 10_000)
    corpus.write(family, "textlayer-nested-u-10000.txt", header
                 + "Pilot Genest\t<p>" + "<u>" * 10_000 + "Achtergrond" + "</u>" * 10_000 + "</p> <p>tekst</p>\n")
    corpus.write(family, "textlayer-crlf.txt", table.replace("\n", "\r\n"))


# --- 10: Markdown ------------------------------------------------------------------------

def markdown_files(corpus):
    family = "10 markdown"
    corpus.write(family, "md-100000-hashes.md", "#" * 100_000 + "\n\nPilot na de hekjes\n")
    corpus.write(family, "md-100000-hashes-then-text.md", "#" * 100_000 + " Pilot\n")
    corpus.write(family, "md-heading-1mb.md", "# Pilot " + dutch(MB).decode() + "\n\n## Achtergrond\n\nTekst.\n")
    # "- - - x" nests lists on one line; nesting by indentation grows quadratically, so
    # that form stops at 1,000 levels (1 MB) instead of 5,000 (25 MB).
    corpus.write(family, "md-nested-list-5000.md", "- " * 5000 + "Pilot diep\n")
    corpus.write(family, "md-nested-ordered-list-5000.md", "1. " * 5000 + "Pilot diep\n")
    corpus.write(family, "md-nested-mixed-list-quote-5000.md", "- 1. > " * 5000 + "Pilot diep\n")
    corpus.write(family, "md-nested-list-1000-indented.md",
                 "".join("  " * level + "- Pilot niveau %d\n" % level for level in range(1000)))
    corpus.write(family, "md-nested-blockquote-50000.md", ">" * 50_000 + " Pilot geciteerd\n")
    corpus.write(family, "md-nested-emphasis-50000.md", "*" * 50_000 + "Pilot" + "*" * 50_000 + "\n")
    corpus.write(family, "md-unclosed-code-fence.md", "# Pilot\n\n```\n" + corpus.text(SEED_TEXTS[3]))
    corpus.write(family, "md-table-10000-columns.md",
                 "|" + " Pilot |" * 10_000 + "\n|" + "---|" * 10_000 + "\n|" + " x |" * 10_000 + "\n")
    corpus.write(family, "md-link-brackets-50000.md", "[" * 50_000 + "Pilot" + "](" * 50_000 + "\n")


# --- 11: odd names and entries -----------------------------------------------------------

def odd_names(corpus):
    """Everything under OUTDIR/names/; paths are bytes so a name need not be UTF-8."""
    family = "11 odd names"
    names = os.fsencode(corpus.root / "names")
    os.mkdir(names)
    content = ("Pilot Vreemde naam\t" + PILOT_CELL.format(SENTENCE) + "\n").encode()

    def make_file(name, data=content):
        descriptor = os.open(os.path.join(names, name), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        corpus.counts[family] += 1

    def make_link(name, target):
        os.symlink(target, os.path.join(names, name))
        corpus.counts[family] += 1

    make_file(b"name with spaces.txt")
    make_file(b"  leading and trailing spaces  .txt")
    make_file(b"newline\nin name.txt")
    make_file(b"\x1b[2Jansi-clear-screen.txt")
    make_file(b"\x1b[31mred\x1b[0m.md")
    make_file(b"invalid-\xff\xfe-utf8.txt")
    make_file(b"latin1-caf\xe9.pdf", corpus.sources[GOOD_PDFS[1]])
    make_file(b"n" * 246 + b".txt")
    make_file("é".encode() * 123 + b".txt")
    make_file(b"--help.txt")
    make_file(b".hidden.txt")
    make_file(b".pdf", corpus.sources[GOOD_PDFS[0]])
    make_file(b"glob[*?] it's \"quoted\".md")
    make_file(b"good.txt")

    directory = os.path.join(names, b"x.pdf")
    os.mkdir(directory)
    with open(os.path.join(directory, b"inside.txt"), "wb") as handle:
        handle.write(content)
    corpus.counts[family] += 2

    make_link(b"loop-a.txt", b"loop-b.txt")
    make_link(b"loop-b.txt", b"loop-a.txt")
    make_link(b"self-loop.pdf", b"self-loop.pdf")
    make_link(b"dir-loop", b".")
    make_link(b"dangling.pdf", b"does-not-exist.pdf")
    make_link(b"outside.txt", b"/etc/hostname")
    make_link(b"link-to-good.txt", b"good.txt")
    make_link(b"link-to-rotate-270.pdf", b"../pdf-rotate-270-valid.pdf")

    os.mkfifo(os.path.join(names, b"fifo.txt"))
    corpus.counts[family] += 1
    make_file(b"unreadable.txt")
    os.chmod(os.path.join(names, b"unreadable.txt"), 0)
    locked = os.path.join(names, b"locked-dir")
    os.mkdir(locked)
    with open(os.path.join(locked, b"inside.txt"), "wb") as handle:
        handle.write(content)
    os.chmod(locked, 0)
    corpus.counts[family] += 2


FAMILIES = [truncated_pdfs, bitflipped_pdfs, broken_xref_pdfs, page_tree_pdfs, deep_nesting_pdfs,
            page_geometry_pdfs, big_pdfs, font_pdfs, stream_pdfs, encryption_pdfs, random_files, empty_files,
            text_files, html_files, textlayer_files, markdown_files, odd_names]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--verbose", action="store_true", help="print the count per family on stderr")
    arguments = parser.parse_args()
    if arguments.outdir.exists() and (not arguments.outdir.is_dir() or any(arguments.outdir.iterdir())):
        parser.error(f"{arguments.outdir} exists and is not an empty directory")
    arguments.outdir.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(arguments.outdir, arguments.seed)
    for family in FAMILIES:
        family(corpus)
    if arguments.verbose:
        for family, count in sorted(corpus.counts.items(), key=lambda item: int(item[0].split()[0])):
            print(f"{count:5d}  {family}", file=sys.stderr)
    print(f"{sum(corpus.counts.values())} files in {arguments.outdir}")


if __name__ == "__main__":
    main()
