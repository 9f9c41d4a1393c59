#!/usr/bin/env bash
# Regenerate the OCR fixtures in fixtures/ocr/ (report.pdf + expected.json per fixture):
# pages of our born-digital reports rasterised, skewed, noised (fixed seed), JPEG'd and
# run through ocrmypdf -l nld. See fixtures/ocr/README.md.
#
#   scripts/make-ocr.sh                 # scan + OCR + expected.json, all fixtures
#   scripts/make-ocr.sh expected [NAME] # only expected.json (from the committed PDFs)
#
# Needs poppler-utils, qpdf, img2pdf, ocrmypdf, tesseract-ocr-nld (apt) and Pillow; the
# expected step builds the release binary for the born-digital pages' field positions.
# Everything up to Tesseract is byte-for-byte reproducible; the OCR text depends on the
# Tesseract version, so the OCR'd PDFs are committed and CI never needs Tesseract.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_pkgs=()
command -v pdftoppm >/dev/null 2>&1 || apt_pkgs+=(poppler-utils)
command -v qpdf     >/dev/null 2>&1 || apt_pkgs+=(qpdf)
command -v img2pdf  >/dev/null 2>&1 || apt_pkgs+=(img2pdf)
command -v ocrmypdf >/dev/null 2>&1 || apt_pkgs+=(ocrmypdf)
[ -f /usr/share/tesseract-ocr/5/tessdata/nld.traineddata ] || apt_pkgs+=(tesseract-ocr-nld)
if [ ${#apt_pkgs[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "installing: ${apt_pkgs[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_pkgs[@]}" >&2
fi
python3 -c "import PIL" >/dev/null 2>&1 || python3 -m pip install --quiet Pillow >&2

export SOURCE_DATE_EPOCH=1672574400   # 2023-01-01T12:00:00Z
export TZ=UTC LC_ALL=C.UTF-8 PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 OMP_THREAD_LIMIT=1
what="${1:-all}"
if [ "$what" != scan ]; then
  cargo build --release --quiet
fi
exec python3 fixtures/ocr/make.py "$@"
