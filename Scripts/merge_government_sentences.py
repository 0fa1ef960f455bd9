#!/usr/bin/env python3
"""Join the annotators' parts (Tests/…/normalisation/parts/government-*.jsonl) into government-sentences.jsonl,
checking each line: source and text present, every span found in the text in order, no sentence twice (here or in
the seed set). Usage: merge_government_sentences.py"""
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "PeilstokTests", "Fixtures", "normalisation")


def main():
    seen = set()
    with open(os.path.join(FIXTURES, "seed-sentences.jsonl"), encoding="utf-8") as seed:
        seen.update(json.loads(line)["text"] for line in seed if line.strip())
    lines, problems = [], []
    for path in sorted(glob.glob(os.path.join(FIXTURES, "parts", "government-*.jsonl"))):
        with open(path, encoding="utf-8") as part:
            for number, line in enumerate(part, start=1):
                if not line.strip():
                    continue
                item = json.loads(line)
                where = f"{os.path.basename(path)}:{number}"
                if not item.get("source") or not item.get("text"):
                    problems.append(f"{where}: no source or text")
                if item["text"] in seen:
                    continue
                seen.add(item["text"])
                cursor = 0
                for expression in item["expect"]:
                    found = item["text"].find(expression["span"])
                    if found < 0:
                        problems.append(f"{where}: span {expression['span']!r} not in the text")
                    cursor = max(cursor, found)
                lines.append(json.dumps(item, ensure_ascii=False))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    with open(os.path.join(FIXTURES, "government-sentences.jsonl"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print(f"{len(lines)} sentences written to government-sentences.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
