"""The Resources section: one tab per part of sharing resources day to day.

Each tab is its own widget (``ui/resources/<part>.py``) given the data folder, the language and the
window's task runner; it refreshes itself when the data changes (``ui.app.changes.follow``). A tab
that can start an agreement emits ``make_agreement`` with what it starts from (see
``MakeAgreement``): the main window turns that into a filled wizard.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from partage_desktop.platform.datadir import DataDir
from partage_desktop.ui.app.sections import heading
from partage_desktop.ui.resources.matches import MatchesTab
from partage_desktop.ui.widgets.tasks import TaskRunner

# What "Make an agreement" starts from, as the ``make_agreement`` signal carries it: a dict with
# one or more of ``resource_id`` (ours), ``booking_id``, ``need_id`` (ours), ``board_item_id`` (a
# partner's offer or need), and ``organization_id`` (the partner, when known).
MakeAgreement = dict[str, Any]


class ResourcesSection(QWidget):
    make_agreement = Signal(dict)  # MakeAgreement
    open_guide = Signal(str)  # a guide article's id (the lending article, from a tab's link)

    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section:resources")
        self.data, self.lang, self.tasks = data, lang, tasks
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(self.tr("Resources")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("resources-tabs")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        # tabs, in this order: inventory, calendar, needs, board, suggested matches
        # (each added here by its module)
        self.add_tab(MatchesTab(data, lang, tasks), self.tr("Suggested matches"), "resources-tab:matches")

    def add_tab(self, widget: QWidget, title: str, name: str) -> QWidget:
        """Add a part as a tab; ``name`` becomes its object name (``resources-tab:<part>``)."""
        widget.setObjectName(name)
        self.tabs.addTab(widget, title)
        signal = getattr(widget, "make_agreement", None)
        if signal is not None:
            signal.connect(self.make_agreement.emit)
        return widget

    def show_tab(self, name: str) -> QWidget | None:
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if widget is not None and widget.objectName() == name:
                self.tabs.setCurrentIndex(index)
                return widget
        return None
