"""How long ago this process started, as precisely as the platform tells."""

from __future__ import annotations

import os
import time


def elapsed_since_process_start_ms(fallback_started: float) -> float:
    """Milliseconds since the process was created (Linux: from /proc), else since ``fallback``.

    The fallback is a ``time.perf_counter()`` taken as early as the entry point could, which misses
    the interpreter's own start-up; /proc includes it (at the clock-tick resolution, ~10 ms).
    """
    fallback = (time.perf_counter() - fallback_started) * 1000
    try:
        with open("/proc/self/stat", "rb") as fh:
            stat = fh.read().decode()
        with open("/proc/uptime", "rb") as fh:
            uptime = float(fh.read().split()[0])
        fields = stat[stat.rindex(")") + 2 :].split()
        start_ticks = int(fields[19])  # field 22 of the whole line
        ticks = os.sysconf("SC_CLK_TCK")
        measured = (uptime - start_ticks / ticks) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return fallback
    return max(measured, fallback)
