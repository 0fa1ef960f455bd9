#!/usr/bin/env bash
# Installs what peilstok needs on a fresh Debian machine, and nothing that is already there:
# the C libraries it uses (libxml2 for HTML, poppler-glib, SQLite, Tesseract with its Dutch and English
# models), jemalloc (for its worker processes), pkg-config, poppler-utils (pdftotext, for the
# benchmark), the sqlite3 command, and for the tests: the Dutch word list (wdutch, which the
# gazetteer script reads), LibreOffice Calc (headless) and Chromium, and Python's jsonschema,
# frictionless, openpyxl, Playwright, and DuckDB with its SQLite extension.
set -euo pipefail

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else echo "install-deps: need root (or sudo) to run: $*" >&2; exit 1
    fi
}

if ! command -v swift >/dev/null 2>&1; then
    echo "install-deps: no Swift toolchain on PATH; install Swift 6 from swift.org first" >&2
    exit 1
fi

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
pkg-config --exists libxml-2.0 2>/dev/null || missing+=(libxml2-dev)
pkg-config --exists poppler-glib 2>/dev/null || missing+=(libpoppler-glib-dev)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# jemalloc, which the worker processes use where it is there (about a tenth faster on a large PDF).
compgen -G "/usr/lib/*/libjemalloc.so.2" >/dev/null || [ -f /usr/lib/libjemalloc.so.2 ] || missing+=(libjemalloc2)
pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
pkg-config --exists tesseract 2>/dev/null || missing+=(libtesseract-dev)
pkg-config --exists lept 2>/dev/null || missing+=(libleptonica-dev)
for language in nld eng; do
    ls /usr/share/tesseract-ocr/*/tessdata/"$language".traineddata >/dev/null 2>&1 || missing+=("tesseract-ocr-$language")
done
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v python3 >/dev/null 2>&1 || missing+=(python3 python3-pip)
[ -f /usr/share/dict/nederlands ] || missing+=(wdutch)
if [ "${#missing[@]}" -gt 0 ]; then
    echo "install-deps: installing ${missing[*]}" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! python3 -c "import jsonschema" 2>/dev/null; then
    echo "install-deps: installing Python's jsonschema" >&2
    python3 -m pip install --quiet jsonschema 2>/dev/null \
        || python3 -m pip install --quiet --break-system-packages jsonschema
fi

# DuckDB reads the store through its SQLite extension, which it would otherwise download when first used;
# this package carries it, so the tests need no network beyond PyPI.
if ! python3 -c "import duckdb, duckdb_extension_sqlite_scanner" 2>/dev/null; then
    echo "install-deps: installing Python's duckdb and its SQLite extension" >&2
    python3 -m pip install --quiet duckdb-extension-sqlite-scanner 2>/dev/null \
        || python3 -m pip install --quiet --break-system-packages duckdb-extension-sqlite-scanner
fi

# Each module with the PyPI package that carries it; reportlab and Pillow make the scanned PDFs the OCR tests read
# (Scripts/make_scans.py).
for pair in frictionless:frictionless openpyxl:openpyxl playwright:playwright reportlab:reportlab PIL:Pillow; do
    module=${pair%%:*}
    package=${pair#*:}
    if ! python3 -c "import $module" 2>/dev/null; then
        echo "install-deps: installing Python's $package" >&2
        python3 -m pip install --quiet "$package" 2>/dev/null || python3 -m pip install --quiet --break-system-packages "$package"
    fi
done
