"""The calendar's grid: lanes of time (one per resource, or the weeks / days of one resource) cut
into cells (days, parts of a day, hours), with the bookings drawn over them as bars.

Thousands of lanes stay quick because only what is on screen is ever looked at: the lanes in view
are painted, and their bookings are asked for by blocks of lanes and the window's time range
(``fetch``), kept per block until the data changes. The vertical scroll bar counts lanes, not pixels.

Mouse: a click selects a cell or a bar, a double click opens the bar (``booking_activated``) or asks
for a booking of the cell (``new_booking_requested``), dragging over empty cells selects a range and
then asks for a booking of it. Keyboard: arrows move the selected cell, Shift+arrows stretch it,
Enter opens the bar in the cell or asks for a booking of the selection.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from partage_desktop.services.resources.calendar import Span

BLOCK = 64  # lanes whose bookings are asked for together
CACHE_BLOCKS = 256


@dataclass(frozen=True)
class Style:
    """How a state of a booking is drawn: colours, and a pattern and a sign that tell it without
    colour."""

    fill: str
    edge: str
    pattern: Qt.BrushStyle
    sign: str


STYLES: dict[str, Style] = {
    "requested": Style("#fff1b8", "#8a6d00", Qt.BrushStyle.BDiagPattern, "?"),
    "approved": Style("#c8e6c9", "#2e7d32", Qt.BrushStyle.NoBrush, "✓"),
    "on_loan": Style("#bbdefb", "#1456a0", Qt.BrushStyle.HorPattern, "→"),
    "overdue": Style("#ffcdd2", "#b3261e", Qt.BrushStyle.DiagCrossPattern, "!"),
    "returned": Style("#e6e6e6", "#666666", Qt.BrushStyle.Dense6Pattern, "↩"),
}


@dataclass(frozen=True)
class Lane:
    """One line of the grid: ``resource_id``'s time from ``start`` to ``start + edges[-1]``."""

    resource_id: int
    label: str
    start: datetime
    detail: str = ""  # said by screen readers and tooltips (the category, the week…)
    # per cell: a small label in its corner (the day of the month) and whether it lies outside
    # the period (days of the neighbouring months)
    corners: tuple[str, ...] = ()
    muted: frozenset[int] = frozenset()
    today: int | None = None  # the cell of today, when it is in this lane only


@dataclass
class Layout:
    """What the grid shows: the lanes (made on demand: 5,000 resources make 5,000 lanes), the
    cells' edges from a lane's start, the header and the time range to ask bookings for."""

    count: int
    lane_at: Callable[[int], Lane]
    edges: Sequence[timedelta]  # len = cells + 1, from 0 to the lane's length
    columns: Sequence[tuple[str, str]]  # per cell: (label, shorter label) ; "\n" splits lines
    groups: Sequence[tuple[str, int, int]]  # header above the cells: (label, first cell, last cell)
    start: datetime
    end: datetime
    # per cell: the hours a new booking of that cell takes (from the lane's start): a day's cell
    # asks for 9 h to 17 h, not midnight to midnight
    booking_hours: Sequence[tuple[timedelta, timedelta]] = ()
    shaded: frozenset[int] = frozenset()  # cells of the weekend
    today: frozenset[int] = frozenset()  # cells of today (all lanes alike)
    single: bool = False  # one resource: every lane is the same resource
    resource_ids: Sequence[int] = field(default_factory=tuple)  # all-resources: the lanes' ids

    @property
    def cells(self) -> int:
        return len(self.edges) - 1

    def cell_time(self, lane: Lane, cell: int) -> tuple[datetime, datetime]:
        return lane.start + self.edges[cell], lane.start + self.edges[cell + 1]

    def booking_time(self, lane: Lane, first: int, last: int) -> tuple[datetime, datetime]:
        if self.booking_hours:
            return lane.start + self.booking_hours[first][0], lane.start + self.booking_hours[last][1]
        return lane.start + self.edges[first], lane.start + self.edges[last + 1]


EMPTY = Layout(0, lambda i: Lane(0, "", datetime(2000, 1, 1)), (timedelta(0), timedelta(days=1)),
               (("", ""),), (), datetime(2000, 1, 1), datetime(2000, 1, 2))


