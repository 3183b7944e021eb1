"""``backup restore`` killed (SIGKILL) at each of its steps: the next start finishes the restore
from its journal, or — killed before the journal was written — leaves the data as it was; either
way no staged file is left behind, and ``check`` tells the truth about the attachments."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from safetydata import add_rows, counts, prepared

from partage_desktop.cli.main import main
from partage_desktop.platform.lock import DataFolderLock
from partage_desktop.services.data.session import close_all
from partage_desktop.services.safety import backup
from partage_desktop.store.safety.backup import KILL_HOOK
from partage_desktop.store.safety.restore import JOURNAL

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL (POSIX only)")
ROOT = Path(__file__).resolve().parents[2]
# in the order restore runs them; killed at the first, the restore has not happened
STEPS = ("restore-journal", "restore-sidecars", "restore-database", "restore-attachments-aside",
         "restore-attachments-in", "restore-cleanup")


def _attach(data, entry_id: int, name: str, content: bytes) -> None:
    data.attachments.mkdir(exist_ok=True)
    (data.attachments / name).write_bytes(content)
    con = sqlite3.connect(data.database)
    with con:
        con.execute("INSERT INTO attachment (entry_id, original_name, stored_name, size_bytes, created_at) "
                    "VALUES (?, ?, ?, ?, '2026-11-02')", (entry_id, name, name, len(content)))
    con.close()


def _cli(data_dir: Path, *args: str, kill_at: str = "") -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    env.pop(KILL_HOOK, None)
    if kill_at:
        env[KILL_HOOK] = kill_at
    return subprocess.run([sys.executable, "-m", "partage_desktop", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120, env=env)


def _leftovers(data) -> list[str]:
    return sorted(p.name for p in data.root.iterdir()
                  if p.name.startswith((".restauration", ".pieces-jointes", ".verification")) or p.name == JOURNAL)


@pytest.fixture
def scene(data_dir, tmp_path):
    """The backup holds 2 agreements and photo.jpg; the data then moves on to 5 agreements and
    plan.pdf as well."""
    data = prepared(data_dir)
    add_rows(data, agreements=2, projects=1, entries=1)
    _attach(data, 1, "photo.jpg", b"\xff\xd8 photo")
    made = tmp_path / "sauvegarde.zip"
    backup.make_backup(data, "fr", out=made)
    add_rows(data, agreements=3, tag="apres")
    _attach(data, 1, "plan.pdf", b"%PDF plan")
    close_all()
    return data, made


@pytest.mark.parametrize("step", STEPS)
def test_a_restore_killed_at_any_step_is_finished_or_undone_at_the_next_start(scene, step):
    data, made = scene
    killed = _cli(data.root, "backup", "restore", str(made), kill_at=step)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    checked = _cli(data.root, "check")  # the next start
    assert checked.returncode == 0, checked.stderr + checked.stdout
    assert "intacte" in checked.stdout
    assert _leftovers(data) == []
    files = sorted(p.name for p in data.attachments.iterdir())
    if step == "restore-journal":  # killed before the journal: nothing was restored
        assert counts(data)["agreements"] == 5 and files == ["photo.jpg", "plan.pdf"]
    else:
        assert counts(data)["agreements"] == 2 and files == ["photo.jpg"]
    assert (data.attachments / "photo.jpg").read_bytes() == b"\xff\xd8 photo"


def test_a_restore_killed_midway_is_finished_by_the_next_restore_too(scene):
    data, made = scene
    assert _cli(data.root, "backup", "restore", str(made), kill_at="restore-attachments-in").returncode < 0
    assert not data.attachments.exists()  # what the old code left for good: the attachments gone
    again = _cli(data.root, "backup", "restore", str(made))
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in data.attachments.iterdir()) == ["photo.jpg"] and _leftovers(data) == []


def test_check_says_a_restore_is_unfinished_while_it_cannot_finish_it(scene, capsys):
    data, made = scene
    assert _cli(data.root, "backup", "restore", str(made), kill_at="restore-attachments-in").returncode < 0
    with DataFolderLock(data.root):  # the folder is busy (the app is open): the restore waits for it
        assert main(["--data-dir", str(data.root), "check"]) == 3
    err = capsys.readouterr().err
    assert "restauration a été interrompue" in err
    close_all()
    assert main(["--data-dir", str(data.root), "check"]) == 0
    assert _leftovers(data) == []


def test_check_reports_missing_attachments(scene, capsys):
    data, _made = scene
    (data.attachments / "plan.pdf").unlink()
    assert main(["--data-dir", str(data.root), "check"]) == 3
    err = capsys.readouterr().err
    assert "1 pièce jointe manque" in err and "plan.pdf" in err
    close_all()
    data.attachments.rename(data.root / "ailleurs")
    assert main(["--data-dir", str(data.root), "--lang", "en", "check"]) == 3
    assert "2 attachments are missing" in capsys.readouterr().err


def test_check_reports_an_emptied_or_replaced_attachment(scene, capsys):
    data, _made = scene
    assert main(["--data-dir", str(data.root), "check"]) == 0
    capsys.readouterr()
    (data.attachments / "plan.pdf").write_bytes(b"")  # emptied: no longer the size recorded
    assert main(["--data-dir", str(data.root), "check"]) == 3
    err = capsys.readouterr().err
    assert "n'a plus la taille enregistrée" in err and "plan.pdf" in err
    close_all()
    assert main(["--data-dir", str(data.root), "--lang", "en", "check"]) == 3
    assert "no longer has its recorded size" in capsys.readouterr().err


def test_a_failure_at_any_step_in_process_is_finished_at_the_next_start(scene, monkeypatch):
    """The same without a process boundary: the step raises (a disk error), the restore reports
    it, and the next preparation of the data finishes the journal."""
    import partage_desktop.store.safety.restore as staging
    from partage_desktop.services.data.database import forget_prepared, prepare

    data, made = scene

    def failing(name: str) -> None:
        if name == "restore-attachments-in":
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(staging, "_step", failing)
    with pytest.raises(Exception):  # noqa: B017, PT011 - the environment error, whichever form it takes
        backup.restore(data, made, "fr")
    assert (data.root / JOURNAL).is_file()
    monkeypatch.undo()
    close_all()
    forget_prepared()
    prepare(data, "fr")
    assert _leftovers(data) == [] and counts(data)["agreements"] == 2
    assert sorted(p.name for p in data.attachments.iterdir()) == ["photo.jpg"]
