#!/usr/bin/env python3
"""Score peilstok's normaliser beside dateparser + text2num on the same sentences.

Usage: compare_normalisers.py [--sentences FILE]... [--peilstok PATH]

Runs `peilstok normalise --jsonl` and a baseline built from dateparser
(search_dates, languages nl, with DateDataParser's period for the granularity)
and text2num (alpha2digit, nl) plus plain digit, percent and euro-sign patterns,
writes both outputs in peilstok's format, scores both with
`peilstok eval-normalise --json` (one scorer for both), and prints recall and
precision per type side by side, with sentences per second for each, one table per set of sentences
(by default the seed sentences and the government sentences under Tests/).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

from dateparser.date import DateDataParser
from dateparser.search import search_dates
from text_to_num import alpha2digit

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIGITS = re.compile(r"(€\s?)?(\d+(?:[.,]\d+)*)(\s?%)?")
WORD = re.compile(r"\w+", re.UNICODE)


def dutch_number(text):
    if "," in text:
        return float(text.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
        return float(text.replace(".", ""))
    return float(text)


def baseline(text, date_parser):
    """Expressions the two libraries find, with offsets in Unicode code points (as peilstok's)."""
    found = []
    taken = []

    def free(start, end):
        return all(end <= a or start >= b for a, b in taken)

    def add_digits(only_marked):
        for match in DIGITS.finditer(text):
            start, end = match.span()
            marked = bool(match.group(1) or match.group(3))
            if marked != only_marked or not free(start, end):
                continue
            value = dutch_number(match.group(2))
            kind = "money" if match.group(1) else "percent" if match.group(3) else "number"
            expression = {"type": kind, "text": match.group(0), "at": [start, end], "value": value}
            if kind == "money":
                expression["currency"] = "EUR"
            found.append(expression)
            taken.append((start, end))

    # Amounts and percentages first (a euro or percent sign is unambiguous), then dates, then bare numbers.
    add_digits(only_marked=True)
    cursor = 0
    for substring, _ in search_dates(text, languages=["nl"]) or []:
        start = text.find(substring, cursor)
        if start < 0:
            continue
        end = start + len(substring)
        cursor = end
        data = date_parser.get_date_data(substring)
        if data.date_obj is None or not free(start, end):
            continue
        value = data.date_obj
        timex = {"day": value.strftime("%Y-%m-%d"), "month": value.strftime("%Y-%m")}.get(data.period, value.strftime("%Y"))
        found.append({"type": "date", "text": substring, "at": [start, end], "timex": timex})
        taken.append((start, end))
    add_digits(only_marked=False)
    for match in WORD.finditer(text):
        start, end = match.span()
        word = match.group(0)
        if word.isdigit() or not free(start, end):
            continue
        converted = alpha2digit(word, "nl")
        if converted != word and re.fullmatch(r"\d+(,\d+)?", converted):
            found.append({"type": "number", "text": word, "at": [start, end], "value": dutch_number(converted)})
            taken.append((start, end))
    return sorted(found, key=lambda e: e["at"])


def score(peilstok, sentences, outputs):
    result = subprocess.run([peilstok, "eval-normalise", "--expected", sentences, outputs, "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def compare(peilstok, path):
    """Prints one set's table: peilstok beside the baseline, per type."""
    with open(path, encoding="utf-8") as handle:
        sentences = [json.loads(line) for line in handle if line.strip()]
    with tempfile.TemporaryDirectory() as work:
        ours = os.path.join(work, "peilstok.jsonl")
        theirs = os.path.join(work, "baseline.jsonl")
        began = time.perf_counter()
        with open(path, "rb") as source, open(ours, "wb") as sink:
            subprocess.run([peilstok, "normalise", "--jsonl", "--rules", os.path.join(ROOT, "Rules")],
                           stdin=source, stdout=sink, check=True)
        ours_seconds = time.perf_counter() - began

        date_parser = DateDataParser(languages=["nl"])
        began = time.perf_counter()
        with open(theirs, "w", encoding="utf-8") as sink:
            for sentence in sentences:
                expressions = baseline(sentence["text"], date_parser)
                sink.write(json.dumps({"id": sentence["id"], "text": sentence["text"], "expressions": expressions},
                                      ensure_ascii=False) + "\n")
        theirs_seconds = time.perf_counter() - began

        ours_report = score(peilstok, path, ours)
        theirs_report = score(peilstok, path, theirs)

    types = sorted(set(ours_report["types"]) | set(theirs_report["types"]))
    empty = sum(1 for sentence in sentences if not sentence.get("expect"))
    print(f"{len(sentences)} sentences ({empty} with no expression) from {os.path.relpath(path, ROOT)}")
    print(f"{'':10}  {'peilstok':>27}  {'dateparser + text2num':>27}")
    print(f"{'type':10}  {'expected':>8} {'recall':>8} {'precision':>9}  {'expected':>8} {'recall':>8} {'precision':>9}")

    def cells(report, name):
        tally = report["types"].get(name) if name != "total" else report["total"]
        if not tally:
            return f"{'-':>8} {'-':>8} {'-':>9}"
        recall = tally["found"] / tally["expected"] if tally["expected"] else 1.0
        precision = tally["matching"] / tally["outputs"] if tally["outputs"] else 1.0
        return f"{tally['expected']:>8} {recall:>8.3f} {precision:>9.3f}"

    for name in types + ["total"]:
        print(f"{name:10}  {cells(ours_report, name)}  {cells(theirs_report, name)}")
    print(f"{'speed':10}  {len(sentences) / ours_seconds:>17.0f} sent./s  {len(sentences) / theirs_seconds:>17.0f} sent./s"
          "  (peilstok timed with process start)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    fixtures = os.path.join(ROOT, "Tests", "PeilstokTests", "Fixtures", "normalisation")
    parser.add_argument("--sentences", action="append",
                        help="a JSON Lines file of annotated sentences (repeatable; default: the seed and government sets)")
    parser.add_argument("--peilstok", default=os.path.join(ROOT, ".build", "debug", "peilstok"))
    args = parser.parse_args()
    paths = args.sentences or [os.path.join(fixtures, "seed-sentences.jsonl"),
                               os.path.join(fixtures, "government-sentences.jsonl")]
    for number, path in enumerate(paths):
        if number:
            print()
        compare(args.peilstok, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
