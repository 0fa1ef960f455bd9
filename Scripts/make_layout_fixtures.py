#!/usr/bin/env python3
"""Render the same factsheet content in five page layouts, into Tests/PeilstokTests/Fixtures/layouts/.

Usage: python3 Scripts/make_layout_fixtures.py           (make the PDFs and text layers, then check them)
       python3 Scripts/make_layout_fixtures.py --check   (only check the files already there)
Needs reportlab (python3 -m pip install reportlab) and poppler's pdftotext.

The content is content.json in the same folder (30 pilots, their captions, figures
and section texts); it is read, never written. Every layout has a cover page, a
contents page ("Inhoud", one line "N. NAME" per pilot with its page number) and one
page per pilot (a pilot that does not fit at 6.5 pt body continues on a page with no
title); every page has a running header and a page number.

  portrait-sidebar-left.pdf          A4 portrait; white "Pilot NAME" on a dark band; a narrow left
                                     side bar (captions, figures, timeline, example box at its
                                     bottom); two ragged Helvetica columns, bold headings.
  landscape-three-columns.pdf        A4 landscape; title NAME in Times 19 pt; three ragged Times
                                     columns, ALL CAPS Times-Bold headings, sections in another order
                                     (borging first); example box at the top of the first column;
                                     side bar on the right.
  portrait-single-underlined.pdf     A4 portrait; "Pilot NAME" 16 pt bold; a strip of captions,
                                     figures and timeline under the title; one justified, hyphenated
                                     column; coloured, underlined, non-bold headings; example box last.
  landscape-two-columns-coloured.pdf A4 landscape; title NAME in colour; two ragged, hyphenated
                                     Courier columns; larger coloured regular headings; example box
                                     after the interim findings; captions and figures in a band
                                     across the bottom.
  portrait-two-columns-justified.pdf A4 portrait; "Pilot NAME" in Times-Bold, over two lines when
                                     longer than 30 characters; a full-width example box first; two
                                     justified, hyphenated Helvetica columns with Times-Bold headings
                                     and the side bar between them.

Each PDF X.pdf comes with X.default.txt, X.raw.txt and X.layout.txt from pdftotext
(no option, -raw, -layout). Words are only broken at line ends if they are letters
only, at least 8 long, with at least 3 letters on each side, and the rest starts in
lower case; the first part ends in "-"; punctuation stays with its part; a word that
ends in a hyphen ("inkomens- en") never ends a line. Only the standard fonts are used
(WinAnsi covers • ’ ‘ – € “ ” and the accented letters of the texts).

The pages are set so that pdftotext's default reading order follows the columns:
wide gutters; a heading of the body size joined to its text, sections parted by a
hairline rather than by much space; columns balanced on a pilot's last page; page
numbers under the last column; side bars packed tight; in the Courier layout (larger
headings, blocks of their own) headings are kept from standing beside a block start
in the column before, and the band starts with "Doorlooptijd" alone on its row.

After making the files (and with --check alone) it prints per layout and for the
default and -raw layers how many pilots and section texts (of 30 and 210) are found
verbatim on the pilot's pages after folding white space and joining "-" line ends,
how many pilots have them in reading order, characters lost, and words broken
against the rule; it exits 1 if any is short. Output is deterministic (invariant
PDFs, seeded timelines): running this twice gives the same bytes. The files are
committed; run this only to change them.
"""
import json
import os
import random
import re
import subprocess
import sys

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "PeilstokTests", "Fixtures", "layouts")

HEADINGS = {
    "structuur": "Structuur van de pilot",
    "tussentijdse_bevindingen": "Tussentijdse bevindingen",
    "eigenaarschap": "Eigenaarschap, financiering en data",
    "financiering": "Financiering",
    "avg": "AVG",
    "borging": "Borging en implementatie: blik op de toekomst",
    "voorbeeld_casus": "Voorbeeld casus",
}
DEFAULT_ORDER = ["structuur", "tussentijdse_bevindingen", "eigenaarschap", "financiering", "avg", "borging"]
TARGET_GROUPS = ["Rechtzoekenden", "Rechtshulpverleners en sociaal domein", "Professionals", "Inwoners", "Burgers"]
YEARS = ["2020", "2021", "2022", "2023"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]


MIN_BODY = 6.5
GREY = HexColor("#555555")
BLACK = HexColor("#000000")


def peildatum(iso):
    """"2022-10-12" as "Peildatum 12 oktober 2022"."""
    year, month, day = (int(part) for part in iso.split("-"))
    return f"Peildatum {day} {MONTHS[month - 1]} {year}"

# --------------------------------------------------------------------------- text

LEADING_PUNCT = "(‘“'\""
TRAILING_PUNCT = ".,;:!?)’”'\""
VOWELS = set("aeiouyáéíóúàèëïöüêâîôû")
NO_SPLIT = {"ch", "ij", "ie", "oe", "ei", "ou", "ui", "eu", "aa", "ee", "oo", "uu", "au", "sc"}
GLUE = "\x00"  # joins words that must stay on one line


def width(text, font, size):
    return stringWidth(text.replace(GLUE, " "), font, size)


def hyphen_splits(token):
    """Ways to break token at a line end, longest first part first: (first part without "-", rest).

    Only a word of letters only (leading/trailing punctuation aside), at least 8 letters,
    with at least 3 letters either side, before a lower-case consonant that opens a syllable
    (so "LegalGuard" is not split at its capital)."""
    lead = len(token) - len(token.lstrip(LEADING_PUNCT))
    end = len(token.rstrip(TRAILING_PUNCT))
    core = token[lead:end]
    if len(core) < 8 or not core.isalpha():
        return []
    splits = []
    low = core.lower()
    for p in range(len(core) - 3, 2, -1):
        if low[p] in VOWELS or low[p + 1] not in VOWELS or low[p - 1:p + 1] in NO_SPLIT or not core[p].islower():
            continue
        splits.append((token[:lead + p], token[lead + p:]))
    return splits


