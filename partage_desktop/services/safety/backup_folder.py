"""Where backups go: the folder chosen in the settings, or the data folder's own ``sauvegardes``.

Kept apart from services/safety/backup.py so that start-up (which only needs the folder's name)
does not import the zip machinery.
"""

from __future__ import annotations

import logging
from pathlib import Path

from partage_desktop.platform.atomic import make_private_folder
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.settings import Settings

log = logging.getLogger(__name__)


def data_id(data: DataDir, create: bool = True) -> str | None:
    """The identity of this data folder: a random id kept in its settings, written in every backup
    made from it, so that a backup folder shared by several computers (a cloud folder) never
    offers, thins or counts another folder's backups as ours. None when not created yet."""
    settings = Settings.load(data.settings_file) if data.settings_file.is_file() else Settings()
    if settings.data_id or not create:
        return settings.data_id or None
    import uuid

    settings.data_id = uuid.uuid4().hex
    try:
        make_private_folder(data.root)
        settings.save(data.settings_file)
    except OSError as exc:  # the backup itself will say what is wrong with the folder
        log.warning("could not record the data folder's identity: %s", exc)
        return None
    return settings.data_id


def configured_folder(data: DataDir) -> Path:
    settings = Settings.load(data.settings_file) if data.settings_file.is_file() else Settings()
    return Path(settings.backup_dir).expanduser() if settings.backup_dir else data.backups


def usable_folder(data: DataDir) -> tuple[Path, bool]:
    """The folder to write backups to, and whether it is the configured one (False: the
    configured folder is missing or not writable, e.g. a USB key that was removed)."""
    folder = configured_folder(data)
    if folder == data.backups:
        return folder, True
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".partage-test"
        probe.write_bytes(b"")
        probe.unlink()
        return folder, True
    except OSError:
        log.warning("backup folder %s unavailable, using %s", folder, data.backups)
        return data.backups, False
