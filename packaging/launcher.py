"""Entry point of the frozen app (PyInstaller script): the same as ``partage-desktop``.

A file handed over by the desktop (double-click on a partner's ``.partage`` exchange file, through
the file association) arrives as the only argument; it is passed on to the app in the
``PARTAGE_OPEN_FILE`` variable so the command line does not mistake it for a command.
"""

import os
import sys
import time

_STARTED = time.perf_counter()


def _take_opened_file(argv: list[str]) -> list[str]:
    if len(argv) == 2 and argv[1].lower().endswith(".partage") and os.path.isfile(argv[1]):
        os.environ["PARTAGE_OPEN_FILE"] = os.path.abspath(argv[1])
        return argv[:1]
    return argv


if __name__ == "__main__":
    sys.argv = _take_opened_file(sys.argv)
    from partage_desktop.cli import main

    raise SystemExit(main(started=_STARTED))