def break_lines(text, font, size, line_width, hang=0.0, hyphenate=False):
    """Greedy line breaking; returns [(line, is_last)]. Lines after the first are hang narrower."""
    words = []
    for word in text.split():  # "inkomens- en": a suspended hyphen never ends a line (pdftotext would join it)
        if words and words[-1].endswith("-") and words[-1][:-1][-1:].isalpha():
            words[-1] += GLUE + word
        else:
            words.append(word)
    lines = []
    current = []
    i = 0
    while i < len(words):
        avail = line_width - (hang if lines else 0)
        word = words[i]
        if width(" ".join(current + [word]), font, size) <= avail:
            current.append(word)
            i += 1
            continue
        if hyphenate:
            split = next((fr for fr in hyphen_splits(word)
                          if width(" ".join(current + [fr[0] + "-"]), font, size) <= avail), None)
            if split:
                lines.append(" ".join(current + [split[0] + "-"]))
                current = []
                words[i] = split[1]
                continue
        if current:
            lines.append(" ".join(current))
            current = []
        else:  # a single word wider than the line: put it there anyway
            lines.append(word)
            i += 1
    if current:
        lines.append(" ".join(current))
    return [(line.replace(GLUE, " "), n == len(lines) - 1) for n, line in enumerate(lines)]


def wrap(text, font, size, line_width):
    return [line for line, _ in break_lines(text, font, size, line_width)]


def paragraphs(text):
    """A section text as paragraphs: the text before the first bullet, then one "• item" per bullet."""
    parts = re.split(r"\s*•\s*", text)
    out = []
    if parts[0].strip():
        out.append((parts[0].strip(), False))
    for item in parts[1:]:
        out.append(("• " + item.strip(), True))
    return out


def lijn_caption(lijn):
    if not lijn:
        return None
    if len(lijn) == 1:
        return f"{lijn[0]} lijn"
    return ", ".join(lijn[:-1]) + " en " + lijn[-1] + " lijn"


def vorm_caption(vorm):
    return {"werkwijze": "Werkwijze", "online-tool": "Online tool"}.get(vorm)


def captions(pilot, index):
    out = []
    if lijn_caption(pilot["lijn"]):
        out.append(("square", lijn_caption(pilot["lijn"])))
    if vorm_caption(pilot["vorm"]):
        out.append(("circle", vorm_caption(pilot["vorm"])))
    out.append(("diamond", TARGET_GROUPS[index % len(TARGET_GROUPS)]))
    return out


# --------------------------------------------------------------------------- drawing ops
# ("text", x, y, font, size, colour, string, word_space) ("ctext"/"rtext", x, y, font, size, colour, string)
# ("rect", x, y, w, h, fill or None, stroke or None) ("line", x1, y1, x2, y2, colour, width)
# ("circle", x, y, r, fill) ("diamond", x, y, r, fill)


def text(x, y, font, size, colour, string, ws=0.0):
    return ("text", x, y, font, size, colour, string, ws)


def draw_ops(c, ops):
    for op in ops:
        kind = op[0]
        if kind == "text":
            _, x, y, font, size, colour, string, ws = op
            t = c.beginText()
            t.setTextOrigin(x, y)
            t.setFont(font, size)
            t.setFillColor(colour)
            t.setWordSpace(round(ws, 4))  # always: Tw outlives the text object
            t.textOut(string)
            c.drawText(t)
        elif kind in ("ctext", "rtext"):
            _, x, y, font, size, colour, string = op
            c.setFont(font, size)
            c.setFillColor(colour)
            (c.drawCentredString if kind == "ctext" else c.drawRightString)(x, y, string)
        elif kind == "rect":
            _, x, y, w, h, fill, stroke = op
            if fill is not None:
                c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke)
                c.setLineWidth(0.6)
            c.rect(x, y, w, h, fill=int(fill is not None), stroke=int(stroke is not None))
        elif kind == "line":
            _, x1, y1, x2, y2, colour, lw = op
            c.setStrokeColor(colour)
            c.setLineWidth(lw)
            c.line(x1, y1, x2, y2)
        elif kind == "circle":
            _, x, y, r, fill = op
            c.setFillColor(fill)
            c.circle(x, y, r, stroke=0, fill=1)
        elif kind == "diamond":
            _, x, y, r, fill = op
            c.setFillColor(fill)
            path = c.beginPath()
            path.moveTo(x, y + r)
            path.lineTo(x + r, y)
            path.lineTo(x, y - r)
            path.lineTo(x - r, y)
            path.close()
            c.drawPath(path, stroke=0, fill=1)


# --------------------------------------------------------------------------- side bar pieces


def caption_block(x, top, w, items, font, size, icon_colour, colour):
    """Icons with their captions stacked; returns (ops, bottom)."""
    ops = []
    y = top
    for shape, caption in items:
        lines = wrap(caption, font, size, w - 16)
        first = y - size
        cy = first + size * 0.33
        if shape == "square":
            ops.append(("rect", x, cy - 4.5, 9, 9, icon_colour, None))
        elif shape == "circle":
            ops.append(("circle", x + 4.5, cy, 4.5, icon_colour))
        else:
            ops.append(("diamond", x + 4.5, cy, 5, icon_colour))
        for n, line in enumerate(lines):
            ops.append(text(x + 16, first - n * size * 1.2, font, size, colour, line))
        y = first - (len(lines) - 1) * size * 1.2 - size * 0.45
    return ops, y + size * 0.45 - size * 0.3


def figure_block(x, top, w, figure, number_font, number_size, label_font, label_size, colour, label_colour, beside):
    """A large number with its label beside it or under it; returns (ops, bottom)."""
    ops = []
    base = top - number_size * 0.75
    ops.append(text(x, base, number_font, number_size, colour, figure["text"]))
    bottom = base - number_size * 0.25
    if figure.get("label"):
        if beside:
            lx = x + width(figure["text"], number_font, number_size) + 6
            lines = wrap(figure["label"], label_font, label_size, max(40, x + w - lx))
            y = base + number_size * 0.72 - label_size
            for n, line in enumerate(lines):
                ops.append(text(lx, y - n * label_size * 1.2, label_font, label_size, label_colour, line))
            bottom = min(bottom, y - (len(lines) - 1) * label_size * 1.2 - label_size * 0.4)
        else:
            lines = wrap(figure["label"], label_font, label_size, w)
            y = base - label_size * 1.35
            for n, line in enumerate(lines):
                ops.append(text(x, y - n * label_size * 1.2, label_font, label_size, label_colour, line))
            bottom = y - (len(lines) - 1) * label_size * 1.2 - label_size * 0.4
    return ops, bottom


