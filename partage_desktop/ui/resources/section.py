"""The Resources section: one tab per part of sharing resources day to day.

Each tab is its own widget (``ui/resources/<part>.py``) given the data folder, the language and the
window's task runner; it refreshes itself when the data changes (``ui.app.changes.follow``). A tab
that can start an agreement emits ``make_agreement`` with what it starts from (see
``MakeAgreement``): the main window turns that into a filled wizard.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from partage_desktop.platform.datadir import DataDir
from partage_desktop.ui.app.sections import heading
from partage_desktop.ui.resources.board import BoardTab
from partage_desktop.ui.resources.calendar import CalendarTab
from partage_desktop.ui.resources.inventory import InventoryTab
from partage_desktop.ui.resources.matches import MatchesTab
from partage_desktop.ui.resources.needs import NeedsTab
from partage_desktop.ui.widgets.tasks import TaskRunner

# What "Make an agreement" starts from, as the ``make_agreement`` signal carries it: a dict with
# one or more of ``resource_id`` (ours), ``booking_id``, ``need_id`` (ours), ``board_item_id`` (a
# partner's offer or need), and ``organization_id`` (the partner, when known).
MakeAgreement = dict[str, Any]
Tab = TypeVar("Tab", bound=QWidget)
LENDING_GUIDE = "preter-emprunter"  # the guide article on lending and borrowing well


class ResourcesSection(QWidget):
    make_agreement = Signal(dict)  # MakeAgreement
    open_guide = Signal(str)  # a guide article's id (the lending article, from a tab's link)

    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section:resources")
        self.data, self.lang, self.tasks = data, lang, tasks
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Resources")), 1)
        # the lending article (condition checks, deposits, insurance, what to write down), one click away
        self.guide_link = QPushButton(self.tr("Lending and borrowing well"))
        self.guide_link.setObjectName("resources-guide-link")
        self.guide_link.setFlat(True)
        self.guide_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.guide_link.setStyleSheet("QPushButton#resources-guide-link { color: #1f4e79; text-decoration: underline;"
                                      " border: none; padding: 2px 4px; }")
        self.guide_link.setToolTip(self.tr("Opens the guide article on lending and borrowing"))
        self.guide_link.clicked.connect(lambda: self.open_guide.emit(LENDING_GUIDE))
        top.addWidget(self.guide_link, 0, Qt.AlignmentFlag.AlignBottom)
        self.book_button = QPushButton(self.tr("N&ew booking…"))
        self.book_button.setObjectName("resources:book")
        self.book_button.setAccessibleName(self.tr("Book a resource"))
        self.book_button.clicked.connect(lambda: self.book())
        top.addWidget(self.book_button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("resources-tabs")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        # tabs, in this order: inventory, calendar, needs, board, suggested matches
        # (each added here by its module)
        self.inventory = self.add_tab(InventoryTab(data, lang, tasks), self.tr("Our resources"),
                                      "resources-tab:inventory")
        self.calendar = self.add_tab(CalendarTab(data, lang, tasks), self.tr("Calendar"), "resources-tab:calendar")
        self.needs = self.add_tab(NeedsTab(data, lang, tasks), self.tr("Our needs"), "resources-tab:needs")
        self.board = self.add_tab(BoardTab(data, lang, tasks), self.tr("Board"), "resources-tab:board")
        self.matches = self.add_tab(MatchesTab(data, lang, tasks), self.tr("Suggested matches"),
                                    "resources-tab:matches")
        self.inventory.book_requested.connect(lambda resource_id: self.book(resource_id))
        self.calendar.new_booking_requested.connect(
            lambda resource_id, start, end: self.book(resource_id, start, end))
        self.calendar.booking_activated.connect(self.open_booking)

    def book(self, resource_id: int | None = None, start: datetime | None = None,
             end: datetime | None = None) -> QWidget:
        """The new booking dialog (ui/resources/booking_dialogs.py), for ``resource_id`` and the
        time chosen in the calendar if given."""
        from partage_desktop.ui.resources.booking_dialogs import (  # deferred: its services load SQLAlchemy
            new_booking,
        )

        return new_booking(self, self.data, self.lang, self.tasks, resource_id, start, end)

    def open_booking(self, booking_id: int) -> QWidget:
        """One booking's dialog: its details and its next steps."""
        from partage_desktop.ui.resources.booking_dialogs import (  # deferred: its services load SQLAlchemy
            open_booking,
        )

        dialog = open_booking(self, self.data, self.lang, self.tasks, booking_id)
        dialog.make_agreement.connect(self.make_agreement.emit)
        return dialog

    def add_tab(self, widget: Tab, title: str, name: str) -> Tab:
        """Add a part as a tab; ``name`` becomes its object name (``resources-tab:<part>``)."""
        widget.setObjectName(name)
        self.tabs.addTab(widget, title)
        signal = getattr(widget, "make_agreement", None)
        if signal is not None:
            signal.connect(self.make_agreement.emit)
        return widget

    def focus_target(self) -> QWidget | None:
        """Where the keyboard goes when the section opens: the current tab's own choice."""
        tab = self.tabs.currentWidget()
        return tab.focus_target() if tab is not None and hasattr(tab, "focus_target") else None

    def show_tab(self, name: str) -> QWidget | None:
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if widget is not None and widget.objectName() == name:
                self.tabs.setCurrentIndex(index)
                return widget
        return None
