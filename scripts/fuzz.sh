#!/usr/bin/env bash
# Coverage-guided fuzzing of the bytes → records entry points with cargo-fuzz (libFuzzer).
#
#   scripts/fuzz.sh [TARGET] [SECONDS]
#
# TARGET: analyse (default; the pipeline without panic containment), extract_bytes (what
# users run; must never panic/abort/hang) or content (the page content wrapped into a fixed
# valid PDF, to reach the interpreter and report parser). SECONDS: how long (default 300).
# Runs on the stable toolchain through RUSTC_BOOTSTRAP=1. One process, one fork job, and
# a one-job build, so it fits a shared 2-core machine. A crash/timeout/OOM does not stop
# the run (-fork=1 -ignore_*): it is saved under fuzz/artifacts/TARGET/ and the search goes
# on. See fuzz/README.md.
#
# Environment: FUZZ_SANITIZER (default none: the pipeline is safe Rust, and without ASan
# an execution is 4-5x faster; `address` also works), FUZZ_EXTRA (more libFuzzer flags).
# Debug assertions and overflow checks are always on (-a), so an arithmetic overflow panics.
set -euo pipefail

# The whole script is one function, read in full before it runs: editing this file while a
# long run is going cannot change what the running copy does next.
main() {
  local target seconds root sanitizer corpus artifacts logs seeds seeded f name stamp log marker
  local status last execs new old
  local -a build
  target="${1:-analyse}"
  seconds="${2:-300}"
  root="$(cd "$(dirname "$0")/.." && pwd)"
  cd "$root"

  export RUSTC_BOOTSTRAP=1
  export CARGO_BUILD_JOBS=1
  sanitizer="${FUZZ_SANITIZER:-none}"

  case "$target" in
    analyse | extract_bytes | content | decoders) ;;
    *) echo "unknown target '$target' (analyse | extract_bytes | content | decoders)" >&2; exit 2 ;;
  esac

  if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz"
    cargo install cargo-fuzz --locked -j 1
  fi

  # The library compiles its panic containment out under `cfg(fuzzing)` (src/contain.rs),
  # which cargo-fuzz sets, so that `analyse` and `content` see every panic. The
  # `extract_bytes` target exists to check that containment, so it is built without
  # `cfg(fuzzing)`, in a target dir of its own (other RUSTFLAGS would rebuild everything).
  build=(-a -s "$sanitizer")
  if [ "$target" = extract_bytes ]; then
    build+=(--no-cfg-fuzzing --target-dir "$root/fuzz/target/no-cfg-fuzzing")
  fi
  echo "== building fuzz target '$target' (${build[*]})"
  cargo fuzz build "${build[@]}" "$target"

  corpus="fuzz/corpus/$target"
  artifacts="fuzz/artifacts/$target"
  logs="fuzz/logs"
  mkdir -p "$corpus" "$artifacts" "$logs"

  # Seeds: every PDF fixture plus the regression inputs of earlier fuzz findings (for the
  # `content` and `decoders` targets: page contents in fuzz/seeds/TARGET). Named by content hash, so
  # re-seeding never duplicates.
  case "$target" in
    content | decoders) seeds=("fuzz/seeds/$target") ;;
    *) seeds=(fixtures) ;;
  esac
  seeded=0
  while IFS= read -r -d '' f; do
    name="$(sha1sum "$f" | cut -c1-40)"
    if [ ! -e "$corpus/$name" ]; then
      cp "$f" "$corpus/$name"
      seeded=$((seeded + 1))
    fi
  done < <(find "${seeds[@]}" -type f \( -name '*.pdf' -o -path 'fuzz/seeds/*' \) -print0)
  echo "== corpus $corpus: $(find "$corpus" -type f | wc -l) inputs ($seeded new seeds)"

  stamp="$(date +%Y%m%d-%H%M%S)"
  log="$logs/$target-$stamp.log"
  marker="$(mktemp)"
  echo "== fuzzing '$target' for ${seconds}s (log: $log)"
  set +e
  # shellcheck disable=SC2086
  cargo fuzz run "${build[@]}" "$target" "$corpus" -- \
    -dict=fuzz/pdf.dict \
    -max_len=600000 -timeout=10 -rss_limit_mb=2048 \
    -max_total_time="$seconds" \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -artifact_prefix="$artifacts/" \
    -print_final_stats=1 ${FUZZ_EXTRA:-} >"$log" 2>&1
  status=$?
  set -e

  # In fork mode each status line reads "#EXECS: cov: … corp: … exec/s … oom/timeout/crash: a/b/c time: Ns …".
  last="$(grep -E '^#[0-9]+: cov:' "$log" | tail -n 1 || true)"
  execs="$(printf '%s\n' "$last" | sed -nE 's/^#([0-9]+):.*/\1/p')"
  echo "== libFuzzer exit status: $status"
  echo "== last status line: ${last:-none}"
  echo "== executions: ${execs:-unknown}"
  echo "== corpus size: $(find "$corpus" -type f | wc -l) files"
  new="$(find "$artifacts" -type f -newer "$marker" | sort)"
  rm -f "$marker"
  if [ -n "$new" ]; then
    echo "== NEW crash/timeout/oom files (minimise: RUSTC_BOOTSTRAP=1 cargo fuzz tmin ${build[*]} $target FILE):"
    printf '%s\n' "$new"
    exit 1
  fi
  old="$(find "$artifacts" -type f | sort)"
  if [ -n "$old" ]; then
    echo "== no new findings; earlier artifacts in $artifacts:"
    printf '%s\n' "$old"
  else
    echo "== no crash, timeout or OOM"
  fi
}

main "$@"
exit $?
