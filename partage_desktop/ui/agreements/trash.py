"""The Agreements section's trash: deleted drafts, restored one by one or deleted for good."""

from __future__ import annotations

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

from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.agreements import trash as service
from partage_desktop.ui.app.i18n import format_date

ROLE = Qt.ItemDataRole.UserRole


class AgreementTrashDialog(QDialog):
    """Drafts moved to the trash: restore one, or empty the trash for good (after confirmation)."""

    def __init__(self, data: DataDir, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreements-trash")
        self.setWindowTitle(self.tr("Deleted drafts"))
        self.resize(560, 360)
        self.data, self.lang = data, lang
        self.changed = False
        self.restored: list[str] = []
        intro = QLabel(self.tr("Deleted drafts stay here %1 days, then are deleted for good.")
                       .replace("%1", str(service.TRASH_DAYS)))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("agreements-trash-list")
        self.list.setAccessibleName(self.tr("Drafts in the trash"))
        self.list.setWordWrap(True)
        self.empty_note = QLabel(self.tr("The trash is empty."))
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("agreements-trash-restore")
        self.restore_button.clicked.connect(self.restore)
        self.empty_button = QPushButton(self.tr("&Empty the trash…"))
        self.empty_button.setObjectName("agreements-trash-empty")
        self.empty_button.clicked.connect(self.empty)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for draft in service.trashed_drafts(self.data):
            names = ", ".join(n for n in draft.parties if n and n != "—") or "—"
            text = self.tr("%1 — %2 (%3), deleted on %4").replace("%1", draft.reference) \
                .replace("%2", draft.title or "—").replace("%3", names) \
                .replace("%4", format_date(draft.deleted_at.date(), self.lang))
            item = QListWidgetItem(text)
            item.setData(ROLE, draft.reference)
            self.list.addItem(item)
        has = self.list.count() > 0
        self.empty_note.setVisible(not has)
        self.restore_button.setEnabled(has)
        self.empty_button.setEnabled(has)
        if has:
            self.list.setCurrentRow(0)

    def restore(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            service.restore_draft(self.data, item.data(ROLE))
            self.restored.append(item.data(ROLE))
            self.changed = True
            self.refresh()

    def empty(self) -> None:
        n = self.list.count()
        question = self.tr("Delete the draft in the trash for good? This cannot be undone.") if n == 1 else \
            self.tr("Delete the %1 drafts in the trash for good? This cannot be undone.").replace("%1", str(n))
        if QMessageBox.question(self, self.tr("Empty the trash"), question) != QMessageBox.StandardButton.Yes:
            return
        service.empty_trash(self.data)
        self.changed = True
        self.refresh()
