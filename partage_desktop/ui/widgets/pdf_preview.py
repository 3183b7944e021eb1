"""The pages of a PDF as they will print (QtPdf), with zoom; used by the wizard's preview."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QLabel, QStackedLayout, QVBoxLayout, QWidget

from partage_desktop.ui.app.sections import fit_screen


class PdfPreview(QWidget):
    """Shows PDF bytes; the previous pages stay visible while new ones are being made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf-preview")
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("pdf-preview:view")
        self.view.setAccessibleName(self.tr("Preview of the agreement as it will print"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.message = QLabel(self.tr("The preview appears here."))
        self.message.setObjectName("pdf-preview:message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        for keys, step in ((QKeySequence.StandardKey.ZoomIn, 1.15), (QKeySequence.StandardKey.ZoomOut, 1 / 1.15)):
            QShortcut(QKeySequence(keys), self, lambda s=step: self.zoom(s))

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.3, min(4.0, self.view.zoomFactor() * factor)))

    def show_pdf(self, data: bytes) -> None:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.stack.setCurrentWidget(self.view)

    def page_count(self) -> int:
        return self.document.pageCount()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        if self.document.pageCount() == 0:
            self.stack.setCurrentWidget(self.message)
        else:
            self.setToolTip(text)


class PreviewWindow(QDialog):
    """The preview beside the wizard, available on any step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview-window")
        self.setWindowTitle(self.tr("Preview"))
        self.setModal(False)
        fit_screen(self, 640, 820)
        layout = QVBoxLayout(self)
        self.preview = PdfPreview(self)
        layout.addWidget(self.preview)

    def show_pdf(self, data: bytes) -> None:
        self.preview.show_pdf(data)

    def show_message(self, text: str) -> None:
        self.preview.show_message(text)
