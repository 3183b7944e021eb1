"""Our logo, chosen once in the Organizations section and printed at the top of our agreements."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services import changes
from partage_desktop.services.organizations import logo as service
from partage_desktop.ui.app.changes import follow
from partage_desktop.words import say_error
from partage_desktop.words.system_errors import reason as os_reason

MAX_SIDE = 600  # pixels: plenty for a 3.4 cm wide logo printed at 300 dpi


def as_png(image: QImage) -> bytes:
    """The image scaled down to MAX_SIDE and saved as PNG (any format Qt reads is accepted)."""
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.12 refuses bytes here, though its stubs ask for them
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


class LogoBox(QGroupBox):
    def __init__(self, data: DataDir, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Our logo (optional)"))
        self.setObjectName("organizations-logo")
        self.data = data
        self.lang = lang
        layout = QHBoxLayout(self)
        self.preview = QLabel()
        self.preview.setObjectName("organizations-logo-preview")
        self.preview.setFixedSize(140, 80)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #9aa9b8; background: white;")
        layout.addWidget(self.preview)
        column = QVBoxLayout()
        hint = QLabel(self.tr("Printed at the top of the agreements you draft from now on."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        buttons = QHBoxLayout()
        self.choose = QPushButton(self.tr("&Choose a logo…"))
        self.choose.setObjectName("action:choose-logo")
        self.choose.clicked.connect(self.choose_file)
        self.remove = QPushButton(self.tr("Re&move the logo"))
        self.remove.setObjectName("action:remove-logo")
        self.remove.clicked.connect(self.remove_logo)
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("organizations-logo-message")
        self.message.setWordWrap(True)
        column.addWidget(self.message)
        layout.addLayout(column, 1)
        # a backup restored or the demo data loaded may bring another logo
        self.follower = follow(self, data, (changes.ORGANIZATIONS,), self._data_changed)
        self.refresh()

    def _data_changed(self, change: changes.Change) -> None:
        if change.ids.get("logo") or change.touches(changes.EVERYTHING):
            self.refresh()

    def refresh(self) -> None:
        self.follower.read()
        content = service.own_logo(self.data)
        if content:
            pixmap = QPixmap()
            pixmap.loadFromData(QByteArray(content))
            self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        else:
            self.preview.clear()
            self.preview.setText(self.tr("No logo"))
        self.remove.setEnabled(bool(content))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp)"))
        if path:
            self.use_file(path)

    def use_file(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            self.message.setText(self.tr("This file is not an image Partage can read; choose a PNG or JPEG file."))
            return False
        content = as_png(image)
        try:
            service.set_own_logo(self.data, content, self.lang)
        except (UserInputError, OSError) as exc:
            self.message.setText(say_error(exc, self.lang) if isinstance(exc, UserInputError)
                                 else os_reason(exc, self.lang))
            return False
        self.message.setText(self.tr("Logo saved (%1 KB). New agreements will print it.")
                             .replace("%1", str(max(1, len(content) // 1024))))
        self.refresh()
        return True

    def remove_logo(self) -> None:
        service.clear_own_logo(self.data)
        self.message.setText(self.tr("Logo removed."))
        self.refresh()

