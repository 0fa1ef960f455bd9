#!/usr/bin/env python3
"""The torture batch (`make torture`): the hostile corpus and the sample inbox in one run.

Usage: torture.py [--peilstok PATH] [--timeout SECONDS] [--jobs N] [--work DIR]

Makes the hostile corpus (Scripts/make_hostile_corpus.py) beside a copy of the sample inbox, runs
`peilstok run` over both, and checks what the crash-proof batch promises:
- the batch itself does not crash: exit status 0 or 1;
- every good record is there, byte-identical to a run of the good files alone;
- every hostile file is named in run.json, read or with the reason it was not;
- no document takes longer than --timeout plus a second (the gaps between finished documents);
- the parent process stays under 200 MB of memory (VmHWM, sampled while it runs).
Prints the counts and exits 1 when any check fails.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
GOOD = ["000_cad00d4029970908.txt", "001_9fa5d12fc6f62dbe.txt", "002_067f7ab2b7d390c7.txt",
        "003_594f80364ebc7975.txt", "004_607ef2ade63b3d16.txt", "factsheets-2022.pdf", "standvanzaken-2021.pdf",
        "factsheets-2022-single-column.pdf", "inbox.yml"]
PARENT_LIMIT_MB = 200


def run(peilstok, inbox, output, timeout, jobs):
    """Runs peilstok, sampling the parent's peak memory; returns (status, seconds, stderr lines with times, peak MB)."""
    command = [peilstok, "run", "--inbox", inbox, "--output", output, "--rules", os.path.join(ROOT, "Rules"),
               "--timeout", str(timeout), "--jobs", str(jobs), "--fresh"]
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    lines = []

    def read_errors():
        for raw in process.stderr:
            lines.append((time.monotonic() - started, raw.decode("utf-8", "replace").rstrip("\n")))

    reader = threading.Thread(target=read_errors)
    reader.start()
    peak = 0
    while process.poll() is None:
        try:
            with open(f"/proc/{process.pid}/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]) // 1024)
        except OSError:
            pass
        time.sleep(0.05)
    reader.join()
    return process.returncode, time.monotonic() - started, lines, peak


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--peilstok", default=os.path.join(ROOT, ".build", "debug", "peilstok"))
    parser.add_argument("--timeout", type=float, default=10)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--work", default=None)
    args = parser.parse_args()
    work = args.work or tempfile.mkdtemp(prefix="peilstok-torture-")
    good, mixed = os.path.join(work, "good"), os.path.join(work, "mixed")
    for directory in (good, mixed):
        shutil.rmtree(directory, ignore_errors=True)
        os.makedirs(directory)
        for name in GOOD:
            shutil.copy(os.path.join(ROOT, "Inbox", name), directory)
    hostile = os.path.join(mixed, "hostile")
    subprocess.run([sys.executable, os.path.join(ROOT, "Scripts", "make_hostile_corpus.py"), hostile], check=True)

    status, _, _, _ = run(args.peilstok, good, os.path.join(work, "good-out"), args.timeout, args.jobs)
    if status != 0:
        print(f"torture: the good files alone exit {status}")
        return 1
    with open(os.path.join(work, "good-out", "records.jsonl"), "rb") as handle:
        good_records = handle.read().splitlines()

    status, seconds, lines, peak = run(args.peilstok, mixed, os.path.join(work, "mixed-out"), args.timeout, args.jobs)
    failures = []
    if status not in (0, 1):
        failures.append(f"the batch exited {status}")
    try:
        with open(os.path.join(work, "mixed-out", "run.json"), encoding="utf-8") as handle:
            report = json.load(handle)
        with open(os.path.join(work, "mixed-out", "records.jsonl"), "rb") as handle:
            records = handle.read().splitlines()
    except OSError as error:
        print(f"torture: no output: {error}")
        return 1
    missing = [record for record in good_records if record not in records]
    if missing:
        failures.append(f"{len(missing)} good records missing or changed")
    named = {entry["file"] for entry in report["documents"]}
    listed = []
    for directory, subdirectories, files in os.walk(hostile):
        for name in files + [s for s in subdirectories if os.path.islink(os.path.join(directory, s))]:
            path = os.path.relpath(os.path.join(directory, name), mixed)
            if not os.path.basename(path).startswith("."):
                listed.append(path)
    unnamed = [path for path in listed if path not in named and os.fsencode(path).decode("utf-8", "replace") not in named]
    if unnamed:
        failures.append(f"{len(unnamed)} hostile entries not named in run.json, e.g. {unnamed[:3]}")
    times = [moment for moment, line in lines if line.startswith("[")]
    gaps = [later - earlier for earlier, later in zip([0.0] + times, times)]
    slowest = max(gaps, default=0)
    if slowest > args.timeout + 1 + 1:  # one second more for the supervisor's own start-up of a fresh worker
        failures.append(f"a document took {slowest:.1f} s, more than --timeout {args.timeout:g} s plus a second")
    if peak >= PARENT_LIMIT_MB:
        failures.append(f"the parent peaked at {peak} MB")
    errors = [entry for entry in report["documents"] if entry["error"]]
    reasons = {}
    for entry in errors:
        reason = entry["error"].split(":")[0].split("(")[0].strip()
        reasons[reason] = reasons.get(reason, 0) + 1
    print(f"torture: {len(report['documents'])} entries ({len(listed)} hostile), exit {status}, {seconds:.1f} s, "
          f"{report['totals']['records']} records ({len(good_records)} good ones all present: {not missing}), "
          f"{len(errors)} failed, slowest gap {slowest:.1f} s, parent peak {peak} MB")
    for reason, count in sorted(reasons.items(), key=lambda item: -item[1]):
        print(f"  {count:4d}  {reason}")
    for failure in failures:
        print(f"torture: FAILED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
