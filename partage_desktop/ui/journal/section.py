"""The Journal section: projects, the entry list (paged model over the database), filters,
search, the autosaving editor, the trash, indicators and the exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.journal.vocabulary import EntryFilter, Scope
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services import changes
from partage_desktop.services.journal import entries as service
from partage_desktop.services.journal.content import prompt_template
from partage_desktop.services.journal.entries import COUNT_CAP
from partage_desktop.services.organizations.address_book import list_organizations
from partage_desktop.ui.app.changes import follow
from partage_desktop.ui.app.demo_actions import DemoLoader
from partage_desktop.ui.app.i18n import locale_for
from partage_desktop.ui.app.sections import heading
from partage_desktop.ui.journal.editor import EntryEditor
from partage_desktop.ui.journal.filters import JournalEmptyState, JournalFilters
from partage_desktop.ui.journal.highlight import install as install_hit_delegate
from partage_desktop.ui.journal.indicators import IndicatorsPanel
from partage_desktop.ui.journal.model import PAGE, JournalEntriesModel
from partage_desktop.ui.journal.project_page import ProjectPage
from partage_desktop.ui.widgets.flow_layout import FlowLayout
from partage_desktop.ui.widgets.save_files import ask_save_path, remember_dir
from partage_desktop.ui.widgets.tasks import TaskRunner
from partage_desktop.words.system_errors import reason as os_reason

PURGE_DELAY_MS = 3000  # the expired trash is emptied this long after the first page is on screen


class JournalSection(QWidget):
    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section:journal")
        self.data, self.lang, self.tasks = data, lang, tasks
        self.loaded = False
        self.projects: list[service.ProjectData] = []
        self.org_names: dict[int, str] = {}
        self.own_id: int | None = None
        self._generation = 0
        self._select_after_load: int | None = None
        self._keep_unlisted = False  # the next list keeps (and flags) an entry it no longer holds
        self._last_project: int | None = None  # the project of the last entry written here
        self._purge_planned = False

        self.status = QLabel()
        self.status.setObjectName("journal-status")
        self.status.setWordWrap(True)
        self.project = QComboBox()
        self.project.setObjectName("journal-project")
        self.project.setAccessibleName(self.tr("Project"))
        self.project.currentIndexChanged.connect(lambda _: self.reload())
        new_project = QPushButton(self.tr("New &project…"))
        new_project.setObjectName("journal-new-project")
        new_project.clicked.connect(self.new_project)
        self.edit_project_button = QPushButton(self.tr("Project &details…"))
        self.edit_project_button.setObjectName("journal-edit-project")
        self.edit_project_button.clicked.connect(self.edit_project)
        self.new_button = QPushButton(self.tr("&New entry"))
        self.new_button.setObjectName("journal-new-entry")
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(lambda: self.new_entry())
        trash = QPushButton(self.tr("T&rash…"))
        trash.setObjectName("journal-open-trash")
        trash.clicked.connect(self.open_trash)
        pdf = QPushButton(self.tr("&Funder report (PDF)…"))
        pdf.setObjectName("journal-export-pdf")
        pdf.clicked.connect(lambda: self.export("pdf"))
        csv = QPushButton(self.tr("E&xport (CSV)…"))
        csv.setObjectName("journal-export-csv")
        csv.clicked.connect(lambda: self.export("csv"))
        title = heading(self.tr("Journal"))
        title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # the tools go right
        top_bar = QWidget()
        top = FlowLayout(top_bar)  # on two rows rather than a project name cut short
        top.addWidget(title)
        self.tools = (self.project, new_project, self.edit_project_button, trash, pdf, csv, self.new_button)
        for w in (self.project, new_project, self.edit_project_button, self.new_button):
            top.addWidget(w)
        bottom = QHBoxLayout()  # what is done with the journal as a whole, below it
        bottom.addWidget(self.status, 1)
        for w in (trash, pdf, csv):
            bottom.addWidget(w)
        self.project.setMinimumContentsLength(16)
        self.project.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters = JournalFilters(lang)
        self.filters.changed.connect(self.reload)
        self.filters.typing.connect(lambda: self.debounce.start())
        self.debounce: QTimer = QTimer(self)  # typed here: a lambda above uses it before this line runs
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(250)
        self.debounce.timeout.connect(self.reload)
        self.search, self.kind, self.partner, self.tag = (self.filters.search, self.filters.kind,
                                                          self.filters.partner, self.filters.tag)

        self.model = JournalEntriesModel(lang, lambda f, o, n, last: service.entries_page(data, f, o, n, last), self)
        self.view = QTableView()
        self.view.setObjectName("journal-entries")
        self.view.setAccessibleName(self.tr("Journal entries"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        metrics = self.view.fontMetrics()
        self._widths: dict[int, int] = {}
        for column, sample in ((0, "29 sept. 2026"), (1, "Difficulté"), (3, "Projet de partage"),
                               (4, "999,5 h"), (5, "1 234,00 $ (économie)")):
            self._widths[column] = metrics.horizontalAdvance(sample) + 16
            self.view.setColumnWidth(column, self._widths[column])
        self._title_room = metrics.horizontalAdvance("Rencontre avec le conseil") + 16
        self.view.viewport().installEventFilter(self)  # on a narrow list, hours and amounts give way (_fit_columns)
        # the title takes the room the others leave; a narrow window scrolls rather than hiding it
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(metrics.horizontalAdvance("Réunion") + 16)
        install_hit_delegate(self.view)  # while searching: title and matching passage, hits in bold
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.count = QLabel()
        self.count.setObjectName("journal-count")
        self.editor = EntryEditor(data, lang)
        self.editor.partners_of = self._partners_of
        self.editor.saved.connect(self._entry_saved)
        self.editor.trash_requested.connect(self.trash_entry)
        self.editor.history_requested.connect(self.show_history)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # the list, with its title and project columns, gets the larger part

        self.indicators = IndicatorsPanel(data, lang, self.tasks)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("journal-tabs")
        self.tabs.addTab(splitter, self.tr("&Entries"))
        self.tabs.addTab(self.indicators, self.tr("Indi&cators"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.entries_tab, self.project_page = splitter, ProjectPage(data, lang, self.tasks)
        self.project_page.connect_section(self)  # becomes the first tab

        self.empty = JournalEmptyState()
        self.empty.first_entry.connect(self.first_entry)
        self.empty.load_example.connect(self.load_example)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.tabs)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.filters)
        body_layout.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(top_bar)
        layout.addWidget(body, 1)
        layout.addLayout(bottom)
        # projects and entries written elsewhere (an import, a self-assessment, the demo data…), partners
        # renamed, agreements (a project's page lists its own)
        self.follower = follow(self, data, (changes.JOURNAL, changes.ORGANIZATIONS, changes.AGREEMENTS),
                               self._data_changed)

    # --- loading

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if not self.loaded:
            self.loaded = True
            if service.has_projects(self.data):  # one indexed row via sqlite3: lay the list out now
                self.pages.setCurrentWidget(self.tabs)
            self.refresh_lists()  # the expired trash is purged later, once this first page is shown
        super().showEvent(event)

    def _data_changed(self, change: changes.Change) -> None:
        if not self.loaded:
            return  # read when first shown
        if not change.touches(changes.JOURNAL, changes.ORGANIZATIONS):  # agreements only
            if self.tabs.currentWidget() is self.project_page:
                self.project_page.show_for(self.current_project_id())
            return
        editing = self.editor.entry.id if self.editor.entry is not None else None
        named = {kind for kind, ids in change.ids.items() if ids}
        if changes.EVERYTHING not in change.topics and not change.whole \
                and set(change.ids.get("entries", ())) <= {editing} and named <= {"entries", "attachments", "logo"}:
            # the editor's own saving (the list already shows it: _entry_saved), its attachments
            # (it lists them itself) or our logo: only a project's page may have more to show
            if named & {"entries", "attachments"} and self.tabs.currentWidget() is not self.entries_tab:
                self.reload()
            return
        self.refresh_lists()

    def refresh_lists(self, select_project: int | None = None, wait: bool = False) -> None:
        """Projects, partners and tags for the filters, then the entries (paged). Read off the UI
        thread unless ``wait`` (right after a dialog, when the next step needs them)."""

        self.follower.read()

        def gather() -> tuple[list, list, list]:
            return (list_organizations(self.data, include_archived=True), service.list_projects(self.data),
                    service.tags_in_use(self.data))

        if wait:
            self._apply_lists(gather(), select_project)
        else:
            self.tasks.run(gather, lambda lists: self._apply_lists(lists, select_project))

    def _apply_lists(self, lists: tuple[list, list, list], select_project: int | None) -> None:
        orgs, self.projects, tags = lists
        self.org_names = {o.id: o.legal_name for o in orgs if o.id is not None}
        self.own_id = next((o.id for o in orgs if o.is_own), None)
        current = select_project if select_project is not None else self.current_project_id()
        for combo, items in ((self.project, [(p.name, p.id) for p in self.projects]),
                             (self.partner, [(n, i) for i, n in sorted(self.org_names.items(), key=lambda x: x[1])]),
                             (self.tag, [(t, t) for t in tags])):
            keep = current if combo is self.project else combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem({self.project: self.tr("All projects"), self.partner: self.tr("All partners"),
                           self.tag: self.tr("All tags")}[combo], None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)
        self.edit_project_button.setEnabled(bool(self.projects))
        self.editor.set_projects([(p.name, p.id) for p in self.projects if p.id is not None])
        self.reload()

    def current_project_id(self) -> int | None:
        return self.project.currentData() if self.project.count() else None

    def _fit_columns(self) -> None:
        """When the list is too narrow for every column, the amount, then the hours, then the type
        give way (the editor beside it shows all three): the title keeps room to be read and nothing
        scrolls sideways on a small screen. They come back when the window is wide enough."""
        room = self.view.viewport().width() - self._title_room - self._widths[0]
        if not self.view.isColumnHidden(3):
            room -= self._widths[3]
        for column in (1, 4, 5):  # kept in this order while there is room
            keep = room >= self._widths[column]
            if keep:
                room -= self._widths[column]
            self.view.setColumnHidden(column, not keep)
            if keep and self.view.columnWidth(column) == 0:
                self.view.setColumnWidth(column, self._widths[column])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def current_filter(self) -> EntryFilter:
        return self.filters.value(self.current_project_id())

    def reload(self) -> None:
        """Replace the list with the first page for the current filters, loaded off the UI thread.
        An entry in the editor that the new list does not hold is cleared from it (after saving what
        was typed), unless it was just written there: then it stays, flagged as not listed."""
        self.debounce.stop()
        if self.tabs.currentWidget() is self.indicators:
            self._show_indicators()
        elif self.tabs.currentWidget() is self.project_page:
            self.project_page.show_for(self.current_project_id())
        self._generation += 1
        generation, f = self._generation, self.current_filter()
        self.view.setColumnHidden(3, f.project_id is not None)  # the Project column, when all are listed
        self._fit_columns()
        self.editor.flush()  # an entry typed in is saved before the list is read, so that it can be in it
        shown = self.editor.entry.id if self.editor.entry is not None else None

        def work() -> tuple[list, int, bool]:
            listed = shown is not None and service.entry_listed(self.data, f, shown)
            return service.entries_page(self.data, f, 0, PAGE), service.count_entries(self.data, f), listed

        self.tasks.run(work, lambda result: self._loaded(generation, f, shown, *result))

    def _show_indicators(self) -> None:  # like the funder report: the project and the period
        f = self.current_filter()
        self.indicators.show_for(self.current_project_id(), f.date_from, f.date_to)

    def _tab_changed(self, index: int) -> None:
        on_indicators = self.tabs.widget(index) is self.indicators
        self.filters.set_period_only(on_indicators)  # search, type, partner, tag step aside
        if on_indicators:
            self._show_indicators()

    def _loaded(self, generation: int, f: EntryFilter, shown: int | None, rows: list,
                total: int, listed: bool) -> None:
        if generation != self._generation:
            return  # a newer search was typed meanwhile
        self.editor.flush()
        self.model.reset(f, rows)
        keep, self._keep_unlisted = self._keep_unlisted, False
        self._follow_list(f, shown, listed, keep)
        nothing_at_all = not self.projects
        self.pages.setCurrentWidget(self.empty if nothing_at_all else self.tabs)
        self.filters.setVisible(not nothing_at_all and self.tabs.currentWidget() is not self.project_page)
        for tool in self.tools:  # an empty journal offers one next step: its two buttons
            tool.setVisible(not nothing_at_all)
        if f.query.strip() and not total:
            self.count.setText(self.tr("No entry matches “%1”. Try other words or clear the filters.")
                               .replace("%1", f.query.strip()))
        else:
            number = locale_for(self.lang).toString(min(total, COUNT_CAP))
            if total > COUNT_CAP:
                self.count.setText(self.tr("More than %1 entries").replace("%1", number))
            else:
                self.count.setText(self.tr("1 entry") if total == 1 else self.tr("%1 entries").replace("%1", number))
        target = self._select_after_load
        self._select_after_load = None
        if target is not None and self.editor.entry is not None and self.editor.entry.id == target:
            self.select_entry(target)  # the entry just created, if the user is still on it
        elif self.editor.entry is None and rows:
            self.view.selectRow(0)
        if not self._purge_planned:  # housekeeping waits until the user has the list in front of them
            self._purge_planned = True
            QTimer.singleShot(PURGE_DELAY_MS, self, lambda: self.tasks.run(
                lambda: service.tidy(self.data), lambda _n: None, lambda _e: None, background=True))

    def _follow_list(self, f: EntryFilter, shown: int | None, listed: bool, keep: bool) -> None:
        """The editor shows an entry of the list, or says that its entry is not in it."""
        entry = self.editor.entry
        if entry is None:
            return
        if entry.id is None:  # a new entry not written in yet: it goes if its project is filtered out
            if f.project_id not in (None, entry.project_id) and not keep:
                self.editor.clear()
            return
        if self.model.row_of(entry.id) >= 0 or (entry.id == shown and listed):
            self.editor.flag_not_listed("")
        elif entry.id != shown:
            return  # another entry was opened meanwhile: the next list will tell
        elif keep or self.editor.problems:
            self.flag_unlisted()  # written just now, or a value still to correct: it stays, flagged
        else:
            self.editor.clear(self.tr("The entry that was open is not in the list any more (see the filters "
                                      "above). Choose an entry in the list, or write a new one."))

    def flag_unlisted(self) -> None:
        """The editor's entry is not in the list: say so, and in which project it is."""
        entry = self.editor.entry
        if entry is None:
            return
        project = next((p.name for p in self.projects if p.id == entry.project_id), "?")
        self.editor.flag_not_listed(self.tr("This entry (project “%1”) is not in the list: the filters above "
                                            "hide it.").replace("%1", project))

    def select_entry(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.entry_at(current.row())
        if row is None or (self.editor.entry is not None and self.editor.entry.id == row.id):
            return
        if not self.editor.leave():  # the user stays to correct a value: back to the entry being edited
            shown = self.editor.entry.id if self.editor.entry else None
            row_shown = self.model.row_of(shown) if shown is not None else -1
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row_shown, 0) if row_shown >= 0 else QModelIndex(),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            return
        entry = service.get_entry(self.data, row.id)
        if entry is not None:
            self.editor.load(entry, self._partners_of(entry.project_id, entry))

    def _partners_of(self, project_id: int, entry: service.EntryData | None = None) -> list[tuple[int, str]]:
        """The organizations an entry of ``project_id`` can name: ours, the project's partners, and
        those ``entry`` already names or counts hours for (kept when it moves to another project)."""
        project = next((p for p in self.projects if p.id == project_id), None)
        ids = list(project.partner_ids if project else ())
        if self.own_id is not None and self.own_id not in ids:
            ids.insert(0, self.own_id)
        if entry is not None:
            ids += [o for o in (*entry.partner_ids, *(o for o, _ in entry.hours)) if o is not None and o not in ids]
        return [(i, self.org_names.get(i, "?")) for i in dict.fromkeys(ids)]

    # --- actions

    def new_entry(self, kind: str = "note") -> bool:
        if not self.projects and not self.new_project():
            return False
        if not self.editor.leave():
            return False
        project_id = self.current_project_id() or self.ask_project()
        if project_id is None:
            return False
        self._last_project = project_id
        self.view.selectionModel().clear()  # no row current either: clicking any row opens it
        self.tabs.setCurrentWidget(self.entries_tab)
        entry = service.EntryData(project_id=project_id, title="", entry_date=date.today(), kind=kind,
                                  body=prompt_template(kind, self.lang))
        self.editor.load(entry, self._partners_of(project_id))
        self.editor.title.setFocus()
        return True

    def ask_project(self) -> int | None:
        """All projects are listed: which one is the new entry for? (the last one written in, by
        default; no question when there is only one.) None when the user cancels."""
        ids = [p.id for p in self.projects if p.id is not None]
        if len(ids) <= 1:
            return ids[0] if ids else None
        from partage_desktop.ui.journal.dialogs import (  # deferred: not needed at start-up
            ChooseProjectDialog,
        )

        default = self._last_project if self._last_project in ids else service.last_used_project(self.data)
        dialog = ChooseProjectDialog([(p.name, p.id) for p in self.projects if p.id is not None], default, self)
        return dialog.project_id() if dialog.exec() else None

    def first_entry(self) -> None:
        self.new_entry("note")

    def _entry_saved(self, entry_id: int) -> None:
        entry = self.editor.entry
        if entry is not None:
            self._last_project = entry.project_id
        row = self.model.row_of(entry_id)
        moved = row >= 0 and entry is not None and (shown := self.model.entry_at(row)) is not None \
            and shown.project_id != entry.project_id
        if row >= 0 and not moved:
            if entry is not None:
                self.model.show_saved(entry)
            return
        self._select_after_load = entry_id
        self._keep_unlisted = True  # written just now: it stays in the editor even if the list leaves it out
        self.refresh_lists()

    def new_project(self) -> bool:
        from partage_desktop.ui.journal.dialogs import (  # deferred: not needed at start-up
            ProjectDialog,
        )

        dialog = ProjectDialog(self.data, self.lang, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.refresh_lists(select_project=dialog.saved.id, wait=True)
            return True
        return False

    def edit_project(self) -> None:
        from partage_desktop.ui.journal.dialogs import (  # deferred: not needed at start-up
            ProjectDialog,
        )

        project = next((p for p in self.projects if p.id == self.current_project_id()), None) or \
            (self.projects[0] if self.projects else None)
        if project is None:
            return
        dialog = ProjectDialog(self.data, self.lang, project, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.refresh_lists(select_project=self.current_project_id())

    def trash_entry(self, entry_id: int) -> None:
        if self.editor.entry is None or self.editor.entry.id != entry_id:
            return  # only the entry in front of the user
        self.editor.flush()  # what was typed goes to the trash with the entry
        service.trash_entry(self.data, entry_id)
        self.editor.clear()
        self.status.setText(self.tr("The entry was moved to the trash. You can restore it for %1 days.")
                            .replace("%1", str(service.TRASH_DAYS)))
        self.reload()

    def show_history(self, entry_id: int) -> None:
        from partage_desktop.ui.journal.dialogs import (  # deferred: not needed at start-up
            RevisionsDialog,
        )

        self.editor.flush()
        dialog = RevisionsDialog(self.data, self.lang, entry_id, self)
        if dialog.exec() and dialog.restored is not None:
            self.editor.load(dialog.restored, self._partners_of(dialog.restored.project_id, dialog.restored))
            self._entry_saved(entry_id)
            self.status.setText(self.tr("The earlier version was restored; the text it replaced is in the history."))

    def open_trash(self) -> None:
        from partage_desktop.ui.journal.dialogs import (  # deferred: not needed at start-up
            TrashDialog,
        )

        self.editor.flush()
        dialog = TrashDialog(self.data, self.lang, self)
        dialog.exec()
        if dialog.changed:
            self.refresh_lists()

    def load_example(self) -> None:
        """The demo data; a folder that already holds some (agreements, organizations) asks first."""

        self.status.setText(self.tr("Loading the example…"))
        DemoLoader(self, self.data, self.lang, self.tasks).start(self._example_loaded,
                                                                 lambda: self.status.setText(""))

    def _example_loaded(self, _result: object) -> None:
        self.status.setText(self.tr("Example loaded: three sharing projects and their journal. Explore, "
                                    "then write your own entries."))
        self.refresh_lists()

    def export(self, fmt: str) -> None:
        self.editor.flush()
        if fmt == "pdf":
            target = ask_save_path(self, self.data, self.tr("Save the funder report"), self.tr("funder-report.pdf"),
                                   self.tr("PDF files (*.pdf)"), ".pdf")
        else:
            target = ask_save_path(self, self.data, self.tr("Export the journal"), self.tr("journal.csv"),
                                   self.tr("CSV files (*.csv)"), ".csv")
        if target is not None:
            self.export_to(target, fmt)

    def export_to(self, out: Path, fmt: str) -> None:
        f, problem = self.current_filter(), self.filters.period_problem()
        if problem:  # a reversed period would give an empty report
            self.status.setText(self.tr("Nothing was exported: %1").replace("%1", problem))
            return
        scope = Scope(self.current_project_id(), f.date_from, f.date_to)
        self.status.setText(self.tr("Exporting…"))

        def failed(exc: BaseException) -> None:
            self.status.setText(self.tr("Could not save “%1”: %2. If the file is open in another program, "
                                        "close it, then try again.").replace("%1", str(out))
                                .replace("%2", os_reason(exc, self.lang)))

        from partage_desktop.services.journal.export import (  # deferred: not needed at start-up
            export_journal,
        )

        saved = self.tr("Saved: %1").replace("%1", str(out))

        def done(_result: object) -> None:
            remember_dir(self.data, out.parent)
            self.status.setText(saved)

        self.tasks.run(lambda: export_journal(self.data, out, self.lang, scope, fmt), done, failed)

    def leave(self) -> bool:
        """May the user leave the journal (another section)? Asks when a value cannot be saved."""
        return self.editor.leave()

    def shutdown(self) -> bool:
        """Before the window closes: False when the user chose to stay on an entry to correct it."""
        if not self.editor.leave():
            return False
        self.editor.attachments.forget_removed()
        return True
