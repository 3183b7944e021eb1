"""File menu entries for data safety (Backup now, Restore…, Check the data) and the automatic
backup at start. All disk work runs on the window's TaskRunner, never on the UI thread."""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QObject, QProcess, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QProgressDialog

from partage_desktop.services.data.database import full_check
from partage_desktop.ui.app.errors import explain_failure
from partage_desktop.words import say_error, t

log = logging.getLogger(__name__)


def restart_app() -> None:
    """Start a new Partage with the same arguments, then quit this one."""
    arguments = list(sys.argv[1:])
    if getattr(sys, "frozen", False):
        QProcess.startDetached(sys.executable, arguments)
    else:
        QProcess.startDetached(sys.executable, ["-m", "partage_desktop", *arguments])
    QApplication.quit()


class SafetyActions(QObject):
    """Installed on the main window; ``restart`` is what happens after a restore (tests replace it)."""

    def __init__(self, window: Any, menu: QMenu, before: QAction | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.restart = restart_app
        self.progress: QProgressDialog | None = None
        self.backup_action = self._action(self.tr("&Backup now"), "action:backup-now", self.backup_now)
        self.restore_action = self._action(self.tr("&Restore a backup…"), "action:restore", self.open_restore)
        self.check_action = self._action(self.tr("&Check the data"), "action:check-database", self.check_database)
        self.send_action = self._action(self.tr("S&end to a partner…"), "action:exchange-export", self.send)
        self.import_action = self._action(self.tr("&Import an exchange file…"), "action:exchange-import",
                                          self.import_exchange)
        for group in ((self.backup_action, self.restore_action, self.check_action),
                      (self.send_action, self.import_action)):
            separator = QAction(self)
            separator.setSeparator(True)
            for action in (*group, separator):
                menu.insertAction(before, action) if before is not None else menu.addAction(action)

    def _action(self, text: str, name: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _busy(self, text: str) -> None:
        self.progress = QProgressDialog(text, "", 0, 0, self.window)
        self.progress.setObjectName("safety:progress")
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setValue(0)

    def _done(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def backup_now(self) -> None:
        from partage_desktop.services.safety import backup  # deferred: not needed at start-up

        data, lang = self.window.data, self.window.lang
        self._busy(self.tr("Backing up your data…"))
        self.window.tasks.run(lambda: backup.make_backup(data, lang, "manuelle"), self._backed_up,
                              lambda exc: self._failed(exc, self.tr("Backup")))

    def _backed_up(self, info: Any) -> None:
        from partage_desktop.services.safety.backup import (  # deferred: not needed at start-up
            configured_folder,
            counted,
        )

        self._done()
        wanted = configured_folder(self.window.data)
        if info.path.parent != wanted:  # the chosen folder (a USB key?) was not there
            QMessageBox.warning(self.window, self.tr("Backup"), t(
                "backup_folder_unavailable", self.window.lang, folder=wanted, fallback=info.path.parent))
        self.window.statusBar().showMessage(self.tr("Backup saved: %1 — %2").replace(
            "%1", t("backup_counts", self.window.lang, **counted(info.label_counts, self.window.lang))).replace("%2", str(info.path)))

    def _failed(self, exc: BaseException, title: str) -> None:
        self._done()
        explain_failure(self.window, exc, self.window.lang, title)

    def open_restore(self) -> None:
        from partage_desktop.ui.safety.backup_dialog import (  # deferred: not needed at start-up
            RestoreDialog,
        )

        dialog = RestoreDialog(self.window.data, self.window.lang, self.window.tasks, self._after_restore,
                               self.window)
        dialog.exec()

    def _after_restore(self) -> None:
        QMessageBox.information(self.window, self.tr("Restore a backup"), self.tr(
            "The backup was restored. Partage now restarts on the restored data."))
        release = getattr(self.window, "release_instance", None)
        if release is not None:
            release()  # the new process must be able to take the data folder's lock
        self.restart()

    def send(self) -> None:
        from partage_desktop.services.agreements.listing import (  # deferred: not needed at start-up
            list_agreements,
        )
        from partage_desktop.services.exchange.project import (  # deferred: not needed at start-up
            projects_to_send,
        )

        data = self.window.data
        self.window.tasks.run(lambda: (list_agreements(data), projects_to_send(data)), self._choose_what,
                              lambda exc: self._failed(exc, self.tr("Send to a partner")))

    def _choose_what(self, found: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        from partage_desktop.ui.safety.exchange_dialog import (  # deferred: not needed at start-up
            SendDialog,
        )

        agreements, projects = found
        SendDialog(self.window.data, self.window.lang, self.window.tasks, agreements, self.window,
                   projects=projects).exec()

    def import_exchange(self) -> None:
        from partage_desktop.ui.safety.exchange_dialog import (  # deferred: not needed at start-up
            start_import,
        )

        start_import(self.window)

    def check_database(self) -> None:
        data, lang = self.window.data, self.window.lang
        self._busy(self.tr("Checking your data…"))
        self.window.tasks.run(lambda: full_check(data, lang), self._checked,
                              lambda exc: self._failed(exc, self.tr("Check the data")))

    def _checked(self, result: tuple[bool, str, str]) -> None:
        self._done()
        ok, _message, detail = result
        if ok:
            QMessageBox.information(self.window, self.tr("Check the data"), self.tr(
                "Your data is intact: the full check found no problem."))
            return
        answer = QMessageBox.warning(
            self.window, self.tr("Check the data"),
            self.tr("Your data is damaged (%1). Keep working as little as possible and restore a "
                    "backup: your current data is backed up first, so nothing more is lost.\n\n"
                    "Choose a backup now?").replace("%1", detail),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.open_restore()

    def start_auto_backup(self) -> None:
        """At start, off the UI thread: a backup if the last one is more than a day old."""
        from partage_desktop.services.safety import backup  # deferred: not needed at start-up

        data, lang = self.window.data, self.window.lang

        def work() -> tuple[Any, str | None]:
            try:
                info = backup.auto_backup_if_due(data, lang)
            except Exception as exc:  # noqa: BLE001 - said below, and backing up has then stopped
                log.warning("automatic backup failed: %s", exc)
                return exc, backup.backup_warning(data, lang)
            return info, backup.backup_warning(data, lang)

        def done(result: tuple[Any, str | None]) -> None:
            info, warning = result
            self.window.home.set_backup_warning(warning)
            if isinstance(info, BaseException):
                self.window.statusBar().showMessage(self.tr(
                    "The automatic backup could not be made: %1").replace("%1", str(info)))
            elif info is not None:
                self.window.statusBar().showMessage(self.tr("Automatic backup made: %1").replace(
                    "%1", str(info.path)), 10000)
            elif warning:
                self.window.statusBar().showMessage(warning)

        def failed(exc: BaseException) -> None:
            log.warning("automatic backup failed: %s", exc)
            self.window.statusBar().showMessage(self.tr(
                "The automatic backup could not be made: %1").replace("%1", say_error(exc, self.window.lang)))

        self.window.tasks.run(work, done, failed)
