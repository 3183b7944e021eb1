"""``python -m partage_desktop``: same as the ``partage-desktop`` command."""

import time

_STARTED = time.perf_counter()

from partage_desktop.cli import main  # noqa: E402

raise SystemExit(main(started=_STARTED))
