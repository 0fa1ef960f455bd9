#!/usr/bin/env python3
"""Validate every line of a JSON Lines file against a JSON Schema (draft 2020-12).

Usage: validate_records.py SCHEMA RECORDS.jsonl
Prints one line per invalid record (file:line: path: message) and a closing
'N passed, N failed' line; exits 1 when any record is invalid or none was read.
"""
import json
import sys

from jsonschema import Draft202012Validator


def main(schema_path, records_path):
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    passed = failed = 0
    with open(records_path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            errors = sorted(validator.iter_errors(json.loads(line)), key=lambda e: list(e.path))
            if errors:
                failed += 1
                for error in errors:
                    path = "/".join(str(part) for part in error.path) or "(record)"
                    print(f"{records_path}:{number}: {path}: {error.message}")
            else:
                passed += 1
    print(f"schema: {passed} passed, {failed} failed")
    return 0 if passed > 0 and failed == 0 else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
