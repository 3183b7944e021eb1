"""Start-up guards of the GUI: one instance per data folder, a damaged database offered its
newest intact backup, a warning for cloud-synced data folders, the automatic backup."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from partage_desktop.core.places import cloud_service
from partage_desktop.platform.datadir import DataDir
from partage_desktop.ui.app.single_instance import SingleInstance
from partage_desktop.words import t

log = logging.getLogger(__name__)


def claim_data_folder(data: DataDir, smoke: bool) -> SingleInstance | None:
    """The instance guard, or None when another Partage already has this folder open (it was
    asked to come forward, and the user was told)."""
    guard = SingleInstance(data.root)
    if guard.acquire():
        return guard
    brought = guard.ask_running_instance_to_come_forward()
    log.info("data folder already open by another instance (brought forward: %s)", brought)
    message = QCoreApplication.translate(
        "StartupSafety", "Partage is already open on this data folder. Its window has been brought "
        "to the front; use that one.") if brought else QCoreApplication.translate(
        "StartupSafety", "Partage is already open on this data folder (perhaps by another user of "
        "this computer). Close it first, then start Partage again.")
    if smoke:
        print(message)
    else:
        QMessageBox.information(None, "Partage", message)
    return None


def offer_restore(damaged: Any, data: DataDir, lang: str, smoke: bool) -> bool:
    """A damaged database: explain, offer the newest intact backup, a backup file from anywhere,
    or a fresh start with the damaged file kept aside. True when the data is usable again; False
    when the user chose to quit (or in a smoke test, where nobody can answer)."""
    if smoke:
        return False
    from partage_desktop.ui.app.startup_recovery import (  # deferred: not needed at start-up
        resolve_damaged,
    )

    return resolve_damaged(damaged, data, lang)


def warn_if_cloud(data: DataDir, lang: str, smoke: bool) -> None:
    service = cloud_service(data.root)
    if service is None:
        return
    message = QCoreApplication.translate(
        "StartupSafety", "Your Partage data folder (%1) is inside a folder synchronized by %2. Such tools "
        "copy files while Partage is writing them and can damage your data.\n\nAsk whoever helps you "
        "with Partage to move the data folder out of it. The synchronized folder is a good place for "
        "backups instead: choose it as backup folder in File → Settings.").replace(
        "%1", str(data.root)).replace("%2", service)
    log.warning("data folder in a synchronized folder: %s", data.root)
    if not smoke:
        QMessageBox.warning(None, "Partage", message)


def offer_restore_when_data_is_missing(data: DataDir, lang: str, smoke: bool) -> bool:
    """No database in the folder but backups beside it (a file deleted by mistake, a new PC with
    the USB key of backups): offer the newest intact one. True when it was restored."""
    if smoke or data.database.exists():
        return False
    from partage_desktop.services.safety import backup  # deferred: not needed at start-up

    good = backup.newest_good_backup(data)
    if good is None:
        return False
    text = QCoreApplication.translate(
        "StartupSafety", "There is no data in this folder, but there is a backup of %1 (%2).\n\nRestore it "
        "now? Choose No to start with empty data; the backup stays available in File → Restore a backup.")
    text = (text.replace("%1", backup.when_text(good.created_at, lang))
            .replace("%2", t("backup_counts", lang, **backup.counted(good.label_counts, lang))))
    answer = QMessageBox.question(None, "Partage", text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        backup.restore(data, good.path, lang)
    finally:
        QApplication.restoreOverrideCursor()
    return True
