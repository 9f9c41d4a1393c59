#!/usr/bin/env bash
# Regenerate the numbered-heading fixtures in fixtures/headings/ (report.pdf +
# expected.json per fixture) from the data modules in fixtures/headings/src/data/, and
# verify them with the layout fixtures' checks.
#
#   scripts/make-headings.sh               # all fixtures
#   scripts/make-headings.sh NAME ...      # only these
#
# Needs pdfLaTeX with Latin Modern, cm-super and babel-dutch (texlive-latex-extra,
# texlive-lang-european, lmodern, cm-super), poppler-utils (verification) and the typst Python
# package; installs the missing ones. Output is byte-for-byte reproducible with the same
# producer versions (made with TeX Live 2022 and typst 0.15.2 from PyPI).
set -euo pipefail
cd "$(dirname "$0")/.."

apt_pkgs=()
command -v pdflatex  >/dev/null 2>&1 || apt_pkgs+=(texlive-latex-extra lmodern)
kpsewhich dutch.ldf  >/dev/null 2>&1 || apt_pkgs+=(texlive-lang-european)
kpsewhich sfrm0900.pfb >/dev/null 2>&1 || apt_pkgs+=(cm-super)   # OT1's `€`, `¬` (TS1) as Type 1
command -v pdftotext >/dev/null 2>&1 || apt_pkgs+=(poppler-utils)
if [ ${#apt_pkgs[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "installing: ${apt_pkgs[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_pkgs[@]}" >&2
fi
python3 -c "import typst" >/dev/null 2>&1 || python3 -m pip install --quiet "typst==0.15.2" >&2

export SOURCE_DATE_EPOCH=1672574400   # 2023-01-01T12:00:00Z
export TZ=UTC LC_ALL=C.UTF-8 PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1
exec python3 fixtures/headings/src/build.py "$@"
