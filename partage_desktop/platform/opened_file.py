"""A file handed over by the desktop: double-clicking a partner's ``.partage`` exchange file runs
``partage-desktop FILE.partage`` (Windows file association, Linux desktop entry). The command line
takes it out of the arguments so it is not mistaken for a command; the app then offers to import it.
"""

from __future__ import annotations

from pathlib import Path

EXTENSION = ".partage"


def split_opened_file(argv: list[str]) -> tuple[list[str], Path | None]:
    """``(arguments left, file)``: the file when it is the only argument, an existing ``.partage``."""
    if len(argv) == 1 and argv[0].lower().endswith(EXTENSION) and Path(argv[0]).is_file():
        return [], Path(argv[0]).absolute()
    return argv, None
