"""An entry's attached files: attach, open, remove (after confirmation, with Delete too) and put
back the file just removed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.journal import attachments as files
from partage_desktop.words import t
from partage_desktop.words.system_errors import reason

ROLE = Qt.ItemDataRole.UserRole


class _FileList(QListWidget):
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem() is not None:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class AttachmentList(QWidget):
    """``message`` carries what to tell the user (shown in the editor's state line)."""

    message = Signal(str)

    def __init__(self, data: DataDir, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.entry_id: int | None = None
        self._removed: files.RemovedAttachment | None = None
        self.list = _FileList()
        self.list.setObjectName("journal-attachments")
        self.list.setMaximumHeight(70)
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.itemActivated.connect(self.open_attachment)
        self.list.delete_pressed.connect(self.remove_current)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.attach_button = QPushButton(self.tr("Attach a &file…"))
        self.attach_button.setObjectName("journal-attach")
        self.attach_button.clicked.connect(self.choose_attachment)
        self.remove_button = QPushButton(self.tr("Re&move the file…"))
        self.remove_button.setObjectName("journal-attachment-remove")
        self.remove_button.setToolTip(self.tr("Removes the selected file from the entry (key: Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        self.undo_button = QPushButton(self.tr("&Put the file back"))
        self.undo_button.setObjectName("journal-attachment-undo")
        self.undo_button.clicked.connect(self.put_back)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.attach_button, self.remove_button, self.undo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.show_entry(None)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt API
        self.list.setAccessibleName(name)

    def show_entry(self, entry_id: int | None) -> None:
        if entry_id != self.entry_id:
            self.forget_removed()
        self.entry_id = entry_id
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.entry_id is not None:
            for a in files.list_attachments(self.data, self.entry_id):
                item = QListWidgetItem(a.original_name)
                item.setData(ROLE, a)
                self.list.addItem(item)
        self._enable()

    def _enable(self) -> None:
        self.attach_button.setEnabled(self.entry_id is not None)
        self.remove_button.setEnabled(self.list.currentItem() is not None)
        self.undo_button.setVisible(self._removed is not None)

    def forget_removed(self) -> None:
        """The removed file can no longer be put back: its copy set aside is deleted."""
        if self._removed is not None:
            files.discard_removed(self._removed)
            self._removed = None

    # --- actions

    def choose_attachment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.attach(path)

    def attach(self, path: str) -> bool:
        if self.entry_id is None:
            return False
        try:
            files.add_attachment(self.data, self.entry_id, Path(path))
        except files.AttachmentError as exc:  # the service's code, worded by the catalogue
            known = ("missing", "not_a_file", "too_big", "unreadable", "no_space")
            code = f"attachment_{exc.reason if exc.reason in known else 'unreadable'}"
            self.message.emit(t(code, _lang(), name=Path(path).name))
            return False
        self.refresh()
        self.message.emit(self.tr("File attached: %1").replace("%1", Path(path).name))
        return True

    def open_attachment(self, item: QListWidgetItem) -> None:
        try:
            path = files.attachment_path(self.data, item.data(ROLE))
        except files.AttachmentError:
            self.message.emit(self.tr("The copy of this file is missing from the data folder."))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        attachment: files.AttachmentData = item.data(ROLE)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove the file"),
                          self.tr("Remove “%1” from this entry? The copy kept in the journal is deleted; "
                                  "the original file, wherever it is, is not touched.")
                          .replace("%1", attachment.original_name), parent=self)
        box.setObjectName("journal-attachment-confirm")
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("confirm-remove")
        keep = box.addButton(self.tr("&Keep"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("confirm-keep")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is not remove:
            return
        self.forget_removed()
        try:
            self._removed = files.remove_attachment_for_now(self.data, attachment)
        except OSError as exc:
            self.message.emit(self.tr("“%1” could not be removed: %2. Close it in the other program, then try "
                                      "again.").replace("%1", attachment.original_name)
                              .replace("%2", _reason(exc)))
            return
        self.refresh()
        self.message.emit(self.tr("“%1” was removed from the entry.").replace("%1", attachment.original_name))

    def put_back(self) -> None:
        removed, self._removed = self._removed, None
        if removed is None:
            return
        try:
            files.put_back(self.data, removed)
        except (files.AttachmentError, OSError):
            self.message.emit(self.tr("The file could not be put back."))
        else:
            self.message.emit(self.tr("“%1” is attached again.").replace("%1", removed.original_name))
        self.refresh()


def _lang() -> str:
    """The app's language (set as Qt's default locale)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def _reason(exc: OSError) -> str:
    """The system's reason in the app's language."""
    return reason(exc, _lang())
