"""A restore cut short (the computer stopped in the middle) is finished before anything reads the
data; kept apart from services/safety/backup.py so that start-up, which only looks for the restore's
journal, does not import the zip machinery.
"""

from __future__ import annotations

from partage_desktop.platform.datadir import DataDir
from partage_desktop.store.safety.restore_names import (
    JOURNAL,
    OLD_FILES_PREFIX,
    STAGED_DB_PREFIX,
    STAGED_FILES_PREFIX,
)


def finish_interrupted_restore(data: DataDir, have_lock: bool = False) -> bool:
    """Finish a restore cut short (its journal is in the data folder); cheap when there is none."""
    try:
        names = [p.name for p in data.root.iterdir()] if data.root.is_dir() else []
    except OSError:
        return False
    if JOURNAL not in names and not any(n.startswith((STAGED_DB_PREFIX, STAGED_FILES_PREFIX, OLD_FILES_PREFIX)) for n in names):
        return False
    from partage_desktop.services.safety.backup import (  # deferred: the zip machinery, only when a restore was cut short
        finish_interrupted,
    )

    return finish_interrupted(data, have_lock)
