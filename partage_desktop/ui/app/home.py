"""The home screen: where to start, recent agreements and what needs attention."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.services.home import HomeSnapshot
from partage_desktop.ui.app import i18n
from partage_desktop.ui.app.sections import heading, scrolled

REFERENCE_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


class _SecondClickGuard(QObject):
    """A click on a home item opens another screen at once; the second click of a double click
    would land on that screen (selecting a row under the pointer, or opening it). For the
    double-click interval, clicks near the first one are dropped."""

    def __init__(self, where: QPoint) -> None:
        app = QApplication.instance()
        assert app is not None  # a home item was clicked: the application runs
        super().__init__(app)
        self.where = where
        self.clock = QElapsedTimer()
        self.clock.start()
        self.interval = QApplication.doubleClickInterval()
        app.installEventFilter(self)
        QTimer.singleShot(self.interval, self._stop)

    def _stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        return event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                                QEvent.Type.MouseButtonRelease) and isinstance(event, QMouseEvent) \
            and self.clock.elapsed() <= self.interval \
            and (event.globalPosition().toPoint() - self.where).manhattanLength() \
            <= 2 * QApplication.startDragDistance()


BOOKING_PREFIX = "booking:"  # a home item that is an overdue loan, not an agreement


class HomeSection(QWidget):
    """``open_agreement(reference, status)``: the user chose an agreement in a home list;
    ``open_booking(booking id)``: an overdue loan in « Needs attention »."""

    open_agreement = Signal(str, str)
    open_booking = Signal(int)

    def __init__(self, lang: str, navigate: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section:home")
        self.lang = lang
        self.snapshot: HomeSnapshot | None = None
        self.backup_warning: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QWidget()
        outer.addWidget(scrolled(content, "home-scroll"))  # a short screen scrolls the home page
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(heading(self.tr("Welcome to Partage")))
        intro = QLabel(self.tr(
            "Share equipment, premises, staff or know-how with other organizations, and do it "
            "well: understand the options, agree in writing, and keep track of how it goes."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        start = QGroupBox(self.tr("Where to start"))
        grid = QGridLayout(start)
        buttons = (
            (self.tr("&Create an agreement"), self.tr("Fill in an agreement step by step and print it for signature."), "section:agreements"),
            (self.tr("Read the &guides"), self.tr("What resource sharing is, which form fits, how to go about it."), "section:guides"),
            (self.tr("&Write in the journal"), self.tr("Note what happened, what it cost and what it saved."), "section:journal"),
        )
        for row, (text, hint, target) in enumerate(buttons):
            button = QPushButton(text)
            button.setObjectName(f"home:{target.split(':')[1]}")
            button.setAccessibleName(text.replace("&", ""))
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _=False, t=target: navigate(t))
            grid.addWidget(button, row, 0)
            label = QLabel(hint)
            label.setWordWrap(True)
            label.setBuddy(button)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addWidget(start)

        self.recent_box = QGroupBox(self.tr("Recent agreements"))
        recent_layout = QVBoxLayout(self.recent_box)
        self.recent = QListWidget()
        self.recent.setObjectName("home-recent")
        self.recent.setAccessibleName(self.tr("Recent agreements"))
        self.recent_empty = QLabel(self.tr(
            "No agreement yet. An agreement puts in writing who shares what, for how long and who "
            "pays what; start with “Create an agreement”."))
        self.recent_empty.setWordWrap(True)
        recent_layout.addWidget(self.recent)
        recent_layout.addWidget(self.recent_empty)
        layout.addWidget(self.recent_box)

        self.reminders_box = QGroupBox(self.tr("Needs attention"))
        reminders_layout = QVBoxLayout(self.reminders_box)
        self.reminders = QListWidget()
        self.reminders.setObjectName("home-reminders")
        self.reminders.setAccessibleName(self.tr("Needs attention"))
        self.reminders.setWordWrap(True)
        self.reminders_empty = QLabel(self.tr(
            "Nothing to watch for now: no agreement ends, needs a renewal notice or plans a follow-up "
            "meeting in the next 60 days."))
        self.reminders_empty.setWordWrap(True)
        for view in (self.recent, self.reminders):
            # a click, a double click or Enter opens the agreement (a draft resumes in the wizard)
            view.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            view.setSpacing(2)  # room around each item: easier to aim at
            # a long line is cut with "…" (its tooltip has all of it) rather than scrolled sideways
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
            view.setToolTip(self.tr("Click an agreement, or press Enter, to open it."))
            view.itemClicked.connect(self._clicked)
            view.itemActivated.connect(self._chosen)
            view.viewport().installEventFilter(self)
        self._released_at = QPoint()
        self._opened: tuple[int, str] = (0, "")
        self._opened_clock = QElapsedTimer()
        reminders_layout.addWidget(self.reminders)
        reminders_layout.addWidget(self.reminders_empty)
        layout.addWidget(self.reminders_box)
        layout.addStretch(1)

    def set_backup_warning(self, warning: str | None) -> None:
        """Backing up has stopped (services.backup.backup_warning): first in "Needs attention"."""
        self.backup_warning = warning
        if self.snapshot is not None:
            self.show_snapshot(self.snapshot)

    def show_snapshot(self, snapshot: HomeSnapshot) -> None:
        self.snapshot = snapshot
        self.recent.clear()
        for item in snapshot.recent:
            self.recent.addItem(self._item(f"{item.reference} — {item.title}", item.reference, item.status))
        self.recent.setVisible(bool(snapshot.recent))
        self.recent_empty.setVisible(not snapshot.recent)
        self.reminders.clear()
        if self.backup_warning:  # first, and not an agreement: nothing to open
            self.reminders.addItem(self._item("⚠ " + self.backup_warning, "", ""))
        for line, reference in self.overdue_lines(snapshot) + self.reminder_lines(snapshot):
            self.reminders.addItem(self._item(line, reference, ""))
        self.reminders.setVisible(self.reminders.count() > 0)
        self.reminders_empty.setVisible(self.reminders.count() == 0)
        self._fit_lists()
        self.recent_box.setProperty("loaded", True)
        self.recent_empty.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def _fit_lists(self) -> None:
        """Each list as tall as its rows as they are laid out now, so that nothing scrolls inside it
        (the page itself scrolls): a line that wraps on a narrow window makes its list taller."""
        for widget in (self.recent, self.reminders):
            widget.doItemsLayout()
            rows = 0
            for i in range(widget.count()):
                rows = max(rows, widget.visualItemRect(widget.item(i)).bottom() + 1
                           + widget.verticalOffset())
            if not rows:
                rows = widget.fontMetrics().height() + 2 * widget.spacing()
            widget.setFixedHeight(rows + 2 * widget.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self._fit_lists)  # once the lists have their new width

    @staticmethod
    def _item(text: str, reference: str, status: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setData(REFERENCE_ROLE, reference)
        item.setData(STATUS_ROLE, status)
        return item

    def _clicked(self, item: QListWidgetItem) -> None:
        _SecondClickGuard(self._released_at)
        self._chosen(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            self._released_at = event.globalPosition().toPoint()  # where the click that opens was
        return super().eventFilter(watched, event)

    def _chosen(self, item: QListWidgetItem) -> None:
        reference = item.data(REFERENCE_ROLE)
        if not reference:
            return
        # where a single click also "activates" (some Linux desktops), one click sends both signals
        opened = (id(item.listWidget()), reference)
        if self._opened == opened and self._opened_clock.isValid() \
                and self._opened_clock.elapsed() <= QApplication.doubleClickInterval():
            return
        self._opened = opened
        self._opened_clock.start()
        if reference.startswith(BOOKING_PREFIX):
            self.open_booking.emit(int(reference[len(BOOKING_PREFIX):]))
            return
        self.open_agreement.emit(reference, item.data(STATUS_ROLE) or "")

    def overdue_lines(self, snapshot: HomeSnapshot) -> list[tuple[str, str]]:
        """Loans not back after their end, the longest overdue first."""
        lines = []
        for loan in snapshot.overdue:
            when = i18n.format_date(loan.ends_at.date(), self.lang)
            who = loan.who or self.tr("our organization")
            line = (self.tr("Overdue loan: %1, lent to %2, was due back on %3")
                    .replace("%1", loan.resource_title).replace("%2", who).replace("%3", when))
            lines.append((line, f"{BOOKING_PREFIX}{loan.booking_id}"))
        return lines

    def reminder_lines(self, snapshot: HomeSnapshot) -> list[tuple[str, str]]:
        """Ends, renewal notice deadlines and the next follow-up meetings, soonest first, each
        with the reference of its agreement."""
        formats = {
            "ends": self.tr("%1 ends on %2"),
            "renewal_notice": self.tr("%1: last day to give notice of non-renewal, %2"),
            "meeting": self.tr("%1: follow-up meeting planned around %2"),
        }
        lines = []
        shown = set()
        for item in snapshot.reminders:
            when = i18n.format_date(item.on, self.lang)
            lines.append((formats[item.kind].replace("%1", f"{item.reference} — {item.title}")
                          .replace("%2", when), item.reference))
            shown.add((item.kind, item.reference))
        # agreements ready to sign but not yet signed still show their end
        for ending in snapshot.ending_soon:
            if ("ends", ending.reference) not in shown:
                when = i18n.format_date(ending.end_date, self.lang)
                lines.append((formats["ends"].replace("%1", f"{ending.reference} — {ending.title}")
                              .replace("%2", when), ending.reference))
        return lines
