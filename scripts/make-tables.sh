#!/usr/bin/env bash
# Regenerate the table fixtures in fixtures/tables/ (report.pdf + expected.json per
# fixture) from the data modules in fixtures/tables/src/data/, and verify them.
#
#   scripts/make-tables.sh               # all fixtures
#   scripts/make-tables.sh NAME ...      # only these
#
# Producers: pdfLaTeX (texlive + lmodern + babel-dutch), Typst (PyPI `typst`), python-docx
# + LibreOffice Writer, Chromium, poppler-utils for verification. Installs the missing
# ones (idempotent), as scripts/make-layouts.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_pkgs=()
command -v pdflatex  >/dev/null 2>&1 || apt_pkgs+=(texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-lang-european lmodern)
command -v soffice   >/dev/null 2>&1 || apt_pkgs+=(libreoffice-writer-nogui)
command -v chromium  >/dev/null 2>&1 || apt_pkgs+=(chromium)
command -v pdftotext >/dev/null 2>&1 || apt_pkgs+=(poppler-utils)
[ -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] || apt_pkgs+=(fonts-liberation)
if [ ${#apt_pkgs[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "installing: ${apt_pkgs[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_pkgs[@]}" >&2
fi
python3 -c "import typst" >/dev/null 2>&1 || python3 -m pip install --quiet "typst==0.15.2" >&2
python3 -c "import docx" >/dev/null 2>&1 || python3 -m pip install --quiet "python-docx==1.2.0" >&2

# fixed clock and locale; the generators also pin every date/ID they can
export SOURCE_DATE_EPOCH=1672574400   # 2023-01-01T12:00:00Z
export FORCE_SOURCE_DATE=1
export TZ=UTC LC_ALL=C.UTF-8 PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1
exec python3 fixtures/tables/src/build.py "$@"
