"""What the signing dialogs share: a file field with its Choose button, the busy cursor while the
worker runs, and a password's strength in plain words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QPushButton, QWidget

MIN_PASSWORD = 8  # the same rule as the key service (services/signing/keys.py)


class FileField(QWidget):
    """A path typed or chosen with the button next to it."""

    def __init__(self, name: str, accessible: str, choose_text: str, choose: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.edit.setAccessibleName(accessible)
        self.button = QPushButton(choose_text)
        self.button.setObjectName(f"{name}-choose")
        self.button.setAccessibleName(f"{choose_text.replace('&', '')} — {accessible}")
        self._choose = choose
        self.button.clicked.connect(self._clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def _clicked(self) -> None:
        chosen = self._choose()
        if chosen:
            self.edit.setText(chosen)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


class BusyCursor:
    """The wait cursor from ``start()`` until ``stop()`` (each called once)."""

    def __init__(self) -> None:
        self.on = False

    def start(self) -> None:
        if not self.on:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.on = True

    def stop(self) -> None:
        if self.on:
            QApplication.restoreOverrideCursor()
            self.on = False


def strength(password: str) -> tuple[int, str]:
    """0 (refused) to 3 (strong), and what to tell the person."""
    translate = QCoreApplication.translate
    if not password:
        return 0, translate("Signing", "At least %1 characters. A sentence of a few words is easy to remember.") \
            .replace("%1", str(MIN_PASSWORD))
    if len(password) < MIN_PASSWORD:
        return 0, translate("Signing", "Too short: at least %1 characters.").replace("%1", str(MIN_PASSWORD))
    kinds = sum(any(test(ch) for ch in password) for test in (str.islower, str.isupper, str.isdigit,
                                                                lambda ch: not ch.isalnum()))
    if len(password) >= 16 or (len(password) >= 12 and kinds >= 3):
        return 3, translate("Signing", "Strong password.")
    if len(password) >= 12 or kinds >= 3:
        return 2, translate("Signing", "Fair password. Longer is better: add a word or two.")
    return 1, translate("Signing", "Weak password: make it longer, or mix words, digits and signs.")
