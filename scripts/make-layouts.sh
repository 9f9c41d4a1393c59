#!/usr/bin/env bash
# Regenerate the layout-design fixtures in fixtures/layouts/ (report.pdf + expected.json
# per fixture) from the data modules in fixtures/layouts/src/data/, and verify them.
#
#   scripts/make-layouts.sh               # all fixtures
#   scripts/make-layouts.sh NAME ...      # only these
#
# Installs the producers when missing (idempotent): LibreOffice Writer, Chromium,
# poppler-utils (verification), DejaVu and Liberation fonts (apt), reportlab (pip).
# Output is byte-for-byte reproducible with the same producer versions.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_pkgs=()
command -v soffice   >/dev/null 2>&1 || apt_pkgs+=(libreoffice-writer-nogui)
command -v chromium  >/dev/null 2>&1 || apt_pkgs+=(chromium)
command -v pdftotext >/dev/null 2>&1 || apt_pkgs+=(poppler-utils)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || apt_pkgs+=(fonts-dejavu-core)
[ -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] || apt_pkgs+=(fonts-liberation)
if [ ${#apt_pkgs[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "installing: ${apt_pkgs[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_pkgs[@]}" >&2
fi
# the committed PDFs were made with reportlab 5.1.0 (other versions give equivalent files)
python3 -c "import reportlab, PIL" >/dev/null 2>&1 || python3 -m pip install --quiet "reportlab==5.1.0" >&2

# fixed clock and locale; the generators also pin every date/ID they can
export SOURCE_DATE_EPOCH=1672574400   # 2023-01-01T12:00:00Z
export TZ=UTC LC_ALL=C.UTF-8 PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1
exec python3 fixtures/layouts/src/build.py "$@"