def timeline_block(x, top, w, index, font, bold_font, colour, bar_colour, track_colour, year_size=7):
    """"Doorlooptijd", a bar with the running time filled, and the years under it; returns (ops, bottom)."""
    rng = random.Random(1000 + index)
    start = rng.randint(0, 5) / 16  # quarters
    end = rng.randint(10, 16) / 16
    ops = [text(x, top - 5.5, bold_font, 7, colour, "Doorlooptijd")]
    bar_y = top - 11.5
    ops.append(("rect", x, bar_y, w, 3, track_colour, None))
    ops.append(("rect", x + start * w, bar_y, (end - start) * w, 3, bar_colour, None))
    for n in range(1, len(YEARS)):
        ops.append(("line", x + n * w / len(YEARS), bar_y - 1, x + n * w / len(YEARS), bar_y + 4, colour, 0.4))
    for n, year in enumerate(YEARS):
        ops.append(("ctext", x + (n + 0.5) * w / len(YEARS), bar_y - 6, font, year_size, colour, year))
    return ops, bar_y - 8


# --------------------------------------------------------------------------- flowing text


class Style:
    def __init__(self, **kw):
        self.body_font = "Helvetica"
        self.body_colour = BLACK
        self.leading = 1.22
        self.justify = False
        self.hyphenate = False
        self.heading_font = "Helvetica-Bold"
        self.heading_size = None  # None: the body size (heading and text then make one pdftotext block)
        self.heading_leading = 1.2
        self.before_heading = 0.5  # space above a heading, in body sizes
        self.after_heading = 0.0  # points
        self.box_pad = 6
        self.box_gap = None  # space around a box in the flow, in body sizes; None: before_heading
        self.section_rule = None  # colour of a hairline between sections
        self.heading_colour = BLACK
        self.heading_caps = False
        self.heading_underline = False
        self.box_fill = HexColor("#F3F3F3")
        self.box_heading_font = None
        self.para_gap = 0.2  # in lines of body text; baselines stay within 1.5 sizes
        self.__dict__.update(kw)


def heading_text(style, key):
    h = HEADINGS[key]
    return h.upper() if style.heading_caps else h


def entries_for(style, size, col_w, keys, texts, in_box=False):
    """Lines and spaces for the sections keys (texts: key to section text); an entry is a dict,
    kind "line" or "space".

    A line's "keep" is how many entries after it must go in the same column: a heading keeps
    two lines of its text, a paragraph keeps its first two and its last two lines together."""
    entries = []
    pad = style.box_pad if in_box else 0
    inner = col_w - 2 * pad
    lead = size * style.leading
    if in_box:
        entries.append({"kind": "space", "h": pad, "box": True, "keep": 0})
    for n, key in enumerate(keys):
        hfont = (style.box_heading_font or style.heading_font) if in_box else style.heading_font
        hsize = style.heading_size or size
        hlead = max(lead, hsize * style.heading_leading)
        if n > 0 or not in_box:
            entries.append({"kind": "space", "h": size * style.before_heading, "box": in_box, "keep": 0,
                            "drop": True, "section_gap": True, "rule": None if in_box else style.section_rule})
        hlines = wrap(heading_text(style, key), hfont, hsize, inner)
        for m, line in enumerate(hlines):
            entries.append({"kind": "line", "h": hlead, "font": hfont, "size": hsize,
                            "colour": style.heading_colour, "text": line, "x": pad, "ws": 0, "box": in_box,
                            "underline": style.heading_underline, "keep": len(hlines) - m + 2,
                            "start": m == 0, "heading": True, "section": key})
        if style.after_heading:
            entries.append({"kind": "space", "h": style.after_heading, "box": in_box, "keep": 0})
        for p, (para, bullet) in enumerate(paragraphs(texts[key])):
            if p > 0:
                entries.append({"kind": "space", "h": lead * style.para_gap, "box": in_box, "keep": 0, "drop": True})
            hang = width("• ", style.body_font, size) if bullet else 0
            lines = break_lines(para, style.body_font, size, inner, hang, style.hyphenate)
            for m, (line, last) in enumerate(lines):
                first_line = m == 0
                avail = inner - (0 if first_line else hang)
                ws = 0.0
                if style.justify and not last and line.count(" "):
                    ws = (avail - width(line, style.body_font, size)) / line.count(" ")
                keep = 1 if (m == 0 or m == len(lines) - 2) and len(lines) > 1 else 0
                entries.append({"kind": "line", "h": lead, "font": style.body_font, "size": size,
                                "colour": style.body_colour, "text": line, "x": pad + (0 if first_line else hang),
                                "ws": ws, "box": in_box, "keep": keep, "start": p == 0 and m == 0,
                                "overfull": width(line, style.body_font, size) > avail + 0.5})
    if in_box:
        entries.append({"kind": "space", "h": pad, "box": True, "keep": 0})
    return entries


def ink_top(e, y):
    """About where pdftotext's box of a line placed at y starts (its baseline plus the ascent)."""
    return y - e["h"] + (e["h"] - e["size"]) * 0.5 + e["size"] * 0.22 + e["size"] * 0.72


def place(entries, start, frames, nudge=0.0, max_shift=5.0):
    """Fill frames [(x, top, w, bottom)] with entries from start; returns (placed, next index).

    With nudge (for headings of another size than the text, which pdftotext keeps as blocks of
    their own): a heading that would start, or whose text would start, within nudge points of a
    block start in the column before is moved down until clear of it, so that no two blocks in a
    row lie side by side with two in the column before, aligned (pdftotext takes that for a table
    and reads it across)."""
    placed = []
    starts = [[] for _ in frames]
    fi = 0
    y = frames[0][1]
    at_top = True
    i = start
    while i < len(entries):
        e = entries[i]
        x, top, w, bottom = frames[fi]
        if e["kind"] == "space":
            if at_top and e.get("drop"):
                i += 1
                continue
            if y - e["h"] < bottom - 0.01:
                fi += 1
                if fi == len(frames):
                    return placed, i
                y = frames[fi][1]
                at_top = True
                i += 1
                continue
            placed.append((fi, e, y))
            y -= e["h"]
            i += 1
            continue
        if nudge and fi > 0 and e.get("heading") and e.get("start"):
            body = i + 1
            offset = e["h"]
            while body < len(entries) - 1 and (entries[body]["kind"] == "space" or entries[body].get("heading")):
                offset += entries[body]["h"]
                body += 1

            def clash(t):
                return any(abs(t - s) < nudge for s in starts[fi - 1])

            # beside a heading start in the column before: far enough down to be clear of it and its text
            # (the gap this leaves lies beside that heading); else only a little, to keep gaps small
            limit = 14.0 if clash(ink_top(e, y)) else max_shift
            shift = 0.0
            while shift < limit and (clash(ink_top(e, y - shift))
                                     or clash(ink_top(entries[body], y - offset - shift))):
                shift += 1.0
            y -= shift
        need = e["h"] + sum(n["h"] for n in entries[i + 1:i + 1 + e["keep"]])
        if y - need < bottom - 0.01 and not (at_top and y - e["h"] >= bottom - 0.01 and need > top - bottom):
            fi += 1
            if fi == len(frames):
                return placed, i
            y = frames[fi][1]
            at_top = True
            continue
        if e.get("start") or at_top:
            starts[fi].append(ink_top(e, y))
        placed.append((fi, e, y))
        y -= e["h"]
        at_top = False
        i += 1
    return placed, i


