"""The Agreements section: the list (sortable, filtered, searched) and the chosen agreement's life."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services import changes
from partage_desktop.ui.agreements.files import AgreementFiles
from partage_desktop.ui.agreements.lawyer import LawyerActions
from partage_desktop.ui.agreements.model import (
    END,
    PARTIES,
    REF,
    ROW_ROLE,
    TITLE,
    AgreementsFilter,
    AgreementsModel,
)
from partage_desktop.ui.app import i18n
from partage_desktop.ui.app.changes import follow
from partage_desktop.ui.app.sections import heading, scrolled
from partage_desktop.ui.signing.actions import SigningActions
from partage_desktop.ui.widgets import plain_text
from partage_desktop.ui.widgets.tasks import TaskRunner
from partage_desktop.words import say_error

NUMBER_ROLE = Qt.ItemDataRole.UserRole


class AgreementsSection(QWidget):
    new_agreement = Signal()
    open_in_wizard = Signal(str)  # reference
    used = Signal(str)  # reference of an agreement saved as PDF or printed (for the recent ones)
    draft_trashed = Signal(str)  # reference: a wizard open on it closes
    answers_replaced = Signal(str)  # reference: the lawyer's corrections come in, a wizard open on it closes

    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section:agreements")
        self.data, self.lang, self.tasks = data, lang, tasks
        self.loaded = False
        self.details: Any = None
        self.files = AgreementFiles(self)
        self.signing = SigningActions(self)
        self.lawyer = LawyerActions(self)
        self._build_actions()
        self.model = AgreementsModel(lang, self)
        self.proxy = AgreementsFilter(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Agreements")), 1)
        self.new_button = QPushButton(self.tr("&Create an agreement"))
        self.new_button.setObjectName("agreements-new")
        self.new_button.clicked.connect(self.new_agreement.emit)
        top.addWidget(self.new_button)
        for action in (self.verify_action, self.ics_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            top.addWidget(button)
        trash = QPushButton(self.tr("T&rash…"))
        trash.setObjectName("agreements-open-trash")
        trash.setToolTip(self.tr("Deleted drafts, to restore"))
        trash.clicked.connect(self.open_trash)
        top.addWidget(trash)
        layout.addLayout(top)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._empty_page())
        self.pages.addWidget(self._list_page())
        layout.addWidget(self.pages, 1)
        # a draft saved in the wizard's window, an agreement imported, the demo data loaded…
        self.follower = follow(self, data, (changes.AGREEMENTS,), self._data_changed)

    # ------------------------------------------------------------ building

    def _build_actions(self) -> None:
        def action(name: str, text: str, slot: Any, shortcut: Any = None) -> QAction:
            item = QAction(text, self)
            item.setObjectName(name)
            if shortcut is not None:
                item.setShortcut(shortcut)
                # Ctrl+S / Ctrl+P act on the agreements only while the user is in this section
                # (the guides print their article with the same keys)
                item.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(item)
            item.triggered.connect(slot)
            return item

        self.export_action = action("action:export-pdf", self.tr("&Save as PDF…"), self.files.save_pdf,
                                    QKeySequence.StandardKey.Save)
        self.print_action = action("action:print", self.tr("&Print…"), self.files.print_pdf,
                                   QKeySequence.StandardKey.Print)
        self.verify_action = action("action:verify-copy", self.tr("&Verify a copy…"), self.files.verify_copy)
        self.ics_action = action("action:export-ics", self.tr("Export the &dates (.ics)…"), self.files.export_ics)
        self.sign_action = action("action:sign-agreement", self.tr("Sign e&lectronically…"), self.signing.sign)
        self.key_action = action("action:signing-key", self.tr("Create a signing &key…"), self.signing.create_key)
        self.trust_action = action("action:trusted-certificates", self.tr("Tr&usted certificates…"),
                                   self.signing.trusted)
        self.send_lawyer_action = action("action:send-to-lawyer", self.tr("Send to a la&wyer…"), self.lawyer.send)
        self.lawyer_changes_action = action("action:lawyer-changes", self.tr("Bring in the l&awyer's corrections…"),
                                            self.lawyer.bring_in)

    def file_actions(self) -> list[QAction]:
        """For the main window's File menu."""
        return [self.export_action, self.print_action, self.verify_action, self.ics_action, self.sign_action,
                self.key_action, self.trust_action, self.send_lawyer_action, self.lawyer_changes_action]

    def _empty_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("agreements-empty")
        QVBoxLayout(page)
        return page

    def _fill_empty_page(self) -> None:
        """Built when first needed: it reads the template catalogue, which start-up does not."""
        from partage_desktop.services.agreements.catalogue import (  # deferred: not needed at start-up
            catalogue,
        )

        page = self.pages.widget(0)
        layout = page.layout() if page is not None else None
        assert layout is not None  # the first page is made with its layout, empty until now
        if layout.count():
            return
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(
            "No agreement yet. An agreement puts in writing who shares what with whom, for how long and "
            "who pays what, so that everyone knows what to expect. Partage offers these kinds of sharing, "
            "from the simple loan to the joint venture:"))
        intro.setWordWrap(True)
        box.addWidget(intro)
        grid = QGridLayout()
        for row, template in enumerate(catalogue().ordered()):
            name = QLabel(f"<b>{plain_text.html(template.title[self.lang])}</b>")
            name.setTextFormat(Qt.TextFormat.RichText)
            summary = QLabel(template.summary[self.lang])
            summary.setWordWrap(True)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(summary, row, 1)
        grid.setColumnStretch(1, 1)
        box.addLayout(grid)
        start = QPushButton(self.tr("Create an &agreement"))
        start.setObjectName("agreements-empty-new")
        start.setDefault(True)
        start.clicked.connect(self.new_agreement.emit)
        box.addWidget(start, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        layout.addWidget(content)
        content.show()  # the page may already be on screen

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        return combo

    def _list_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("agreements-search")
        self.search.setAccessibleName(self.tr("Search agreements"))
        self.search.setPlaceholderText(self.tr("Search by reference, title or partner"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.apply_filters())
        self.status_filter = self._combo("agreements-filter-status", self.tr("Status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for state in ("draft", "ready", "signed", "expired", "terminated"):
            self.status_filter.addItem(self.model.status_text(state), state)
        self.partner_filter = self._combo("agreements-filter-partner", self.tr("Partner"))
        self.kind_filter = self._combo("agreements-filter-kind", self.tr("Kind of agreement"))
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.partner_filter, 1)
        filters.addWidget(self.kind_filter, 1)
        box.addLayout(filters)

        self.table = QTableView()
        self.table.setObjectName("agreements-list")
        self.table.setAccessibleName(self.tr("Agreements"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(END, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            mode = {TITLE: QHeaderView.ResizeMode.Stretch, PARTIES: QHeaderView.ResizeMode.Interactive}.get(
                column, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(column, mode)
        header.setMinimumSectionSize(60)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # titles and party names take two lines rather than being cut after a few letters
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 10)
        # the selection, not the current row: a mouse click moves the current row first and selects
        # it afterwards, so a slot on currentRowChanged would still see no row selected
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.table.doubleClicked.connect(lambda _: self.open_current())
        self.table.installEventFilter(self)  # Enter opens the agreement, like a double click
        self.table.viewport().installEventFilter(self)  # its width shares room between the columns
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(scrolled(self._details_pane(), "agreement-details-scroll", keep_width=True))  # fits a short window
        splitter.setSizes([800, 340])
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        box.addWidget(splitter, 1)
        self.no_match = QLabel(self.tr("No agreement matches these filters."))
        self.no_match.setObjectName("agreements-no-match")
        box.addWidget(self.no_match)
        for combo in (self.status_filter, self.partner_filter, self.kind_filter):
            combo.currentIndexChanged.connect(lambda _: self.apply_filters())
        return page

    def _details_pane(self) -> QWidget:
        pane = QWidget()
        pane.setObjectName("agreement-details")
        box = QVBoxLayout(pane)
        self.details_title = heading("", 2)
        plain_text.plain(self.details_title)
        self.details_info = plain_text.plain(QLabel())
        self.details_info.setObjectName("agreement-info")
        self.details_info.setWordWrap(True)
        self.details_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versions = QListWidget()
        self.versions.setObjectName("agreement-versions")
        self.versions.setAccessibleName(self.tr("Versions"))
        self.versions.setWordWrap(True)
        self.versions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        versions_label = QLabel(self.tr("&Versions (each export freezes one):"))
        versions_label.setBuddy(self.versions)
        versions_label.setWordWrap(True)  # the pane stays narrow beside the list on a small screen
        box.addWidget(self.details_title)
        box.addWidget(self.details_info)
        box.addWidget(versions_label)
        box.addWidget(self.versions, 1)
        grid = QGridLayout()
        buttons = [
            ("agreement:open", self.tr("&Open in the wizard"), self.open_current),
            ("agreement:sign", self.tr("Mark as si&gned…"), self.files.mark_signed),
            ("agreement:terminate", self.tr("&Terminate…"), self.files.terminate),
            ("agreement:amend", self.tr("Prepare an a&mendment"), self.files.amend),
            ("agreement:compare", self.tr("Compa&re versions"), self.files.compare),
            ("agreement:resolutions", self.tr("&Board resolutions…"), self.files.resolutions),
            ("agreement:delete", self.tr("De&lete this draft…"), self.delete_draft),
        ]
        self.buttons: dict[str, QPushButton] = {}
        for i, (name, text, slot) in enumerate(buttons):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            grid.addWidget(button, i, 0)  # one column: the list keeps the width for its columns
            self.buttons[name] = button
        for i, action in enumerate((self.export_action, self.print_action, self.sign_action)):
            tool = QToolButton()
            tool.setDefaultAction(action)
            tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            tool.setSizePolicy(self.buttons["agreement:open"].sizePolicy())
            grid.addWidget(tool, len(buttons) + i, 0)
        # the lawyer's round trip: one button, its two steps in a menu (the pane stays short)
        lawyer = QToolButton()
        lawyer.setObjectName("agreement:lawyer")
        lawyer.setText(self.tr("Lawyer's review"))
        lawyer.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        lawyer.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        lawyer.setSizePolicy(self.buttons["agreement:open"].sizePolicy())
        menu = QMenu(lawyer)
        menu.setObjectName("agreement:lawyer-menu")
        menu.addActions([self.send_lawyer_action, self.lawyer_changes_action])
        lawyer.setMenu(menu)
        grid.addWidget(lawyer, len(buttons) + 2, 0)
        box.addLayout(grid)
        return pane

    # ------------------------------------------------------------ data

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if not self.loaded:
            self.loaded = True
            from partage_desktop.services.agreements.trash import (  # deferred: not needed at start-up
                purge_expired,
            )

            purge_expired(self.data)  # drafts deleted more than TRASH_DAYS ago (a quick look-up)
            self.refresh()
        super().showEvent(event)

    def _data_changed(self, _change: changes.Change) -> None:
        if self.loaded:  # else read when first shown
            self.refresh()

    def refresh(self, select: str | None = None) -> None:
        from partage_desktop.services.agreements.listing import (  # deferred: not needed at start-up
            list_agreements,
        )

        self.follower.read()
        current = select or self.current_reference()
        rows = list_agreements(self.data)
        self.model.set_rows(rows)
        self._size_parties_column()
        self._fill_combo(self.partner_filter, self.tr("All partners"),
                         sorted({name for row in rows for name in row["parties"]}, key=str.casefold))
        kinds = sorted({(row["template"], row["title"]) for row in rows}, key=lambda k: k[1].casefold())
        self._fill_combo(self.kind_filter, self.tr("All kinds"), [k[1] for k in kinds], [k[0] for k in kinds])
        if not rows:
            self._fill_empty_page()
        self.pages.setCurrentIndex(1 if rows else 0)
        self.apply_filters()
        if current:
            self.select(current)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self.show_selected()

    def _fill_combo(self, combo: QComboBox, all_text: str, texts: list[str], values: list[str] | None = None) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, "")
        for i, text in enumerate(texts):
            combo.addItem(text, values[i] if values else text)
        found = combo.findData(chosen)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def apply_filters(self) -> None:
        self.proxy.set_filters(self.status_filter.currentData() or "", self.partner_filter.currentData() or "",
                               self.kind_filter.currentData() or "", self.search.text())
        self.no_match.setVisible(self.proxy.rowCount() == 0 and self.model.rowCount() > 0)
        if self.current_reference() is None and self.proxy.rowCount():
            self.table.selectRow(0)
        self.show_selected()

    def select(self, reference: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, REF).data() == reference:
                self.table.selectionModel().setCurrentIndex(
                    self.proxy.index(row, REF),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                return

    def show_reference(self, reference: str) -> None:
        """Select ``reference`` for another screen (a project's page), clearing the filters if they hide it."""
        self.loaded = True
        self.refresh(select=reference)
        if self.current_reference() != reference:
            self.search.clear()
            for combo in (self.status_filter, self.partner_filter, self.kind_filter):
                combo.setCurrentIndex(0)
            self.select(reference)
        self.table.setFocus()

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the section opens: the list, or the button that starts one."""
        if self.pages.currentIndex() == 1:
            return self.table
        button = self.findChild(QPushButton, "agreements-empty-new")
        return button if button is not None else self.new_button

    def current_row(self) -> dict[str, Any] | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        row: dict[str, Any] | None = index.data(ROW_ROLE)
        return row

    def current_reference(self) -> str | None:
        row = self.current_row()
        return row["ref"] if row else None

    def selected_version(self) -> int | None:
        item = self.versions.currentItem()
        return int(item.data(NUMBER_ROLE)) if item is not None else None

    def show_selected(self) -> None:
        from partage_desktop.services.agreements.versions import (  # deferred: not needed at start-up
            details,
        )

        reference = self.current_reference()
        self.details = details(self.data, reference, self.lang) if reference else None
        d = self.details
        self.versions.clear()
        if d is None:
            self.details_title.setText(self.tr("No agreement selected"))
            self.details_info.setText("")
        else:
            self.details_title.setText(f"{d.reference} — {d.title}")
            self.details_info.setText(self._info_text(d))
            for v in d.versions:
                created = i18n.format_date(v.created_at.date(), self.lang)
                text = self.tr("Version %1 · %2 · fingerprint %3").replace("%1", str(v.number)) \
                    .replace("%2", created).replace("%3", v.fingerprint)
                if d.signed_version == v.number:
                    text += " · " + self.tr("signed")
                if v.unchecked:
                    text += " · " + self.tr("received unchecked (made with another template version)")
                item = QListWidgetItem(text)
                item.setData(NUMBER_ROLE, v.number)
                self.versions.addItem(item)
            if self.versions.count():
                self.versions.setCurrentRow(self.versions.count() - 1)
        self._update_actions()

    def _info_text(self, d: Any) -> str:
        def day(value: date | None) -> str:
            return i18n.format_date(value, self.lang) if value else "—"

        lines = [self.tr("Status: %1").replace("%1", self.model.status_text(d.status)),
                 self.tr("Parties: %1").replace("%1", ", ".join(d.parties) or "—"),
                 self.tr("From %1 to %2").replace("%1", day(d.start_date)).replace("%2", day(d.end_date))]
        if d.signed_on and d.signed_version is not None:
            lines.append(self.tr("Signed on %1 (version %2)").replace("%1", day(d.signed_on))
                         .replace("%2", str(d.signed_version)))
        elif d.signed_on:  # signed elsewhere (received in an exchange file): which version is not said
            lines.append(self.tr("Signed on %1").replace("%1", day(d.signed_on)))
        if d.scan_path:
            lines.append(self.tr("Scanned copy: %1").replace("%1", d.scan_path.name))
        if d.terminated_on:
            lines.append(self.tr("Terminated on %1").replace("%1", day(d.terminated_on)))
        if d.parent_reference:
            lines.append(self.tr("Amendment to %1, version %2").replace("%1", d.parent_reference)
                         .replace("%2", str(d.parent_version)))
        if d.amendments:
            lines.append(self.tr("Amendments: %1").replace("%1", ", ".join(d.amendments)))
        return "\n".join(lines)

    def _update_actions(self) -> None:
        d = self.details
        state = d.status if d else ""
        has_versions = bool(d and d.versions)
        self.buttons["agreement:open"].setEnabled(state in ("draft", "ready"))
        self.buttons["agreement:sign"].setEnabled(state in ("ready", "signed"))
        self.buttons["agreement:terminate"].setEnabled(state == "signed")
        self.buttons["agreement:amend"].setEnabled(state == "signed")
        self.buttons["agreement:compare"].setEnabled(bool(d and (len(d.versions) > 1 or (d.parent_reference and has_versions))))
        self.buttons["agreement:resolutions"].setEnabled(has_versions)
        self.buttons["agreement:delete"].setEnabled(bool(d) and d.stored_status == "draft")
        self.export_action.setEnabled(bool(d) and (state in ("draft", "ready") or has_versions))
        self.print_action.setEnabled(self.export_action.isEnabled())
        # the lawyer's round trip changes the wording: only while the agreement can still change
        self.send_lawyer_action.setEnabled(state in ("draft", "ready"))
        self.lawyer_changes_action.setEnabled(state in ("draft", "ready"))

    def _size_parties_column(self) -> None:
        """The title stretches, the short columns fit their contents, and the parties share what
        is left with the title (they would take it all if sized to their contents)."""
        header = self.table.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in range(self.model.columnCount()) if c not in (TITLE, PARTIES))
        room = self.table.viewport().width() - fixed
        want = max(self.table.sizeHintForColumn(PARTIES), header.sectionSizeHint(PARTIES))
        header.resizeSection(PARTIES, max(90, min(want, room * 45 // 100)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._size_parties_column()
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return True
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Delete and self.buttons["agreement:delete"].isEnabled():
            self.delete_draft()  # asks first, like the button
            return True
        return super().eventFilter(watched, event)

    def open_current(self) -> None:
        reference = self.current_reference()
        if reference and self.details and self.details.status in ("draft", "ready"):
            self.open_in_wizard.emit(reference)

    def delete_draft(self) -> None:
        """« Supprimer ce brouillon », after confirmation: to the trash, where it can be restored."""
        from PySide6.QtWidgets import QMessageBox

        from partage_desktop.services.agreements import (  # deferred: not needed at start-up
            trash as agreement_trash,
        )

        d = self.details
        if d is None or d.stored_status != "draft":
            return
        answer = QMessageBox.question(self, self.tr("Delete this draft"), self.tr(
            "Move the draft %1 (%2) to the trash? You can restore it with “Trash…” for %3 days.")
            .replace("%1", d.reference).replace("%2", d.title or "—").replace("%3", str(agreement_trash.TRASH_DAYS)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.draft_trashed.emit(d.reference)  # a wizard open on it saves what is typed and closes
        try:
            agreement_trash.trash_draft(self.data, d.reference, self.lang)
        except UserInputError as exc:
            QMessageBox.warning(self, self.tr("The draft was not deleted"), say_error(exc, self.lang))
            return
        self.refresh()

    def open_trash(self) -> None:
        from partage_desktop.ui.agreements.trash import (  # deferred: not needed at start-up
            AgreementTrashDialog,
        )

        dialog = AgreementTrashDialog(self.data, self.lang, self)
        dialog.exec()
        if dialog.changed:
            self.refresh(select=dialog.restored[-1] if dialog.restored else None)
