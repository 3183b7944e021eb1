"""The Journal section's filter bar (search, type, partner, tag, period) and its teaching empty state."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.formatting import format_date
from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.core.journal.vocabulary import EntryFilter
from partage_desktop.ui.app.sections import heading
from partage_desktop.ui.widgets.date_field import DateField
from partage_desktop.ui.widgets.flow_layout import FlowLayout


def labelled(text: str, field: QWidget) -> QWidget:
    """A label and its field, kept together on one row."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setBuddy(field)
    row.addWidget(label)
    row.addWidget(field)
    return box


class JournalFilters(QWidget):
    """``typing`` while the search text changes (the section waits a moment), ``changed`` for the rest."""

    changed = Signal()
    typing = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("journal-filters")
        self.search = QLineEdit()
        self.search.setObjectName("journal-search")
        self.search.setPlaceholderText(self.tr("Search the journal"))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.typing.emit())
        self.kind = QComboBox()
        self.kind.setObjectName("journal-filter-kind")
        self.kind.setAccessibleName(self.tr("Type of entry"))
        self.kind.addItem(self.tr("All types"), None)
        for key, text in vocab.choices("kind", lang):
            self.kind.addItem(text, key)
        self.partner = QComboBox()
        self.partner.setObjectName("journal-filter-partner")
        self.partner.setAccessibleName(self.tr("Partner"))
        self.tag = QComboBox()
        self.tag.setObjectName("journal-filter-tag")
        self.tag.setAccessibleName(self.tr("Tag"))
        self.date_from, self.date_to = self._date_filter("journal-filter-from"), self._date_filter("journal-filter-to")
        self.date_from.setAccessibleName(self.tr("From"))
        self.date_to.setAccessibleName(self.tr("To"))
        for combo in (self.kind, self.partner, self.tag):
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # as wide as its longest choice
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 48)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # side by side on a wide window, on two rows on a small one: no choice is ever cut short
        filters = FlowLayout(self)
        for w in (self.search, self.kind, self.partner, self.tag,
                  labelled(self.tr("From"), self.date_from), labelled(self.tr("to"), self.date_to)):
            filters.addWidget(w)

    def set_period_only(self, period_only: bool) -> None:
        """Show only the period (for the Indicators tab, which like the report ignores the rest)."""
        for w in (self.search, self.kind, self.partner, self.tag):
            w.setVisible(not period_only)

    def period_problem(self) -> str:
        """What is wrong with the period (a start after the end), in the user's words, or ""."""
        f = self.value(None)
        if not (f.date_from and f.date_to and f.date_from > f.date_to):
            return ""
        return (self.tr("the start date (%1) is after the end date (%2). Swap the two dates above, then try again.")
                .replace("%1", format_date(f.date_from, self.lang)).replace("%2", format_date(f.date_to, self.lang)))

    def _date_filter(self, name: str) -> DateField:
        edit = DateField(self.lang, optional=True, words=False)  # empty: no limit
        edit.setObjectName(name)
        edit.line.setPlaceholderText("—")
        edit.setMinimumWidth(140)
        edit.dateChanged.connect(lambda _: self.changed.emit())
        return edit

    def value(self, project_id: int | None) -> EntryFilter:
        return EntryFilter(query=self.search.text(), project_id=project_id, kind=self.kind.currentData(),
                           partner_id=self.partner.currentData(), tag=self.tag.currentData(),
                           date_from=self.date_from.value(), date_to=self.date_to.value())


class JournalEmptyState(QWidget):
    """What an empty journal shows: what to note in it, and the two ways to start."""

    first_entry = Signal()
    load_example = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-empty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(heading(self.tr("Keep track of your sharing project"), 2))
        text = QLabel(self.tr(
            "Write down, as you go, what happens in your sharing project: meetings and decisions, "
            "difficulties and how you handled them, successes and milestones. Note the hours each "
            "organization invests and the money the sharing saves, costs or avoids. A year from now, "
            "your report to funders will write itself from these entries."))
        text.setWordWrap(True)
        layout.addWidget(text)
        first = QPushButton(self.tr("&Write my first entry"))
        first.setObjectName("journal-first-entry")
        first.setDefault(True)
        first.clicked.connect(self.first_entry)
        example = QPushButton(self.tr("&Load an example"))
        example.setObjectName("journal-load-example")
        example.clicked.connect(self.load_example)
        row = QHBoxLayout()
        row.addWidget(first)
        row.addWidget(example)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
