"""The project page's documents: the agreements linked to the project (latest version and its
fingerprint) and the files attached to its entries; each opens where it belongs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.agreements.lifecycle import status_label
from partage_desktop.core.formatting import format_date
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import PartageError
from partage_desktop.services.journal import attachments as files
from partage_desktop.services.journal import project_overview as service
from partage_desktop.ui.app.sections import heading
from partage_desktop.words import say_error

DATA_ROLE = Qt.ItemDataRole.UserRole


def plain_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and purposes are the user's, never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class _Documents(QTreeWidget):
    """A flat, whole-row list; double-click or Enter opens the row."""

    open_requested = Signal(object)

    def __init__(self, name: str, headers: list[str]) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setHeaderLabels(headers)
        header = self.header()  # the title (or the entry) takes the room left; the rest fits its text
        header.setStretchLastSection(False)
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.itemDoubleClicked.connect(lambda item, _c: self.open_requested.emit(item.data(0, DATA_ROLE)))
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and (current := self.currentItem()) is not None:
            self.open_requested.emit(current.data(0, DATA_ROLE))
            return True
        return super().eventFilter(watched, event)


class ProjectDocuments(QWidget):
    def __init__(self, data: DataDir, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("project-documents")
        self.data, self.lang = data, lang
        # Set by the main window: show an agreement in the Agreements section. Without it, the
        # latest version's PDF opens in the system's viewer.
        self.open_agreement: Callable[[str], None] | None = None
        self.agreements = _Documents("project-agreements", [
            self.tr("Reference"), self.tr("Title"), self.tr("Status"), self.tr("Version"), self.tr("Fingerprint")])
        self.agreements.setAccessibleName(self.tr("Linked agreements"))
        self.agreements.open_requested.connect(self._open_agreement)
        self.files = _Documents("project-files", [self.tr("File"), self.tr("Entry"), self.tr("Date")])
        self.files.setAccessibleName(self.tr("Attached files"))
        self.files.open_requested.connect(self._open_file)
        self.agreements_empty = plain_label(self.tr(
            "No linked agreement. Link one with “Edit details…”, or draft it in the Agreements section."),
            "project-agreements-empty")
        self.files_empty = plain_label(self.tr(
            "No attached file. Attach one to an entry in the Entries tab (“Attach a file…” button)."),
            "project-files-empty")
        self.message = plain_label(name="project-documents-message")
        self.message.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Agreements"), 2))
        layout.addWidget(self.agreements_empty)
        layout.addWidget(self.agreements, 1)
        layout.addWidget(heading(self.tr("Attached files"), 2))
        layout.addWidget(self.files_empty)
        layout.addWidget(self.files, 2)
        layout.addWidget(self.message)
        layout.addStretch(0)  # takes the room only when both lists are empty, under their texts
        for i in range(layout.count()):
            item = layout.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_overview(self, o: service.ProjectOverview) -> None:
        self.message.setVisible(False)
        self.agreements.clear()
        for a in o.agreements:
            version = str(a.latest_version) if a.latest_version else self.tr("none yet")
            item = QTreeWidgetItem([a.reference, a.title, status_label(a.status, self.lang), version,
                                    a.fingerprint or "—"])
            item.setToolTip(1, a.title)
            item.setData(0, DATA_ROLE, a)
            self.agreements.addTopLevelItem(item)
        self.files.clear()
        for f in o.files:
            item = QTreeWidgetItem([f.attachment.original_name, f.entry_title, format_date(f.entry_date, self.lang)])
            item.setToolTip(0, f.attachment.original_name)
            item.setToolTip(1, f.entry_title)
            item.setData(0, DATA_ROLE, f)
            self.files.addTopLevelItem(item)
        for tree, empty, count in ((self.agreements, self.agreements_empty, len(o.agreements)),
                                   (self.files, self.files_empty, len(o.files))):
            tree.setVisible(bool(count))
            empty.setVisible(not count)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def _open_agreement(self, agreement: service.LinkedAgreement | None) -> None:
        if agreement is None:
            return
        if self.open_agreement is not None:
            self.open_agreement(agreement.reference)
            return
        if agreement.latest_version is None:
            self._say(self.tr("“%1” has no exported version yet: open it in the Agreements section to finish it.")
                      .replace("%1", agreement.reference))
            return

        try:
            path = service.agreement_pdf_to_view(self.data, agreement.reference, agreement.latest_version, self.lang)
        except (PartageError, OSError) as exc:
            self._say(self.tr("The PDF of “%1” could not be opened: %2").replace("%1", agreement.reference)
                      .replace("%2", say_error(exc, self.lang)))
            return
        self._open_path(path, agreement.reference)

    def _open_file(self, file: service.ProjectFile | None) -> None:
        if file is None:
            return

        try:
            path = files.attachment_path(self.data, file.attachment)
        except files.AttachmentError:
            self._say(self.tr("The file “%1” cannot be found: its copy is gone from the data folder. Restore a "
                              "backup to get it back, or attach it again to the entry “%2”.")
                      .replace("%1", file.attachment.original_name).replace("%2", file.entry_title))
            return
        self._open_path(path, file.attachment.original_name)

    def _open_path(self, path: Any, shown_name: str) -> None:
        self.message.setVisible(False)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._say(self.tr("No program on this computer opens “%1”. The file is here: %2")
                      .replace("%1", shown_name).replace("%2", str(path)))

