#!/usr/bin/env python3
"""Seed corpora for `make fuzz`: one directory per fuzz target under the given directory.

Usage: fuzz_seeds.py DIR

normaliser/ gets each annotated seed sentence as a file, decoder/ slices of the sample inbox's text layers
(with a form feed and a tab-separated table row among them), html/ small HTML reports and table cells.
Existing files are kept, so a corpus grows from run to run.
"""
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def write(directory, name, data):
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name), "wb") as handle:
        handle.write(data)


def main(out):
    sentences = os.path.join(ROOT, "Tests", "PeilstokTests", "Fixtures", "normalisation", "seed-sentences.jsonl")
    with open(sentences, encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            write(os.path.join(out, "normaliser"), f"seed-{number:04d}", json.loads(line)["text"].encode("utf-8"))
    inbox = os.path.join(ROOT, "Inbox")
    for name in sorted(os.listdir(inbox)):
        if name.endswith(".txt"):
            with open(os.path.join(inbox, name), "rb") as handle:
                data = handle.read()
            for start in range(0, min(len(data), 40_000), 4_000):
                write(os.path.join(out, "decoder"), f"{name}-{start}", data[start:start + 4_000])
    write(os.path.join(out, "decoder"), "pages", "Kop\n\fPilot A\nStructuur van de pilot\nTekst.\n\f".encode("utf-8"))
    write(os.path.join(out, "decoder"), "row", "Pilot A\t<p><u>Doel</u></p><p>Iets &amp; meer.</p>\n".encode("utf-8"))
    write(os.path.join(out, "decoder"), "columns", "Links    Rechts\nlinks    rechts\n".encode("utf-8"))
    write(os.path.join(out, "html"), "table", b"<html><body><h1>Stand van zaken</h1><table><tr><th>Pilot</th>"
          b"<th>Toelichting</th></tr><tr><td>Pilot A</td><td><p><u>Doel</u></p><p>x</p></td></tr></table></body></html>")
    write(os.path.join(out, "html"), "fragment", b"<p><b>AVG</b> Er is <i>geen</i> sprake<br>van &euro; 5</p>")
    print(f"seed corpora in {out}")


if __name__ == "__main__":
    main(sys.argv[1])
