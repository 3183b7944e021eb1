"""SQLite's I/O errors on a full disk: it often says only "disk I/O error" (when the -shm or
journal file cannot grow), which must read as a full disk, naming the folder concerned."""

from __future__ import annotations

import shutil
from pathlib import Path

from partage_desktop.platform.envproblems import EnvironmentProblem
from partage_desktop.words import t
from partage_desktop.words.system_errors import describe

LOW_SPACE = 4 * 1024 * 1024  # bytes free under which an I/O error is taken for a full disk


def environment_problem(exc: BaseException, lang: str, folder: Path) -> EnvironmentProblem | None:
    """What the computer prevents (full disk, read-only, locked…) with ``folder`` named; None for
    anything else."""
    problem = describe(exc, lang, folder)
    if problem is not None or "disk i/o error" not in str(exc).lower():
        return problem
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        free = shutil.disk_usage(probe).free
    except OSError:
        return None
    if free >= LOW_SPACE:
        return None
    return EnvironmentProblem("disk_full", t("env_disk_full", lang, path=folder))
