"""Damaged or unusable data at start, with ways out a window user can take: restore the newest
backup, restore a backup file from anywhere (a USB key), put the damaged file aside and start
afresh, choose another data folder, or quit. The command-line instructions stay on the command line.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from partage_desktop.platform.datadir import DataDir, DataDirError, ensure_writable
from partage_desktop.platform.errors import PartageError
from partage_desktop.services.data.session import close_all
from partage_desktop.services.safety import backup
from partage_desktop.words import say_error, t
from partage_desktop.words.system_errors import describe

log = logging.getLogger(__name__)


def _busy(work: Any) -> Any:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work()
    finally:
        QApplication.restoreOverrideCursor()


def _problem_text(exc: BaseException, lang: str) -> str | None:
    """What went wrong, for the user; None for a bug (raised again)."""

    if isinstance(exc, PartageError):
        return say_error(exc, lang)
    problem = describe(exc, lang)
    return problem.message if problem is not None else None


def _restore(data: DataDir, path: Path, lang: str) -> bool:
    """Restore a backup file; False (with the reason shown) when it cannot be used."""

    def work() -> Any:
        close_all()
        return backup.restore(data, path, lang)

    try:
        result = _busy(work)
    except Exception as exc:  # noqa: BLE001 - sorted below: the user's or the computer's, else a bug
        text = _problem_text(exc, lang)
        if text is None:
            raise
        QMessageBox.warning(None, QCoreApplication.translate("StartupRecovery", "Restore a backup"), text)
        return False
    if result.damaged_aside:
        QMessageBox.information(None, "Partage", t("backup_damaged_aside", lang, path=result.damaged_aside))
    return True


def _pick_backup(data: DataDir, lang: str) -> bool:
    """A backup file chosen anywhere (USB key, another folder), checked, confirmed, restored."""

    start = backup.configured_folder(data)
    name, _ = QFileDialog.getOpenFileName(None, QCoreApplication.translate("StartupRecovery", "Choose a Partage backup"),
                                          str(start if start.is_dir() else Path.home()),
                                          QCoreApplication.translate("StartupRecovery", "Partage backups (*.zip);;All files (*)"))
    if not name:
        return False
    path = Path(name)
    try:
        info = _busy(lambda: backup.inspect_backup(data, path, lang))
    except PartageError as exc:
        QMessageBox.warning(None, QCoreApplication.translate("StartupRecovery", "Restore a backup"), _problem_text(exc, lang) or str(exc))
        return False
    question = QCoreApplication.translate("StartupRecovery", "Restore the backup of %1 (%2)?\n\n%3\n\nThe damaged data is kept aside, not deleted.")
    question = (question.replace("%1", backup.when_text(info.created_at, lang))
                .replace("%2", t("backup_counts", lang, **backup.counted(info.label_counts, lang))).replace("%3", str(path)))
    answer = QMessageBox.question(None, QCoreApplication.translate("StartupRecovery", "Restore a backup"), question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes and _restore(data, path, lang)


def _start_afresh(data: DataDir, lang: str) -> bool:
    """Rename the damaged database (kept in the data folder, never deleted), after confirmation."""
    question = QCoreApplication.translate("StartupRecovery", "Put the damaged file aside and start again with empty data?\n\nThe file is renamed and "
                   "kept in the data folder (%1), not deleted, in case it can be recovered later.")
    answer = QMessageBox.question(None, QCoreApplication.translate("StartupRecovery", "Start afresh"), question.replace("%1", str(data.root)),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return False

    close_all()
    try:
        aside = backup.put_damaged_database_aside(data)
    except OSError as exc:
        text = _problem_text(exc, lang)
        if text is None:
            raise
        QMessageBox.warning(None, QCoreApplication.translate("StartupRecovery", "Start afresh"), text)
        return False
    log.warning("damaged database put aside at the user's request: %s", aside)
    QMessageBox.information(None, "Partage", t("backup_damaged_aside", lang, path=aside))
    return True


def resolve_damaged(damaged: Any, data: DataDir, lang: str) -> bool:
    """The damaged-data dialog, until the data is usable again (True) or the user quits (False)."""

    newest = damaged.backup
    intro = QCoreApplication.translate("StartupRecovery", "Your Partage data is damaged. Partage does not open it, so as not to make things worse.")
    if newest is not None:
        text = QCoreApplication.translate("StartupRecovery", "The newest intact backup is from %1 (%2). Restore it? The damaged data is kept aside, "
                   "not deleted, in case it can be recovered.").replace(
            "%1", backup.when_text(newest.created_at, lang)).replace(
            "%2", t("backup_counts", lang, **backup.counted(newest.label_counts, lang)))
    else:
        text = QCoreApplication.translate("StartupRecovery", "No intact backup was found in the backup folder (%1). If you have one elsewhere, on a USB "
                   "key for instance, restore it. Otherwise you can put the damaged file aside and start "
                   "again with empty data: the file is kept, not deleted.").replace(
            "%1", str(backup.configured_folder(data)))
    # The technical details go to the log: a "Show details" button would crowd out the ways out.
    log.error("damaged database %s: %s (newest intact backup: %s)", data.database, damaged.detail,
              newest.path if newest else None)
    while True:
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("StartupRecovery", "The data is damaged"), f"{intro}\n\n{text}")
        box.setObjectName("startup:damaged")
        restore = (box.addButton(QCoreApplication.translate("StartupRecovery", "&Restore this backup"), QMessageBox.ButtonRole.AcceptRole)
                   if newest is not None else None)
        pick = box.addButton(QCoreApplication.translate("StartupRecovery", "Restore a &backup…"), QMessageBox.ButtonRole.ActionRole)
        afresh = box.addButton(QCoreApplication.translate("StartupRecovery", "Put the damaged file aside and start &fresh"),
                               QMessageBox.ButtonRole.ActionRole)
        quit_button = box.addButton(QCoreApplication.translate("StartupRecovery", "&Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore or pick)
        box.setEscapeButton(quit_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is None or clicked is quit_button:
            log.info("damaged data: the user chose to quit")
            return False
        if clicked is restore and newest is not None and _restore(data, newest.path, lang):
            return True
        if clicked is pick and _pick_backup(data, lang):
            return True
        if clicked is afresh and _start_afresh(data, lang):
            return True


def choose_other_folder(path: Path, reason: str) -> DataDir | None:
    """The data folder cannot be used (read-only, a file): offer to choose another for this
    session, or quit (None)."""

    if reason == "not_a_folder":
        text = QCoreApplication.translate("StartupRecovery", "Partage cannot keep its data in “%1”: it is a file, not a folder.")
    else:
        text = QCoreApplication.translate("StartupRecovery", "Partage cannot write in its data folder “%1” (read-only, locked USB key, or no "
                   "permission).")
    text = text.replace("%1", str(path)) + "\n\n" + QCoreApplication.translate("StartupRecovery",
        "Choose another folder for the data, or quit and ask whoever manages this computer for access.")
    while True:
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("StartupRecovery", "The data folder cannot be used"), text)
        box.setObjectName("startup:data-folder")
        choose = box.addButton(QCoreApplication.translate("StartupRecovery", "&Choose another data folder…"), QMessageBox.ButtonRole.AcceptRole)
        quit_button = box.addButton(QCoreApplication.translate("StartupRecovery", "&Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(choose)
        box.setEscapeButton(quit_button)
        box.exec()
        if box.clickedButton() is not choose:
            return None
        name = QFileDialog.getExistingDirectory(None, QCoreApplication.translate("StartupRecovery", "Choose a data folder"), str(Path.home()))
        if not name:
            continue
        candidate = DataDir(Path(name).absolute())
        try:
            ensure_writable(candidate)
        except DataDirError as exc:
            text = (QCoreApplication.translate("StartupRecovery", "Partage cannot write in “%1” either.").replace("%1", str(exc.path)) + "\n\n"
                    + QCoreApplication.translate("StartupRecovery", "Choose another folder for the data, or quit and ask whoever manages this "
                          "computer for access."))
            continue
        log.info("data folder chosen at start: %s", candidate.root)
        return candidate
