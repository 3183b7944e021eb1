"""After the export: where the PDF went, what to do with it now, and what comes next."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ExportDoneDialog(QDialog):
    """``version`` is the ExportedVersion just written to ``target``."""

    def __init__(self, target: Path, version: Any, lang: str, parent: QWidget | None = None,
                 amendment: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("export-done")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.target, self.version, self.lang = target, version, lang
        self.setWindowTitle(self.tr("The PDF is ready"))
        layout = QVBoxLayout(self)
        said = QLabel((self.tr("Version %1 of amendment %2 was saved here:") if amendment else
                       self.tr("Version %1 of agreement %2 was saved here:"))
                      .replace("%1", str(version.number)).replace("%2", version.reference))
        said.setWordWrap(True)
        layout.addWidget(said)
        where = QLabel(str(target))
        where.setObjectName("export-done:path")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = where.font()
        font.setBold(True)
        where.setFont(font)
        layout.addWidget(where)
        row = QHBoxLayout()
        for name, text, slot in (("export-done:open", self.tr("&Open"), self.open_pdf),
                                 ("export-done:print", self.tr("&Print…"), self.print_pdf),
                                 ("export-done:folder", self.tr("Show in &folder"), self.show_folder)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        following = QLabel(self.tr(
            "Next: print the amendment and have it signed by each party's representative. Then, in "
            "Agreements, select it and click “Mark as signed…” to record the date and keep the scanned "
            "copy. It is already listed there as ready to sign.") if amendment else self.tr(
            "Next: print it and have it signed by each party's representative. Then, in Agreements, "
            "select it and click “Mark as signed…” to record the date and keep the scanned copy. "
            "It is already listed there as ready to sign."))
        following.setObjectName("export-done:next")
        following.setWordWrap(True)
        layout.addWidget(following)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("export-done:close")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.resize(520, self.sizeHint().height())

    def _open(self, url: QUrl) -> None:
        if not QDesktopServices.openUrl(url):
            QMessageBox.warning(self, self.tr("Nothing opened"), self.tr(
                "No program on this computer opened “%1”. Open the folder yourself: %2")
                .replace("%1", url.toLocalFile()).replace("%2", str(self.target.parent)))

    def open_pdf(self) -> None:
        self._open(QUrl.fromLocalFile(str(self.target)))

    def show_folder(self) -> None:
        self._open(QUrl.fromLocalFile(str(self.target.parent)))

    def print_pdf(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from partage_desktop.ui.widgets.printing import (  # deferred: QtPrintSupport, only when needed
            print_pdf_pages,
        )

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("print-dialog")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if print_pdf_pages(self.version.pdf, printer) == 0:
            QMessageBox.warning(self, self.tr("Nothing was printed"),
                                self.tr("The printer could not be started. Check that it is on and try again."))