class CalendarGrid(QAbstractScrollArea):
    new_booking_requested = Signal(object, object, object)  # resource id, start, end (datetimes)
    booking_activated = Signal(int)  # booking id
    cursor_moved = Signal()

    def __init__(self, fetch: Callable[[datetime, datetime, Sequence[int] | None], list[Span]],
                 describe: Callable[[Span, str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resources-calendar-grid")
        self.fetch, self.describe = fetch, describe
        self.layout_: Layout = EMPTY
        self.hidden_states: set[str] = set()
        self.empty_text = ""
        self.now: Callable[[], datetime] = datetime.now
        self._cache: OrderedDict[tuple[object, ...], dict[int, list[Span]]] = OrderedDict()
        self.lane, self.cell, self.anchor = 0, 0, 0  # the selected cell, and where its range began
        self.booking: int | None = None  # the selected bar
        self._dragging = self._dragged = False
        self.painted_at = 0.0  # perf_counter of the last paint finished (benchmark)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(False)
        self.verticalScrollBar().setSingleStep(1)
        self.horizontalScrollBar().setSingleStep(20)
        self._measure()

    # -- geometry ------------------------------------------------------------------------------

    def _measure(self) -> None:
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        self.base_row_h = max(28, line * 2 - 2)
        self.corner_h = QFontMetrics(self._small_font()).height()
        self.row_h = self.base_row_h + (self.corner_h if self.layout_.count and self.layout_.lane_at(0).corners else 0)
        self.label_w = max(140, metrics.horizontalAdvance("M") * 12)
        self.group_h = line + 8
        self.columns_h = line * 2 + 8

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FontChange:
            self._measure()
            self._update_bars()
        super().changeEvent(event)

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        return small

    def header_h(self) -> int:
        return (self.group_h if self.layout_.groups else 0) + self.columns_h

    def min_cell_w(self) -> int:
        cells = self.layout_.cells
        return 18 if cells > 24 else 24 if cells > 7 else 40

    def cell_w(self) -> float:
        free = self.viewport().width() - self.label_w
        return max(float(self.min_cell_w()), free / max(1, self.layout_.cells))

    def visible_lanes(self) -> int:
        return max(1, (self.viewport().height() - self.header_h()) // self.row_h)

    def first_lane(self) -> int:
        return self.verticalScrollBar().value()

    def _update_bars(self) -> None:
        count = self.layout_.count
        self.verticalScrollBar().setRange(0, max(0, count - self.visible_lanes()))
        self.verticalScrollBar().setPageStep(self.visible_lanes())
        total = int(self.cell_w() * self.layout_.cells) + self.label_w
        self.horizontalScrollBar().setRange(0, max(0, total - self.viewport().width()))
        self.horizontalScrollBar().setPageStep(max(1, self.viewport().width() - self.label_w))

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._update_bars()

    def cell_rect(self, lane: int, cell: int) -> QRect:
        """Where a cell is drawn in the viewport (outside it when scrolled away)."""
        width = self.cell_w()
        x = self.label_w + int(cell * width) - self.horizontalScrollBar().value()
        right = self.label_w + int((cell + 1) * width) - self.horizontalScrollBar().value()
        y = self.header_h() + (lane - self.first_lane()) * self.row_h
        return QRect(x, y, right - x, self.row_h)

    def _x_of(self, lane: Lane, moment: datetime) -> float:
        edges = self.layout_.edges
        offset = min(max(moment - lane.start, edges[0]), edges[-1])
        cell = min(bisect_right(edges, offset) - 1, len(edges) - 2)
        part = (offset - edges[cell]) / (edges[cell + 1] - edges[cell])
        return self.label_w + (cell + part) * self.cell_w() - self.horizontalScrollBar().value()

    def hit(self, pos: QPoint) -> tuple[int, int] | None:
        """The (lane, cell) at a point of the viewport, or None (header, labels, past the end)."""
        if pos.y() < self.header_h() or pos.x() < self.label_w:
            return None
        lane = self.first_lane() + (pos.y() - self.header_h()) // self.row_h
        cell = int((pos.x() - self.label_w + self.horizontalScrollBar().value()) // self.cell_w())
        if not (0 <= lane < self.layout_.count and 0 <= cell < self.layout_.cells):
            return None
        return lane, cell

    # -- data ----------------------------------------------------------------------------------

    def set_layout(self, layout: Layout, keep_cursor: bool = False) -> None:
        self.layout_ = layout
        self._measure()  # lanes with day numbers in their corners are taller
        if not keep_cursor:
            self.booking = None
        self.lane = min(self.lane, max(0, layout.count - 1))
        self.cell = self.anchor = min(self.cell, layout.cells - 1)
        self._update_bars()
        self._ensure_visible()
        self.viewport().update()
        self.cursor_moved.emit()

    def forget(self) -> None:
        """The bookings changed: ask again for what is shown."""
        self._cache.clear()
        self.viewport().update()

    def _block(self, index: int) -> dict[int, list[Span]]:
        layout = self.layout_
        if layout.single:
            key: tuple[object, ...] = (layout.start, layout.end, "single", layout.lane_at(0).resource_id)
            ids: Sequence[int] | None = [layout.lane_at(0).resource_id]
        else:
            key = (layout.start, layout.end, index // BLOCK)
            first = (index // BLOCK) * BLOCK
            ids = layout.resource_ids[first:first + BLOCK]
        found = self._cache.get(key)
        if found is None:
            found = {}
            for span in self.fetch(layout.start, layout.end, ids):
                found.setdefault(span.resource_id, []).append(span)
            self._cache[key] = found
            while len(self._cache) > CACHE_BLOCKS:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return found

    def lane_spans(self, index: int) -> list[tuple[Span, str]]:
        """The bookings shown in a lane with their state, those of a hidden state left out."""
        layout = self.layout_
        lane = layout.lane_at(index)
        start, end = lane.start, lane.start + layout.edges[-1]
        now = self.now()
        found = []
        for span in self._block(index).get(lane.resource_id, ()):
            if span.starts_at < end and span.ends_at > start:
                state = span.state(now)
                if state not in self.hidden_states:
                    found.append((span, state))
        return found

    def bars(self, index: int) -> list[tuple[QRectF, Span, str]]:
        """The bars of a lane as drawn: bookings overlapping each other share the height."""
        spans = self.lane_spans(index)
        if not spans:
            return []
        tracks: list[datetime] = []  # the end of the last bar of each track
        placed = []
        for span, state in spans:
            for track, busy_until in enumerate(tracks):
                if busy_until <= span.starts_at:
                    tracks[track] = span.ends_at
                    break
            else:
                track = len(tracks)
                tracks.append(span.ends_at)
            placed.append((span, state, track))
        lane = self.layout_.lane_at(index)
        top = self.header_h() + (index - self.first_lane()) * self.row_h + 3
        space = self.row_h - 6
        if lane.corners:  # below the day numbers
            top += self.corner_h
            space -= self.corner_h
        height = space / len(tracks)
        bars = []
        for span, state, track in placed:
            left, right = self._x_of(lane, span.starts_at), self._x_of(lane, span.ends_at)
            bars.append((QRectF(left + 1, top + track * height, max(4.0, right - left - 2), height - 1),
                         span, state))
        return bars

    def bar_at(self, pos: QPoint) -> Span | None:
        found = self.hit(pos)
        if found is None:
            return None
        for rect, span, _state in self.bars(found[0]):
            if rect.contains(pos.toPointF()):
                return span
        return None

    def spans_in_cell(self, lane: int, cell: int) -> list[Span]:
        start, end = self.layout_.cell_time(self.layout_.lane_at(lane), cell)
        return [span for span, _state in self.lane_spans(lane) if span.starts_at < end and span.ends_at > start]

    # -- selection -----------------------------------------------------------------------------

    def selection(self) -> tuple[int, int, int]:
        """(lane, first cell, last cell) selected."""
        return self.lane, min(self.anchor, self.cell), max(self.anchor, self.cell)

    def select(self, lane: int, cell: int, extend: bool = False, booking: int | None = None) -> None:
        layout = self.layout_
        if layout.count == 0:
            return
        lane = min(max(lane, 0), layout.count - 1)
        cell = min(max(cell, 0), layout.cells - 1)
        if not extend or lane != self.lane:
            self.anchor = cell
        self.lane, self.cell = lane, cell
        if booking is None and not extend:
            inside = self.spans_in_cell(lane, cell)
            booking = inside[0].booking_id if inside else None
        self.booking = booking
        self._ensure_visible()
        self.viewport().update()
        self.cursor_moved.emit()

    def _ensure_visible(self) -> None:
        bar = self.verticalScrollBar()
        if self.lane < bar.value():
            bar.setValue(self.lane)
        elif self.lane >= bar.value() + self.visible_lanes():
            bar.setValue(self.lane - self.visible_lanes() + 1)
        rect = self.cell_rect(self.lane, self.cell)
        horizontal = self.horizontalScrollBar()
        if rect.left() < self.label_w:
            horizontal.setValue(horizontal.value() - (self.label_w - rect.left()))
        elif rect.right() > self.viewport().width():
            horizontal.setValue(horizontal.value() + rect.right() - self.viewport().width() + 1)

    def selected_span(self) -> Span | None:
        if self.booking is None or self.layout_.count == 0:
            return None
        for span in self.spans_in_cell(self.lane, self.cell):
            if span.booking_id == self.booking:
                return span
        return None

    def activate(self) -> None:
        """Enter: open the selected bar, or ask for a booking of the selected cells."""
        if self.layout_.count == 0:
            return
        span = self.selected_span()
        if span is not None:
            self.booking_activated.emit(span.booking_id)
            return
        lane_index, first, last = self.selection()
        lane = self.layout_.lane_at(lane_index)
        start, end = self.layout_.booking_time(lane, first, last)
        self.new_booking_requested.emit(lane.resource_id, start, end)

    # -- input ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key, mods = Qt.Key(event.key()), event.modifiers()
        extend = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0),
                 Qt.Key.Key_Down: (1, 0), Qt.Key.Key_PageUp: (-self.visible_lanes(), 0),
                 Qt.Key.Key_PageDown: (self.visible_lanes(), 0)}
        if key in moves and not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            down, right = moves[key]
            self.select(self.lane + down, self.cell + right, extend=extend and down == 0)
        elif key == Qt.Key.Key_Home:
            self.select(self.lane, 0, extend=extend)
        elif key == Qt.Key.Key_End:
            self.select(self.lane, self.layout_.cells - 1, extend=extend)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        found = self.hit(event.position().toPoint())
        if found is None or event.button() != Qt.MouseButton.LeftButton:
            return
        span = self.bar_at(event.position().toPoint())
        extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.select(*found, extend=extend, booking=span.booking_id if span else None)
        if span is None:
            self.booking = None
            self._dragging, self._dragged = True, False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if not self._dragging:
            return
        pos = event.position().toPoint()
        cell = int((pos.x() - self.label_w + self.horizontalScrollBar().value()) // self.cell_w())
        if cell != self.cell:
            self._dragged = True
            self.select(self.lane, cell, extend=True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._dragging and event.button() == Qt.MouseButton.LeftButton:
            self._dragging = False
            if self._dragged and self.anchor != self.cell:  # a range dragged over: ask for a booking of it
                self.activate()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        found = self.hit(event.position().toPoint())
        if found is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._dragging = False
        span = self.bar_at(event.position().toPoint())
        self.select(*found, booking=span.booking_id if span else None)
        if span is None:
            self.booking = None
        self.activate()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            span = self.bar_at(pos)
            if span is not None:
                QToolTip.showText(event.globalPos(), self.describe(span, span.state(self.now())), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def focusInEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.viewport().update()

    def focusOutEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt API
        self.viewport().update()

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self.viewport())
        try:
            self._paint(painter)
        finally:
            painter.end()
        self.painted_at = time.perf_counter()

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        layout = self.layout_
        width, height = self.viewport().width(), self.viewport().height()
        painter.fillRect(0, 0, width, height, palette.color(QPalette.ColorRole.Base))
        text_color = palette.color(QPalette.ColorRole.Text)
        line_color = palette.color(QPalette.ColorRole.Mid)
        header_h, row_h, cell_w = self.header_h(), self.row_h, self.cell_w()
        if layout.count == 0:
            painter.setPen(text_color)
            painter.drawText(QRect(16, 16, width - 32, height - 32),
                             Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, self.empty_text)
            return
        first = self.first_lane()
        last = min(layout.count, first + self.visible_lanes() + 1)
        shift = self.horizontalScrollBar().value()
        cells_right = min(width, self.label_w + int(layout.cells * cell_w) - shift)
        first_cell = max(0, int(shift // cell_w))
        last_cell = min(layout.cells, int((shift + width - self.label_w) // cell_w) + 1)
        lanes_bottom = header_h + (last - first) * row_h
        painter.setClipRect(self.label_w, header_h, width - self.label_w, height - header_h)
        # weekends and today, down the whole column
        shade = palette.color(QPalette.ColorRole.AlternateBase)
        today = QColor(palette.color(QPalette.ColorRole.Highlight))
        today.setAlpha(40)
        for cell in range(first_cell, last_cell):
            rect = self.cell_rect(first, cell)
            column = QRect(rect.left(), header_h, rect.width(), lanes_bottom - header_h)
            if cell in layout.today:
                painter.fillRect(column, today)
            elif cell in layout.shaded:
                painter.fillRect(column, shade)
        # cells of one resource's month outside the month, and the day numbers
        small = self._small_font()
        muted_text = palette.color(QPalette.ColorRole.PlaceholderText)
        for index in range(first, last):
            lane = layout.lane_at(index)
            if lane.muted:
                for cell in lane.muted:
                    painter.fillRect(self.cell_rect(index, cell), shade)
            if lane.today is not None:
                painter.fillRect(self.cell_rect(index, lane.today), today)
            if lane.corners:
                painter.setFont(small)
                for cell in range(first_cell, last_cell):
                    painter.setPen(muted_text if cell in lane.muted else palette.color(QPalette.ColorRole.Highlight)
                                   if cell == lane.today else text_color)
                    painter.drawText(self.cell_rect(index, cell).adjusted(2, 0, -2, 0),
                                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, lane.corners[cell])
                painter.setFont(self.font())
        # the grid's lines
        painter.setPen(QPen(line_color, 0))
        for cell in range(first_cell, last_cell + 1):
            x = self.label_w + int(cell * cell_w) - shift
            painter.drawLine(x, header_h, x, lanes_bottom)
        for index in range(first, last + 1):
            y = header_h + (index - first) * row_h
            painter.drawLine(self.label_w, y, cells_right, y)
        # the bookings
        metrics = QFontMetrics(self.font())
        selected_rect: QRectF | None = None
        for index in range(first, last):
            for bar, span, state in self.bars(index):
                if bar.right() < self.label_w or bar.left() > width:
                    continue
                lane = layout.lane_at(index)
                sides = (span.starts_at < lane.start, span.ends_at > lane.start + layout.edges[-1])
                self._paint_bar(painter, bar, span, state, metrics, sides)
                if span.booking_id == self.booking and index == self.lane:
                    selected_rect = bar
        # the selected cells, then the selected bar
        lane_index, first_sel, last_sel = self.selection()
        if first <= lane_index < last:
            left = self.cell_rect(lane_index, first_sel)
            right = self.cell_rect(lane_index, last_sel)
            area = QRect(left.topLeft(), right.bottomRight())
            highlight = palette.color(QPalette.ColorRole.Highlight)
            fill = QColor(highlight)
            fill.setAlpha(50)
            if selected_rect is None:
                painter.fillRect(area, fill)
            pen = QPen(highlight, 3 if self.hasFocus() else 1)
            pen.setStyle(Qt.PenStyle.SolidLine if self.hasFocus() else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect((selected_rect or QRectF(area)).adjusted(1, 1, -1, -1))
        painter.setClipping(False)
        self._paint_labels(painter, first, last, text_color, line_color)
        self._paint_header(painter, first_cell, last_cell, text_color, line_color)

    def _paint_bar(self, painter: QPainter, rect: QRectF, span: Span, state: str, metrics: QFontMetrics,
                   continues: tuple[bool, bool]) -> None:
        """A booking's bar; ``continues``: it began before the lane, it goes on after it (told by
        ◂ and ▸)."""
        style = STYLES.get(state, STYLES["approved"])
        edge = QColor(style.edge)
        painter.setPen(QPen(edge, 1))
        painter.setBrush(QColor(style.fill))
        painter.drawRoundedRect(rect, 3, 3)
        if style.pattern != Qt.BrushStyle.NoBrush:
            pattern = QColor(edge)
            pattern.setAlpha(110)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(pattern, style.pattern))
            painter.drawRoundedRect(rect, 3, 3)
        if rect.height() >= metrics.height() - 2 and rect.width() > metrics.horizontalAdvance("M") * 2:
            text = f"{style.sign} {span.borrower}" if span.borrower else style.sign
            if continues[0]:
                text = "◂ " + text
            if continues[1] and metrics.horizontalAdvance(text + " ▸") < rect.width() - 6:
                text += " ▸"
            inner = rect.adjusted(4, 0, -3, 0)
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width()))
            back = QRectF(inner.left() - 2, inner.center().y() - metrics.height() / 2,
                          min(inner.width(), metrics.horizontalAdvance(text) + 4), metrics.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.fill))
            painter.drawRect(back)  # the text stays readable over the pattern
            painter.setPen(QColor("#1a1a1a"))
            painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_labels(self, painter: QPainter, first: int, last: int, text_color: QColor,
                      line_color: QColor) -> None:
        layout = self.layout_
        palette = self.palette()
        header_h, row_h = self.header_h(), self.row_h
        painter.fillRect(0, header_h, self.label_w, self.viewport().height() - header_h,
                         palette.color(QPalette.ColorRole.Window))
        metrics = QFontMetrics(self.font())
        for index in range(first, last):
            lane = layout.lane_at(index)
            rect = QRect(6, header_h + (index - first) * row_h, self.label_w - 10, row_h)
            if index == self.lane:
                bold = QFont(self.font())
                bold.setBold(True)
                painter.setFont(bold)
                text = QFontMetrics(bold).elidedText(lane.label, Qt.TextElideMode.ElideRight, rect.width())
            else:
                text = metrics.elidedText(lane.label, Qt.TextElideMode.ElideRight, rect.width())
            painter.setPen(text_color)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            painter.setFont(self.font())
            painter.setPen(QPen(line_color, 0))
            painter.drawLine(0, rect.bottom() + 1, self.label_w, rect.bottom() + 1)
        painter.drawLine(self.label_w - 1, header_h, self.label_w - 1, header_h + (last - first) * row_h)

    def _paint_header(self, painter: QPainter, first_cell: int, last_cell: int, text_color: QColor,
                      line_color: QColor) -> None:
        layout = self.layout_
        palette = self.palette()
        width = self.viewport().width()
        header_h = self.header_h()
        painter.fillRect(0, 0, width, header_h, palette.color(QPalette.ColorRole.Window))
        painter.setPen(QPen(line_color, 0))
        painter.drawLine(0, header_h - 1, width, header_h - 1)
        painter.setClipRect(self.label_w, 0, width - self.label_w, header_h)
        metrics = QFontMetrics(self.font())
        top = 0
        if layout.groups:
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            bold_metrics = QFontMetrics(bold)
            for label, first, last in layout.groups:
                left, right = self.cell_rect(0, first), self.cell_rect(0, last)
                rect = QRect(left.left(), 0, right.right() - left.left() + 1, self.group_h)
                if rect.right() < self.label_w or rect.left() > width:
                    continue
                painter.setPen(QPen(line_color, 0))
                painter.drawLine(rect.left(), 0, rect.left(), header_h)
                painter.setPen(text_color)
                visible = rect.intersected(QRect(self.label_w, 0, width - self.label_w, self.group_h))
                text = bold_metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(0, visible.width() - 8))
                painter.drawText(visible.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignCenter, text)
            painter.setFont(self.font())
            top = self.group_h
        # one form for every column (whole labels, shorter ones, initials): the widest that fits
        room = int(self.cell_w()) - 4
        form = next((n for n in (0, 1) if all(
            metrics.horizontalAdvance(part) <= room for column in layout.columns for part in column[n].split("\n"))), 2)
        for cell in range(first_cell, last_cell):
            rect = self.cell_rect(0, cell)
            rect = QRect(rect.left(), top, rect.width(), self.columns_h)
            label, short = layout.columns[cell]
            text = (label, short, _initial(short))[form]
            painter.setPen(QPen(line_color, 0))
            painter.drawLine(rect.left(), top, rect.left(), header_h)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight) if cell in layout.today else text_color)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.setClipping(False)


def _initial(label: str) -> str:
    """A column label reduced to its first letter (« M\n8 » for « ma\n8 »)."""
    first, _sep, rest = label.partition("\n")
    return first[:1].upper() + _sep + rest
