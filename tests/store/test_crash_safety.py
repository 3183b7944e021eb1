"""SIGKILL at random moments while the app writes: the database stays whole and every write
reported as committed is there. PARTAGE_CRASH_KILLS=2000 runs a longer campaign by hand."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from safetydata import prepared

from partage_desktop.store.safety import backup as store

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the harness forks (POSIX only)")
KILLS = int(os.environ.get("PARTAGE_CRASH_KILLS", "60"))
WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]


def run_harness(data_dir: Path, rounds: int, seed: int, max_delay_ms: float, mode: str) -> list[str]:
    # The writer must run this checkout's code: its own folder comes first on sys.path, and an
    # installed partage_desktop (another checkout's, in editable mode) would come before this one.
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    result = subprocess.run([sys.executable, str(WRITER), str(data_dir), str(rounds), str(seed),
                             str(max_delay_ms), mode], capture_output=True, text=True, timeout=600, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])["committed"]


def test_killed_writers_never_lose_a_committed_write_nor_damage_the_database(data_dir):
    data = prepared(data_dir)
    committed = run_harness(data_dir, KILLS, seed=7, max_delay_ms=60, mode="orgs")
    assert len(committed) >= KILLS // 2  # the kills landed while writes were happening
    con = sqlite3.connect(data.database)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        present = {row[0] for row in con.execute("SELECT id FROM organization")}
    finally:
        con.close()
    missing = [i for i in committed if int(i) not in present]
    assert missing == []


def test_killed_backups_leave_only_complete_backups(data_dir):
    data = prepared(data_dir)
    (data.attachments).mkdir()
    for i in range(30):
        (data.attachments / f"piece-{i}.bin").write_bytes(os.urandom(20_000))
    reported = run_harness(data_dir, max(10, KILLS // 5), seed=11, max_delay_ms=120, mode="backup")
    names = [p.name for p in data.backups.iterdir() if store.NAME.match(p.name)]
    readable = {b.path.name for b in store.list_backups(data.backups)}
    assert set(names) == readable  # every file that looks like a backup is a complete one
    assert set(reported) & set(names) or not reported
    for info in store.list_backups(data.backups)[:3]:
        store.check_backup_database(info.path, data.root).unlink()


def test_killed_imports_leave_whole_agreements_or_none(tmp_path):
    from safetydata import add_agreement

    from partage_desktop.services.data.session import close_all
    from partage_desktop.services.exchange import agreements as exchange

    sender = prepared(tmp_path / "expediteur")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(10):
        add_agreement(sender, f"ENT-2026-{i:04d}", versions=2)
        exchange.export_agreement(sender, f"ENT-2026-{i:04d}", inbox / f"{i:04d}.partage", "fr")
    close_all()
    data = prepared(tmp_path / "donnees")
    reported = run_harness(data.root, max(6, KILLS // 10), seed=3, max_delay_ms=150, mode="import")
    assert reported  # some imports completed between the kills
    con = sqlite3.connect(data.database)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        versions = dict(con.execute("SELECT a.reference, COUNT(v.id) FROM agreement a LEFT JOIN agreement_version v "
                                    "ON v.agreement_id = a.id GROUP BY a.reference"))
    finally:
        con.close()
    assert set(reported) <= set(versions)  # every import reported done is there
    assert set(versions.values()) <= {2}  # and every agreement is whole: never half an import


def test_killed_journal_saves_leave_whole_entries_and_a_matching_search_index(data_dir):
    from partage_desktop.services.journal import entries as journal

    data = prepared(data_dir)
    journal.save_project(data, journal.ProjectData(name="Cuisine collective"))
    committed = run_harness(data_dir, max(30, KILLS // 2), seed=5, max_delay_ms=60, mode="journal")
    assert len(committed) >= KILLS // 4  # the kills landed while entries were being saved
    con = sqlite3.connect(data.database)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        entries = dict(con.execute("SELECT id, body FROM journal_entry WHERE deleted_at IS NULL"))
        tags = {row[0] for row in con.execute("SELECT entry_id FROM entry_tag WHERE tag = 'gouvernance'")}
        hours = {row[0] for row in con.execute("SELECT entry_id FROM entry_hours")}
        indexed = {row[0] for row in con.execute("SELECT rowid FROM journal_fts")}
        revised = {row[0] for row in con.execute("SELECT entry_id FROM entry_revision")}
    finally:
        con.close()
    missing = [i for i in committed if int(i) not in entries]
    assert missing == []
    for i in map(int, committed):  # every reported save is there whole: text, tags, hours, revision
        assert entries[i].endswith(" Suite.") and i in tags and i in hours and i in revised
    # every entry in the table, even one whose second save was cut short, is whole and searchable
    assert set(entries) == tags == hours == indexed


def test_killed_project_imports_leave_whole_projects_or_none(tmp_path):
    from datetime import date

    from partage_desktop.services.data.session import close_all
    from partage_desktop.services.exchange.project import export_project
    from partage_desktop.services.journal import entries as journal
    from partage_desktop.services.journal.attachments import add_attachment

    sender = prepared(tmp_path / "expediteur")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    source = tmp_path / "compte-rendu.pdf"
    source.write_bytes(os.urandom(50_000))
    for i in range(8):
        project = journal.save_project(sender, journal.ProjectData(name=f"Projet {i}"))
        for n in range(5):
            entry = journal.save_entry(sender, journal.EntryData(project_id=project.id, title=f"Entrée {i}-{n}",
                                                                 entry_date=date(2026, 2, 1 + n)))
        add_attachment(sender, entry.id, source)
        export_project(sender, project.id, inbox / f"{i:04d}.partage", "fr")
    close_all()
    data = prepared(tmp_path / "donnees")
    reported = run_harness(data.root, max(6, KILLS // 10), seed=9, max_delay_ms=150, mode="import")
    assert reported
    con = sqlite3.connect(data.database)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        projects = dict(con.execute("SELECT p.name, COUNT(e.id) FROM project p LEFT JOIN journal_entry e "
                                    "ON e.project_id = p.id GROUP BY p.name"))
        stored = [row[0] for row in con.execute("SELECT stored_name FROM attachment")]
    finally:
        con.close()
    assert set(reported) <= set(projects)  # every import reported done is there
    assert set(projects.values()) <= {5}  # and every project is whole: never half an import
    assert len(stored) == len(projects) and all((data.attachments / s).is_file() for s in stored)


def test_killed_demo_creation_leaves_no_demo_or_the_whole_demo(data_dir):
    import crash_writer

    data = prepared(data_dir)
    entries = crash_writer.DEMO_ENTRIES
    reported = run_harness(data_dir, max(6, KILLS // 10), seed=13, max_delay_ms=2500, mode="demo")
    con = sqlite3.connect(data.database)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        found = {table: con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                 for table in ("organization", "project", "agreement", "agreement_version", "journal_entry",
                               "journal_fts", "health_checkup")}
    finally:
        con.close()
    demos = found["project"] // 3
    assert demos >= len(reported)  # every demo reported done is there
    # and each is whole: never half a demo (5 organizations, 3 projects, 3 agreements each
    # with a frozen version, every entry and its search index, and 2 to 4 check-ups per project:
    # those that would fall before a project's start are not made)
    checkups = found.pop("health_checkup")
    assert found == {"organization": 5 * demos, "project": 3 * demos, "agreement": 3 * demos,
                     "agreement_version": 3 * demos, "journal_entry": entries * demos,
                     "journal_fts": entries * demos}
    con = sqlite3.connect(data.database)
    try:
        per_project = [n for (n,) in con.execute(
            "SELECT COUNT(c.id) FROM project p LEFT JOIN health_checkup c ON c.project_id = p.id GROUP BY p.id")]
    finally:
        con.close()
    assert sum(per_project) == checkups and all(2 <= n <= 4 for n in per_project), per_project
