#!/usr/bin/env bash
# Installs the headless browser tests/browser.rs loads the `summary -f html` page with:
# Debian's chromium package. Safe to run again: an installed chromium is kept. Prints the
# path of the chromium executable.
set -euo pipefail

find_chromium() {
    for name in chromium chromium-browser; do
        if command -v "$name" >/dev/null 2>&1 && "$name" --version >/dev/null 2>&1; then
            command -v "$name"
            return 0
        fi
    done
    return 1
}

if find_chromium; then
    exit 0
fi
command -v apt-get >/dev/null || { echo "error: no chromium and no apt-get; install Chromium and set AMBTSREIZEN_CHROMIUM" >&2; exit 1; }
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=900 chromium >&2
find_chromium
