#!/usr/bin/env bash
# Installs the pinned Datasette that tests/datasette.rs serves the SQLite output with, into
# a virtual environment under target/ (ignored by git, removed by `cargo clean`). Needs only
# Python 3 (with venv) and PyPI. Safe to run again: an existing install of the pinned
# version is kept. Prints the path of the datasette executable.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=0.65.1
VENV=target/datasette-venv
BIN="$VENV/bin/datasette"

if [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "version $VERSION\$"; then
    echo "$BIN"
    exit 0
fi
PYTHON=${PYTHON:-python3}
command -v "$PYTHON" >/dev/null || { echo "error: $PYTHON not found; install Python 3 with venv" >&2; exit 1; }
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "datasette==$VERSION" >&2
"$BIN" --version >&2
echo "$BIN"
