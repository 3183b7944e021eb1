"""The challenges named in the guides, offered as tags on a difficulty: a menu of checkable tags
that adds each one to (or takes it out of) the entry's tags field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMenu, QToolButton, QWidget

from partage_desktop.services.journal.content import challenge_tags


def split_tags(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


class ChallengeTags(QWidget):
    """``changed`` fires after a tag was added to or removed from ``tags``."""

    changed = Signal()

    def __init__(self, tags: QLineEdit, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tags = tags
        self.button = QToolButton()
        self.button.setObjectName("journal-challenge-tags")
        self.button.setText(self.tr("Add a &challenge named in the guides"))
        self.button.setAccessibleName(self.tr("Challenges named in the guides"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.menu.setObjectName("journal-challenge-menu")
        self.actions_by_tag: dict[str, QAction] = {}
        for tag in challenge_tags(lang):
            action = self.menu.addAction(tag)
            action.setCheckable(True)
            action.setObjectName(f"challenge:{tag}")
            action.toggled.connect(lambda on, t=tag: self._toggle(t, on))
            self.actions_by_tag[tag] = action
        self.menu.aboutToShow.connect(self.sync)
        self.button.setMenu(self.menu)
        hint = QLabel(self.tr("Each challenge chosen is added to the tags, so the journal can be filtered by it."))
        hint.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(hint, 1)
        self._syncing = False

    def sync(self) -> None:
        """Check the challenges already among the entry's tags."""
        present = {t.lower() for t in split_tags(self.tags.text())}
        self._syncing = True
        for tag, action in self.actions_by_tag.items():
            action.setChecked(tag.lower() in present)
        self._syncing = False

    def _toggle(self, tag: str, on: bool) -> None:
        if self._syncing:
            return
        current = split_tags(self.tags.text())
        kept = [t for t in current if t.lower() != tag.lower()]
        if on:
            kept.append(tag)
        if kept != current:
            self.tags.setText(", ".join(kept))
            self.changed.emit()
