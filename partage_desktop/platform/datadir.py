"""Where the user's data lives: the data folder and the files inside it."""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from partage_desktop.platform.atomic import make_private_folder

ENV_VAR = "PARTAGE_DATA_DIR"
DB_NAME = "partage.sqlite3"


class DataDirError(Exception):
    """The data folder cannot be used (cannot be created, not writable, is a file)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_NAME

    @property
    def backups(self) -> Path:
        return self.root / "sauvegardes"

    @property
    def logs(self) -> Path:
        return self.root / "journaux"

    @property
    def settings_file(self) -> Path:
        return self.root / "parametres.json"

    @property
    def attachments(self) -> Path:
        return self.root / "pieces-jointes"


def default_root() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Partage", "Partage", roaming=True))


# Portable use (USB key): one of these files beside the app keeps all data in PORTABLE_FOLDER there.
PORTABLE_MARKERS = ("portable.txt", "partage-portable")
PORTABLE_FOLDER = "donnees"


def app_folder() -> Path | None:
    """The folder the installed app was started from (beside the executable; on macOS, beside the
    ``Partage.app`` bundle); None when running from source, where --data-dir does the same job."""
    if not getattr(sys, "frozen", False):
        return None
    exe_dir = Path(sys.executable).resolve().parent
    for parent in exe_dir.parents:
        if parent.suffix == ".app":
            return parent.parent
    return exe_dir


def portable_root(folder: Path | None = None) -> Path | None:
    """``donnees/`` beside the app when a portable marker file is there, else None."""
    folder = folder if folder is not None else app_folder()
    if folder is None:
        return None
    if any((folder / marker).is_file() for marker in PORTABLE_MARKERS):
        return folder / PORTABLE_FOLDER
    return None


def resolve(option: str | None) -> DataDir:
    """The data folder: the --data-dir option, else PARTAGE_DATA_DIR, else ``donnees/`` beside a
    portable app, else the platform default."""
    raw = option or os.environ.get(ENV_VAR) or ""
    root = Path(raw).expanduser() if raw else (portable_root() or default_root())
    return DataDir(root.absolute())


def command_option(data_dir: DataDir) -> str:
    """`` --data-dir "…"`` for a command suggested to the user, when the folder is not the one a
    plain command would use; empty otherwise."""
    usual = (portable_root() or default_root()).absolute()
    return "" if data_dir.root == usual else f' --data-dir "{data_dir.root}"'


def ensure_writable(data_dir: DataDir) -> None:
    """Create the folder if needed and prove it is writable; raise DataDirError otherwise."""
    root = data_dir.root
    if root.exists() and not root.is_dir():
        raise DataDirError(root, "not_a_folder")
    try:
        make_private_folder(root)
        with tempfile.NamedTemporaryFile(dir=root, prefix=".write-test-", delete=True):
            pass
    except OSError as exc:
        raise DataDirError(root, "not_writable") from exc
