"""The calendar tab: bookings and loans by day, week or month, for one resource or all of them.

All resources: one line per resource, one column per day (month), per part of the day (week) or
per hour (day). One resource: its weeks (month), its days (week) or its day, cut the same way.
Bookings are bars coloured by state, each state also told by a pattern and a sign (see the legend);
a bar says who borrows when there is room, and its tooltip tells the rest.

Signals: ``new_booking_requested(resource_id, start, end)`` (an empty cell or range chosen) and
``booking_activated(booking_id)`` (a bar opened).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, QRectF, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.platform.datadir import DataDir
from partage_desktop.services import changes
from partage_desktop.services.changes import Change
from partage_desktop.services.resources import calendar as calendar_service
from partage_desktop.services.resources.calendar import STATES, CalendarRow, Span
from partage_desktop.ui.app.changes import follow
from partage_desktop.ui.resources.calendar_grid import STYLES, CalendarGrid, Lane, Layout
from partage_desktop.ui.widgets.flow_layout import FlowLayout
from partage_desktop.ui.widgets.tasks import TaskRunner

VIEWS = ("day", "week", "month")
# the parts of a day in the week view: (from, to) hours as drawn, and the hours a booking asks for
DAY_PARTS = ((0, 12, 9, 12), (12, 17, 13, 17), (17, 24, 18, 21))
WORKDAY = (timedelta(hours=9), timedelta(hours=17))


def week_start(day: date, lang: str) -> date:
    """The first day of ``day``'s week: Monday in French (as in Québec's offices), Sunday in English."""
    back = day.weekday() if lang == "fr" else (day.weekday() + 1) % 7
    return day - timedelta(days=back)


class CalendarTab(QWidget):
    new_booking_requested = Signal(object, object, object)  # resource id or None, start, end
    booking_activated = Signal(int)

    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner | None = None,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.data, self.lang, self.tasks = data, lang, tasks
        self.qlocale = QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English,
                              QLocale.Country.Canada)
        self.view = "month"
        self.anchor = today or date.today()
        self._fixed_today = today
        self.rows: list[CalendarRow] | None = None  # read when first shown
        self._rows_by_id: dict[int, CalendarRow] = {}
        self.resource_id: int | None = None  # None: all resources

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.resource = QComboBox()
        self.resource.setObjectName("calendar-resource")
        self.resource.setEditable(True)
        self.resource.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.resource.setMinimumContentsLength(12)
        self.resource.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.resource.setAccessibleName(self.tr("Resource shown"))
        completer = QCompleter(self.resource.model(), self.resource)
        self.resource.setCompleter(completer)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.resource.addItem(self.tr("All resources"), None)
        self.resource.currentIndexChanged.connect(self._resource_chosen)
        completer.activated.connect(self._typed)
        typing = self.resource.lineEdit()
        assert typing is not None  # an editable combo box has its line edit
        typing.returnPressed.connect(lambda: self._typed(self.resource.currentText()))
        shown = QLabel(self.tr("&Show:"))
        shown.setBuddy(self.resource)
        bar.addWidget(shown)
        bar.addWidget(self.resource, 1)
        navigation = QHBoxLayout()
        self.previous = QPushButton(self.tr("‹ Previous"))
        self.previous.setObjectName("calendar-previous")
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setObjectName("calendar-today")
        self.next = QPushButton(self.tr("Next ›"))
        self.next.setObjectName("calendar-next")
        self.previous.clicked.connect(lambda: self.move_by(-1))
        self.next.clicked.connect(lambda: self.move_by(1))
        self.today_button.clicked.connect(self.go_today)
        for button in (self.previous, self.today_button, self.next):
            navigation.addWidget(button)
        self.period = QLabel()
        self.period.setObjectName("calendar-period")
        font = self.period.font()
        font.setBold(True)
        self.period.setFont(font)
        navigation.addSpacing(8)
        navigation.addWidget(self.period, 1)
        self.view_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        words = {"day": self.tr("Day"), "week": self.tr("Week"), "month": self.tr("Month")}
        for number, view in enumerate(VIEWS, start=1):
            button = QPushButton(words[view])
            button.setObjectName(f"calendar-view:{view}")
            button.setCheckable(True)
            button.setToolTip(self.tr("%1 view (Ctrl+%2)").replace("%1", words[view]).replace("%2", str(number)))
            button.clicked.connect(lambda _checked=False, v=view: self.set_view(v))
            group.addButton(button)
            bar.addWidget(button)
            self.view_buttons[view] = button
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda v=view: self.set_view(v))
        for keys, step in (("Alt+Left", -1), ("Alt+Right", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.move_by(s))
        self.view_buttons["month"].setChecked(True)
        layout.addLayout(bar)
        layout.addLayout(navigation)

        legend = QWidget()
        legend.setObjectName("calendar-legend")
        flow = FlowLayout(legend, spacing=12)
        flow.setContentsMargins(0, 0, 0, 0)
        self.state_boxes: dict[str, QCheckBox] = {}
        for state in STATES:
            box = QCheckBox(self.state_word(state))
            box.setObjectName(f"calendar-state:{state}")
            box.setChecked(True)
            box.setIcon(_swatch(state))
            box.setToolTip(self.tr("Show or hide the bookings in this state"))
            box.toggled.connect(self._states_changed)
            flow.addWidget(box)
            self.state_boxes[state] = box
        layout.addWidget(legend)

        self.grid = CalendarGrid(self._fetch, self.describe, self)
        self.grid.setAccessibleName(self.tr("Calendar of bookings"))
        self.grid.empty_text = self.tr("No resources yet. Add what you lend in the Inventory tab: "
                                       "its bookings and loans will show here.")
        if today is not None:
            self.grid.now = lambda: datetime.combine(today, time(12))
        self.grid.new_booking_requested.connect(self.new_booking_requested.emit)
        self.grid.booking_activated.connect(self.booking_activated.emit)
        self.grid.cursor_moved.connect(self._describe_selection)
        layout.addWidget(self.grid, 1)
        self.setFocusProxy(self.grid)
        self.follower = follow(self, data, (changes.RESOURCES,), self._changed)

    # -- words -----------------------------------------------------------------------------------

    def state_word(self, state: str) -> str:
        return {"requested": self.tr("Requested"), "approved": self.tr("Approved"),
                "on_loan": self.tr("On loan"), "overdue": self.tr("Overdue"),
                "returned": self.tr("Returned")}.get(state, state)

    def _date(self, day: date, form: str) -> str:
        return self.qlocale.toString(QDate(day.year, day.month, day.day), form)

    def short_day(self, day: date) -> str:
        """« lun. 7 déc. » / "Mon Dec 7"."""
        return self._date(day, "ddd d MMM" if self.lang == "fr" else "ddd MMM d")

    def long_day(self, day: date) -> str:
        return self._date(day, "dddd d MMMM yyyy" if self.lang == "fr" else "dddd, MMMM d, yyyy")

    def moment(self, when: datetime) -> str:
        hour = (f"{when.hour} h {when.minute:02d}" if when.minute else f"{when.hour} h") if self.lang == "fr" \
            else self.qlocale.toString(QTime(when.hour, when.minute), "h:mm AP").replace(" ", "\u00a0")
        return f"{self.short_day(when.date())} {hour}" if self.lang == "en" else f"{self.short_day(when.date())}, {hour}"

    def hour_label(self, hour: int) -> tuple[str, str]:
        if self.lang == "fr":
            return f"{hour}\u00a0h", str(hour)
        twelve = hour % 12 or 12
        return f"{twelve}\u00a0{'AM' if hour < 12 else 'PM'}", f"{twelve}{'a' if hour < 12 else 'p'}"

    def describe(self, span: Span, state: str) -> str:
        """A bar's tooltip (and what a screen reader hears for the selected bar)."""
        row = self._row(span.resource_id)
        who = span.borrower or self.tr("Ourselves")
        lines = [f"{row.title if row else ''}", f"{self.state_word(state)} — {who}",
                 f"{self.moment(span.starts_at)} → {self.moment(span.ends_at)}"]
        if span.quantity > 1:
            lines.append(self.tr("Quantity: %1").replace("%1", str(span.quantity)))
        if span.purpose:
            lines.append(span.purpose)
        return "\n".join(line for line in lines if line)

    # -- data ------------------------------------------------------------------------------------

    def _row(self, resource_id: int) -> CalendarRow | None:
        return self._rows_by_id.get(resource_id)

    def _fetch(self, start: datetime, end: datetime, ids: Sequence[int] | None) -> list[Span]:
        return calendar_service.spans(self.data, start, end, ids)

    def load(self) -> None:
        """Read the resources (and, as painted, their bookings) again."""
        self.follower.read()
        self.rows = calendar_service.rows(self.data, self.lang)
        self._rows_by_id = {row.resource_id: row for row in self.rows}
        self.resource.blockSignals(True)
        self.resource.clear()
        self.resource.addItem(self.tr("All resources"), None)
        for row in self.rows:
            self.resource.addItem(row.title, row.resource_id)
        found = self.resource.findData(self.resource_id) if self.resource_id is not None else 0
        if found < 0:
            self.resource_id, found = None, 0
        self.resource.setCurrentIndex(found)
        self.resource.blockSignals(False)
        self.grid.forget()
        self.rebuild(keep_cursor=True)

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        if self.rows is None:
            self.load()
        super().showEvent(event)  # type: ignore[arg-type]

    def _changed(self, change: Change) -> None:
        if self.rows is None:
            return
        if change.only("bookings", change.ids.get("bookings", ())):
            self.follower.read()
            self.grid.forget()  # the resources are as they were: only the bars change
        else:
            self.load()

    # -- navigation ------------------------------------------------------------------------------

    def set_view(self, view: str) -> None:
        self.view = view
        self.view_buttons[view].setChecked(True)
        self.rebuild()

    def set_anchor(self, day: date) -> None:
        self.anchor = day
        self.rebuild()

    def move_by(self, step: int) -> None:
        if self.view == "month":
            month = self.anchor.month - 1 + step
            year = self.anchor.year + month // 12
            self.anchor = date(year, month % 12 + 1, 1)
        else:
            self.anchor += timedelta(days=step * (7 if self.view == "week" else 1))
        self.rebuild()

    def go_today(self) -> None:
        self.anchor = self._fixed_today or date.today()
        self.rebuild()
        today = self.anchor
        layout = self.grid.layout_
        if layout.count:
            for index in range(layout.count if layout.single else 1):
                lane = layout.lane_at(index)
                for cell in range(layout.cells):
                    start, end = layout.cell_time(lane, cell)
                    if start.date() <= today < end.date() or start.date() == today:
                        self.grid.select(index if layout.single else self.grid.lane, cell)
                        return

    def _typed(self, text: str) -> None:
        """A title typed (or picked among those containing what was typed): show that resource;
        a part of a title that only one resource has is enough."""
        found = self.resource.findText(text, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            matches = [index for index in range(1, self.resource.count())
                       if text.casefold() in self.resource.itemText(index).casefold()]
            found = matches[0] if len(matches) == 1 else -1
        if found >= 0:
            self.resource.setCurrentIndex(found)
            self.resource.setEditText(self.resource.itemText(found))

    def _resource_chosen(self, index: int) -> None:
        if index < 0:
            return
        self.resource_id = self.resource.itemData(index)
        self.rebuild()

    def _states_changed(self) -> None:
        self.grid.hidden_states = {state for state, box in self.state_boxes.items() if not box.isChecked()}
        self.grid.viewport().update()

    def _describe_selection(self) -> None:
        grid = self.grid
        layout = grid.layout_
        if not layout.count:
            grid.setAccessibleDescription("")
            return
        lane = layout.lane_at(grid.lane)
        _index, first, last = grid.selection()
        start = layout.cell_time(lane, first)[0]
        end = layout.cell_time(lane, last)[1]
        when = f"{self.moment(start)} → {self.moment(end)}"
        span = grid.selected_span()
        what = self.describe(span, span.state(grid.now())).replace("\n", ", ") if span else self.tr("free")
        grid.setAccessibleDescription(f"{lane.label}, {when}: {what}")

    # -- layouts ---------------------------------------------------------------------------------

    def rebuild(self, keep_cursor: bool = False) -> None:
        """Lay out the grid for the view, the period and the resource chosen."""
        if self.rows is None:
            return
        today = self._fixed_today or date.today()
        layout = self._all_layout(today) if self.resource_id is None else self._single_layout(today)
        self.grid.set_layout(layout, keep_cursor)
        self.period.setText(self._period_text())

    def _period_text(self) -> str:
        if self.view == "month":
            text = self._date(self.anchor, "MMMM yyyy")
            return text[:1].upper() + text[1:]
        if self.view == "week":
            first = week_start(self.anchor, self.lang)
            return self.tr("Week of %1").replace("%1", self.short_day(first))
        text = self.long_day(self.anchor)
        return text[:1].upper() + text[1:]

    def _days(self) -> list[date]:
        if self.view == "month":
            first = self.anchor.replace(day=1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return [first + timedelta(days=n) for n in range((following - first).days)]
        if self.view == "week":
            first = week_start(self.anchor, self.lang)
            return [first + timedelta(days=n) for n in range(7)]
        return [self.anchor]

    def _lane_label(self, row: CalendarRow) -> str:
        return row.title

    def _all_layout(self, today: date) -> Layout:
        rows = self.rows or []
        days = self._days()
        start = datetime.combine(days[0], time())
        end = datetime.combine(days[-1] + timedelta(days=1), time())
        edges: list[timedelta] = []
        columns: list[tuple[str, str]] = []
        groups: list[tuple[str, int, int]] = []
        hours: list[tuple[timedelta, timedelta]] = []
        shaded: set[int] = set()
        today_cells: set[int] = set()
        if self.view == "month":
            for n, day in enumerate(days):
                edges.append(timedelta(days=n))
                weekday = self._date(day, "ddd")
                columns.append((f"{weekday}\n{day.day}", f"{weekday[:2]}\n{day.day}"))
                hours.append((timedelta(days=n) + WORKDAY[0], timedelta(days=n) + WORKDAY[1]))
                if day.weekday() >= 5:
                    shaded.add(n)
                if day == today:
                    today_cells.add(n)
            edges.append(timedelta(days=len(days)))
        elif self.view == "week":
            words = ((self.tr("Morning"), self.tr("AM")), (self.tr("Afternoon"), self.tr("PM")),
                     (self.tr("Evening"), self.tr("Eve.")))
            for n, day in enumerate(days):
                groups.append((self.short_day(day), n * 3, n * 3 + 2))
                for part, (begin, _end, book_from, book_to) in enumerate(DAY_PARTS):
                    cell = n * 3 + part
                    edges.append(timedelta(days=n, hours=begin))
                    columns.append(words[part])
                    hours.append((timedelta(days=n, hours=book_from), timedelta(days=n, hours=book_to)))
                    if day.weekday() >= 5:
                        shaded.add(cell)
                    if day == today:
                        today_cells.add(cell)
            edges.append(timedelta(days=7))
        else:
            groups.append((self.long_day(days[0]), 0, 23))
            for hour in range(24):
                edges.append(timedelta(hours=hour))
                columns.append(self.hour_label(hour))
                if hour < 8 or hour >= 18:
                    shaded.add(hour)
            edges.append(timedelta(days=1))
        ids = tuple(row.resource_id for row in rows)

        def lane_at(index: int) -> Lane:
            row = rows[index]
            return Lane(row.resource_id, self._lane_label(row), start, row.category)

        return Layout(len(rows), lane_at, edges, columns, groups, start, end, hours,
                      frozenset(shaded), frozenset(today_cells), single=False, resource_ids=ids)

    def _single_layout(self, today: date) -> Layout:
        row = self._row(self.resource_id or 0)
        rid = self.resource_id or 0
        title = row.title if row else ""
        edges: list[timedelta]
        columns: list[tuple[str, str]] = []
        groups: list[tuple[str, int, int]] = []
        hours: list[tuple[timedelta, timedelta]] = []
        shaded: set[int] = set()
        today_cells: set[int] = set()
        lanes: list[Lane] = []
        if self.view == "month":
            days = self._days()
            first = week_start(days[0], self.lang)
            weeks = ((days[-1] - first).days // 7) + 1
            edges = [timedelta(days=n) for n in range(8)]
            for n in range(7):
                day = first + timedelta(days=n)
                weekday = self._date(day, "ddd")
                columns.append((weekday, weekday[:2]))
                hours.append((timedelta(days=n) + WORKDAY[0], timedelta(days=n) + WORKDAY[1]))
                if day.weekday() >= 5:
                    shaded.add(n)
            for week in range(weeks):
                monday = first + timedelta(days=7 * week)
                cells = [monday + timedelta(days=n) for n in range(7)]
                form = "d MMM" if self.lang == "fr" else "MMM d"
                label = f"{self._date(cells[0], form)} – {self._date(cells[-1], form)}"
                lanes.append(Lane(rid, label, datetime.combine(monday, time()), title,
                                  tuple(str(d.day) for d in cells),
                                  frozenset(n for n, d in enumerate(cells) if d.month != self.anchor.month),
                                  cells.index(today) if today in cells else None))
            groups.append((title, 0, 6))
        else:
            days = self._days()
            edges = [timedelta(hours=h) for h in range(25)]
            for hour in range(24):
                columns.append(self.hour_label(hour))
                if hour < 8 or hour >= 18:
                    shaded.add(hour)
            groups.append((title, 0, 23))
            for day in days:
                label = self.short_day(day)
                lanes.append(Lane(rid, label, datetime.combine(day, time()), title,
                                  today=(datetime.now().hour if self._fixed_today is None else 12)
                                  if day == today else None))
        start = lanes[0].start
        end = lanes[-1].start + edges[-1]
        return Layout(len(lanes), lanes.__getitem__, edges, columns, groups, start, end, hours,
                      frozenset(shaded), frozenset(today_cells), single=True, resource_ids=(rid,))


def _swatch(state: str) -> QPixmap:
    """The legend's sample of a state: its colour, pattern and sign, as the bars show them."""
    style = STYLES[state]
    pixmap = QPixmap(28, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor(style.edge), 1))
    painter.setBrush(QColor(style.fill))
    painter.drawRoundedRect(QRectF(0.5, 0.5, 27, 15), 3, 3)
    if style.pattern != Qt.BrushStyle.NoBrush:
        pattern = QColor(style.edge)
        pattern.setAlpha(110)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(pattern, style.pattern))
        painter.drawRoundedRect(QRectF(0.5, 0.5, 27, 15), 3, 3)
    painter.setPen(QColor("#1a1a1a"))
    painter.drawText(QRectF(0, 0, 28, 16), Qt.AlignmentFlag.AlignCenter, style.sign)
    painter.end()
    return pixmap

