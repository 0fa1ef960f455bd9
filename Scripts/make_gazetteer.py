#!/usr/bin/env python3
"""Writes Rules/gemeenten.yml: every current Dutch municipality with its CBS code and province, the names documents
customarily use for them, and the former municipalities that merged into them since --since (default 1990).

Usage: make_gazetteer.py [--since 1990] [--output Rules/gemeenten.yml]

Sources (Scripts/data/gemeenten/, see SOURCES.md there):
- cbs-gemeentelijke-indeling.csv: every municipality since 1990 with code, province and dates (CBS, via NLExtract);
  the ones without an end date are the current ones.
- rvig-tabel33-gemeenten.csv: RvIG's municipality table (BRP table 33): each ended municipality's successor code and
  legal end date.
  A chain of successors is followed to a current municipality.
- splitsingen.csv: the former municipalities divided among several, which table 33 gives one successor.
- schrijfwijzen.csv: customary names beside the official ones ("Den Haag").
- /usr/share/dict/nederlands (Debian's wdutch): names that are also Dutch words ("Best", "Heel", "Buren") are listed
  as `common_words`, which peilstok takes for a municipality only inside a sentence, not at its start.
"""
import argparse
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Scripts", "data", "gemeenten")


def rows(name, delimiter):
    with open(os.path.join(DATA, name), encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.reader(lines, delimiter=delimiter))


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--since", type=int, default=1990, help="former municipalities that ended in or after this year")
    parser.add_argument("--output", default=os.path.join(ROOT, "Rules", "gemeenten.yml"))
    args = parser.parse_args()

    indeling = rows("cbs-gemeentelijke-indeling.csv", ";")
    header, indeling = indeling[0], indeling[1:]
    assert header == ["provinciecode", "provincienaam", "gemeentecode", "gemeentenaam", "begindatum", "einddatum"], header
    current = {}
    ended_since = {}
    for _, province, code, name, _, end in indeling:
        if not end:
            current[code] = (name, province)
        elif int(end[:4]) >= args.since:
            ended_since.setdefault(code, (name, end))
    if len(current) != 342:
        sys.exit(f"expected 342 current municipalities, the source has {len(current)}")

    table = rows("rvig-tabel33-gemeenten.csv", ",")
    assert table[0] == ["gemeentecode", "omschrijving", "nieuwe_code", "datum_ingang", "datum_einde"], table[0]
    successor = {code: new for code, _, new, _, end in table[1:] if end and new}
    names = {code: name for code, name, _, _, _ in table[1:]}
    ends = {code: end for code, _, _, _, end in table[1:] if end}
    splits = {code: into.split() for code, into, _, _ in rows("splitsingen.csv", ";")}

    def into(code, seen=()):
        """The current municipalities a former one's area is part of now."""
        if code in current:
            return [code]
        if code in seen:
            sys.exit(f"a cycle of successors through {code}")
        found = []
        for step in splits.get(code) or [successor.get(code)]:
            if step is None:
                sys.exit(f"former municipality {code} ({names.get(code)}) has no successor")
            for reached in into(step, seen + (code,)):
                if reached not in found:
                    found.append(reached)
        return found

    customary = {}
    for code, name in rows("schrijfwijzen.csv", ";"):
        if code not in current:
            sys.exit(f"schrijfwijzen.csv: {code} is not a current municipality")
        customary.setdefault(code, []).append(name)
    official = {name.casefold() for name, _ in current.values()}
    bare = {}
    for code, (name, _) in current.items():
        if name.endswith(")") and " (" in name:
            bare.setdefault(name[: name.rindex(" (")], []).append(code)
    for short, codes in bare.items():
        if len(codes) == 1 and short.casefold() not in official:
            customary.setdefault(codes[0], []).append(short)

    # Former municipalities: those CBS lists as ended since --since, each followed through table 33 to where it went;
    # a name a current municipality has (officially or customarily) is that municipality's, and a name two former
    # ones had stands for both their successors.
    provinces = {province.casefold() for _, province in current.values()}
    taken = official | {name.casefold() for names_ in customary.values() for name in names_}
    former = {}
    for code in sorted(ended_since):
        name, end = ended_since[code]
        # A former municipality named like a province ("Zeeland") is read as the province.
        if code in current or name.casefold() in taken or name.casefold() in provinces:
            continue
        year = int((ends.get(code) or end)[:4])
        entry = former.setdefault(name.casefold(), {"name": name, "codes": [], "year": year, "into": []})
        entry["codes"].append(code)
        entry["year"] = max(entry["year"], year)
        for reached in into(code):
            if reached not in entry["into"]:
                entry["into"].append(reached)

    dictionary = "/usr/share/dict/nederlands"
    if not os.path.exists(dictionary):
        sys.exit(f"{dictionary} is missing: apt-get install wdutch")
    with open(dictionary, encoding="utf-8") as handle:
        words = {line.strip() for line in handle}
    every_name = [name for name, _ in current.values()] + [name for names_ in customary.values() for name in names_] \
        + [entry["name"] for entry in former.values()]
    common_words = sorted({name for name in every_name if name.lower() in words}, key=str.casefold)

    for name in every_name + [province for _, province in current.values()]:
        # A table row's fields are separated by '|', a list's items by ';', and a row starting with '#' is a comment.
        if "|" in name or ";" in name or name.startswith("#") or name != name.strip():
            sys.exit(f"{name!r} cannot be written in a gazetteer table row")

    out = [
        "# Dutch municipalities. Generated by Scripts/make_gazetteer.py from Scripts/data/gemeenten/ (CBS's",
        "# gemeentelijke indeling via NLExtract, and RvIG's municipality table 33): do not edit by hand; change the",
        "# sources or the script and run `make gazetteer`.",
        "#",
        "# The two lists are tables: one row a line, its fields separated by '|', the items of a list field by ';'.",
        "# municipalities: every current one: its CBS code, its name, its province and the names documents",
        "#   customarily use for it. A pilot heading or text that names one gets it as its `gemeente`, and its record",
        "#   gives the code, official name and province as `gemeente_cbs`.",
        f"# former: municipalities that ended since {args.since} (but for one named like a province): the name, its own",
        "#   code, the year it ended, and the current municipalities its area is part of now (several where one was",
        "#   divided, and then `gemeente_cbs` is left out).",
        "# common_words: names that are also Dutch words (Debian's wdutch list), taken for a municipality only",
        "#   inside a sentence: \"Heel veel …\" names no municipality, \"de gemeente Heel\" does.",
        "as_of: \"2025-01-01\"",
        "source: \"CBS gemeentelijke indeling 2025 (NLExtract bagv2/etl/data/cbs/gemeentelijke-indeling.csv); RvIG Landelijke tabel 33\"",
        "municipalities: |",
        "  # code | name | province | customary names",
    ]
    for code, (name, province) in sorted(current.items(), key=lambda item: item[1][0].casefold()):
        fields = [f"GM{code}", name, province] + (["; ".join(customary[code])] if code in customary else [])
        out.append("  " + " | ".join(fields))
    out.append("former: |")
    out.append("  # name | code | year ended | now part of")
    for entry in sorted(former.values(), key=lambda entry: entry["name"].casefold()):
        codes = "; ".join(f"GM{code}" for code in entry["into"])
        out.append(f"  {entry['name']} | GM{entry['codes'][0]} | {entry['year']} | {codes}")
    out.append("common_words: [" + ", ".join(quoted(name) for name in common_words) + "]")
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out) + "\n")
    print(f"{args.output}: {len(current)} municipalities, {sum(len(v) for v in customary.values())} customary names, "
          f"{len(former)} former names, {len(common_words)} of all of them also words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
