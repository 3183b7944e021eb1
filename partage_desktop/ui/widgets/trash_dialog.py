"""A section's trash: what was deleted, restored one by one or deleted for good after confirmation.

The Agreements section (drafts) and the journal (entries) each subclass ``TrashListDialog`` with their
own service calls and wording; the buttons, the list and the confirmation live here once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ROLE = Qt.ItemDataRole.UserRole


class TrashListDialog(QDialog):
    """The trash's list with Restore, Empty the trash… and Close; ``name`` prefixes the object names.

    A subclass says what is listed (``items``), how one comes back (``restore_one``), how the trash is
    emptied (``empty_all``) and the question asked first (``empty_question``); ``note`` is a label
    shown under the list, which ``refreshed`` may update.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changed = False

    def build(self, name: str, title: str, intro: str, list_name: str, note: QLabel, height: int) -> None:
        """Lay the dialog out (a subclass calls it once, its wording ready), then fill the list."""
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.resize(560, height)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName(f"{name}-list")
        self.list.setAccessibleName(list_name)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName(f"{name}-restore")
        self.restore_button.clicked.connect(self.restore)
        self.empty_button = QPushButton(self.tr("&Empty the trash…"))
        self.empty_button.setObjectName(f"{name}-empty")
        self.empty_button.clicked.connect(self.empty)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.refresh()

    # what a subclass says (each trash defines these; the dialog calls them)
    if TYPE_CHECKING:

        def items(self) -> Iterable[tuple[str, object]]:
            """The text and key of each row listed, most recent first."""
            ...

        def restore_one(self, key: object) -> None: ...

        def empty_question(self) -> str: ...

        def empty_all(self) -> None: ...

    def refreshed(self) -> None:
        """After the list is filled: update the note under it."""

    # the same for every trash
    def refresh(self) -> None:
        self.list.clear()
        for text, key in self.items():
            item = QListWidgetItem(text)
            item.setData(ROLE, key)
            self.list.addItem(item)
        has = self.list.count() > 0
        self.refreshed()
        self.restore_button.setEnabled(has)
        self.empty_button.setEnabled(has)
        if has:
            self.list.setCurrentRow(0)

    def restore(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.restore_one(item.data(ROLE))
            self.changed = True
            self.refresh()

    def empty(self) -> None:
        question = self.empty_question()
        if QMessageBox.question(self, self.tr("Empty the trash"), question) != QMessageBox.StandardButton.Yes:
            return
        self.empty_all()
        self.changed = True
        self.refresh()
