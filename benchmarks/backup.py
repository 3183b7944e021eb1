"""Backup, integrity check and restore times on a data folder of a realistic size.

    python benchmarks/backup.py [--entries 20000] [--attachments 50]

Prints JSON: database and backup sizes, and the milliseconds of a backup (online copy + zip), a
quick check (what every start pays), a full integrity check and a restore. Target: a restore of
two years of journal (20,000 entries) in well under a minute (the "deleted by mistake" case).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import tempfile
import time
from pathlib import Path


def fill(db: Path, entries: int) -> None:
    con = sqlite3.connect(db)
    with con:
        con.execute("INSERT INTO project (name, purpose, resource_kind, continuum_position, stage, created_at, "
                    "updated_at) VALUES ('Cuisine partagée', '', '', '', 'exploring', '2026-01-01', '2026-01-01')")
        body = "Rencontre du comité : décisions sur l'horaire de la cuisine et le partage des coûts. " * 4
        con.executemany(
            "INSERT INTO journal_entry (project_id, kind, entry_date, author, title, body, created_at, updated_at) "
            "VALUES (1, 'note', '2026-03-01', 'Marie', ?, ?, '2026-03-01', '2026-03-01')",
            ((f"Entrée {i}", body) for i in range(entries)))
        con.executemany(
            "INSERT INTO agreement (reference, template_id, title, status, lang, answers_json, created_at, updated_at) "
            "VALUES (?, 'pret-materiel', 'Prêt', 'signed', 'fr', '{}', '2026-01-01', '2026-01-01')",
            ((f"ENT-2026-{i:04d}",) for i in range(40)))
    con.close()


def ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=20000)
    parser.add_argument("--attachments", type=int, default=50)
    args = parser.parse_args()
    from partage_desktop.platform.datadir import resolve
    from partage_desktop.services.data.database import prepare
    from partage_desktop.services.safety import backup
    from partage_desktop.store.safety.integrity import full_check, quick_check

    with tempfile.TemporaryDirectory() as tmp:
        data = resolve(tmp)
        prepare(data, "fr")
        fill(data.database, args.entries)
        data.attachments.mkdir()
        for i in range(args.attachments):
            (data.attachments / f"piece-{i}.pdf").write_bytes(os.urandom(100_000))
        start = time.perf_counter()
        info = backup.make_backup(data, "fr")
        backup_ms = ms(start)
        start = time.perf_counter()
        assert quick_check(data.database).ok
        quick_ms = ms(start)
        start = time.perf_counter()
        assert full_check(data.database).ok
        full_ms = ms(start)
        start = time.perf_counter()
        backup.restore(data, info.path, "fr")
        restore_ms = ms(start)
        print(json.dumps({
            "entries": args.entries,
            "attachments": args.attachments,
            "database_mb": round(data.database.stat().st_size / 1e6, 2),
            "backup_mb": round(info.size / 1e6, 2),
            "backup_ms": backup_ms,
            "quick_check_ms": quick_ms,
            "full_check_ms": full_ms,
            "restore_ms": restore_ms,
            "restore_target_ms": 60000,
            "meets_targets": restore_ms < 60000,
        }, indent=2))


if __name__ == "__main__":
    main()
