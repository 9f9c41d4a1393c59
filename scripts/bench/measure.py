#!/usr/bin/env python3
"""Measurements behind scripts/bench.sh (see the comment at the top of that file).

Times whole processes (stdout to /dev/null) with hyperfine when it is installed, else with a
perf_counter loop around subprocess.run; prints a table of medians and the ratios against the
targets with PASS/FAIL, and writes everything to --out as JSON. Exits 0 whatever the ratios;
non-zero only when a measured command fails.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import os
import platform
import re
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PDFPLUMBER = "import sys, pdfplumber; pdf = pdfplumber.open(sys.argv[1]); words = [p.extract_words() for p in pdf.pages]"

# key, label, comparison, target, unit
TARGETS = [
    ("extract_vs_pdftotext", "extract / pdftotext -layout", "<=", 1.0, "x"),
    ("pdfplumber_vs_extract", "pdfplumber / extract (times faster)", ">=", 50.0, "x"),
    ("extract_vs_qpdf", "extract / qpdf (floor)", "<=", 2.0, "x"),
    ("peak_rss_mb", "peak RSS of one extract", "<=", 30.0, "MB"),
    ("batch_speedup", "batch speed-up 1 -> 2 threads", ">=", 1.8, "x"),
    ("batch_rss_ratio", "batch peak RSS 2000 / 200 inputs", "<=", 1.2, "x"),
]

# Batch sizes whose peak memory is compared: a batch streams its results, so the peak must
# not grow with the number of inputs.
RSS_BATCHES = (200, 2000)


def log(msg: str) -> None:
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def tool_version(argv: list[str]) -> str:
    try:
        p = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    text = (p.stdout or p.stderr).strip().splitlines()
    return text[0] if text else "?"


class Timer:
    """Runs a command `runs` times after `warmup` runs.

    Returns the wall times in seconds and the mean CPU time (user + system) per run: the
    CPU time is less disturbed by other work on the machine than the wall time.
    """

    def __init__(self, use_hyperfine: bool, tmp: Path):
        self.hyperfine = shutil.which("hyperfine") if use_hyperfine else None
        self.tmp = tmp
        self.name = tool_version([self.hyperfine, "--version"]) if self.hyperfine else "python perf_counter loop"

    def times(self, argv: list[str], runs: int, warmup: int, env: dict[str, str] | None) -> tuple[list[float], float]:
        full_env = {**os.environ, **(env or {})}
        if self.hyperfine:
            out = self.tmp / "hyperfine.json"
            cmd = [
                self.hyperfine, "--shell=none", "--style", "none", "--output", "null",
                "--runs", str(runs), "--warmup", str(warmup), "--export-json", str(out),
                "--", shlex.join(argv),
            ]
            p = subprocess.run(cmd, env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if p.returncode != 0:
                raise RuntimeError(f"hyperfine failed on {shlex.join(argv)}:\n{p.stderr}")
            r = json.loads(out.read_text())["results"][0]
            return list(r["times"]), float(r.get("user", 0.0)) + float(r.get("system", 0.0))
        result, cpu = [], []
        for i in range(warmup + runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            p = subprocess.run(argv, env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            elapsed = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if p.returncode != 0:
                raise RuntimeError(f"{shlex.join(argv)} exited {p.returncode}:\n{p.stderr.decode(errors='replace')}")
            if i >= warmup:
                result.append(elapsed)
                cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        return result, statistics.fmean(cpu)


def summary(argv: list[str], timed: tuple[list[float], float], env: dict[str, str] | None) -> dict:
    times, cpu = timed
    shown = shlex.join(argv).replace(os.getcwd() + os.sep, "")
    if len(shown) > 200:
        shown = shown[:160] + f" ... ({len(argv)} arguments)"
    if env:
        shown = " ".join(f"{k}={v}" for k, v in env.items()) + " " + shown
    return {
        "command": shown,
        "runs": len(times),
        "median_s": statistics.median(times),
        "mean_s": statistics.fmean(times),
        "min_s": min(times),
        "max_s": max(times),
        "stdev_s": statistics.stdev(times) if len(times) > 1 else 0.0,
        "cpu_mean_s": cpu,
        "times_s": times,
    }


def peak_rss_kib(argv: list[str], repeat: int = 3, env: dict[str, str] | None = None) -> list[int]:
    values = []
    full_env = {**os.environ, **env} if env else None
    for _ in range(repeat):
        p = subprocess.run(["/usr/bin/time", "-v", *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                           env=full_env)
        if p.returncode != 0:
            raise RuntimeError(f"/usr/bin/time -v {shlex.join(argv)} exited {p.returncode}:\n{p.stderr}")
        m = re.search(r"Maximum resident set size \(kbytes\):\s*(\d+)", p.stderr)
        if not m:
            raise RuntimeError(f"no 'Maximum resident set size' in /usr/bin/time output:\n{p.stderr}")
        values.append(int(m.group(1)))
    return values


def fmt_time(s: float) -> str:
    return f"{s * 1000:9.1f} ms" if s < 10 else f"{s:9.2f} s "


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--pdf", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--batch-runs", type=int, default=5)
    ap.add_argument("--copies", type=int, default=200)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    if args.runs < 1 or args.batch_runs < 1 or args.copies < 1:
        ap.error("runs, batch runs and copies must be at least 1")

    binary = str(Path(args.bin).resolve())
    pdf = Path(args.pdf).resolve()
    if not pdf.is_file():
        log(f"{pdf}: no such file")
        return 3
    data = pdf.read_bytes()
    cpus = os.cpu_count() or 1
    wait = float(os.environ.get("BENCH_WAIT_IDLE", "0") or 0)
    deadline = time.monotonic() + wait
    while os.getloadavg()[0] > 0.5 and time.monotonic() < deadline:
        log(f"waiting for the machine to go idle (load {os.getloadavg()[0]:.2f}) ...")
        time.sleep(min(15.0, max(0.0, deadline - time.monotonic())))
    load_before = os.getloadavg()
    if load_before[0] > 0.5:
        log(f"the machine is not idle (load {load_before[0]:.2f} on {cpus} CPUs): medians and the "
            "2-thread batch speed-up will suffer")

    # A sanity run: the measured command must work and write JSON.
    p = subprocess.run([binary, "extract", str(pdf)], capture_output=True)
    if p.returncode != 0 or not p.stdout.lstrip().startswith(b"{"):
        log(f"extract failed (exit {p.returncode}):\n{p.stderr.decode(errors='replace')}")
        return 4
    json_bytes = len(p.stdout)
    trips = len(json.loads(p.stdout).get("trips", []))

    meas: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="ambtsreizen-bench-") as tmp_s:
        tmp = Path(tmp_s)
        timer = Timer(os.environ.get("BENCH_NO_HYPERFINE", "0") != "1", tmp)
        log(f"timing with {timer.name}, {args.runs} runs per measurement")

        batch_dir = tmp / "batch"
        batch_dir.mkdir()
        batch_files = []
        for i in range(args.copies):
            f = batch_dir / f"report-{i:04d}.pdf"
            f.write_bytes(data)
            batch_files.append(str(f))

        plan = [
            ("extract", [binary, "extract", str(pdf)], None, args.runs),
            ("pdftotext", ["pdftotext", "-layout", str(pdf), "-"], None, args.runs),
            ("qpdf", ["qpdf", "--stream-data=uncompress", str(pdf), str(tmp / "uncompressed.pdf")], None, args.runs),
            ("pdfplumber", [sys.executable, "-c", PDFPLUMBER, str(pdf)], None, args.runs),
            ("batch_1", [binary, "extract", "-f", "jsonl", *batch_files], {"RAYON_NUM_THREADS": "1"}, args.batch_runs),
            ("batch_2", [binary, "extract", "-f", "jsonl", *batch_files], {"RAYON_NUM_THREADS": "2"}, args.batch_runs),
        ]
        for name, argv, env, runs in plan:
            log(f"{name} ...")
            meas[name] = summary(argv, timer.times(argv, runs, 1, env), env)
        log("peak RSS ...")
        rss = peak_rss_kib([binary, "extract", str(pdf)])

        # Batch memory: the same file under many names (symbolic links: 2 000 copies would
        # fill the disk for nothing), JSON Lines to /dev/null, default threads.
        rss_dir = tmp / "rss"
        rss_dir.mkdir()
        links = []
        for i in range(max(RSS_BATCHES)):
            link = rss_dir / f"report-{i:05d}.pdf"
            link.symlink_to(pdf)
            links.append(str(link))
        batch_rss = {}
        for n in RSS_BATCHES:
            log(f"peak RSS of a batch of {n} ...")
            batch_rss[n] = max(peak_rss_kib([binary, "extract", "-f", "jsonl", *links[:n]], repeat=1))
    load_after = os.getloadavg()

    med = {k: v["median_s"] for k, v in meas.items()}
    rss_kib = max(rss)
    values = {
        "extract_vs_pdftotext": med["extract"] / med["pdftotext"],
        "pdfplumber_vs_extract": med["pdfplumber"] / med["extract"],
        "extract_vs_qpdf": med["extract"] / med["qpdf"],
        "peak_rss_mb": rss_kib * 1024 / 1e6,
        "batch_speedup": med["batch_1"] / med["batch_2"],
        "batch_rss_ratio": batch_rss[RSS_BATCHES[1]] / batch_rss[RSS_BATCHES[0]],
    }
    # The same time ratios on CPU time (user + system), for information only: on a busy
    # machine they show what the wall-clock ratios would be without the interference.
    # (No CPU-time form of the batch speed-up: running on 2 threads does not save CPU time.)
    cpu = {k: v["cpu_mean_s"] for k, v in meas.items()}

    def cpu_ratio(a: str, b: str) -> float | None:
        return cpu[a] / cpu[b] if cpu[a] > 0 and cpu[b] > 0 else None

    cpu_values = {
        "extract_vs_pdftotext": cpu_ratio("extract", "pdftotext"),
        "pdfplumber_vs_extract": cpu_ratio("pdfplumber", "extract"),
        "extract_vs_qpdf": cpu_ratio("extract", "qpdf"),
    }
    checks = []
    for key, label, op, target, unit in TARGETS:
        v = values[key]
        ok = v <= target if op == "<=" else v >= target
        checks.append({"name": key, "label": label, "value": v, "op": op, "target": target, "unit": unit,
                       "result": "PASS" if ok else "FAIL", "cpu_time_value": cpu_values.get(key)})

    # ---- report --------------------------------------------------------------------
    print()
    print(f"input      {os.path.relpath(pdf)} ({len(data):,} bytes, {trips} trips, JSON {json_bytes:,} bytes)")
    print(f"timer      {timer.name}; median of {args.runs} runs (batch: {args.batch_runs}) after 1 warm-up")
    print(f"machine    {cpus} CPUs, load {load_before[0]:.2f} before / {load_after[0]:.2f} after")
    print()
    print(f"{'measurement':<12} {'median':>12} {'min':>12} {'max':>12} {'CPU (mean)':>12}  command")
    for name, m in meas.items():
        print(f"{name:<12} {fmt_time(m['median_s'])} {fmt_time(m['min_s'])} {fmt_time(m['max_s'])} "
              f"{fmt_time(m['cpu_mean_s'])}  {m['command'][:80]}")
    per_file_1 = med["batch_1"] / args.copies
    per_file_2 = med["batch_2"] / args.copies
    cores_2 = meas["batch_2"]["cpu_mean_s"] / meas["batch_2"]["mean_s"]
    print(f"{'':<12} batch: {args.copies} files, {1 / per_file_1:.1f} files/s on 1 thread "
          f"({per_file_1 * 1000:.1f} ms/file), {1 / per_file_2:.1f} files/s on 2 threads "
          f"(busy {cores_2:.2f} cores on average)")
    print(f"{'peak RSS':<12} {rss_kib / 1024:9.1f} MiB = {rss_kib * 1024 / 1e6:.1f} MB  (max of {len(rss)} runs: "
          f"{', '.join(str(r) for r in rss)} KiB)")
    print(f"{'batch RSS':<12} " + ", ".join(f"{n} inputs: {kib / 1024:.1f} MiB" for n, kib in batch_rss.items())
          + "  (extract -f jsonl, peak resident set)")
    print()
    print(f"{'check (wall-clock medians)':<38} {'value':>10} {'target':>12}  result  {'on CPU time':>11}")
    for c in checks:
        value = f"{c['value']:.2f} {c['unit']}"
        target = f"{c['op']} {c['target']:g} {c['unit']}"
        cpu_v = f"{c['cpu_time_value']:.2f} {c['unit']}" if c["cpu_time_value"] is not None else ""
        print(f"{c['label']:<38} {value:>10} {target:>12}  {c['result']:<6}  {cpu_v:>11}")
    failed = [c["name"] for c in checks if c["result"] == "FAIL"]
    busy = max(load_before[0], load_after[0])
    if busy >= cpus / 2:
        print(f"note: load {busy:.2f} on {cpus} CPUs during the run: the wall-clock ratios are disturbed and the "
              "batch speed-up is not\n      meaningful (the 2 threads cannot get 2 idle cores); rerun on an idle "
              "machine, e.g. with BENCH_WAIT_IDLE=600")
    print()
    print(f"targets    {len(checks) - len(failed)} PASS, {len(failed)} FAIL" + (f" ({', '.join(failed)})" if failed else ""))

    results = {
        "generated": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "input": {"path": os.path.relpath(pdf), "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest(),
                  "trips": trips, "json_bytes": json_bytes},
        "machine": {"cpus": cpus, "platform": platform.platform(), "loadavg_before": list(load_before),
                    "loadavg_after": list(load_after)},
        "timer": timer.name,
        "runs": args.runs,
        "batch_runs": args.batch_runs,
        "batch_copies": args.copies,
        "tools": {
            "pdftotext": tool_version(["pdftotext", "-v"]),
            "qpdf": tool_version(["qpdf", "--version"]),
            "pdfplumber": tool_version([sys.executable, "-c", "import pdfplumber; print(pdfplumber.__version__)"]),
            "python": sys.version.split()[0],
        },
        "measurements": meas,
        "batch_2_cores_busy": cores_2,
        "peak_rss_kib": rss,
        "batch_peak_rss_kib": {str(n): kib for n, kib in batch_rss.items()},
        "checks": checks,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"results    {out}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except RuntimeError as e:
        log(str(e))
        sys.exit(4)
