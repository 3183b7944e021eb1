"""Damaged or unusable data at start: the window user gets buttons, never a command to type —
restore the newest backup, restore a backup file from anywhere, put the damaged file aside and
start afresh (kept, never deleted), choose another data folder, or quit quietly."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from safetydata import add_rows, counts, damage, prepared

from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.data.database import DatabaseDamaged, prepare
from partage_desktop.services.data.session import close_all
from partage_desktop.services.safety import backup
from partage_desktop.ui.app import i18n
from partage_desktop.ui.app.startup_recovery import choose_other_folder, resolve_damaged
from partage_desktop.words import say_error


@pytest.fixture
def french(qapp):
    i18n.install(qapp, "fr")
    yield
    close_all()


class Boxes:
    """Every message box shown: its text and buttons; clicks the buttons named in ``script``."""

    def __init__(self, monkeypatch, script):
        self.script, self.seen, self.told = list(script), [], []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.exec(box))
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a, **k: self.told.append(text))
        monkeypatch.setattr(QMessageBox, "question", self.question)

    def exec(self, box):
        self.seen.append((box.text(), [b.text() for b in box.buttons()]))
        wanted = self.script.pop(0)
        next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    def question(self, _parent, _title, text, *a, **k):
        self.told.append(text)
        return QMessageBox.StandardButton.Yes


def damaged_folder(data_dir, with_backup):
    data = prepared(data_dir)
    add_rows(data, agreements=3)
    if with_backup:
        backup.make_backup(data, "fr")
    close_all()
    damage(data.database)
    with pytest.raises(DatabaseDamaged) as info:
        prepare(data, "fr")
    return data, info.value


def test_quit_on_damaged_data_ends_the_start_with_no_command_to_type(french, data_dir, monkeypatch):
    from partage_desktop.ui.app.startup import run_gui

    data, _ = damaged_folder(data_dir, with_backup=True)
    before = data.database.read_bytes()
    boxes = Boxes(monkeypatch, ["&Quitter"])
    monkeypatch.setenv("PARTAGE_NO_FIRST_RUN", "1")
    assert run_gui(data, "fr") == 3
    assert len(boxes.seen) == 1 and not boxes.told  # no second dialog
    text, buttons = boxes.seen[0]
    assert "partage-desktop" not in text and "--data-dir" not in text
    assert sorted(b for b in buttons if "détails" not in b) == sorted(["&Restaurer cette sauvegarde", "Restaurer une &sauvegarde…",
                                      "Mettre le fichier endommagé de côté et repartir à &neuf", "&Quitter"])
    assert data.database.read_bytes() == before


def test_no_backup_here_but_one_on_a_usb_key(french, data_dir, tmp_path, monkeypatch):
    data, damaged = damaged_folder(data_dir, with_backup=False)
    assert damaged.backup is None
    usb = tmp_path / "cle-usb"
    usb.mkdir()
    other = prepared(tmp_path / "autre-poste")
    add_rows(other, agreements=7)
    on_key = backup.make_backup(other, "fr", out=usb / "sauvegarde.zip")
    not_a_backup = usb / "photo.zip"
    not_a_backup.write_bytes(b"GIF89a")
    picked = iter([str(not_a_backup), str(on_key.path)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (next(picked), ""))
    boxes = Boxes(monkeypatch, ["Restaurer une &sauvegarde…", "Restaurer une &sauvegarde…"])

    assert resolve_damaged(damaged, data, "fr")
    text, buttons = boxes.seen[0]
    assert "Aucune sauvegarde intacte" in text and "partage-desktop" not in text
    assert "&Restaurer cette sauvegarde" not in buttons and "&Quitter" in buttons
    assert "n'est pas une sauvegarde de Partage" in boxes.told[0]  # the wrong file: said, then asked again
    assert "Restaurer la sauvegarde du" in boxes.told[1] and "7 ententes" in boxes.told[1]
    prepare(data, "fr")
    assert counts(data)["agreements"] == 7
    assert list(data_dir.glob("partage-endommagee-*.sqlite3"))  # the damaged one kept aside


def test_start_afresh_keeps_the_damaged_file_aside(french, data_dir, monkeypatch):
    data, damaged = damaged_folder(data_dir, with_backup=False)
    before = data.database.read_bytes()
    boxes = Boxes(monkeypatch, ["Mettre le fichier endommagé de côté et repartir à &neuf"])
    assert resolve_damaged(damaged, data, "fr")
    assert "renommé et gardé" in boxes.told[0]  # asked first
    (aside,) = data_dir.glob("partage-endommagee-*.sqlite3")
    assert aside.read_bytes() == before and str(aside) in boxes.told[1]
    prepare(data, "fr")
    assert counts(data)["agreements"] == 0


def test_a_data_folder_that_cannot_be_used_offers_another(french, tmp_path, monkeypatch):
    a_file = tmp_path / "un-fichier"
    a_file.write_text("x")
    good = tmp_path / "bon-dossier"
    good.mkdir()
    chosen = iter([str(a_file), str(good)])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: next(chosen))
    boxes = Boxes(monkeypatch, ["&Choisir un autre dossier de données…"] * 2)
    assert choose_other_folder(tmp_path / "verrouille", "not_writable") == DataDir(good)
    assert "--data-dir" not in boxes.seen[0][0] and "Partage ne peut pas écrire" in boxes.seen[0][0]
    assert "non plus" in boxes.seen[1][0]
    boxes.script = ["&Quitter"]
    assert choose_other_folder(tmp_path / "verrouille", "not_writable") is None


def test_command_line_messages_name_the_data_folder_when_it_is_not_the_usual_one(data_dir):
    data, damaged = damaged_folder(data_dir, with_backup=True)
    assert f'partage-desktop --data-dir "{data_dir}" backup restore "' in say_error(damaged, "fr")
    _, no_backup = damaged_folder(data_dir.parent / "autre", with_backup=False)
    assert f'--data-dir "{data_dir.parent / "autre"}" backup restore' in say_error(no_backup, "fr")


def test_a_picked_backup_is_checked_and_described_by_its_database_before_asking(french, data_dir, tmp_path,
                                                                                 monkeypatch):
    """The confirmation quotes what the backup's database holds, not what its description claims;
    a backup whose database is damaged is refused before the question."""
    import json
    import zipfile

    data, damaged = damaged_folder(data_dir, with_backup=False)
    other = prepared(tmp_path / "autre-poste")
    add_rows(other, agreements=7)
    made = backup.make_backup(other, "fr", out=tmp_path / "vraie.zip")
    lying = tmp_path / "menteuse.zip"
    with zipfile.ZipFile(made.path) as src, zipfile.ZipFile(lying, "w") as dst:
        for name in src.namelist():
            content = src.read(name)
            if name == "backup.json":
                manifest = json.loads(content)
                manifest["counts"] = {"agreements": 999, "projects": 0, "entries": 0}
                content = json.dumps(manifest).encode()
            dst.writestr(name, content)
    broken = tmp_path / "abimee.zip"
    with zipfile.ZipFile(made.path) as src, zipfile.ZipFile(broken, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, b"pas une base SQLite" * 100 if name == "partage.sqlite3" else src.read(name))
    picked = iter([str(broken), str(lying)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (next(picked), ""))
    boxes = Boxes(monkeypatch, ["Restaurer une &sauvegarde…", "Restaurer une &sauvegarde…"])
    assert resolve_damaged(damaged, data, "fr")
    assert "endommagée" in boxes.told[0]  # the damaged one: said, nothing asked
    assert "7 ententes" in boxes.told[1] and "999" not in boxes.told[1]
    prepare(data, "fr")
    assert counts(data)["agreements"] == 7
