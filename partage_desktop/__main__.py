"""``python -m partage_desktop``: same as the ``partage-desktop`` command."""

import time

_STARTED = time.perf_counter()

from partage_desktop.cli.main import run  # noqa: E402

run(started=_STARTED)
