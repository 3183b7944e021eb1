"""The Journal's project page: a sharing project's identity, its figures at a glance, its
timeline (see project_timeline) and its documents (linked agreements, files attached to entries)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.formatting import format_date
from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.journal import project_overview as service
from partage_desktop.services.journal.data import COUNT_CAP
from partage_desktop.services.journal.entries import get_entry
from partage_desktop.ui.app.i18n import format_money, locale_for
from partage_desktop.ui.app.sections import heading
from partage_desktop.ui.journal.project_documents import ProjectDocuments, plain_label
from partage_desktop.ui.journal.project_timeline import PAGE, ProjectTimelineModel, TimelineView
from partage_desktop.ui.widgets.tasks import TaskRunner

if TYPE_CHECKING:
    from partage_desktop.ui.journal.section import JournalSection


class ProjectPage(QWidget):
    entry_requested = Signal(object)  # the timeline's EntryRow to open in the Entries tab
    edit_requested = Signal()
    indicators_requested = Signal()
    first_entry_requested = Signal()

    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-project-page")
        self.data, self.lang, self.tasks = data, lang, tasks
        self.project_id: int | None = None
        self.overview: service.ProjectOverview | None = None
        self._generation = 0

        self.hint = plain_label(self.tr("Choose a project in the “Project” list above to see its page: its timeline, "
                                   "its figures and its documents."), "project-page-hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self._content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # --- building

    def _content(self) -> QWidget:
        self.name = heading("")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setObjectName("project-name")
        self.edit_button = QPushButton(self.tr("Edi&t details…"))
        self.edit_button.setObjectName("project-edit")
        self.edit_button.clicked.connect(self.edit_requested)
        self.indicators_button = QPushButton(self.tr("See all indicator&s"))
        self.indicators_button.setObjectName("project-see-indicators")
        self.indicators_button.clicked.connect(self.indicators_requested)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.indicators_button, 0, Qt.AlignmentFlag.AlignTop)

        self.facts: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        rows = [("stage", self.tr("Stage:")), ("resource", self.tr("Resource shared:")),
                ("continuum", self.tr("Position on the continuum:")), ("start", self.tr("Start date:")),
                ("partners", self.tr("Partners:")), ("purpose", self.tr("Purpose:"))]
        for i, (key, caption) in enumerate(rows):
            label, value = QLabel(caption), plain_label(name=f"project-{key}")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value.setAccessibleName(caption.rstrip(":\u00a0\u202f "))
            label.setBuddy(value)
            self.facts[key] = value
            wide = key in ("partners", "purpose")
            row, col = (2 + i - 4, 0) if wide else (i // 2, (i % 2) * 2)
            grid.addWidget(label, row, col)
            grid.addWidget(value, row, col + 1, 1, 3 if wide else 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.figures: dict[str, QLabel] = {}
        glance = QHBoxLayout()
        for key in ("hours", "saved", "avoided", "spent", "net"):
            card = QLabel()
            card.setObjectName(f"project-figure-{key}")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setMargin(6)
            card.setTextFormat(Qt.TextFormat.RichText)  # our own numbers and captions only
            self.figures[key] = card
            glance.addWidget(card, 1)

        splitter = QSplitter()
        splitter.addWidget(self._timeline())
        self.documents = ProjectDocuments(self.data, self.lang)
        splitter.addWidget(self.documents)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setMinimumHeight(220)  # a small window scrolls the page rather than crushing the timeline

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addLayout(glance)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.edit_button, self.indicators_button)
        QWidget.setTabOrder(self.indicators_button, self.timeline)
        QWidget.setTabOrder(self.timeline, self.first_entry_button)
        QWidget.setTabOrder(self.first_entry_button, self.documents.agreements)
        QWidget.setTabOrder(self.documents.agreements, self.documents.files)
        scroll = QScrollArea()
        scroll.setObjectName("project-page-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _timeline(self) -> QWidget:
        self.timeline_model = ProjectTimelineModel(
            self.lang, lambda pid, n, after: service.timeline_page(self.data, pid, n, after), self)
        self.timeline = TimelineView()
        self.timeline.setObjectName("project-timeline")
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setModel(self.timeline_model)
        self.timeline.setColumnWidth(0, self.fontMetrics().horizontalAdvance("00 septembre") + 24)
        self.timeline.setColumnWidth(1, self.fontMetrics().horizontalAdvance("Difficulté") + 48)
        self.timeline.open_requested.connect(self._open_entry)
        self.entry_count = QLabel()
        self.entry_count.setObjectName("project-entry-count")
        title = QHBoxLayout()
        title.addWidget(heading(self.tr("Timeline"), 2))
        title.addStretch(1)
        title.addWidget(self.entry_count)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        self.timeline_empty = plain_label(self.tr("No entry yet — write the first one in the Entries tab."),
                                     "project-timeline-empty")
        self.first_entry_button = QPushButton(self.tr("&Write the first entry"))
        self.first_entry_button.setObjectName("project-first-entry")
        self.first_entry_button.clicked.connect(self.first_entry_requested)
        empty_layout.addWidget(self.timeline_empty)
        empty_layout.addWidget(self.first_entry_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        self.timeline_stack = QStackedWidget()
        self.timeline_stack.addWidget(self.timeline)
        self.timeline_stack.addWidget(empty)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title)
        layout.addWidget(self.timeline_stack, 1)
        return box

    # --- showing

    def show_for(self, project_id: int | None) -> None:
        """Show ``project_id``'s page (read off the UI thread), or the hint when no project is chosen."""
        self._generation += 1
        generation = self._generation
        self.project_id = project_id
        if project_id is None:
            self.overview = None
            self.stack.setCurrentWidget(self.hint)
            return

        def work() -> tuple[service.ProjectOverview | None, list[Any]]:
            return service.project_overview(self.data, project_id), service.timeline_page(self.data, project_id, PAGE)

        self.tasks.run(work, lambda result: self._show(generation, *result))

    def _show(self, generation: int, overview: service.ProjectOverview | None, first_page: list[Any]) -> None:
        if generation != self._generation:
            return  # another project was chosen meanwhile
        self.overview = overview
        if overview is None:
            self.stack.setCurrentWidget(self.hint)
            return
        self.stack.setCurrentIndex(1)
        self._show_identity(overview)
        self._show_figures(overview)
        self.timeline_model.reset(overview.project.id, first_page)
        self.timeline_stack.setCurrentIndex(0 if first_page else 1)
        number = locale_for(self.lang).toString(min(overview.entry_count, COUNT_CAP))
        self.entry_count.setText(
            self.tr("More than %1 entries").replace("%1", number) if overview.entry_count > COUNT_CAP
            else self.tr("1 entry") if overview.entry_count == 1
            else self.tr("%1 entries").replace("%1", number) if overview.entry_count else "")
        self.documents.show_overview(overview)

    def _show_identity(self, o: service.ProjectOverview) -> None:
        p, lang, undecided = o.project, self.lang, self.tr("(not decided)")
        self.name.setText(p.name)
        self.name.setAccessibleName(p.name)
        facts = {
            "stage": vocab.label("stage", p.stage, lang),
            "resource": vocab.label("resource", p.resource_kind, lang) if p.resource_kind else undecided,
            "continuum": vocab.label("continuum", p.continuum_position, lang) if p.continuum_position else undecided,
            "start": format_date(p.start_date, lang) if p.start_date else "—",
            "partners": ", ".join(o.partners) or self.tr("No partner yet: add them with “Edit details…”."),
            "purpose": p.purpose or self.tr("No purpose written yet: describe it with “Edit details…”."),
        }
        for key, text in facts.items():
            self.facts[key].setText(text)

    def _show_figures(self, o: service.ProjectOverview) -> None:
        f, locale = o.figures, locale_for(self.lang)
        hours = f"{locale.toString(float(f.hours), 'f', 1)} h"
        values: dict[str, tuple[str, Decimal | str]] = {
            "hours": (self.tr("Hours invested"), hours), "saved": (self.tr("Savings"), f.saved),
            "avoided": (self.tr("Avoided costs"), f.avoided), "spent": (self.tr("Spending"), f.spent),
            "net": (self.tr("Net benefit"), f.net)}
        for key, (caption, value) in values.items():
            text = value if isinstance(value, str) else format_money(value, self.lang)
            self.figures[key].setText(f"{caption}<br><b style='font-size:large'>{text}</b>")
            self.figures[key].setAccessibleName(f"{caption} {text}")

    # --- opening

    def _open_entry(self, entry_id: int) -> None:
        row = self.timeline_model.entry_at(self.timeline_model.row_of(entry_id))
        if row is not None:
            self.entry_requested.emit(row)

    # --- wiring into the Journal section

    def connect_section(self, section: JournalSection) -> None:
        """Open entries in the section's Entries tab, edit through its project dialog, follow its
        project list, and keep its filters (which only act on the entry list) out of this page.
        The page becomes the section's first tab; the Entries tab stays the current one."""
        section.tabs.insertTab(0, self, self.tr("Pro&ject"))
        section.tabs.setCurrentWidget(section.entries_tab)
        self.edit_requested.connect(section.edit_project)
        self.first_entry_requested.connect(lambda: section.new_entry())
        self.indicators_requested.connect(lambda: section.tabs.setCurrentWidget(section.indicators))
        self.entry_requested.connect(lambda row: open_entry_in(section, row))

        def tab_changed(_index: int) -> None:
            here = section.tabs.currentWidget() is self
            section.filters.setVisible(bool(section.projects) and not here)
            if here:
                self.show_for(section.current_project_id())

        def project_chosen(index: int) -> None:
            if section.project.itemData(index) is not None and section.tabs.currentWidget() is not section.indicators:
                section.tabs.setCurrentWidget(self)

        section.tabs.currentChanged.connect(tab_changed)
        section.project.activated.connect(project_chosen)


def open_entry_in(section: JournalSection, row: Any) -> None:
    """Show the entry ``row`` in the Entries tab: selected in the list when the list (newest first,
    read a page at a time) holds it, else straight in the editor (the filters hide it)."""
    section.tabs.setCurrentWidget(section.entries_tab)
    model = section.model
    if model.row_of(row.id) < 0 and not model.filter.query.strip():
        key = (row.entry_date, row.id)
        while model.canFetchMore() and model.loaded_rows():
            last = model.entry_at(model.loaded_rows() - 1)
            if last is None or (last.entry_date, last.id) < key:
                break
            model.fetchMore()
    if model.row_of(row.id) >= 0:
        section.select_entry(row.id)
        section.view.setFocus()
        return

    entry = get_entry(section.data, row.id)
    if entry is None:
        return
    section.editor.flush()
    section.view.selectionModel().clear()  # no row current: clicking any row opens it
    section.editor.load(entry, section._partners_of(entry.project_id, entry))
    section.flag_unlisted()  # opened from the timeline, but the filters leave it out of the list
    section.editor.title.setFocus()
