"""Shared resources at scale, every figure of the issue in one run (JSON on stdout):

    python benchmarks/resources.py

- ``calendar``: the month view for all of 5,000 resources (200,000 bookings) painted after a click
  (target 150 ms): ``benchmarks/resources_calendar.py``;
- ``matches``: 500 needs against 20,000 partners' offers (target 1 s; ``first_ms`` is the first
  call, which reads and indexes the board; ``matches_ms`` the median of the next ones):
  ``benchmarks/resources_matches.py``;
- ``bookings``: the conflict check a new booking goes through with 5,000 resources and 200,000
  bookings (target 5 ms): ``benchmarks/resources_bookings.py``.

Each part runs in its own process (the calendar needs a window; none inherits another's caches),
one after the other, and the machine's load average is printed beside them: on a busy machine the
figures are higher.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARTS = {
    "calendar": ("resources_calendar.py", {"month_click_p95_ms": 150}),
    "matches": ("resources_matches.py", {"first_ms": 1000, "matches_ms": 1000}),
    "bookings": ("resources_bookings.py", {"conflict_check_p95_ms": 5}),
}


def run(script: str) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run([sys.executable, str(HERE / script)], capture_output=True, text=True, env=env,
                          check=False)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:] or [f"exit {done.returncode}"]}
    start = done.stdout.find("{")
    figures: dict[str, object] = json.loads(done.stdout[start:])
    return figures


def main() -> int:
    report: dict[str, object] = {}
    for name, (script, targets) in PARTS.items():
        figures = run(script)
        figures["targets_ms"] = targets
        figures["within_targets"] = all(
            isinstance(figures.get(key), (int, float)) and float(figures[key]) <= limit  # type: ignore[arg-type]
            for key, limit in targets.items())
        report[name] = figures
    report["load_average"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
