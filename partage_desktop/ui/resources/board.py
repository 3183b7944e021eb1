"""The Resources section's Board tab: partners' offers and needs from the sheets they sent, read
only, with who sent them and the sheet's date; filters by side, category, region and words; a
detail with photos. Buttons export our own sheet (.partage for partners or PDF to print), import
a partner's sheet (preview first, then confirmation) and take a partner's sheet off the board."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.folding import fold, strip_accents
from partage_desktop.core.formatting import format_date
from partage_desktop.core.resources.words import words_of
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services import changes
from partage_desktop.services.resources import board as service
from partage_desktop.ui.app.changes import follow
from partage_desktop.ui.app.errors import explain_failure
from partage_desktop.ui.widgets.import_preview import ImportPreviewDialog
from partage_desktop.ui.widgets.tasks import TaskRunner
from partage_desktop.words import t

PHOTO_HEIGHT = 96


def _folded(text: str) -> str:
    return strip_accents(fold(text)).lower()


class BoardTab(QWidget):
    make_agreement = Signal(dict)  # {"board_item_id": id, "organization_id": id or absent}

    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.lang, self.tasks = data, lang, tasks
        self.entries: list[service.BoardEntry] = []
        self.haystacks: list[str] = []
        self.sheets: list[service.SheetView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)

        actions = QHBoxLayout()
        self.import_button = self._button(self.tr("&Import a partner's sheet…"), "board:import", self.import_sheet)
        self.export_button = self._button(self.tr("E&xport our sheet…"), "board:export", self.export_sheet)
        self.remove_button = self._button(self.tr("Re&move this partner's sheet"), "board:remove", self.remove_sheet)
        self.agreement_button = self._button(self.tr("Make an a&greement"), "board:make-agreement",
                                             self._make_agreement)
        self.search = QLineEdit()
        self.search.setObjectName("board:search")
        self.search.setPlaceholderText(self.tr("Search the board"))
        self.search.setAccessibleName(self.tr("Search the board"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self._filter)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.search, 1)
        layout.addLayout(actions)

        filters = QHBoxLayout()
        self.side = self._combo("board:side", self.tr("Show"))
        self.side.addItem(self.tr("Offers and needs"), None)
        self.side.addItem(self.tr("Offers"), "offer")
        self.side.addItem(self.tr("Needs"), "need")
        self.category = self._combo("board:category", self.tr("Category"))
        self.region = self._combo("board:region", self.tr("Region"))
        for widget, label in ((self.side, self.tr("&Show:")), (self.category, self.tr("Ca&tegory:")),
                              (self.region, self.tr("&Region:"))):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 1)
        layout.addLayout(filters)

        self.empty = QLabel(self.tr(
            "No partner's sheet on the board yet. When a partner organization sends you its offers sheet "
            "(a .partage file), click “Import a partner's sheet…”: its offers and needs appear here, with "
            "their date. Send yours with “Export our sheet…”."))
        self.empty.setObjectName("board:empty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        splitter = QSplitter()
        self.list = QTreeWidget()
        self.list.setObjectName("board:list")
        self.list.setAccessibleName(self.tr("Partners' offers and needs"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Side"), self.tr("Title"), self.tr("Partner"), self.tr("Sheet of")])
        header = self.list.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(2, 130)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        splitter.addWidget(self.list)

        side = QWidget()
        detail_box = QVBoxLayout(side)
        detail_box.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser()
        self.detail.setObjectName("board:detail")
        self.detail.setAccessibleName(self.tr("Details of the offer or need"))
        self.detail.setOpenLinks(False)
        detail_box.addWidget(self.detail, 1)
        self.photos = QWidget()
        self.photos.setObjectName("board:photos")
        self.photo_row = QHBoxLayout(self.photos)
        self.photo_row.setContentsMargins(0, 0, 0, 0)
        self.photo_row.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self.photos)
        scroll.setWidgetResizable(True)
        scroll.setFixedHeight(PHOTO_HEIGHT + 24)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.photo_scroll = scroll
        detail_box.addWidget(scroll)
        item_actions = QHBoxLayout()
        item_actions.addWidget(self.agreement_button)
        item_actions.addStretch(1)
        item_actions.addWidget(self.remove_button)
        detail_box.addLayout(item_actions)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.splitter = splitter

        for combo in (self.side, self.category, self.region):
            combo.currentIndexChanged.connect(self._filter)
        self.follower = follow(self, data, (changes.RESOURCES,), lambda _change: self.reload())
        self.loaded_once = False  # read when first shown: opening the window costs nothing

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self.loaded_once:
            self.reload()

    # ---------------------------------------------------------------- building

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    # ---------------------------------------------------------------- reading

    def reload(self) -> None:
        self.loaded_once = True
        self.follower.read()
        data, lang = self.data, self.lang
        self.tasks.run(lambda: (service.list_board(data, lang), service.list_sheets(data)), self._loaded,
                       lambda exc: explain_failure(self, exc, lang, self.tr("Board")))

    def _loaded(self, result: tuple[list[service.BoardEntry], list[service.SheetView]]) -> None:
        current = self._current()
        keep = current.key if current else None
        self.entries, self.sheets = result
        # what the search box compares, folded once per load rather than at every key typed
        self.haystacks = [" ".join(words_of(e.title, e.other_names, e.description, e.category_label, e.sender_name,
                                            e.mrc, e.region_name)) + " " + e.words for e in self.entries]
        self._fill_combo(self.category, self.tr("All categories"),
                         sorted({(e.category, e.category_label) for e in self.entries if e.category},
                                key=lambda c: _folded(c[1])))
        self._fill_combo(self.region, self.tr("All regions"),
                         sorted({(e.region, e.region_name) for e in self.entries if e.region}))
        self._filter(keep=keep)

    def _fill_combo(self, combo: QComboBox, everything: str, choices: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for code, label in choices:
            combo.addItem(label or code, code)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _matches(self, n: int, entry: service.BoardEntry, words: list[str]) -> bool:
        if self.side.currentData() not in (None, entry.side):
            return False
        if self.category.currentData() not in (None, entry.category):
            return False
        if self.region.currentData() not in (None, entry.region):
            return False
        if not words:
            return True
        return all(word in self.haystacks[n] for word in words)

    def _filter(self, *_args: Any, keep: str | None = None) -> None:
        if keep is None:
            current = self._current()
            keep = current.key if current else None
        typed = self.search.text()
        words = words_of(typed) or _folded(typed).split()  # the board's folding: plurals, accents, capitals
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for n, entry in enumerate(self.entries):
            if not self._matches(n, entry, words):
                continue
            row = QTreeWidgetItem([entry.side_label, entry.title, entry.sender_name,
                                   format_date(entry.issued_at.date(), self.lang)])
            row.setToolTip(1, f"{entry.title} — {entry.category_label}")
            row.setToolTip(2, entry.sender_name)
            row.setData(0, Qt.ItemDataRole.UserRole, n)
            self.list.addTopLevelItem(row)
            if entry.key == keep:
                chosen = row
        self.list.blockSignals(False)
        if chosen is None:
            chosen = self.list.topLevelItem(0)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self.empty.setVisible(not self.entries)
        self._show_current()

    def _current(self) -> service.BoardEntry | None:
        row = self.list.currentItem()
        if row is None:
            return None
        index = row.data(0, Qt.ItemDataRole.UserRole)
        return self.entries[index] if isinstance(index, int) and index < len(self.entries) else None

    def _show_current(self) -> None:
        entry = self._current()
        self.remove_button.setEnabled(entry is not None)
        self.agreement_button.setEnabled(entry is not None)
        self._clear_photos()
        if entry is None:
            self.detail.setHtml("<p>{}</p>".format(escape(self.tr("Choose an offer or a need to see it here.")))
                                if self.entries else "")
            return
        self.detail.setHtml(self._html(entry))
        if entry.photo_ids:
            data, ids, key = self.data, entry.photo_ids, entry.key
            self.tasks.run(lambda: [service.photo_bytes(data, i) for i in ids],
                           lambda photos: self._show_photos(key, photos))

    def _html(self, entry: service.BoardEntry) -> str:
        sep = t("label_separator", self.lang)
        what = " · ".join(x for x in (entry.side_label, entry.kind_label, entry.category_label) if x)
        parts = [f"<h3>{escape(entry.title)}</h3>", f"<p><i>{escape(what)}</i></p>"]
        if entry.other_names:
            parts.append(f"<p>{escape(entry.other_names)}</p>")
        sender = self.tr("From %1, sheet of %2").replace("%1", entry.sender_name).replace(
            "%2", format_date(entry.issued_at.date(), self.lang))
        parts.append(f"<p><b>{escape(sender)}</b></p>")
        if entry.sender_contact:
            parts.append("<p>" + "<br/>".join(escape(line) for line in entry.sender_contact.splitlines()) + "</p>")
        if entry.description:
            parts.append("<p>" + escape(entry.description).replace("\n", "<br/>") + "</p>")
        facts = service.entry_facts(entry, self.lang)
        parts.append("<p>" + "<br/>".join(f"<b>{escape(k)}</b>{escape(sep)}{escape(v).replace(chr(10), '<br/>')}"
                                          for k, v in facts) + "</p>")
        return "".join(parts)

    def _clear_photos(self) -> None:
        while self.photo_row.count() > 1:
            item = self.photo_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.photo_scroll.setVisible(False)

    def _show_photos(self, key: str, photos: list[bytes]) -> None:
        current = self._current()
        if current is None or current.key != key:
            return  # another item was chosen meanwhile
        self._clear_photos()
        for n, raw in enumerate(photos):
            pixmap = QPixmap()
            if not raw or not pixmap.loadFromData(raw):
                continue
            label = QLabel()
            label.setObjectName(f"board:photo:{n}")
            label.setAccessibleName(self.tr("Photo %1 of %2").replace("%1", str(n + 1)).replace("%2", current.title))
            label.setPixmap(pixmap.scaledToHeight(PHOTO_HEIGHT, Qt.TransformationMode.SmoothTransformation))
            self.photo_row.insertWidget(self.photo_row.count() - 1, label)
        self.photo_scroll.setVisible(self.photo_row.count() > 1)

    # ---------------------------------------------------------------- actions

    def _make_agreement(self) -> None:
        entry = self._current()
        if entry is None:
            return
        origin: dict[str, Any] = {"board_item_id": entry.id}
        if entry.organization_id is not None:
            origin["organization_id"] = entry.organization_id
        self.make_agreement.emit(origin)

    def export_sheet(self) -> None:
        if self.tasks.busy:
            return
        partage = self.tr("Offers sheet for partners (*.partage)")
        pdf = self.tr("PDF to print (*.pdf)")
        suggested = str(Path.home() / (self.tr("offers-sheet") + ".partage"))
        chosen, selected = QFileDialog.getSaveFileName(self, self.tr("Export our sheet"), suggested,
                                                       f"{partage};;{pdf}")
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".partage", ".pdf"):
            path = path.with_name(path.name + (".pdf" if selected == pdf else ".partage"))
        data, lang = self.data, self.lang
        from partage_desktop.services.resources import (  # deferred: ReportLab and the archive, only on export
            sheets,
        )

        self.export_button.setEnabled(False)
        self.tasks.run(lambda: sheets.export_sheet(data, path, lang), self._exported, self._export_failed)

    def _exported(self, summary: Any) -> None:
        self.export_button.setEnabled(True)
        if summary.format == "pdf":
            text = self.tr("Our sheet is saved as a PDF to print:\n%1").replace("%1", str(summary.out))
        else:
            text = self.tr("Our sheet is saved:\n%1\n\nSend it to your partner organizations by email or on a USB "
                           "key; they import it with “Import a partner's sheet…”.").replace("%1", str(summary.out))
        text += "\n\n" + self.tr("Offers: %1 · Needs: %2 · Photos: %3").replace("%1", str(summary.offers)).replace(
            "%2", str(summary.needs)).replace("%3", str(summary.photos))
        QMessageBox.information(self, self.tr("Export our sheet"), text)

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        explain_failure(self, exc, self.lang, self.tr("Export our sheet"))

    def import_sheet(self) -> None:
        start_sheet_import(self, self.data, self.lang, self.tasks)

    def remove_sheet(self) -> None:
        entry = self._current()
        if entry is None or self.tasks.busy:
            return
        count = sum(1 for e in self.entries if e.sheet_id == entry.sheet_id)
        answer = QMessageBox.question(
            self, self.tr("Remove this partner's sheet"),
            self.tr("Take the sheet of %1 (%2 offers and needs) off the board? Nothing of ours changes; you can "
                    "import the sheet again later.").replace("%1", entry.sender_name).replace("%2", str(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        data, sheet_id, lang = self.data, entry.sheet_id, self.lang
        self.tasks.run(lambda: service.remove_sheet(data, sheet_id), lambda _name: self.reload(),
                       lambda exc: explain_failure(self, exc, lang, self.tr("Remove this partner's sheet")))


def start_sheet_import(parent: QWidget, data: DataDir, lang: str, tasks: TaskRunner, path: Path | None = None) -> None:
    """Ask for a partner's sheet (unless given: File › Open, a double-clicked file), preview it off
    the UI thread, confirm, import off the UI thread. Nothing is written before the confirmation."""
    from partage_desktop.services.resources import (
        sheets,  # deferred: the archive's checks, only on import
    )

    title = QCoreApplication.translate("BoardTab", "Import a partner's sheet")
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), QCoreApplication.translate(
            "BoardTab", "Offers sheet for partners (*.partage)"))
        if not chosen:
            return
        path = Path(chosen)

    def previewed(plan: Any) -> None:
        dialog = ImportPreviewDialog(plan.lines(lang, dry_run=True), parent, plan.changes_nothing)
        dialog.setObjectName("sheet-preview")
        dialog.setWindowTitle(title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        tasks.run(lambda: sheets.import_sheet(data, path, lang), imported,
                  lambda exc: explain_failure(parent, exc, lang, title))

    def imported(plan: Any) -> None:
        QMessageBox.information(parent, title, "\n".join(plan.lines(lang, dry_run=False)))
        show_section = getattr(parent, "show_section", None)  # from File › Open: show the board it went to
        show_tab = getattr(parent.findChild(QWidget, "section:resources"), "show_tab", None)
        if show_section is not None and show_tab is not None:
            show_section("section:resources")
            show_tab("resources-tab:board")

    tasks.run(lambda: sheets.preview_sheet(data, path), previewed, lambda exc: explain_failure(parent, exc, lang, title))
