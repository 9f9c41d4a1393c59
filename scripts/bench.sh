#!/usr/bin/env bash
# Whole-process benchmark of the `ambtsreizen` CLI against reference tools, on the same PDF.
#
#   scripts/bench.sh                      # the 2024 fixture, 5 runs per measurement
#   BENCH_RUNS=11 scripts/bench.sh        # more runs (tighter medians)
#   BENCH_PDF=some.pdf scripts/bench.sh   # another report
#
# What it measures (each a whole process, stdout to /dev/null, median of BENCH_RUNS runs
# after one warm-up run; with hyperfine when installed, else a Python perf_counter loop):
#
#   extract     target/release/ambtsreizen extract PDF                (JSON written)
#   pdftotext   pdftotext -layout PDF -                               (poppler-utils)
#   qpdf        qpdf --stream-data=uncompress PDF out.pdf             (the floor: read and
#                                                                      inflate everything)
#   pdfplumber  python3: [p.extract_words() for p in pdfplumber.open(PDF).pages]
#                                                                     (interpreter start included)
#   batch-1/2   ONE `ambtsreizen extract -f jsonl` over BENCH_COPIES (200) copies of PDF,
#               with RAYON_NUM_THREADS=1 and =2 (the CLI reads its inputs with rayon)
#   peak RSS    /usr/bin/time -v on one extract (largest "Maximum resident set size" of
#               3 runs)
#   batch RSS   peak RSS of ONE `extract -f jsonl` over 200 and over 2 000 inputs (the
#               same PDF under that many names): results are written as they come, in
#               a bounded reorder window, so the two should be about the same
#
# How to read the ratios (the table at the end, also in target/bench/results.json):
#
#   extract / pdftotext     <= 1.0   time ratio; below 1 means we are faster than poppler's
#                                    plain text dump of the same file
#   pdfplumber / extract    >= 50    how many times faster than pdfplumber's word extraction
#   extract / qpdf          <= 2.0   time ratio against the floor of reading + inflating all
#                                    streams; 1.0 would mean the analysis is free
#   peak RSS                <= 30 MB decimal megabytes (30,000,000 bytes)
#   batch RSS 2000 / 200    <= 1.2   memory stays flat whatever the number of inputs
#   batch speed-up          >= 1.8   median(batch-1) / median(batch-2); needs 2 idle cores,
#                                    so a busy machine (see "load" in the header) lowers it.
#                                    "busy N cores" on the batch line is the 2-thread run's CPU
#                                    time / wall time: near 2 on an idle machine when the batch
#                                    really runs in parallel
#
# The ratios are taken on wall-clock medians. The table also shows each command's mean CPU
# time (user + system) and the time ratios on CPU time ("on CPU time", information only):
# when the header shows a load well above 0 (other builds, a fuzzer), trust those more.
#
# The batch's files/s on 1 thread also show the per-file cost without process start-up
# (exec, dynamic linking, one-time regex compilation), next to the single `extract`.
#
# Every target prints PASS or FAIL. A FAIL is information for the developers, not an error:
# the script exits 0 whatever the ratios, and non-zero only when a tool is missing (exit 3,
# with the command that installs it) or the build or a measured command fails.
#
# Environment:
#   BENCH_RUNS          runs per measurement (default 5)
#   BENCH_BATCH_RUNS    runs of each batch measurement (default BENCH_RUNS)
#   BENCH_COPIES        files in the batch (default 200)
#   BENCH_PDF           the input (default fixtures/2024/buitenlandse-ambtsreizen-2024.pdf)
#   BENCH_JOBS          cargo build jobs (default 1: the machine is shared with other work)
#   BENCH_NO_INSTALL=1  never install anything, only report what is missing
#   BENCH_NO_HYPERFINE=1  use the Python timing loop even when hyperfine is installed
#   BENCH_WAIT_IDLE=S   first wait up to S seconds for the 1-minute load to drop below 0.5
#
# Installs when missing (as root, or via sudo): apt poppler-utils qpdf time hyperfine;
# pip pdfplumber. hyperfine is optional (the Python loop replaces it).
set -euo pipefail
cd "$(dirname "$0")/.."

missing() {
  echo "bench.sh: missing tool: $1" >&2
  echo "  install it with: $2" >&2
  exit 3
}

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# ---- tools ---------------------------------------------------------------------------
command -v python3 >/dev/null 2>&1 || missing python3 "apt-get install -y python3 python3-pip"

apt_pkgs=()
command -v pdftotext >/dev/null 2>&1 || apt_pkgs+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || apt_pkgs+=(qpdf)
[ -x /usr/bin/time ] || apt_pkgs+=(time)
command -v hyperfine >/dev/null 2>&1 || apt_pkgs+=(hyperfine)
if [ ${#apt_pkgs[@]} -gt 0 ] && [ "${BENCH_NO_INSTALL:-0}" != 1 ]; then
  echo "bench.sh: installing ${apt_pkgs[*]}" >&2
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_pkgs[@]}"; } >&2; then
    echo "bench.sh: apt-get install failed; checking what is still missing" >&2
  fi
fi
command -v pdftotext >/dev/null 2>&1 || missing pdftotext "apt-get install -y poppler-utils"
command -v qpdf >/dev/null 2>&1 || missing qpdf "apt-get install -y qpdf"
[ -x /usr/bin/time ] || missing /usr/bin/time "apt-get install -y time"
command -v hyperfine >/dev/null 2>&1 || echo "bench.sh: hyperfine not found (apt-get install -y hyperfine); timing with Python instead" >&2

if ! python3 -c 'import pdfplumber' >/dev/null 2>&1 && [ "${BENCH_NO_INSTALL:-0}" != 1 ]; then
  echo "bench.sh: installing pdfplumber (pip)" >&2
  python3 -m pip install -q pdfplumber >&2 || python3 -m pip install -q --break-system-packages pdfplumber >&2 || true
fi
python3 -c 'import pdfplumber' >/dev/null 2>&1 || missing "pdfplumber (Python)" "python3 -m pip install pdfplumber"

# ---- build ---------------------------------------------------------------------------
echo "bench.sh: cargo build --release" >&2
cargo build --release --quiet -j "${BENCH_JOBS:-1}" --bin ambtsreizen

# ---- measure -------------------------------------------------------------------------
exec python3 scripts/bench/measure.py \
  --bin target/release/ambtsreizen \
  --pdf "${BENCH_PDF:-fixtures/2024/buitenlandse-ambtsreizen-2024.pdf}" \
  --runs "${BENCH_RUNS:-5}" \
  --batch-runs "${BENCH_BATCH_RUNS:-${BENCH_RUNS:-5}}" \
  --copies "${BENCH_COPIES:-200}" \
  --out target/bench/results.json
