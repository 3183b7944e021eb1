"""Start-up time and memory of the app against a bare PySide6 window, measured in the same run.

    python benchmarks/startup.py [--runs 7] [--demo-runs 15]

Prints JSON with two measures, each against a bare PySide6 window (``bare_window.py``) started in
the same run, runs alternating so that machine noise hits both alike, medians compared:

- ``empty``: an empty data folder, by the app's own clock: ``--smoke`` prints ``startup_ms``
  (process start to the main window's first paint), the bare window the same.
- ``demo``: a folder filled by ``partage-desktop demo``, by an outside clock: this script reads
  ``time.perf_counter()`` just before spawning the process and again when the line the process
  prints at the first paint event of the home screen (``home_painted_ms``; the bare window's
  ``startup_ms``) arrives on its stdout pipe.

Also the peak resident memory of one smoke run on the demo folder. Targets: both ratios <= 2.5,
memory <= 150 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENV = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
# An installed app has its bytecode compiled (pip does it at install time; the bundle ships it):
# measure that, not a start that compiles every module because the shell forbids .pyc files.
ENV.pop("PYTHONDONTWRITEBYTECODE", None)
TIMEOUT_S = 120
RATIO_TARGET = 2.5


def startup_ms(command: list[str]) -> int:
    """The process's own figure: ``startup_ms=N`` (process start to first paint, its clock)."""
    out = subprocess.run(command, capture_output=True, text=True, env=ENV, timeout=TIMEOUT_S, check=True).stdout
    for line in out.splitlines():
        if line.startswith("startup_ms="):
            return int(line.split("=", 1)[1])
    raise RuntimeError(f"no startup_ms in output of {command}: {out!r}")


def outside_ms(command: list[str], marker: str) -> float:
    """Spawn to the arrival of the line starting with ``marker`` (printed and flushed by the
    process at the first paint), by this process's clock; then the process is left to finish."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=ENV)
    assert process.stdout is not None
    elapsed = None
    with process:
        for line in process.stdout:
            if line.startswith(marker):
                elapsed = (time.perf_counter() - start) * 1000
                break
        process.stdout.read()  # the rest, so that the process never blocks on a full pipe
        code = process.wait(timeout=TIMEOUT_S)
    if elapsed is None or code != 0:
        raise RuntimeError(f"{command}: exit code {code}, marker {marker!r} {'seen' if elapsed else 'not seen'}")
    return round(elapsed, 1)


def peak_rss_mb(command: list[str]) -> float:
    """Peak resident memory of one child process (this helper process runs only that child)."""
    code = (
        "import resource, subprocess, sys, os;"
        f"subprocess.run({command!r}, env=dict(os.environ), check=True, capture_output=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV, check=True)
    kib = int(out.stdout.strip().splitlines()[-1])
    return round(kib / 1024, 1)


def compare(app_runs: list[float], bare_runs: list[float]) -> dict[str, object]:
    app_median, bare_median = statistics.median(app_runs), statistics.median(bare_runs)
    return {"app_ms_median": app_median, "bare_window_ms_median": bare_median,
            "ratio": round(app_median / bare_median, 2), "app_runs_ms": app_runs, "bare_runs_ms": bare_runs}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7, help="runs on the empty folder")
    parser.add_argument("--demo-runs", type=int, default=15, help="runs on the demo folder")
    args = parser.parse_args()
    bare = [sys.executable, str(HERE / "bare_window.py")]
    with tempfile.TemporaryDirectory() as tmp:
        empty, demo = Path(tmp) / "vide", Path(tmp) / "demo"
        app = [sys.executable, "-m", "partage_desktop", "--data-dir", str(empty), "--smoke"]
        startup_ms(app)  # first run creates the database: not a start-up like the others
        app_runs, bare_runs = [], []
        for _ in range(args.runs):  # interleaved, so that machine noise hits both alike
            app_runs.append(startup_ms(app))
            bare_runs.append(startup_ms(bare))

        subprocess.run([sys.executable, "-m", "partage_desktop", "--data-dir", str(demo), "demo"],
                       env=ENV, check=True, capture_output=True, timeout=TIMEOUT_S)
        app_demo = [sys.executable, "-m", "partage_desktop", "--data-dir", str(demo), "--smoke"]
        outside_ms(app_demo, "home_painted_ms=")  # warm-up: caches, and any check a first start does
        outside_ms(bare, "startup_ms=")
        demo_runs, demo_bare_runs = [], []
        for i in range(args.demo_runs):  # alternating, and which goes first alternates too
            pair = [(demo_runs, app_demo, "home_painted_ms="), (demo_bare_runs, bare, "startup_ms=")]
            for runs, command, marker in pair if i % 2 == 0 else reversed(pair):
                runs.append(outside_ms(command, marker))
        rss = peak_rss_mb(app_demo)
    empty_figures, demo_figures = compare(app_runs, bare_runs), compare(demo_runs, demo_bare_runs)
    print(json.dumps({
        "empty": {"clock": "the app's own (process start to the main window's first paint)", **empty_figures},
        "demo": {"clock": "outside (spawn to the home screen's first paint event)", **demo_figures},
        "ratio_target": RATIO_TARGET,
        "peak_rss_mb": rss,
        "rss_target_mb": 150,
        "platform": ENV["QT_QPA_PLATFORM"],
        "meets_targets": max(empty_figures["ratio"], demo_figures["ratio"]) <= RATIO_TARGET and rss <= 150,  # type: ignore[type-var]
    }, indent=2))


if __name__ == "__main__":
    main()
