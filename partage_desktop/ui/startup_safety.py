"""Start-up guards of the GUI: one instance per data folder, a damaged database offered its
newest intact backup, a warning for cloud-synced data folders, the automatic backup."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ..datadir import DataDir
from ..texts import t
from .single_instance import SingleInstance

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
    """A damaged database: explain, offer the newest intact backup. True when it was restored."""
    if damaged.backup is None or smoke:
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("StartupSafety", "The data is damaged"), damaged.message)
    box.setObjectName("startup:damaged")
    restore = box.addButton(QCoreApplication.translate("StartupSafety", "&Restore this backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("StartupSafety", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    from ..services import backup

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = backup.restore(data, damaged.backup.path, lang)
    finally:
        QApplication.restoreOverrideCursor()
    if result.damaged_aside:
        QMessageBox.information(None, "Partage", t("backup_damaged_aside", lang, path=result.damaged_aside))
    return True


def warn_if_cloud(data: DataDir, lang: str, smoke: bool) -> None:
    from ..core.places import cloud_service

    service = cloud_service(data.root)
    if service is None:
        return
    message = t("cloud_folder", lang, path=data.root, service=service)
    log.warning("data folder in a synchronized folder: %s", data.root)
    if not smoke:
        QMessageBox.warning(None, "Partage", message)