def ragged_foot(placed, frames):
    """The first column whose last block starts below where the next column ends, or None.

    pdftotext stretches such a block sideways over the next column and reads that column first."""
    for k in range(len(frames) - 1):
        lines = [(e, y) for fi, e, y in placed if fi == k and e["kind"] == "line"]
        after = [(e, y) for fi, e, y in placed if fi == k + 1 and e["kind"] == "line"]
        if not lines:
            return None
        starts = [ink_top(e, y) for n, (e, y) in enumerate(lines) if n == 0 or e.get("start")]
        end = min(y - e["h"] for e, y in after) if after else frames[k + 1][1]
        if end > starts[-1] - 3:
            return k
    return None


def balanced(entries, start, frames, nudge=0.0):
    """Columns of about equal height when the text ends on this page: raise the bottoms as far as it
    still fits; then, while a column's last block starts below the end of the next column, push text
    on into the next column (see ragged_foot)."""
    placed, nxt = place(entries, start, frames, nudge)
    if nxt < len(entries) or len(frames) < 2:
        return placed, nxt, frames
    low, high = 0.0, min(top - bottom for _, top, _, bottom in frames)
    for _ in range(24):
        mid = (low + high) / 2
        if place(entries, start, [(x, t, w, b + mid) for x, t, w, b in frames], nudge)[1] == len(entries):
            low = mid
        else:
            high = mid
    full = frames
    frames = [(x, t, w, b + low) for x, t, w, b in frames]
    placed, nxt = place(entries, start, frames, nudge)
    for _ in range(400):
        k = ragged_foot(placed, frames)
        if k is None:
            break
        x, t, w, b = frames[k]
        trial = frames[:k] + [(x, t, w, b + 2)] + full[k + 1:]
        trial_placed, trial_nxt = place(entries, start, trial, nudge)
        if trial_nxt < len(entries):
            break
        frames, placed, nxt = trial, trial_placed, trial_nxt
    return placed, nxt, frames


def placed_ops(placed, frames, style):
    ops = []
    # boxes behind the text: one rectangle per run of box entries in a frame
    runs = []
    for fi, e, y in placed:
        if e["box"]:
            if runs and runs[-1][0] == fi and runs[-1][3]:
                runs[-1][2] = y - e["h"]
            else:
                runs.append([fi, y, y - e["h"], True])
        elif runs:
            runs[-1][3] = False
    for fi, top, bottom, _ in runs:
        x, _, w, _ = frames[fi]
        ops.append(("rect", x, bottom, w, top - bottom, style.box_fill, None))
    for n, (fi, e, y) in enumerate(placed):
        if e["kind"] == "space" and e.get("rule") is not None and n + 1 < len(placed) and placed[n + 1][0] == fi:
            x, _, w, _ = frames[fi]
            ops.append(("line", x, y - e["h"] * 0.45, x + w, y - e["h"] * 0.45, e["rule"], 0.4))
        if e["kind"] != "line":
            continue
        x = frames[fi][0] + e["x"]
        base = y - e["h"] + (e["h"] - e["size"]) * 0.5 + e["size"] * 0.22
        ops.append(text(x, base, e["font"], e["size"], e["colour"], e["text"], e["ws"]))
        if e.get("underline"):
            ops.append(("line", x, base - 2, x + width(e["text"], e["font"], e["size"]), base - 2, e["colour"], 0.5))
    return ops


def overfull(entries):
    return any(e.get("overfull") for e in entries)


def box_height(entries):
    return sum(e["h"] for e in entries)


# --------------------------------------------------------------------------- layouts


