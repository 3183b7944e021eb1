"""File → Send to a partner… (an agreement or a project as a .partage file) and File → Import an exchange
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
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.safe_names import safe_file_name
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.exchange import (
    agreements as exchange,
)
from partage_desktop.services.exchange import files as exchange_files
from partage_desktop.services.exchange import (
    project as exchange_project,
)
from partage_desktop.services.exchange.agreements import NOTHING_TO_DO
from partage_desktop.ui.app.errors import explain_failure
from partage_desktop.ui.widgets.import_preview import ImportPreviewDialog
from partage_desktop.ui.widgets.save_files import choose_save_path
from partage_desktop.ui.widgets.tasks import TaskRunner
from partage_desktop.words import t, tn


class SendDialog(QDialog):
    """Choose the agreement or the project to send; the file is saved, then the user attaches it
    to an email (the mail client opens with a prepared message when one is set up)."""

    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner, agreements: list[dict[str, Any]],
                 parent: QWidget | None = None, projects: list[dict[str, Any]] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send-dialog")
        self.setWindowTitle(self.tr("Send to a partner"))
        self.resize(720, 420)
        self.data, self.lang, self.tasks, self.agreements = data, lang, tasks, agreements
        self.projects = projects or []
        self.saved: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose the agreement or the project to send. Partage saves it in an exchange file "
            "(.partage) that you attach to an email or copy to a USB key. Your partner imports it "
            "with File → Import an exchange file."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("send:what")
        self.list = self._tree("send:list", self.tr("Agreements"),
                               [self.tr("Reference"), self.tr("Title"), self.tr("Versions")])
        for item in agreements:
            self.list.addTopLevelItem(QTreeWidgetItem([item["ref"], item["title"], str(item["versions"])]))
        self.project_list = self._tree("send:projects", self.tr("Projects"), [
            self.tr("Project"), self.tr("Entries sent"), self.tr("Private entries kept here"),
            self.tr("Agreements")])
        for item in self.projects:
            row = QTreeWidgetItem([item["name"], str(item["entries"]), str(item["private"]), str(item["agreements"])])
            row.setData(0, Qt.ItemDataRole.UserRole, item["id"])
            self.project_list.addTopLevelItem(row)
        self.tabs.addTab(self._page(self.list, self.tr("There is no agreement to send yet."), agreements),
                         self.tr("An &agreement"))
        project_hint = self.tr("A project's file carries the project, its agreements with all their versions, "
                               "and its journal entries with their attachments — except the entries marked "
                               "private, which never leave this computer.")
        self.tabs.addTab(self._page(self.project_list, self.tr("There is no project to send yet."), self.projects,
                                    project_hint), self.tr("A &project"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("&Save the exchange file…"))
        self.save_button.setObjectName("send:save")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for tree in (self.list, self.project_list):
            tree.itemSelectionChanged.connect(self._update_button)
            first = tree.topLevelItem(0)
            if first is not None:
                tree.setCurrentItem(first)
        self.tabs.currentChanged.connect(self._update_button)
        if not agreements and self.projects:
            self.tabs.setCurrentIndex(1)
        self._update_button()

    def _tree(self, name: str, accessible: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName(name)
        tree.setAccessibleName(accessible)
        tree.setRootIsDecorated(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setHeaderLabels(headers)
        tree.header().setStretchLastSection(False)
        stretch = 0 if name == "send:projects" else 1
        for column in range(len(headers)):
            tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                               else QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def _page(self, tree: QTreeWidget, empty_text: str, items: list[Any], hint: str = "") -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        if hint:
            label = QLabel(hint)
            label.setWordWrap(True)
            box.addWidget(label)
        box.addWidget(tree, 1)
        empty = QLabel(empty_text)
        empty.setVisible(not items)
        box.addWidget(empty)
        return page

    def _current_tree(self) -> QTreeWidget:
        return self.project_list if self.tabs.currentIndex() == 1 else self.list

    def _update_button(self) -> None:
        self.save_button.setEnabled(bool(self._current_tree().selectedItems()))

    def save(self) -> None:
        tree = self._current_tree()
        item = tree.currentItem()
        if item is None or self.tasks.busy:
            return
        is_project = tree is self.project_list
        label = item.text(0)
        suggested_name = safe_file_name(label, "projet") if is_project else label
        suggested = str(Path.home() / f"{suggested_name}.partage")

        chosen = choose_save_path(self, self.data, self.tr("Save the exchange file"), suggested,
                                  self.tr("Partage exchange files (*.partage)"), ".partage")
        if chosen is None:
            return
        out = chosen
        data, lang = self.data, self.lang
        self.save_button.setEnabled(False)
        if is_project:
            project_id = int(item.data(0, Qt.ItemDataRole.UserRole))
            self.tasks.run(lambda: exchange_project.export_project(data, project_id, out, lang),
                           lambda summary: self._saved(out, summary), self._failed)
        else:
            self.tasks.run(lambda: exchange.export_agreement(data, label, out, lang),
                           lambda summary: self._saved(out, summary), self._failed)

    def _saved(self, out: Path, summary: dict[str, Any]) -> None:
        self.saved = out
        text = self.tr("The exchange file is saved:\n%1\n\nAttach it to an email to your partner organization, "
                       "or copy it to a USB key.").replace("%1", str(out))
        if "project" in summary:
            text += "\n\n" + t("exchange_project_carries", self.lang,
                                entries=tn("count_journal_entries", summary["entries"], self.lang),
                                agreements=tn("count_agreements", summary["agreements"], self.lang),
                                private=tn("count_private_stays", summary["private_left_out"], self.lang))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Send to a partner"), text, parent=self)
        mail = box.addButton(self.tr("&Write an email"), QMessageBox.ButtonRole.ActionRole)
        folder = box.addButton(self.tr("Show the &folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is mail:
            self.write_email(out, summary)
        elif box.clickedButton() is folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out.parent)))
        self.accept()

    def mail_url(self, out: Path, summary: dict[str, Any]) -> QUrl:
        if "project" in summary:
            subject = self.tr("Project %1 (Partage exchange file)").replace("%1", summary["project"])
            body = self.tr("Hello,\n\nAttached is the exchange file of our project %1: its agreements and "
                           "journal entries. Import it in Partage with File → Import an exchange file."
                           "\n\nFile to attach: %2\n").replace("%1", summary["project"]).replace("%2", str(out))
        else:
            subject = self.tr("Agreement %1 (Partage exchange file)").replace("%1", summary["ref"])
            body = self.tr("Hello,\n\nAttached is the exchange file of agreement %1. Import it in Partage "
                           "with File → Import an exchange file.\n\nFile to attach: %2\n").replace(
                "%1", summary["ref"]).replace("%2", str(out))
        return QUrl(f"mailto:?subject={quote(subject)}&body={quote(body)}")

    def write_email(self, out: Path, summary: dict[str, Any]) -> None:
        """Open the mail client on a prepared message; say what to do when none is set up."""
        if not QDesktopServices.openUrl(self.mail_url(out, summary)):
            QMessageBox.information(self, self.tr("Send to a partner"), self.tr(
                "No email program is set up on this computer. Write to your partner from your usual "
                "email and attach this file:\n%1").replace("%1", str(out)))

    def _failed(self, exc: BaseException) -> None:
        self._update_button()
        explain_failure(self, exc, self.lang, self.tr("Send to a partner"))


def nothing_to_do(plan: Any) -> bool:
    """True when importing would change nothing (an agreement or a project already up to date)."""

    if getattr(plan, "action", "unchanged") != "unchanged":  # a project plan: its own verdict
        return False
    if any(c.new for c in getattr(plan, "certificates", [])):  # a certificate to add to the book is something to do
        return False
    return all(item.action in NOTHING_TO_DO for item in plan.items)


def start_import(window: Any, path: Path | None = None) -> None:
    """Ask for a file (unless given, e.g. double-clicked on the desktop), preview it off the UI
    thread, confirm, import off the UI thread."""

    title = QCoreApplication.translate("ImportPreviewDialog", "Import an exchange file")
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(window, title, str(Path.home()), QCoreApplication.translate(
            "SendDialog", "Partage exchange files (*.partage)"))
        if not chosen:
            return
        path = Path(chosen)
    data, lang = window.data, window.lang
    if exchange_files.is_offers_sheet(path):  # a partner's offers sheet goes onto the board
        from partage_desktop.ui.resources.board import (  # deferred: only when a sheet is opened
            start_sheet_import,
        )

        start_sheet_import(window, data, lang, window.tasks, path)
        return

    def previewed(plan: Any) -> None:
        dialog = ImportPreviewDialog(plan.lines(lang, dry_run=True), window, nothing_to_do(plan))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        window.tasks.run(lambda: exchange_files.import_file(data, path, lang), imported,
                         lambda exc: explain_failure(window, exc, lang, title))

    def imported(plan: Any) -> None:
        QMessageBox.information(window, title, "\n".join(plan.lines(lang, dry_run=False)))
        # every open screen shows what came in by itself (services.changes)

    window.tasks.run(lambda: exchange_files.preview_import(data, path, lang), previewed,
                     lambda exc: explain_failure(window, exc, lang, title))
