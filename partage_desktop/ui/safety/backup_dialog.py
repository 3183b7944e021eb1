"""Restore…: the backups with their date and what they hold; the chosen one replaces the data
after the current state is backed up, then Partage restarts on the restored data."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.data.session import close_all
from partage_desktop.services.safety import backup
from partage_desktop.ui.app.errors import explain_failure
from partage_desktop.ui.widgets.tasks import TaskRunner

if TYPE_CHECKING:
    from partage_desktop.services.safety.backup import BackupInfo


def when_text(info: BackupInfo, lang: str) -> str:
    return backup.when_text(info.created_at, lang)


class RestoreDialog(QDialog):
    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner, on_restored: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore-dialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(760, 420)
        self.data, self.lang, self.tasks, self.on_restored = data, lang, tasks, on_restored
        self.progress: QProgressDialog | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose the backup to go back to. Your current data is backed up first, so you can "
            "come back to it; then Partage restarts on the restored data."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setObjectName("restore:list")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Made"), self.tr("Agreements"),
                                   self.tr("Projects"), self.tr("Journal entries")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr(
            "No backup yet. Partage makes one automatically every day you use it; you can also "
            "make one now with File → Backup now."))
        self.empty.setObjectName("restore:empty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore this backup"))
        self.restore_button.setObjectName("restore:restore")
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(False)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.confirm_and_restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.list.selectedItems())))
        self.list.itemDoubleClicked.connect(lambda *_: self.confirm_and_restore())
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        self.backups = backup.list_backups(self.data)
        for info, when in zip(self.backups, backup.when_texts(self.backups, self.lang), strict=True):
            counts = info.label_counts
            item = QTreeWidgetItem([when, backup.reason_text(info.reason, self.lang),
                                    str(counts["agreements"]), str(counts["projects"]), str(counts["entries"])])
            for column in (2, 3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(info.path))
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addTopLevelItem(item)
        self.list.setVisible(bool(self.backups))
        self.empty.setVisible(not self.backups)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
            self.list.setFocus()
        self.folder.setText(self.tr("Backup folder: %1").replace("%1", str(backup.configured_folder(self.data))))

    def selected(self) -> BackupInfo | None:
        current = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(current) if current is not None else -1
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def confirm_and_restore(self) -> None:
        info = self.selected()
        if info is None or self.tasks.busy:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr("Replace your current data with the backup of %1?\n\nYour current data is "
                    "backed up first. Partage then restarts.").replace("%1", when_text(info, self.lang)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.progress = QProgressDialog(self.tr("Restoring the backup…"), "", 0, 0, self)
        self.progress.setObjectName("restore:progress")
        self.progress.setCancelButton(None)  # half a restore is never left behind: no cancel
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        self.restore_button.setEnabled(False)
        data, lang, path = self.data, self.lang, info.path

        def work() -> backup.RestoreResult:
            close_all()  # on the worker thread: no database work can be running now
            return backup.restore(data, path, lang)

        self.tasks.run(work, self._restored, self._failed)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _restored(self, _result: backup.RestoreResult) -> None:
        self._close_progress()
        self.accept()
        self.on_restored()

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self.restore_button.setEnabled(True)
        explain_failure(self, exc, self.lang, self.tr("Restore a backup"))
        self.reload()