class Layout:
    name = ""
    pagesize = A4
    margin = 36
    style = Style()
    base_size = 9.0
    order = DEFAULT_ORDER
    box_mode = "flow-last"  # flow-first, flow-last, flow-after:<key>, sidebar, full-width
    title_font = "Helvetica-Bold"
    title_colour = BLACK
    accent = HexColor("#1F3A5F")
    nudge = 0.0  # see place()
    keep_sections = False  # a section never runs from one column into the next unless longer than one

    @property
    def W(self):
        return self.pagesize[0]

    @property
    def H(self):
        return self.pagesize[1]

    def title_of(self, pilot):
        return "Pilot " + pilot["name"]

    def furniture(self, page_number, doc_title):
        """Running header and page number."""
        return [text(self.margin, self.H - 22, "Helvetica", 7, GREY, doc_title),
                ("line", self.margin, self.H - 26, self.W - self.margin, self.H - 26, GREY, 0.3),
                ("ctext", self.W / 2, 20, "Helvetica", 8, GREY, str(page_number))]

    def reading_order(self, pilot):
        """The section keys in the order the page is meant to be read (the box counts where it stands;
        a side bar or a box above the columns is read first)."""
        keys = self.flow_sections(pilot)
        box = ["voorbeeld_casus"] if "voorbeeld_casus" in pilot["sections"] else []
        if self.box_mode == "flow-last":
            return keys + box
        if self.box_mode.startswith("flow-after:"):
            after = self.box_mode.split(":", 1)[1]
            cut = keys.index(after) + 1 if after in keys else len(keys)
            return keys[:cut] + box + keys[cut:]
        return box + keys

    def flow_sections(self, pilot):
        keys = [k for k in self.order if k in pilot["sections"]]
        return keys

    def flow_entries(self, pilot, size, col_w):
        entries = self._flow_entries(pilot, size, col_w)
        if self.keep_sections:
            for n, e in enumerate(entries):
                if e.get("heading") and e.get("start") and not e["box"]:
                    end = n + 1
                    while end < len(entries) and not (entries[end].get("heading") or entries[end].get("section_gap")):
                        end += 1
                    e["keep"] = max(e["keep"], end - n - 1)
        return entries

    def _flow_entries(self, pilot, size, col_w):
        s = self.style
        keys = self.flow_sections(pilot)
        has_box = "voorbeeld_casus" in pilot["sections"]
        texts = pilot["sections"]
        box = entries_for(s, size, col_w, ["voorbeeld_casus"], texts, in_box=True) if has_box else []
        gap = [{"kind": "space", "h": size * (s.before_heading if s.box_gap is None else s.box_gap), "box": False,
                "keep": 0, "drop": True}]
        if self.box_mode == "flow-first":
            return box + gap + entries_for(s, size, col_w, keys, texts)
        if self.box_mode == "flow-last":
            return entries_for(s, size, col_w, keys, texts) + gap + box
        if self.box_mode.startswith("flow-after:"):
            after = self.box_mode.split(":", 1)[1]
            cut = keys.index(after) + 1 if after in keys else len(keys)
            return (entries_for(s, size, col_w, keys[:cut], texts) + gap + box
                    + entries_for(s, size, col_w, keys[cut:], texts))
        return entries_for(s, size, col_w, keys, texts)

    def first_page(self, pilot, index, size):
        """(ops, frames, ok) for the first page of a pilot at body size."""
        raise NotImplementedError

    def continuation_page(self):
        raise NotImplementedError

    def pilot_pages(self, pilot, index):
        """A list of pages (op lists) for one pilot; shrinks the body before going on to a second page."""
        size = self.base_size
        while True:
            ops, frames, ok = self.first_page(pilot, index, size)
            if ok or size <= MIN_BODY:
                entries = self.flow_entries(pilot, size, frames[0][2])
                placed, nxt, frames = balanced(entries, 0, frames, self.nudge)
                if (ok and nxt == len(entries) and not overfull(entries)) or size <= MIN_BODY:
                    if not ok or overfull(entries):
                        self.overfull.append(pilot["name"])
                    break
            size = round(size - 0.25, 2)
        self.sizes.append((pilot["name"], size))
        pages = [ops + placed_ops(placed, frames, self.style)]
        while nxt < len(entries):
            ops, frames = self.continuation_page()
            placed, after, frames = balanced(entries, nxt, frames, self.nudge)
            if after == nxt:
                raise SystemExit(f"{self.name}: {pilot['name']} makes no progress on a continuation page")
            nxt = after
            pages.append(ops + placed_ops(placed, frames, self.style))
            self.continued.append(pilot["name"])
        return pages

    def cover(self, doc_title, date):
        ops = [("rect", 0, self.H * 0.55, self.W, 6, self.accent, None)]
        y = self.H * 0.55 + 40
        lines = wrap(doc_title, self.title_font, 26, self.W - 2 * self.margin - 40)
        y += (len(lines) - 1) * 32
        for line in lines:
            ops.append(text(self.margin + 20, y, self.title_font, 26, self.title_colour, line))
            y -= 32
        ops.append(text(self.margin + 20, self.H * 0.55 - 30, self.style.body_font, 13, BLACK, peildatum(date)))
        return ops

    def contents(self, entries):
        ops = [text(self.margin + 20, self.H - 90, self.title_font, 18, self.title_colour, "Inhoud")]
        y = self.H - 125
        step = min(16, (y - 60) / len(entries))
        for n, (name, page) in enumerate(entries, start=1):
            ops.append(text(self.margin + 20, y, self.style.body_font, 10, BLACK, f"{n}. {name}"))
            ops.append(("rtext", self.W - self.margin - 20, y, self.style.body_font, 10, BLACK, str(page)))
            y -= step
        return ops

    def title_lines(self, title, font, size, max_w, shrink_to=None):
        """Shrink a too-wide title down to shrink_to, then wrap it; returns (lines, size)."""
        if shrink_to:
            while width(title, font, size) > max_w and size > shrink_to:
                size -= 0.5
        lines = wrap(title, font, size, max_w)
        if len(lines) > 1:
            self.split_titles.append((title, lines, size))
        elif shrink_to and size < self.title_size:
            self.shrunk_titles.append((title, size))
        return lines, size

    def build(self, content):
        self.sizes, self.continued, self.split_titles, self.shrunk_titles, self.overfull = [], [], [], [], []
        doc_title = content["title"]
        pilot_pages = []
        for index, pilot in enumerate(content["pilots"]):
            pilot_pages.append(self.pilot_pages(pilot, index))
        starts = []
        page = 3
        for pages in pilot_pages:
            starts.append(page)
            page += len(pages)
        path = os.path.join(OUT, self.name + ".pdf")
        c = canvas.Canvas(path, pagesize=self.pagesize, invariant=1)
        c.setTitle(doc_title)
        c.setAuthor("peilstok tests")
        c.setSubject("layout fixture " + self.name)
        all_pages = [self.cover(doc_title, content["peildatum"]),
                     self.contents([(p["name"], s) for p, s in zip(content["pilots"], starts)])]
        for pages in pilot_pages:
            all_pages.extend(pages)
        for number, ops in enumerate(all_pages, start=1):
            draw_ops(c, self.furniture(number, doc_title))
            draw_ops(c, ops)
            c.showPage()
        c.save()
        return path


class PortraitSidebarLeft(Layout):
    name = "portrait-sidebar-left"
    pagesize = A4
    margin = 30
    base_size = 9.0
    title_size = 18
    box_mode = "sidebar"
    accent = HexColor("#1F3A5F")
    style = Style(body_font="Helvetica", heading_font="Helvetica-Bold", before_heading=0.25,
                  section_rule=HexColor("#9AA8B8"), box_fill=HexColor("#FFF4D6"), box_heading_font="Helvetica-Bold",
                  box_pad=5)
    side_w = 150

    def furniture(self, page_number, doc_title):
        return [text(self.margin, self.H - 22, "Helvetica", 7, GREY, doc_title),
                ("rtext", self.W - self.margin, 20, "Helvetica", 8, GREY, str(page_number))]

    def columns(self, top):
        x0 = self.margin + self.side_w + 24
        total = self.W - self.margin - x0
        w = (total - 24) / 2
        return [(x0, top, w, 42), (x0 + w + 24, top, w, 42)]

    def first_page(self, pilot, index, size):
        ops = []
        lines, tsize = self.title_lines(self.title_of(pilot), self.title_font, self.title_size,
                                        self.W - 2 * self.margin, shrink_to=13)
        band_h = 20 + len(lines) * tsize * 1.2
        band_top = self.H - 36
        ops.append(("rect", 0, band_top - band_h, self.W, band_h, self.accent, None))
        y = band_top - 10 - tsize * 0.95
        for line in lines:
            ops.append(text(self.margin, y, self.title_font, tsize, white, line))
            y -= tsize * 1.2
        top = band_top - band_h - 16
        sx, sw = self.margin, self.side_w
        ops.append(("rect", sx, 36, sw, top + 6 - 36, HexColor("#E9EDF2"), None))
        inner_x, inner_w = sx + 8, sw - 16
        o, y = caption_block(inner_x, top - 6, inner_w, captions(pilot, index), "Helvetica", 7.5, self.accent, BLACK)
        ops += o
        for figure in pilot["figures"]:
            o, y = figure_block(inner_x, y - 4, inner_w, figure, "Helvetica-Bold", 26, "Helvetica", 7,
                                self.accent, BLACK, beside=False)
            ops += o
        o, y = timeline_block(inner_x, y - 4, inner_w, index, "Helvetica", "Helvetica-Bold", BLACK,
                              self.accent, HexColor("#C9D2DD"))
        ops += o
        ok = True
        if "voorbeeld_casus" in pilot["sections"]:
            # the example box fills the rest of the side bar, its text from the top
            box = entries_for(self.style, size, sw - 8, ["voorbeeld_casus"], pilot["sections"], in_box=True)
            box_frame = [(sx + 4, y - 4, sw - 8, 40)]
            placed, nxt = place(box, 0, box_frame)
            ok = nxt == len(box) and not overfull(box)
            ops.append(("rect", sx + 4, 40, sw - 8, y - 4 - 40, self.style.box_fill, None))
            ops += [op for op in placed_ops(placed, box_frame, self.style) if op[0] != "rect"]
        return ops, self.columns(top), ok

    def continuation_page(self):
        return [], self.columns(self.H - 44)


