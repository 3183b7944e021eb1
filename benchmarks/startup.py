"""Start-up time and memory of the app against a bare PySide6 window, measured in the same run.

    python benchmarks/startup.py [--runs 7]

Prints JSON: median start-up (process start to first paint of the main window with the home
screen's data loaded) of ``--smoke`` runs, the bare window's median, their ratio, and the peak
resident memory of one smoke run. Targets: ratio <= 2.5, memory <= 150 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENV = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
# An installed app has its bytecode compiled (pip does it at install time; the bundle ships it):
# measure that, not a start that compiles every module because the shell forbids .pyc files.
ENV.pop("PYTHONDONTWRITEBYTECODE", None)


def startup_ms(command: list[str]) -> int:
    out = subprocess.run(command, capture_output=True, text=True, env=ENV, timeout=120, check=True).stdout
    for line in out.splitlines():
        if line.startswith("startup_ms="):
            return int(line.split("=", 1)[1])
    raise RuntimeError(f"no startup_ms in output of {command}: {out!r}")


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = [sys.executable, "-m", "partage_desktop", "--data-dir", tmp, "--smoke"]
        bare = [sys.executable, str(HERE / "bare_window.py")]
        startup_ms(app)  # first run creates the database: not a start-up like the others
        app_runs, bare_runs = [], []
        for _ in range(args.runs):  # interleaved, so that machine noise hits both alike
            app_runs.append(startup_ms(app))
            bare_runs.append(startup_ms(bare))
        rss = peak_rss_mb(app)
    app_median, bare_median = statistics.median(app_runs), statistics.median(bare_runs)
    ratio = round(app_median / bare_median, 2)
    print(json.dumps({
        "startup_ms_median": app_median,
        "bare_window_ms_median": bare_median,
        "ratio": ratio,
        "ratio_target": 2.5,
        "peak_rss_mb": rss,
        "rss_target_mb": 150,
        "runs": args.runs,
        "app_runs_ms": app_runs,
        "bare_runs_ms": bare_runs,
        "platform": ENV["QT_QPA_PLATFORM"],
        "meets_targets": ratio <= 2.5 and rss <= 150,
    }, indent=2))


if __name__ == "__main__":
    main()
