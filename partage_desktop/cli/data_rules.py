"""The command line's rules about the data folder and input files, in one place:

- a command that only reads (lists, searches, checks, exports) never creates the data folder nor its
  database: a folder named with --data-dir (or PARTAGE_DATA_DIR) that does not exist is a mistyped
  path (exit 2); the usual folder not made yet simply holds nothing;
- a command that writes and creates a folder named with --data-dir says so on stderr, so that a
  mistyped path does not go unnoticed;
- an input file that does not exist is wrong input (exit 2), in every command.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from partage_desktop.platform import datadir
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.data.database import prepare
from partage_desktop.services.data.session import close_database
from partage_desktop.words import t

# (command, action) of the commands that only read the data folder
_READS = {("agreement", "list"), ("journal", "search"), ("journal", "projects"), ("backup", "list"),
          ("check", None), ("journal", "export"), ("exchange", "export"), ("certificates", "list")}
# input files: (command, action) -> (attribute, how the user names it)
# (backup restore and exchange import say it their own way: exit 2 too, with what to do next)
_INPUTS: dict[tuple[str, str | None], tuple[str, str]] = {("agreement", "export"): ("answers", "--answers"), ("agreement", "verify"): ("pdf", "agreement verify"),
           ("agreement", "sign"): ("pdf", "agreement sign"), ("certificates", "import"): ("file", "certificates import")}


def _key(args: argparse.Namespace) -> tuple[str, str | None]:
    return args.command, getattr(args, "action", None)


def explicit(args: argparse.Namespace) -> bool:
    """The folder was named by the user (--data-dir or PARTAGE_DATA_DIR), not the usual one."""
    return bool(getattr(args, "data_dir", None) or os.environ.get(datadir.ENV_VAR))


def reads_only(args: argparse.Namespace) -> bool:
    key = _key(args)
    return (key in _READS or (key in (("exchange", "import"), ("resources", "import")) and bool(args.dry_run))
            or (args.command == "demo" and bool(args.remove)))


def uses_data(args: argparse.Namespace) -> bool:
    """Whether the command reads or writes the data folder (templates, guides, verifying a copy and
    exporting from an answers file without --record do not)."""
    if args.command in ("templates", "guides"):
        return False
    key = _key(args)
    return not (key in (("agreement", "verify"), ("agreement", "sign"))
                or (key == ("agreement", "export") and not args.record))


def check_input_files(args: argparse.Namespace, lang: str) -> None:
    """A missing input file (or a folder given for a file) is wrong input: exit 2, in every command."""
    found = _INPUTS.get(_key(args))
    if found is None:
        return
    attribute, option = found
    path: Path = getattr(args, attribute)
    if path.is_dir():
        raise UserInputError([t("input_is_folder", lang, option=option, path=path)])
    if not path.exists():
        raise UserInputError([t("input_missing", lang, option=option, path=path)])


def without_data(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int | None:
    """For a command that only reads, when there is no data to read: its answer (exit code), given
    without creating anything. None when the command should run as usual."""
    if not reads_only(args):
        return None
    if data.root.exists() and not data.root.is_dir():
        raise datadir.DataDirError(data.root, "not_a_folder")
    if not data.root.exists() and explicit(args):
        raise UserInputError([t("data_dir_missing", lang, path=data.root)])
    key = _key(args)
    if key == ("backup", "list"):  # backups may be there without a database
        if data.root.exists():
            return None
        return _empty(args, t("backup_none", lang, folder=data.backups))
    if data.database.is_file():
        return None
    if args.command == "demo":
        print(t("demo_nothing_to_remove", lang, path=data.root))
        return 0
    if args.command == "check":
        print(t("check_no_database", lang, path=data.root))
        return 0
    return None  # the others read an empty database instead (``read_from``)


def _empty(args: argparse.Namespace, message: str) -> int:
    if getattr(args, "json", False):
        print(json.dumps([]))
    else:
        print(message)
    return 0


@contextlib.contextmanager
def read_from(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> Iterator[datadir.DataDir]:
    """The folder a command reads: ``data``, or, when a command that only reads finds no database
    there, an empty one made aside for the time of the command (it then lists nothing, exports an
    empty journal, previews an import as all new), so that nothing is created in ``data``."""
    if not reads_only(args) or data.database.is_file() or _key(args) == ("backup", "list"):
        yield data  # (backups are listed from their folder, database or not)
        return
    import tempfile


    with tempfile.TemporaryDirectory(prefix="partage-vide-") as scratch:
        empty = datadir.DataDir(Path(scratch))
        try:
            prepare(empty, lang)
            yield empty
        finally:
            close_database(empty.database)


@contextlib.contextmanager
def announce_new_folder(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> Iterator[None]:
    """Say on stderr when the command created the folder the user named (a mistyped path, often)."""
    existed = data.root.exists()
    try:
        yield
    finally:
        if not existed and explicit(args) and data.root.is_dir():
            print(t("data_dir_created", lang, path=data.root), file=sys.stderr)
