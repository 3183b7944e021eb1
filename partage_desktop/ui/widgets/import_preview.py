"""The preview of an import (an exchange file, a partner's offers sheet): what it will add or
update; nothing is written before Import is clicked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ImportPreviewDialog(QDialog):
    """What the file will add or update; nothing is written before Import is clicked."""

    def __init__(self, lines: list[str], parent: QWidget | None = None, nothing_to_do: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("import-preview")
        self.setWindowTitle(self.tr("Import an exchange file"))
        self.resize(640, 300)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Here is what the import will do. Nothing has been written yet; a backup "
                               "is made before the import."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.preview = QPlainTextEdit("\n".join(lines))
        self.preview.setObjectName("import:preview")
        self.preview.setAccessibleName(self.tr("Preview of the import"))
        self.preview.setReadOnly(True)
        layout.addWidget(self.preview, 1)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("import:confirm")
        if nothing_to_do:
            # everything in the file is already here: closing is the one thing to do
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
            self.close_button.setObjectName("import:close")
            self.import_button.setEnabled(False)
            self.import_button.setAutoDefault(False)
            self.import_button.hide()
            default = self.close_button
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            default = self.import_button
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        default.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        default.setFocus(Qt.FocusReason.OtherFocusReason)
