#!/usr/bin/env python3
"""Reads peilstok's outputs with DuckDB, without options, and prints what it counted as JSON.

    duckdb_read.py STORE [RECORDS]

STORE is Output/peilstok.sqlite, attached through DuckDB's SQLite extension (loaded from the
duckdb-extension-sqlite-scanner package, so nothing is downloaded); RECORDS is Output/records.jsonl,
read with read_json. Prints {"tables": {name: rows}, "pilot_peildata": rows, "records": rows, ...}.
"""
import glob
import json
import os
import sys

import duckdb


def sqlite_extension():
    try:
        import duckdb_extension_sqlite_scanner as package
    except ImportError:
        return None
    found = glob.glob(os.path.join(os.path.dirname(package.__file__), "extensions", "*", "sqlite_scanner.duckdb_extension"))
    return found[0] if found else None


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    connection = duckdb.connect()
    extension = sqlite_extension()
    connection.execute(f"LOAD '{extension}'" if extension else "LOAD sqlite")
    connection.execute(f"ATTACH '{sys.argv[1]}' AS store (TYPE sqlite, READ_ONLY)")
    result = {"tables": {}}
    for table in ["documents", "versions", "sections", "expressions", "pilots", "names"]:
        result["tables"][table] = connection.execute(f"SELECT count(*) FROM store.{table}").fetchone()[0]
    result["pilot_peildata"] = connection.execute("SELECT count(*) FROM store.pilot_peildata").fetchone()[0]
    result["pilots_with_peildata"] = connection.execute(
        "SELECT count(DISTINCT pilot_id) FROM store.pilot_peildata").fetchone()[0]
    result["open_rows"] = connection.execute(
        "SELECT count(*) FROM store.pilot_peildata WHERE valid_to IS NULL").fetchone()[0]
    if len(sys.argv) == 3:
        result["records"] = connection.execute(f"SELECT count(*) FROM read_json('{sys.argv[2]}')").fetchone()[0]
    print(json.dumps(result, sort_keys=True))


if __name__ == "__main__":
    main()
