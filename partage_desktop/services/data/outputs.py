"""The one guard every file the user names as an output goes through (command line and windows).

Two rules:

- a path that is one of the data folder's own files — the database and its companions, the
  settings, the lock, anything inside its attachments, backups, logs or logo folders, any file
  already in the data folder, a backup's name in the backup folder chosen in the settings — is
  refused, whatever the user says (``--force`` does not lift it);
- an existing file is replaced only when the user said so: ``--force`` on the command line, the
  save dialog's own "replace?" question in the windows.

Paths are compared after resolving symbolic links, and without regard to case (a Windows or macOS
disk, a FAT USB key, treat ``PARTAGE.SQLITE3`` as ``partage.sqlite3``); an existing file is also
compared by identity, which catches hard links and other spellings of the same file.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from partage_desktop.platform.datadir import DB_NAME, DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.services.safety.backup_folder import configured_folder

# Folders of the data folder that only Partage writes to.
OWN_FOLDERS = ("sauvegardes", "pieces-jointes", "profil", "journaux")
# Files of the data folder's top level that belong to Partage (and the temporary or aside copies
# that begin the same way).
OWN_FILE_PREFIXES = (DB_NAME, "partage-", "parametres.json", ".partage", ".restauration",
                     ".pieces-jointes", ".verification")


def _fold(path: Path) -> str:
    return os.path.normcase(str(path)).casefold()


def _resolved(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError):  # a symlink loop: compare the path as written
        return path.expanduser().absolute()


def _same(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        return os.path.samefile(a, b)
    return False


def _inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` is ``folder`` or lies under it (spelling, case, links and identity)."""
    p, f = _fold(path), _fold(folder).rstrip("/\\")
    if p == f or p.startswith(f + os.sep) or p.startswith(f + "/"):
        return True
    return any(_same(parent, folder) for parent in (path, *path.parents) if parent.exists())


def own_file_reason(out: Path, data: DataDir) -> str | None:
    """Why ``out`` must not be written (it is one of the data folder's own files), or None."""
    target = _resolved(out)
    root = _resolved(data.root)

    backups = _resolved(configured_folder(data))
    # The backup folder may be an ordinary folder (Documents, a cloud folder): only what looks
    # like a backup there is Partage's (thinning deletes such names).
    if _inside(target, backups) and target.name.casefold().startswith(("sauvegarde-", ".sauvegarde-")):
        return "backup"
    if not _inside(target, root):
        # a hard link elsewhere to the database or a settings file is the same file
        if target.exists() and any(_same(target, data.root / name) for name in (DB_NAME, "parametres.json")):
            return "own_file"
        return None
    if target == root or _same(target, root):
        return "own_file"
    rel_parts = [part.casefold() for part in _relative_parts(target, root)]
    if not rel_parts:
        return "own_file"
    first = rel_parts[0]
    if first in OWN_FOLDERS or any(first.startswith(prefix.casefold()) for prefix in OWN_FILE_PREFIXES):
        return "own_file"
    if len(rel_parts) == 1 and target.exists():  # whatever lies beside the database is Partage's
        return "own_file"
    return None


def _relative_parts(target: Path, root: Path) -> list[str]:
    try:
        return list(target.relative_to(root).parts)
    except ValueError:
        pass
    folded_target, folded_root = _fold(target), _fold(root).rstrip("/\\")
    if folded_target.startswith(folded_root):
        return [p for p in str(target)[len(folded_root):].replace("\\", "/").split("/") if p]
    # the same folder under another name (a link, a hard-linked file): walk up by identity
    parts: list[str] = []
    for parent in (target, *target.parents):
        if parent.exists() and _same(parent, root):
            return list(reversed(parts))
        parts.append(parent.name)
    return ["?"]


def check_output(out: Path, data: DataDir | None, lang: str, force: bool = False) -> Path:
    """The absolute path to write to, or UserInputError (exit code 2) with the reason: one of the
    data folder's own files (never), a folder, or an existing file without ``force``. A missing
    destination folder is left to each command to say (as it did before)."""
    target = out.expanduser().absolute()
    if data is not None:
        reason = own_file_reason(target, data)
        if reason is not None:
            raise UserInputError([Message.of("out_own_file", path=target, folder=data.root)])
    if target.is_dir():
        raise UserInputError([Message.of("out_is_folder", path=target)])
    if (target.exists() or target.is_symlink()) and not force:
        raise UserInputError([Message.of("out_exists", path=target)])
    return target


def refuse_own_file(out: Path, data: DataDir, lang: str) -> None:
    """The part of the guard services apply to every output whoever calls them: never one of
    the data folder's own files (UserInputError). Replacing another file is the caller's question."""
    if own_file_reason(out.expanduser().absolute(), data) is not None:
        raise UserInputError([Message.of("out_own_file", path=out, folder=data.root)])