class LandscapeThreeColumns(Layout):
    name = "landscape-three-columns"
    pagesize = landscape(A4)
    margin = 32
    base_size = 9.5
    title_size = 19
    box_mode = "flow-first"
    order = ["borging", "structuur", "tussentijdse_bevindingen", "eigenaarschap", "financiering", "avg"]
    title_font = "Times-Bold"
    title_colour = HexColor("#1E4D2B")
    accent = HexColor("#1E4D2B")
    style = Style(body_font="Times-Roman", heading_font="Times-Bold", heading_caps=True, before_heading=0.3,
                  section_rule=HexColor("#7FA487"), box_fill=HexColor("#E4EFE6"), leading=1.18)
    side_w = 150

    def title_of(self, pilot):
        return pilot["name"]

    def furniture(self, page_number, doc_title):
        return [("rtext", self.W - self.margin, self.H - 20, "Times-Italic", 7.5, GREY, doc_title),
                ("rtext", self.columns(0)[-1][0] + self.columns(0)[-1][2], 18, "Times-Roman", 8, GREY,
                 str(page_number))]

    def columns(self, top):
        total = self.W - 2 * self.margin - self.side_w - 28
        w = (total - 2 * 22) / 3
        return [(self.margin + n * (w + 22), top, w, 40) for n in range(3)]

    def first_page(self, pilot, index, size):
        ops = []
        cols = self.columns(0)
        max_w = cols[-1][0] + cols[-1][2] - self.margin
        lines, tsize = self.title_lines(self.title_of(pilot), self.title_font, self.title_size, max_w)
        y = self.H - 52
        for line in lines:
            ops.append(text(self.margin, y, self.title_font, tsize, self.title_colour, line))
            y -= tsize * 1.15
        rule = y + tsize * 1.15 - 9
        ops.append(("line", self.margin, rule, self.W - self.margin, rule, self.accent, 1.2))
        top = rule - 12
        sx = self.W - self.margin - self.side_w
        ops.append(("line", sx - 14, top, sx - 14, 40, self.accent, 0.5))
        ops += stacked_side_bar(sx, top, self.side_w, pilot, index, "Times-Roman", "Times-Bold", 8, 28, 7.5,
                                self.accent, HexColor("#CFE0D3"))
        return ops, self.columns(top), True

    def continuation_page(self):
        return [], self.columns(self.H - 40)


class PortraitSingleUnderlined(Layout):
    name = "portrait-single-underlined"
    pagesize = A4
    margin = 50
    base_size = 9.0
    title_size = 16
    box_mode = "flow-last"
    accent = HexColor("#00707A")
    style = Style(body_font="Helvetica", heading_font="Helvetica", heading_size=10.5, heading_leading=1.25,
                  before_heading=1.1, after_heading=3, heading_colour=HexColor("#00707A"),
                  heading_underline=True, justify=True, hyphenate=True, box_fill=HexColor("#E3F1F2"),
                  para_gap=0.25)

    def furniture(self, page_number, doc_title):
        return [text(self.margin, self.H - 24, "Helvetica-Oblique", 7, GREY, doc_title),
                ("rtext", self.W - self.margin, 24, "Helvetica", 8, GREY, str(page_number))]

    def frame(self, top):
        return [(self.margin, top, self.W - 2 * self.margin, 48)]

    def first_page(self, pilot, index, size):
        ops = []
        lines, tsize = self.title_lines(self.title_of(pilot), self.title_font, self.title_size,
                                        self.W - 2 * self.margin)
        y = self.H - 60
        for line in lines:
            ops.append(text(self.margin, y, self.title_font, tsize, BLACK, line))
            y -= tsize * 1.2
        top = y + tsize * 1.2 - 14
        strip_ops, bottom = strip(self.margin, top - 8, self.W - 2 * self.margin, pilot, index,
                                  "Helvetica", "Helvetica-Bold", self.accent, HexColor("#BFDDE0"))
        ops.append(("rect", self.margin - 6, bottom - 6, self.W - 2 * self.margin + 12, top - bottom + 6,
                    HexColor("#F1F4F4"), None))
        ops += strip_ops
        return ops, self.frame(bottom - 20), True

    def continuation_page(self):
        return [], self.frame(self.H - 50)


def strip(x, top, w, pilot, index, font, bold_font, accent, track, caption_w=150, timeline_w=120, label_size=7):
    """Captions, figures (label beside the number) and timeline side by side; returns (ops, bottom)."""
    ops = []
    o, b1 = caption_block(x, top, caption_w, captions(pilot, index), font, 7.5, accent, BLACK)
    ops += o
    bottoms = [b1]
    figures = pilot["figures"]
    fx = x + caption_w + 12
    fw = (w - caption_w - timeline_w - 24) / max(1, len(figures))
    for n, figure in enumerate(figures):
        o, b = figure_block(fx + n * fw, top, fw - 8, figure, bold_font, 24, font, label_size, accent, BLACK,
                            beside=True)
        ops += o
        bottoms.append(b)
    o, b = timeline_block(x + w - timeline_w, top, timeline_w, index, font, bold_font, BLACK, accent, track)
    ops += o
    bottoms.append(b)
    return ops, min(bottoms)


