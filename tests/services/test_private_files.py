"""The user's data is theirs alone on a shared computer (POSIX): the data folder we create, the
database and its -wal/-shm files, the settings, backups and attachments are not readable by the
group or other accounts. A folder the user chose keeps its permissions; files the user exports
to a place of their choice keep the usual ones."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest
from safetydata import prepared

from partage_desktop.platform import atomic, datadir
from partage_desktop.services.data.session import close_all
from partage_desktop.services.journal import attachments as att
from partage_desktop.services.journal import entries as svc
from partage_desktop.services.organizations.address_book import OrganizationData, save_organization
from partage_desktop.services.safety import backup

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Windows: permissions come from the user's profile folder")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def private(path: Path) -> bool:
    return mode(path) & 0o077 == 0


@pytest.fixture
def open_umask():
    """The usual office umask (files 0644 by default), whatever the test runner's."""
    old = os.umask(0o022)
    yield
    os.umask(old)
    close_all()


def _with_an_entry_and_attachment(data: datadir.DataDir, tmp_path: Path) -> att.AttachmentData:
    save_organization(data, OrganizationData(legal_name="Maison de la Famille", is_own=True))
    project = svc.save_project(data, svc.ProjectData(name="Camion partagé", start_date=date(2026, 3, 1)))
    entry = svc.save_entry(data, svc.EntryData(project_id=project.id, title="Réunion",
                                               entry_date=date(2026, 4, 2)))
    source = tmp_path / "procès-verbal.pdf"
    source.write_bytes(b"%PDF-1.4 contenu")
    os.chmod(source, 0o644)
    return att.add_attachment(data, entry.id, source)


def test_a_fresh_data_folder_its_database_backups_and_attachments_are_private(tmp_path, open_umask):
    root = tmp_path / "profil" / "Partage"
    data = datadir.resolve(str(root))
    datadir.ensure_writable(data)
    assert mode(root) == 0o700
    data = prepared(root)
    assert private(data.database)
    attachment = _with_an_entry_and_attachment(data, tmp_path)
    for suffix in ("-wal", "-shm"):  # the app's open database: SQLite gives them the database's mode
        side = Path(f"{data.database}{suffix}")
        assert side.exists() and private(side), suffix
    assert mode(data.attachments) == 0o700
    assert private(att.attachment_path(data, attachment))
    info = backup.make_backup(data, "fr")
    assert private(info.path)
    assert mode(data.backups) == 0o700
    assert private(data.settings_file)  # written when the backup recorded the folder's identity


def test_a_backup_saved_elsewhere_and_a_restore_stay_private(tmp_path, open_umask):
    data = prepared(tmp_path / "donnees")
    _with_an_entry_and_attachment(data, tmp_path)
    elsewhere = tmp_path / "cle-usb"
    elsewhere.mkdir()
    info = backup.make_backup(data, "fr", out=elsewhere / "copie.zip")
    assert private(info.path)
    close_all()
    backup.restore(data, info.path, "fr")
    close_all()
    assert private(data.database)
    files = [p for p in data.attachments.rglob("*") if p.is_file()]
    assert files and all(private(p) for p in files)
    assert private(data.attachments)


def test_a_folder_the_user_chose_keeps_its_permissions(tmp_path, open_umask):
    root = tmp_path / "dossier-partage"
    root.mkdir()
    os.chmod(root, 0o755)
    data = datadir.resolve(str(root))
    datadir.ensure_writable(data)
    data = prepared(root)
    assert mode(root) == 0o755
    assert private(data.database)  # what we create inside is still ours alone


def test_exports_to_a_place_the_user_chose_keep_the_usual_permissions(tmp_path, open_umask):
    report = tmp_path / "rapport.csv"
    atomic.write_text(report, "contenu")
    assert mode(report) == 0o666 & ~atomic._umask()
    kept = tmp_path / "parametres.json"
    atomic.write_text(kept, "{}", private=True)
    assert mode(kept) == 0o600


def test_a_data_file_the_user_opened_up_keeps_their_permissions(tmp_path, open_umask):
    path = tmp_path / "parametres.json"
    atomic.write_text(path, "{}", private=True)
    os.chmod(path, 0o640)  # shared with the office's group on purpose
    atomic.write_text(path, '{"lang": "en"}', private=True)
    assert mode(path) == 0o640
