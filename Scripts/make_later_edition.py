#!/usr/bin/env python3
"""Makes a later edition of the stand-van-zaken table (seed 002), and its truth, to test `peilstok diff` with.

    make_later_edition.py [SEED] [OUTPUT_DIRECTORY]

The new edition keeps the seed's conventions (a tab-separated table exported from HTML: a name cell, then a
cell of <p> fragments whose <u>underlined</u> headings open Achtergrond, Doel, Stand van zaken and Looptijd)
and changes it the way a later overview changes: a new peildatum, pilots removed and added, pilots renamed
(a parenthesis dropped, a spelling changed, a brand name taken, a municipality row given its project's
name), periods extended, status sentences added and removed, rows moved. Everything else stays as it was.

Writes standvanzaken-later.txt and standvanzaken-later.truth.json (peilstok.edition-truth/1): per pilot its
old and new name (as peilstok reports names), its status (added, removed, changed, unchanged), whether it
was renamed, and which fields changed: name, looptijd, status, sections.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(HERE)
SEED = os.path.join(REPOSITORY, "Inbox", "002_067f7ab2b7d390c7.txt")
SEED_GOLD = os.path.join(REPOSITORY, "Tests", "PeilstokTests", "Fixtures", "gold", "002_standvanzaken.gold.json")
OUTPUT = os.path.join(REPOSITORY, "Tests", "PeilstokTests", "Fixtures", "editions")

OLD_PEILDATUM = ("1 december 2021", "2021-12-01")
NEW_PEILDATUM = ("1 juni 2022", "2022-06-01")

# Pilots (by their name in the seed, as peilstok reports it) and what happens to them.
REMOVED = ["Online keuzehulp bij scheiden", "Samenwerken in de eerste lijn", "Wijkrechtbank Eindhoven"]
RENAMED = {
    "LegalGuard (Consumentenrecht)": "LegalGuard",
    "Zelf-regieroute scheiden": "Zelfregieroute Scheiden",
    "Dynamisch zaaksysteem": "BezwaarLAB",
    "Divosa / Gemeente Almere": "Moreel kompas",
    "Rechtsbijstandsportaal/ online doorverwijssysteem": "Rechtsbijstandportaal",
}
EXTENDED = {  # the end of the period, as written in the looptijd, and as the new edition writes it
    "Samen Recht Vinden": ("december 2022", "december 2023"),
    "Gezinsadvocaat": ("december 2022", "juni 2023"),
    "MIJN ZAAK": ("december 2022", "december 2023"),
}
STATUS_ADDED = {
    "Digitaal bezwaarplatform": "In maart 2022 is het evaluatierapport van de eerste fase gepubliceerd.",
    "Versterking samenwerking hJL en UWV": "Inmiddels zijn in drie regio's vaste contactpersonen aangesteld. De eindevaluatie volgt in het najaar.",
    "Buurtbemiddeling Extra": "Het aantal aanmeldingen is in het eerste kwartaal van 2022 verder gestegen.",
    "Beslisboom": "De tool wordt sinds april 2022 getest met een groep van veertig rechtzoekenden.",
    "Rechtsbijstandsportaal/ online doorverwijssysteem": "Het portaal is per 1 mei 2022 landelijk beschikbaar.",
}
STATUS_FIRST_SENTENCE_REMOVED = ["Huizen van het Recht (Heerlen)"]
MOVED = {  # pilot: the pilot it now comes after (None: first)
    "Beslisboom": None,
    "Gezinsadvocaat": "Divosa / Gemeente Wijk bij Duurstede",
    "Divosa / Gemeente Utrecht": "Pakketafhankelijke eigen bijdrage",
}
ADDED = [
    ("Juridisch spreekuur in het mbo",
     {"Achtergrond": "Jongeren op het mbo lopen vaak tegen juridische vragen aan over huur, werk en schulden, maar weten de weg naar hulp niet te vinden. Het Juridisch Loket en twee roc's willen de drempel verlagen door hulp op school aan te bieden.",
      "Doel": "Het doel is vroegtijdig juridische problemen van mbo-studenten te signaleren en op te lossen, voordat ze escaleren tot een procedure.",
      "Stand van zaken": "De pilot is in april 2022 gestart op twee locaties. Er hebben zich in de eerste maand 45 studenten gemeld.",
      "Looptijd": "April 2022 – april 2023"}),
    ("Schuldhulp en rechtshulp aan huis",
     {"Achtergrond": "Bij huishoudens met schulden spelen vaak ook juridische problemen, zoals een dreigende ontruiming of een conflict met een uitkeringsinstantie. Hulpverleners komen daar bij huisbezoeken als eerste achter.",
      "Doel": "Samen met de schuldhulpverlening van de gemeente Zwolle wordt beproefd of een sociaal advocaat die meegaat op huisbezoek problemen eerder en goedkoper oplost.",
      "Stand van zaken": "De eerste huisbezoeken hebben in mei 2022 plaatsgevonden. Een tussentijdse meting is voorzien voor eind 2022.",
      "Looptijd": "Mei 2022 – december 2023"}),
]

HEADING = re.compile(r"<u>\s*([^<]*?)\s*</u>")


def section_kind(heading):
    folded = heading.lower().rstrip(":").strip()
    if "looptijd" in folded:
        return "looptijd"
    if folded.startswith("stand van zaken"):
        return "status"
    return "sections"


def segments(cell):
    """(kind, start, end) of each section's part of a cell: from just after its heading to the next heading."""
    found = list(HEADING.finditer(cell))
    return [(section_kind(match.group(1)), match.end(), found[index + 1].start() if index + 1 < len(found) else len(cell))
            for index, match in enumerate(found)]