def stacked_side_bar(x, top, w, pilot, index, font, bold_font, caption_size, figure_size, label_size, accent,
                     track, figure_font=None):
    """A side bar of captions, then the figures with their labels under them, then the timeline, top down."""
    ops, y = caption_block(x, top, w, captions(pilot, index), font, caption_size, accent, BLACK)
    for figure in pilot["figures"]:
        o, y = figure_block(x, y - 4, w, figure, figure_font or bold_font, figure_size, font, label_size, accent,
                            BLACK, beside=False)
        ops += o
    o, _ = timeline_block(x, y - 4, w, index, font, bold_font, BLACK, accent, track)
    return ops + o


def band(columns, top, pilot, index, font, bold_font, accent, track, timeline_w=84, caption_w=150,
         label_size=7.5):
    """A band under two columns: under the left edge of the left one a short timeline (its label
    "Doorlooptijd" alone on the top row; its years close enough to read as one line), under the right
    one the figures and the captions, one row lower. Returns (ops, bottom).

    pdftotext stretches the lone label over the whole band, which keeps the band after both columns;
    a piece further right under the left column, or under the gutter, would be pulled in between the
    blocks of the columns (pdftotext widens a block sideways up to pieces below it)."""
    (x1, w1), (x2, w2) = [(x, w) for x, _, w, _ in columns]
    ops, bottoms = [], []
    o, b = timeline_block(x1, top, timeline_w, index, font, bold_font, BLACK, accent, track, year_size=6.5)
    ops += o
    bottoms.append(b)
    low = top - 10
    o, b = caption_block(x2 + w2 - caption_w, low, caption_w, captions(pilot, index), font, 7.5, accent, BLACK)
    ops += o
    bottoms.append(b)
    figures = pilot["figures"]
    fw = (w2 - caption_w - 20) / max(1, len(figures))
    slots = [(x2 + n * fw, fw - 10) for n in range(len(figures))]
    # Several figures share the row: each caption goes under its number, so none runs into the next.
    for (fx, fw), figure in zip(slots, figures):
        o, b = figure_block(fx, low, fw, figure, bold_font, 24, font, label_size, accent, BLACK,
                            beside=len(figures) == 1)
        ops += o
        bottoms.append(b)
    return ops, min(bottoms)


class LandscapeTwoColumnsColoured(Layout):
    name = "landscape-two-columns-coloured"
    pagesize = landscape(A4)
    margin = 30
    base_size = 8.0
    title_size = 20
    box_mode = "flow-after:tussentijdse_bevindingen"
    nudge = 5.5
    title_colour = HexColor("#8E1B3D")
    accent = HexColor("#8E1B3D")
    style = Style(body_font="Courier", heading_font="Helvetica", heading_size=11.5, heading_leading=1.1,
                  before_heading=0.25, after_heading=1.5, heading_colour=HexColor("#8E1B3D"), hyphenate=True,
                  box_fill=HexColor("#F7EAF0"), box_pad=3, box_gap=0, leading=1.2, para_gap=0.2)

    def title_of(self, pilot):
        return pilot["name"]

    def furniture(self, page_number, doc_title):
        return [("ctext", self.W / 2, self.H - 18, "Helvetica", 7, GREY, doc_title),
                ("rtext", self.W - self.margin, 14, "Helvetica-Bold", 8, self.accent, str(page_number))]

    def columns(self, top, bottom):
        w = (self.W - 2 * self.margin - 30) / 2
        return [(self.margin, top, w, bottom), (self.margin + w + 30, top, w, bottom)]

    def first_page(self, pilot, index, size):
        ops = []
        lines, tsize = self.title_lines(self.title_of(pilot), self.title_font, self.title_size,
                                        self.W - 2 * self.margin, shrink_to=14)
        y = self.H - 50
        for line in lines:
            ops.append(text(self.margin, y, self.title_font, tsize, self.title_colour, line))
            y -= tsize * 1.2
        top = y + tsize * 1.2 - 16
        band_ops, band_bottom = band(self.columns(0, 0), 0, pilot, index, "Helvetica", "Helvetica-Bold",
                                     self.accent, HexColor("#E6C3D0"))
        band_h = -band_bottom + 20
        lift = 30 + band_h - 10
        ops.append(("rect", 0, 30, self.W, band_h, HexColor("#F4E3EA"), None))
        for op in band_ops:
            op = list(op)
            if op[0] in ("text", "ctext", "rtext", "circle", "diamond"):
                op[2] += lift
            elif op[0] == "rect":
                op[2] += lift
            elif op[0] == "line":
                op[2] += lift
                op[4] += lift
            ops.append(tuple(op))
        return ops, self.columns(top, 30 + band_h + 14), True

    def continuation_page(self):
        return [], self.columns(self.H - 40, 36)


class PortraitTwoColumnsJustified(Layout):
    name = "portrait-two-columns-justified"
    pagesize = A4
    margin = 40
    base_size = 9.0
    title_size = 17
    box_mode = "full-width"
    title_font = "Times-Bold"
    title_colour = HexColor("#2B2D6E")
    accent = HexColor("#2B2D6E")
    style = Style(body_font="Helvetica", heading_font="Times-Bold", before_heading=0.25, justify=True,
                  section_rule=HexColor("#8E90C4"), hyphenate=True, box_fill=HexColor("#ECEDF7"),
                  heading_colour=HexColor("#2B2D6E"))
    keep_sections = True
    side_w = 104

    def furniture(self, page_number, doc_title):
        return [("rtext", self.W - self.margin, self.H - 22, "Times-Roman", 7.5, GREY, doc_title),
                ("line", self.margin, self.H - 27, self.W - self.margin, self.H - 27, self.accent, 0.4),
                ("rtext", self.W - self.margin, 22, "Times-Roman", 8, GREY, str(page_number))]

    def columns(self, top):
        w = (self.W - 2 * self.margin - self.side_w - 2 * 20) / 2
        return [(self.margin, top, w, 44), (self.margin + w + 20 + self.side_w + 20, top, w, 44)]

    def first_page(self, pilot, index, size):
        ops = []
        title = self.title_of(pilot)
        if len(title) > 30:
            words = title.split()
            best = min(range(1, len(words)), key=lambda k: max(
                width(" ".join(words[:k]), self.title_font, self.title_size),
                width(" ".join(words[k:]), self.title_font, self.title_size)))
            lines = [" ".join(words[:best]), " ".join(words[best:])]
            self.split_titles.append((title, lines, self.title_size))
        else:
            lines = [title]
        y = self.H - 62
        for line in lines:
            ops.append(text(self.margin, y, self.title_font, self.title_size, self.title_colour, line))
            y -= self.title_size * 1.15
        top = y + self.title_size * 1.15 - 14
        full_w = self.W - 2 * self.margin
        if "voorbeeld_casus" in pilot["sections"]:
            box = entries_for(self.style, size, full_w, ["voorbeeld_casus"], pilot["sections"], in_box=True)
            h = box_height(box)
            frame = [(self.margin, top, full_w, top - h - 1)]
            placed, _ = place(box, 0, frame)
            ops += placed_ops(placed, frame, self.style)
            if overfull(box):
                return ops, self.columns(top - h - 14), False
            top = top - h - 14
        cols = self.columns(top)
        sx = cols[0][0] + cols[0][2] + 20
        ops.append(("line", sx - 10, top, sx - 10, 44, self.accent, 0.4))
        ops.append(("line", sx + self.side_w + 10, top, sx + self.side_w + 10, 44, self.accent, 0.4))
        ops += stacked_side_bar(sx, top - 2, self.side_w, pilot, index, "Helvetica", "Helvetica-Bold", 7, 24, 6.5,
                                self.accent, HexColor("#D3D5EC"), figure_font="Times-Bold")
        return ops, cols, top > 300

    def continuation_page(self):
        return [], self.columns(self.H - 44)


