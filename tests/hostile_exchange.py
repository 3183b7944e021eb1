"""Helpers for the hostile exchange-file tests: an exchange file's members read back, a file written
around members changed at will (its manifest listing them faithfully), and an import into a fresh
database that must refuse with a message or import whole, never crash."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

from partage_desktop.cli.main import main
from partage_desktop.platform.datadir import DataDir, resolve
from partage_desktop.services.data.session import close_all


def members_of(path: Path) -> dict[str, bytes]:
    """Every member of an exchange file but its manifest."""
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n != "manifest.json"}


def set_at(doc, path: tuple, value) -> None:
    """``doc[path[0]][path[1]]… = value``."""
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


def write_exchange(file: Path, kind: str, members: dict[str, bytes]) -> None:
    """An exchange file of ``kind`` ("agreement" or "project") whose manifest lists ``members`` as they are."""
    listed = {n: {"sha256": hashlib.sha256(r).hexdigest(), "size": len(r)} for n, r in members.items()}
    with zipfile.ZipFile(file, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "partage-exchange", "format_version": 1,
                                                      "kind": kind, "members": listed}))
        for name, raw in members.items():
            archive.writestr(name, raw)


def import_into_fresh_copy(folder: Path, empty_database: Path, kind: str, members: dict[str, bytes],
                           capsys) -> tuple[int, DataDir]:
    """Writes the exchange file in ``folder``, imports it with the command line into a copy of
    ``empty_database`` (a fresh database, quickly) and checks it never crashed (exit 0, 2 or 3) and
    left the database sound; returns the exit code and the data folder."""
    file = folder / "h.partage"
    write_exchange(file, kind, members)
    (folder / "donnees").mkdir()
    shutil.copy(empty_database, folder / "donnees" / "partage.sqlite3")
    data = resolve(str(folder / "donnees"))
    code = main(["--data-dir", str(data.root), "exchange", "import", str(file)])
    err = capsys.readouterr().err
    close_all()
    assert code in (0, 2, 3), err
    con = sqlite3.connect(data.database)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    return code, data
