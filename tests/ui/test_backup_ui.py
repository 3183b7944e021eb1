"""Backup now, Restore…, Check the data, one instance per folder, damaged data at start."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from safetydata import add_rows, counts, damage, prepared

from partage_desktop.services.data.session import close_all
from partage_desktop.services.safety import backup
from partage_desktop.ui.safety.backup_dialog import RestoreDialog
from partage_desktop.words import say_error


def test_file_menu_has_the_safety_actions(window):
    for name in ("action:backup-now", "action:restore", "action:check-database"):
        assert window.findChild(QAction, name) is not None
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    start = texts.index("&Sauvegarder maintenant")
    assert texts[start:start + 3] == ["&Sauvegarder maintenant", "&Restaurer une sauvegarde…", "Vérifier &les données"]


def test_backup_now_runs_off_the_ui_thread_and_says_what_it_saved(window, qtbot):
    add_rows(window.data, agreements=2, projects=1, entries=3)
    window.findChild(QAction, "action:backup-now").trigger()
    qtbot.waitUntil(lambda: "Sauvegarde enregistrée" in window.statusBar().currentMessage(), timeout=10000)
    assert "2 ententes, 1 projet, 3 entrées de journal" in window.statusBar().currentMessage()
    assert len(backup.list_backups(window.data)) == 1


def test_backup_failure_on_a_full_disk_says_what_to_do(window, qtbot, monkeypatch):
    import partage_desktop.store.safety.backup as store

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "create_in_folder", full)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    window.findChild(QAction, "action:backup-now").trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "Le disque est plein" in shown[0] and "Libérez de l'espace" in shown[0]


def test_restore_dialog_lists_backups_and_restores_the_chosen_one(window, qtbot, monkeypatch):
    data = window.data
    add_rows(data, agreements=1, entries=2)
    older = backup.make_backup(data, "fr", thin_folder=False)
    add_rows(data, agreements=4, tag="n")
    backup.make_backup(data, "fr", thin_folder=False)
    restored = []
    dialog = RestoreDialog(data, "fr", window.tasks, lambda: restored.append(True), window)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 2
    assert dialog.list.topLevelItem(0).text(2) == "5"  # newest first, with its counts
    assert dialog.list.topLevelItem(1).text(2) == "1" and dialog.list.topLevelItem(1).text(4) == "2"
    assert dialog.list.topLevelItem(1).text(1) == "manuelle"
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(restored), timeout=10000)
    assert "sauvegardées d'abord" in asked[0]
    assert counts(data)["agreements"] == 1
    # the state before the restore was kept, and is offered in the list
    assert any(b.reason == "avant-restauration" and b.counts["agreements"] == 5 for b in backup.list_backups(data))
    assert older.path.exists()


def test_restore_from_the_menu_restarts_on_the_restored_data(window, qtbot, monkeypatch):
    backup.make_backup(window.data, "fr")
    restarted = []
    window.safety.restart = lambda: restarted.append(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)

    def drive(dialog):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(restarted), timeout=10000)
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", drive)
    window.findChild(QAction, "action:restore").trigger()
    assert restarted


def test_empty_restore_dialog_teaches(qtbot, data_dir, window):
    dialog = RestoreDialog(window.data, "fr", window.tasks, lambda: None)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert dialog.empty.isVisibleTo(dialog) and "Aucune sauvegarde" in dialog.empty.text()


def test_check_the_data_on_demand(window, qtbot, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    window.findChild(QAction, "action:check-database").trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert "intactes" in said[0]


def test_check_the_data_on_damaged_data_leads_to_restore(window, qtbot, monkeypatch):
    add_rows(window.data, agreements=30)
    close_all()
    damage(window.data.database)
    warned, opened = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(window.safety, "open_restore", lambda: opened.append(True))
    window.findChild(QAction, "action:check-database").trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert "endommagées" in warned[0]


def test_an_unexpected_error_gets_the_friendly_bug_dialog(window, monkeypatch):
    from partage_desktop.ui.app import errors
    from partage_desktop.ui.safety import menu as safety_menu

    shown = []
    monkeypatch.setattr(errors, "show_unexpected_error", lambda log_file, parent=None: shown.append(log_file))
    safety_menu.explain_failure(window, ZeroDivisionError("bug"), "fr", "Sauvegarde")
    assert shown and shown[0].name == "partage.log"


def test_second_instance_brings_the_first_forward(qtbot, data_dir):
    from partage_desktop.ui.app.single_instance import SingleInstance

    first = SingleInstance(data_dir)
    assert first.acquire()
    second = SingleInstance(data_dir)
    assert not second.acquire(wait_seconds=0)
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert second.ask_running_instance_to_come_forward()
    first.release()
    assert second.acquire(wait_seconds=0)
    second.release()


def test_damaged_data_at_start_offers_the_newest_good_backup(qtbot, data_dir, monkeypatch):
    from partage_desktop.services.data.database import DatabaseDamaged, prepare
    from partage_desktop.ui.app.startup_safety import offer_restore

    data = prepared(data_dir)
    add_rows(data, agreements=30)
    backup.make_backup(data, "fr")
    close_all()
    damage(data.database)
    with pytest.raises(DatabaseDamaged) as info:
        prepare(data, "fr")
    assert info.value.backup is not None
    assert "30 ententes" in say_error(info.value, "fr")

    seen = []

    def click_restore(box):
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == "&Restaurer cette sauvegarde").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    assert offer_restore(info.value, data, "fr", smoke=False)
    assert "30 ententes" in seen[0] and "mises de côté, pas effacées" in seen[0]
    prepare(data, "fr")
    assert counts(data)["agreements"] == 30


def test_deleted_database_is_offered_yesterdays_backup_at_start(qtbot, data_dir, monkeypatch):
    from partage_desktop.ui.app.startup_safety import offer_restore_when_data_is_missing

    data = prepared(data_dir)
    add_rows(data, agreements=4, projects=1, entries=12)
    backup.make_backup(data, "fr")
    close_all()
    for path in list(data_dir.iterdir()):
        if path.name.startswith("partage.sqlite3"):
            path.unlink()  # the mistake
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    assert offer_restore_when_data_is_missing(data, "fr", smoke=False)
    assert "4 ententes, 1 projet, 12 entrées de journal" in asked[0]
    assert counts(data) == {"agreements": 4, "projects": 1, "entries": 12, "organizations": 0}
    # with data present, nothing is asked
    assert not offer_restore_when_data_is_missing(data, "fr", smoke=False)
    assert len(asked) == 1


def test_an_environment_error_anywhere_in_the_gui_says_what_to_do(qtbot, data_dir, monkeypatch):
    import sys

    from partage_desktop.ui.app import errors

    old_hook = sys.excepthook
    warned, bug = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(errors, "show_unexpected_error", lambda *a, **k: bug.append(a))
    try:
        errors.install_excepthook(data_dir / "partage.log", "fr", smoke=False)
        try:
            raise OSError(errno.EROFS, "Read-only file system", str(data_dir / "x.pdf"))
        except OSError:
            sys.excepthook(*sys.exc_info())
        assert warned and "lecture seule" in warned[0] and not bug
        try:
            raise KeyError("bug")
        except KeyError:
            sys.excepthook(*sys.exc_info())
        assert bug
    finally:
        sys.excepthook = old_hook


def test_backup_now_says_when_the_usb_key_is_missing(window, qtbot, monkeypatch, tmp_path):
    from partage_desktop.platform.settings import Settings

    blocker = tmp_path / "E-drive"
    blocker.write_text("not a folder")
    Settings(backup_dir=str(blocker / "Partage")).save(window.data.settings_file)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window.findChild(QAction, "action:backup-now").trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=10000)
    assert "clé USB retirée" in warned[0]
    assert len(backup.list_backups(window.data)) == 1  # made in the data folder all the same


def test_cloud_synced_data_folder_gets_a_warning_at_start(qtbot, tmp_path, monkeypatch):
    from partage_desktop.platform.datadir import resolve
    from partage_desktop.ui.app.startup_safety import warn_if_cloud

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    warn_if_cloud(resolve(str(tmp_path / "OneDrive - CAB" / "Partage")), "fr", smoke=False)
    warn_if_cloud(resolve(str(tmp_path / "Documents" / "Partage")), "fr", smoke=False)
    assert len(shown) == 1 and "synchronisé par OneDrive" in shown[0]


def test_home_warns_when_backing_up_has_stopped(window, qtbot, monkeypatch):
    """The automatic backup fails day after day (a full or missing backup folder): the home
    screen's "Needs attention" says so, first, until a backup is made again."""
    from datetime import datetime, timedelta

    import partage_desktop.store.safety.backup as store

    add_rows(window.data, agreements=1)
    old = store.create_in_folder(window.data.database, None, window.data.backups, "auto",
                                 now=datetime.now() - timedelta(days=6), data_id=backup.data_id(window.data))
    add_rows(window.data, agreements=1, tag="b")  # changed since that backup

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "create_in_folder", full)
    window.show_section("section:home")
    window.safety.start_auto_backup()
    reminders = window.findChild(object, "home-reminders")
    qtbot.waitUntil(lambda: reminders.count() > 0 and "Aucune sauvegarde automatique" in reminders.item(0).text(),
                    timeout=10000)
    assert "depuis 6 jours" in reminders.item(0).text() and reminders.isVisible()
    window.refresh_home()  # a refresh of the home screen keeps the warning
    assert "Aucune sauvegarde automatique" in reminders.item(0).text()
    monkeypatch.undo()
    old.path.unlink()
    window.safety.start_auto_backup()  # the next automatic backup works: the warning goes
    qtbot.waitUntil(lambda: reminders.count() == 0 or "Aucune sauvegarde" not in reminders.item(0).text(),
                    timeout=10000)