def segment(cell, kind):
    for found, start, end in segments(cell):
        if found == kind:
            return start, end
    raise SystemExit(f"make_later_edition: no {kind} section in a row")


def add_sentence(cell, sentence):
    start, end = segment(cell, "status")
    part = cell[start:end]
    close = part.rfind("</p>")
    if close < 0 or not part[:close].strip():
        close = len(part.rstrip())
    return cell[:start] + part[:close].rstrip() + " " + sentence + part[close:] + cell[end:]


def remove_first_sentence(cell):
    start, end = segment(cell, "status")
    part = cell[start:end]
    text = re.search(r"(?<=>)\s*([^<>]+?[.!?])(?=\s|<)", part)
    if not text:
        raise SystemExit("make_later_edition: no sentence to remove")
    return cell[:start] + part[:text.start(1)] + part[text.end(1):].lstrip(" ") + cell[end:]


def extend(cell, old, new):
    start, end = segment(cell, "looptijd")
    part = cell[start:end]
    if old not in part:
        raise SystemExit(f"make_later_edition: the looptijd does not say '{old}'")
    return cell[:start] + part.replace(old, new, 1) + cell[end:]


def main():
    seed = sys.argv[1] if len(sys.argv) > 1 else SEED
    output = sys.argv[2] if len(sys.argv) > 2 else OUTPUT
    lines = open(seed, encoding="utf-8").read().split("\n")
    names = [pilot["name"] for pilot in json.load(open(SEED_GOLD, encoding="utf-8"))["pilots"]]

    # The preamble (up to the first table row), then each pilot row with the footnote lines that follow it.
    rows, preamble = [], []
    for line in lines:
        cells = line.split("\t")
        if len(cells) == 2 and "<u>" in cells[1]:
            rows.append({"cells": cells, "after": []})
        elif rows and line.strip() and "\t" not in line:
            rows[-1]["after"].append(line)
        elif not rows and "\t" not in line:
            preamble.append(line)
    if len(rows) != len(names):
        raise SystemExit(f"make_later_edition: {len(rows)} rows but {len(names)} gold pilots")
    for row, name in zip(rows, names):
        row["name"] = name

    title = [index for index, line in enumerate(preamble) if OLD_PEILDATUM[0] in line]
    if not title:
        raise SystemExit("make_later_edition: the seed does not state its peildatum")
    preamble[title[0]] = preamble[title[0]].replace(OLD_PEILDATUM[0], NEW_PEILDATUM[0])

    truth = {}
    for row in rows:
        truth[row["name"]] = {"old": row["name"], "new": row["name"], "status": "unchanged", "renamed": False, "changed": set()}
    kept = []
    for row in rows:
        name, entry = row["name"], truth[row["name"]]
        if name in REMOVED:
            entry.update(new=None, status="removed")
            continue
        cell = row["cells"][1]
        if name in RENAMED:
            prefix = "Pilot " if row["cells"][0].startswith("Pilot ") else ""
            row["cells"][0] = prefix + RENAMED[name]
            entry.update(new=RENAMED[name], renamed=True)
            entry["changed"].add("name")
        if EXTENDED.get(name):
            cell = extend(cell, *EXTENDED[name])
            entry["changed"].add("looptijd")
        if name in STATUS_ADDED:
            cell = add_sentence(cell, STATUS_ADDED[name])
            entry["changed"].add("status")
        if name in STATUS_FIRST_SENTENCE_REMOVED:
            cell = remove_first_sentence(cell)
            entry["changed"].add("status")
        row["cells"][1] = cell
        kept.append(row)

    for name, after in MOVED.items():
        row = next(row for row in kept if row["name"] == name)
        kept.remove(row)
        position = 0 if after is None else kept.index(next(other for other in kept if other["name"] == after)) + 1
        kept.insert(position, row)

    for name, sections in ADDED:
        cell = " ".join(f"<p><u>{heading}</u></p> <p>{text}</p>" for heading, text in sections.items())
        kept.append({"name": name, "cells": ["Pilot " + name, cell], "after": []})
        truth[name] = {"old": None, "new": name, "status": "added", "renamed": False, "changed": set()}

    text = "\n".join(preamble).rstrip("\n") + "\n\n"
    for row in kept:
        text += "Pilot\tToelichting\n" + "\t".join(row["cells"]) + "\n\n"
        for line in row["after"]:
            text += line + "\n\n"
    os.makedirs(output, exist_ok=True)
    with open(os.path.join(output, "standvanzaken-later.txt"), "w", encoding="utf-8") as handle:
        handle.write(text)

    for entry in truth.values():
        if entry["status"] == "unchanged" and entry["changed"]:
            entry["status"] = "changed"
        entry["changed"] = sorted(entry["changed"])
    document = {
        "format": "peilstok.edition-truth/1",
        "old": {"document": os.path.basename(seed), "peildatum": OLD_PEILDATUM[1]},
        "new": {"document": "standvanzaken-later.txt", "peildatum": NEW_PEILDATUM[1]},
        "pilots": list(truth.values()),
    }
    with open(os.path.join(output, "standvanzaken-later.truth.json"), "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    counts = {status: sum(1 for entry in truth.values() if entry["status"] == status)
              for status in ("added", "removed", "changed", "unchanged")}
    print(f"standvanzaken-later.txt: {len(kept)} pilots; " + ", ".join(f"{count} {status}" for status, count in counts.items())
          + f"; {sum(entry['renamed'] for entry in truth.values())} renamed")


if __name__ == "__main__":
    main()
