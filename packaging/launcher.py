"""Entry point of the frozen app (PyInstaller script): the same as ``partage-desktop``.

A double-clicked ``.partage`` file arrives as the only argument; the command line itself hands it
to the app (``partage_desktop.platform.opened_file``), as it does for a source install.
"""

import time

_STARTED = time.perf_counter()

if __name__ == "__main__":
    from partage_desktop.cli.main import run

    run(started=_STARTED)
