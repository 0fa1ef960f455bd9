#!/usr/bin/env python3
"""Whole-process wall time and peak memory of `peilstok run` beside its peers, on the same PDFs, in one run.

Usage: bench_peers.py [--peilstok PATH] [--runs 5]

Peers, each run as its own process over the same files: `pdftotext -layout`, PyMuPDF's `page.get_text("dict")`
and pdfplumber's `page.extract_words()` (each in a fresh python3). Inputs: the factsheets PDF (30 pages), a 300-page
PDF made by joining it ten times (pdfunite), and a batch of ten copies of the factsheets. Times are the median of
--runs rounds, measured around the tool's own process (start-up included), started directly, with no shell in
between; what a run needs beforehand (peilstok's output directory removed, so that every run is a cold one with a new
store) is done before the clock starts. Each round runs every tool once in turn, so that load from elsewhere on the
machine weighs on all of them alike. Peak memory is the largest resident set of the
process and its children (GNU time's %M for one run). Also prints peilstok's scaling: the ten-copy batch with
--jobs 1 against --jobs = cores, and the 300-page PDF with one core (taskset) against all cores; and beside it what
the cores give any program on this machine: one pdftotext per core, one after another against all at once.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYMUPDF = "import sys, pymupdf\nfor p in sys.argv[1:]:\n    for page in pymupdf.open(p): page.get_text('dict')\n"
PDFPLUMBER = "import sys, pdfplumber\nfor p in sys.argv[1:]:\n    with pdfplumber.open(p) as d:\n        for page in d.pages: page.extract_words()\n"


class Command:
    """A process to measure, and what must be done before each run of it (untimed)."""

    def __init__(self, argv, before=None):
        self.argv = argv
        self.before = before or (lambda: None)


def wall(command, cwd):
    """Wall seconds of one run of `command`, from starting its process to its end."""
    command.before()
    began = time.perf_counter()
    subprocess.run(command.argv, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - began


def peak(command, cwd):
    """The peak resident MB of one run of `command` and its children."""
    command.before()
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command.argv, cwd=cwd, check=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def timed(commands, runs, cwd):
    """Median wall seconds of each command over `runs` rounds, and its peak resident MB. Each round runs every
    command once, in turn, so that a machine getting busier or quieter during the benchmark weighs on all alike."""
    times = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            times[index].append(wall(command, cwd))
    return [(statistics.median(spent), peak(command, cwd)) for spent, command in zip(times, commands)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peilstok", default=os.path.join(ROOT, ".build", "release", "peilstok"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    # The runs start in a temporary directory: a relative path names the binary from here.
    args.peilstok = os.path.abspath(args.peilstok)
    cores = os.cpu_count() or 1
    source = os.path.join(ROOT, "Inbox", "factsheets-2022.pdf")
    with tempfile.TemporaryDirectory() as work:
        single = os.path.join(work, "one")
        big = os.path.join(work, "big")
        batch = os.path.join(work, "batch")
        for directory in (single, big, batch):
            os.makedirs(directory)
        shutil.copy(source, os.path.join(single, "factsheets-30.pdf"))
        subprocess.run(["pdfunite"] + [source] * 10 + [os.path.join(big, "factsheets-300.pdf")], check=True)
        for copy in range(10):
            shutil.copy(source, os.path.join(batch, f"factsheets-{copy:02}.pdf"))

        out = os.path.join(work, "out")

        def peilstok(inbox, *extra, prefix=()):
            # A fresh store and output each time: a cold run, every document read.
            return Command(list(prefix) + [args.peilstok, "run", "--quiet", "--inbox", inbox, "--output", out] + list(extra),
                           before=lambda: shutil.rmtree(out, ignore_errors=True))

        def pdftotext(pdfs):
            if len(pdfs) == 1:
                return Command(["pdftotext", "-layout", pdfs[0], "/dev/null"])
            return Command(["sh", "-c", " && ".join(f'pdftotext -layout "{p}" /dev/null' for p in pdfs)])

        def files(directory):
            return [os.path.join(directory, name) for name in sorted(os.listdir(directory))]

        rows = []
        for label, directory in (("30-page PDF", single), ("300-page PDF", big)):
            pdfs = files(directory)
            tools = [
                ("peilstok run", peilstok(directory)),
                ("pdftotext -layout", pdftotext(pdfs)),
                ("PyMuPDF get_text(dict)", Command(["python3", "-c", PYMUPDF] + pdfs)),
                ("pdfplumber extract_words", Command(["python3", "-c", PDFPLUMBER] + pdfs)),
            ]
            measured = timed([command for _, command in tools], args.runs, work)
            results = [(name, seconds, megabytes) for (name, _), (seconds, megabytes) in zip(tools, measured)]
            rows.append((label, results))

        print(f"whole process, median of {args.runs} runs, {cores} cores; peak = largest resident set of one run")
        for label, results in rows:
            baseline = results[1][1]
            print(f"\n{label}")
            print(f"  {'tool':26} {'wall s':>8} {'× pdftotext':>12} {'peak MB':>9}")
            for name, seconds, peak in results:
                print(f"  {name:26} {seconds:8.3f} {seconds / baseline:12.2f} {peak:9.1f}")

        (one, _), (many, _) = timed([peilstok(batch, "--jobs", "1"), peilstok(batch, "--jobs", str(cores))], args.runs, work)
        print(f"\nten 30-page PDFs: --jobs 1 {one:.3f} s, --jobs {cores} {many:.3f} s: {one / many:.2f}× faster")
        (pinned, _), (free, _) = timed([peilstok(big, prefix=["taskset", "-c", "0"]), peilstok(big)], args.runs, work)
        print(f"one 300-page PDF: one core {pinned:.3f} s, {cores} cores {free:.3f} s: {pinned / free:.2f}× faster")
        # What the cores give any program here: the same pdftotext run once per core, one after another and at once
        # (cores of a VM may share a physical core, or its caches and memory, with each other).
        big_pdf = files(big)[0]
        one_run = f'pdftotext -layout "{big_pdf}" /dev/null'
        (after, _), (together, _) = timed([Command(["sh", "-c", "; ".join([one_run] * cores)]),
                                           Command(["sh", "-c", " & ".join([one_run] * cores) + "; wait"])], args.runs, work)
        print(f"this machine: {cores} pdftotext runs of the 300-page PDF one after another {after:.3f} s, at once "
              f"{together:.3f} s: {after / together:.2f}× faster (the most {cores} cores give any program here)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