LAYOUTS = [PortraitSidebarLeft, LandscapeThreeColumns, PortraitSingleUnderlined, LandscapeTwoColumnsColoured,
           PortraitTwoColumnsJustified]

# --------------------------------------------------------------------------- text layers and check


def text_layers(pdf):
    base = pdf[:-4]
    for suffix, options in (("default", []), ("raw", ["-raw"]), ("layout", ["-layout"])):
        subprocess.run(["pdftotext", *options, pdf, f"{base}.{suffix}.txt"], check=True)


def joined(raw):
    """Join "word-" at a line end with a lower-case continuation (not before "en"/"of"), fold white space."""
    raw = re.sub(r"(?<=[^\W\d_])-\n\s*(?!(?:en|of)\b)(?=[^\W\d_A-Z])", "", raw)
    return " ".join(raw.split())


def pilot_texts(layer, content):
    """A text layer cut into the pilots' pages (a page opens a pilot when it holds that pilot's name),
    folded and with hyphenated line ends joined; the cover and contents pages left out."""
    pages = [joined(page) for page in layer.split("\f")[2:]]
    texts = []
    for page in pages:
        if len(texts) < len(content["pilots"]) and content["pilots"][len(texts)]["name"] in page:
            texts.append(page)
        elif texts:
            texts[-1] += " " + page
    return texts


def hyphen_breaks(layer):
    """Pairs (first part, rest) of words broken at a line end with "-" in a text layer."""
    lines = layer.split("\n")
    out = []
    for line, after in zip(lines, lines[1:]):
        if line.endswith("-") and after.strip() and line.split()[-1][:-1][-1:].isalpha():
            out.append((line.split()[-1][:-1], after.split()[0]))
    return out


def check(content):
    """Per layout and text layer: pilots found, section texts found verbatim on the pilot's pages
    (white space folded, hyphenated line ends joined) and in reading order; characters lost;
    words broken against the rule."""
    ok = True
    wanted = sorted({ch for p in content["pilots"] for v in p["sections"].values() for ch in v if ord(ch) > 127}
                    | {ch for ch in content["title"] if ord(ch) > 127})
    vocabulary = {w.lstrip(LEADING_PUNCT).rstrip(TRAILING_PUNCT)
                  for p in content["pilots"] for v in p["sections"].values() for w in v.split()}
    for cls in LAYOUTS:
        layout = cls()
        for suffix in ("default", "raw"):
            with open(os.path.join(OUT, f"{layout.name}.{suffix}.txt"), encoding="utf-8") as handle:
                layer = handle.read()
            texts = pilot_texts(layer, content)
            total = found = ordered = 0
            missing = []
            for pilot, txt in zip(content["pilots"], texts):
                sections = {k: " ".join(v.split()) for k, v in pilot["sections"].items()}
                for key, value in sections.items():
                    total += 1
                    if value in txt:
                        found += 1
                    else:
                        missing.append(f"{pilot['name']}/{key}")
                at = 0
                for key in layout.reading_order(pilot):
                    at = txt.find(sections[key], at)
                    if at < 0:
                        break
                    at += len(sections[key])
                ordered += at >= 0
            lost = "".join(ch for ch in wanted if ch not in layer)
            print(f"{layout.name} ({suffix}): pilots {len(texts)}/{len(content['pilots'])}, sections "
                  f"{found}/{total} verbatim, {ordered} pilots with all sections in reading order"
                  + (f", characters lost: {lost}" if lost else ""))
            for m in missing:
                print("   missing:", m)
            ok &= len(texts) == len(content["pilots"]) and found == total
            if suffix == "raw":
                breaks = hyphen_breaks(layer)
                bad = []
                for first, rest in breaks:
                    head, tail = first.lstrip(LEADING_PUNCT), rest.rstrip(TRAILING_PUNCT)
                    if (len(head) < 3 or not head.isalpha() or len(tail) < 3 or not tail.isalpha()
                            or head + tail not in vocabulary):
                        bad.append(f"{first}-/{rest}")
                print(f"   {len(breaks)} words broken at line ends" + (f", against the rule: {bad}" if bad else ""))
                ok &= not bad
    return ok


def main():
    with open(os.path.join(OUT, "content.json"), encoding="utf-8") as handle:
        content = json.load(handle)
    if "--check" not in sys.argv[1:]:
        for cls in LAYOUTS:
            layout = cls()
            pdf = layout.build(content)
            text_layers(pdf)
            shrunk = [f"{name} {size:g}" for name, size in layout.sizes if size < layout.base_size]
            print(f"{layout.name}: body {layout.base_size:g} pt; smaller for {len(shrunk)}: {', '.join(shrunk)}")
            if layout.overfull:
                print(f"   overfull at {MIN_BODY:g} pt: {', '.join(layout.overfull)}")
            if layout.continued:
                print(f"   continued on a next page: {', '.join(layout.continued)}")
            for title, lines, size in layout.split_titles:
                print(f"   title over {len(lines)} lines at {size:g} pt: {' / '.join(lines)}")
            for title, size in layout.shrunk_titles:
                print(f"   title shrunk to {size:g} pt: {title}")
    sys.exit(0 if check(content) else 1)


if __name__ == "__main__":
    main()
