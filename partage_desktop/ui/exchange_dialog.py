"""File → Send to a partner… (an agreement as a .partage file) and File → Import an exchange
file… (a preview of what will be added or updated, then the import). Disk and database work runs
on the window's TaskRunner."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..datadir import DataDir
from .tasks import TaskRunner


class SendDialog(QDialog):
    """Choose the agreement to send; the file is saved, then the user attaches it to an email."""

    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner, agreements: list[dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send-dialog")
        self.setWindowTitle(self.tr("Send to a partner"))
        self.resize(680, 380)
        self.data, self.lang, self.tasks, self.agreements = data, lang, tasks, agreements
        self.saved: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose the agreement to send. Partage saves it, with all its versions, in an exchange "
            "file (.partage) that you attach to an email or copy to a USB key. Your partner imports it "
            "with File → Import an exchange file."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setObjectName("send:list")
        self.list.setAccessibleName(self.tr("Agreements"))
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Reference"), self.tr("Title"), self.tr("Versions")])
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for item in agreements:
            row = QTreeWidgetItem([item["ref"], item["title"], str(item["versions"])])
            self.list.addTopLevelItem(row)
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("There is no agreement to send yet."))
        self.empty.setVisible(not agreements)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("&Save the exchange file…"))
        self.save_button.setObjectName("send:save")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(lambda: self.save_button.setEnabled(bool(self.list.selectedItems())))
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)

    def save(self) -> None:
        from ..services import exchange

        item = self.list.currentItem()
        if item is None or self.tasks.busy:
            return
        reference = item.text(0)
        suggested = str(Path.home() / f"{reference}.partage")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the exchange file"), suggested,
                                                self.tr("Partage exchange files (*.partage)"))
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix != ".partage":
            out = out.with_name(out.name + ".partage")
        data, lang = self.data, self.lang
        self.save_button.setEnabled(False)
        self.tasks.run(lambda: exchange.export_agreement(data, reference, out, lang),
                       lambda summary: self._saved(out, summary), self._failed)

    def _saved(self, out: Path, summary: dict[str, Any]) -> None:
        self.saved = out
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Send to a partner"), self.tr(
            "The exchange file is saved:\n%1\n\nAttach it to an email to your partner organization, "
            "or copy it to a USB key.").replace("%1", str(out)), parent=self)
        mail = box.addButton(self.tr("&Write an email"), QMessageBox.ButtonRole.ActionRole)
        folder = box.addButton(self.tr("Show the &folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is mail:
            subject = self.tr("Agreement %1 (Partage exchange file)").replace("%1", summary["ref"])
            body = self.tr("Hello,\n\nAttached is the exchange file of agreement %1. Import it in Partage "
                           "with File → Import an exchange file.\n\nFile to attach: %2\n").replace(
                "%1", summary["ref"]).replace("%2", str(out))
            QDesktopServices.openUrl(QUrl(f"mailto:?subject={quote(subject)}&body={quote(body)}"))
        elif box.clickedButton() is folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out.parent)))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from .safety_menu import explain_failure

        self.save_button.setEnabled(True)
        explain_failure(self, exc, self.lang, self.tr("Send to a partner"))


class ImportPreviewDialog(QDialog):
    """What the file will add or update; nothing is written before Import is clicked."""

    def __init__(self, lines: list[str], parent: QWidget | None = None) -> None:
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("import:confirm")
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)


def start_import(window: Any, path: Path | None = None) -> None:
    """Ask for a file (unless given, e.g. double-clicked on the desktop), preview it off the UI
    thread, confirm, import off the UI thread."""
    from ..services import exchange
    from .safety_menu import explain_failure

    title = QCoreApplication.translate("ImportPreviewDialog", "Import an exchange file")
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(window, title, str(Path.home()), QCoreApplication.translate(
            "SendDialog", "Partage exchange files (*.partage)"))
        if not chosen:
            return
        path = Path(chosen)
    data, lang = window.data, window.lang

    def previewed(plan: Any) -> None:
        dialog = ImportPreviewDialog(plan.lines(lang, dry_run=True), window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        window.tasks.run(lambda: exchange.import_file(data, path, lang), imported,
                         lambda exc: explain_failure(window, exc, lang, title))

    def imported(plan: Any) -> None:
        QMessageBox.information(window, title, "\n".join(plan.lines(lang, dry_run=False)))
        refresh = getattr(window, "refresh_home", None)
        if refresh is not None:
            refresh()

    window.tasks.run(lambda: exchange.preview_import(data, path, lang), previewed,
                     lambda exc: explain_failure(window, exc, lang, title))
