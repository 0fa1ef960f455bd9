#!/usr/bin/env python3
"""Reads peilstok's export back with other tools and prints what they saw, as JSON.

    check_export.py OUTPUT_DIRECTORY [--xlsx]

- frictionless: validates OUTPUT/datapackage.json and reads every table back (rows per table).
- DuckDB: reads records.jsonl with read_json, every CSV with the dialect the data package states, and attaches
  peilstok.sqlite (its SQLite extension comes from the duckdb-extension-sqlite-scanner package); counts rows.
- --xlsx: converts pilots.csv and links.csv to .xlsx with LibreOffice (headless, reading the CSV as Dutch Excel
  does: ';', UTF-8, Dutch number format) and reads them back with openpyxl: which cells are numbers, and every
  text cell as it came back.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import duckdb
import frictionless

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from duckdb_read import sqlite_extension  # noqa: E402


def frictionless_report(directory):
    package = frictionless.Package(os.path.join(directory, "datapackage.json"))
    report = frictionless.validate(os.path.join(directory, "datapackage.json"))
    errors = [error.message for task in report.tasks for error in task.errors][:5]
    rows = {resource.name: len(resource.read_rows()) for resource in package.resources}
    return {"valid": report.valid, "errors": errors, "rows": rows}


def duckdb_report(directory):
    connection = duckdb.connect()
    result = {"records": connection.execute(
        f"SELECT count(*) FROM read_json('{os.path.join(directory, 'records.jsonl')}')").fetchone()[0]}
    descriptor = json.load(open(os.path.join(directory, "datapackage.json"), encoding="utf-8"))
    tables = {}
    for resource in descriptor["resources"]:
        dialect = resource["dialect"]
        decimal = next((field["decimalChar"] for field in resource["schema"]["fields"] if "decimalChar" in field), ".")
        path = os.path.join(directory, resource["path"])
        query = (f"SELECT count(*) FROM read_csv('{path}', delim='{dialect['delimiter']}', header=true, "
                 f"quote='\"', escape='\"', decimal_separator='{decimal}')")
        tables[resource["name"]] = connection.execute(query).fetchone()[0]
    result["csv"] = tables
    extension = sqlite_extension()
    connection.execute(f"LOAD '{extension}'" if extension else "LOAD sqlite")
    connection.execute(f"ATTACH '{os.path.join(directory, 'peilstok.sqlite')}' AS store (TYPE sqlite, READ_ONLY)")
    result["store"] = {
        "pilot_peildata": connection.execute("SELECT count(*) FROM store.pilot_peildata").fetchone()[0],
        "sections": connection.execute(
            "SELECT count(*) FROM store.pilot_peildata p JOIN store.sections s ON s.version_id = p.version_id").fetchone()[0],
        "expressions": connection.execute(
            "SELECT count(*) FROM store.pilot_peildata p JOIN store.expressions e ON e.version_id = p.version_id").fetchone()[0],
        "links": connection.execute("SELECT count(*) FROM store.pilot_versions").fetchone()[0],
    }
    return result


def xlsx_report(directory):
    import openpyxl
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return {"error": "no soffice"}
    result = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name in ["pilots", "links"]:
            # 59 = ';', 34 = '"', 76 = UTF-8, 1 = first line; 1043 = Dutch (Netherlands): decimal comma.
            subprocess.run([soffice, f"-env:UserInstallation=file://{scratch}/profile", "--headless",
                            "--infilter=CSV:59,34,76,1,,1043", "--convert-to", "xlsx", "--outdir", scratch,
                            os.path.join(directory, f"{name}.csv")],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
            sheet = openpyxl.load_workbook(os.path.join(scratch, f"{name}.xlsx")).active
            rows = list(sheet.iter_rows(values_only=False))
            header = [cell.value for cell in rows[0]]
            columns = {}
            for index, field in enumerate(header):
                cells = [row[index] for row in rows[1:] if row[index].value is not None]
                columns[field] = {"types": sorted({cell.data_type for cell in cells}),
                                  "texts": [cell.value for cell in cells if cell.data_type == "s"][:400]}
            result[name] = {"rows": len(rows) - 1, "columns": columns}
    return result


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    directory = sys.argv[1]
    result = {"frictionless": frictionless_report(directory), "duckdb": duckdb_report(directory)}
    if "--xlsx" in sys.argv:
        result["xlsx"] = xlsx_report(directory)
    print(json.dumps(result, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
