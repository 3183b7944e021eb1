"""The calendar tab as a person uses it: clicks, double clicks and drags on the grid, the keyboard,
the view and period buttons, the resource chooser, the legend, both languages, a small screen."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from partage_desktop.platform import datadir
from partage_desktop.services.data.database import prepare
from partage_desktop.services.data.session import close_all, session_scope
from partage_desktop.store.models import Booking, Resource
from partage_desktop.ui.resources.calendar import CalendarTab
from tests.ui.conftest import SMALL_SCREEN

TODAY = date(2026, 12, 7)  # a Monday


def _add_resource(data, title, kind="equipment"):
    with session_scope(data) as session:
        resource = Resource(uid=str(uuid.uuid4()), kind=kind, title=title)
        session.add(resource)
        session.flush()
        return resource.id


def _add_booking(data, resource_id, starts, ends, status="approved", borrower=""):
    with session_scope(data) as session:
        booking = Booking(resource_id=resource_id, starts_at=starts, ends_at=ends, status=status,
                          borrower=borrower)
        session.add(booking)
        session.flush()
        return booking.id


@pytest.fixture
def folder(data_dir):
    """Three resources; the van is approved for the Maison des jeunes on December 9 and 10, and was
    returned by the Popote roulante on December 2."""
    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    ids = {title: _add_resource(data, title) for title in ("Camion cube", "Projecteur", "Salle du conseil")}
    loan = _add_booking(data, ids["Camion cube"], datetime(2026, 12, 9, 9), datetime(2026, 12, 10, 17),
                        borrower="Maison des jeunes")
    returned = _add_booking(data, ids["Camion cube"], datetime(2026, 12, 2, 8), datetime(2026, 12, 2, 18),
                            status="returned", borrower="Popote roulante")
    yield data, ids, loan, returned
    close_all()


@pytest.fixture
def make_tab(qtbot, folder):
    def make(lang="fr"):
        data = folder[0]
        tab = CalendarTab(data, lang, today=TODAY)
        qtbot.addWidget(tab)
        tab.resize(*SMALL_SCREEN)
        tab.show()
        qtbot.waitExposed(tab)
        tab.activateWindow()
        qtbot.waitUntil(tab.isActiveWindow)
        return tab
    return make


def _center(grid, lane, cell) -> QPoint:
    return grid.cell_rect(lane, cell).center()


def test_a_double_click_on_a_bar_opens_that_booking(make_tab, folder, qtbot):
    _data, _ids, loan, _returned = folder
    tab = make_tab()
    grid = tab.grid
    assert tab.view == "month" and grid.layout_.count == 3
    # December 9 is the 9th column (index 8) of the van's line (the first: titles sorted)
    with qtbot.waitSignal(tab.booking_activated) as opened:
        qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=_center(grid, 0, 8))
    assert opened.args == [loan]


def test_a_click_selects_a_bar_and_enter_opens_it(make_tab, folder, qtbot):
    _data, _ids, loan, _returned = folder
    tab = make_tab()
    grid = tab.grid
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=_center(grid, 0, 9))
    assert (grid.lane, grid.cell, grid.booking) == (0, 9, loan)
    assert QApplication.focusWidget() is grid
    assert "Maison des jeunes" in grid.accessibleDescription()
    with qtbot.waitSignal(tab.booking_activated) as opened:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert opened.args == [loan]


def test_a_double_click_on_an_empty_cell_asks_for_a_booking_of_that_day(make_tab, folder, qtbot):
    _data, ids, _loan, _returned = folder
    tab = make_tab()
    grid = tab.grid
    with qtbot.waitSignal(tab.new_booking_requested) as asked:
        qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=_center(grid, 1, 14))
    assert asked.args == [ids["Projecteur"], datetime(2026, 12, 15, 9), datetime(2026, 12, 15, 17)]


def test_dragging_over_empty_cells_asks_for_a_booking_of_the_range(make_tab, folder, qtbot):
    _data, ids, _loan, _returned = folder
    tab = make_tab()
    grid = tab.grid
    viewport = grid.viewport()
    with qtbot.waitSignal(tab.new_booking_requested) as asked:
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_center(grid, 2, 20))
        qtbot.mouseMove(viewport, _center(grid, 2, 21))
        qtbot.mouseMove(viewport, _center(grid, 2, 22))
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_center(grid, 2, 22))
    assert asked.args == [ids["Salle du conseil"], datetime(2026, 12, 21, 9), datetime(2026, 12, 23, 17)]


def test_a_single_click_on_an_empty_cell_only_selects_it(make_tab, qtbot):
    tab = make_tab()
    grid = tab.grid
    asked = []
    tab.new_booking_requested.connect(lambda *args: asked.append(args))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=_center(grid, 2, 3))
    assert (grid.lane, grid.cell, grid.booking) == (2, 3, None)
    # Shift+click stretches the selection without asking yet: Enter asks
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     pos=_center(grid, 2, 5))
    assert grid.selection() == (2, 3, 5)
    assert asked == []
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert asked == [(tab.grid.layout_.lane_at(2).resource_id, datetime(2026, 12, 4, 9), datetime(2026, 12, 6, 17))]


def test_arrow_keys_move_the_selected_cell_and_enter_asks_for_a_booking_or_opens_the_bar(make_tab, folder, qtbot):
    _data, ids, loan, _returned = folder
    tab = make_tab()
    grid = tab.grid
    grid.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is grid)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up):
        qtbot.keyClick(grid, key)
    assert (grid.lane, grid.cell) == (1, 2)
    with qtbot.waitSignal(tab.new_booking_requested) as asked:
        qtbot.keyClick(grid, Qt.Key.Key_Enter)
    assert asked.args == [ids["Projecteur"], datetime(2026, 12, 3, 9), datetime(2026, 12, 3, 17)]
    # Shift+Right stretches the selection: a booking of three days
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(tab.new_booking_requested) as asked:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert asked.args == [ids["Projecteur"], datetime(2026, 12, 3, 9), datetime(2026, 12, 5, 17)]
    # up to the van's line, onto its loan of December 9
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    for _ in range(4):
        qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert (grid.lane, grid.cell, grid.booking) == (0, 8, loan)
    with qtbot.waitSignal(tab.booking_activated) as opened:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert opened.args == [loan]
    assert QApplication.focusWidget() is grid


def test_view_buttons_and_ctrl_numbers_switch_views_and_the_period_moves(make_tab, qtbot):
    tab = make_tab("en")
    assert tab.period.text() == "December 2026"
    qtbot.mouseClick(tab.view_buttons["week"], Qt.MouseButton.LeftButton)
    assert tab.view == "week" and tab.grid.layout_.cells == 21
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert tab.view == "day" and tab.grid.layout_.cells == 24
    assert tab.period.text() == "Monday, December 7, 2026"
    qtbot.mouseClick(tab.next, Qt.MouseButton.LeftButton)
    assert tab.period.text() == "Tuesday, December 8, 2026"
    qtbot.keyClick(tab.grid, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert tab.view == "month" and tab.view_buttons["month"].isChecked()
    qtbot.mouseClick(tab.previous, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.previous, Qt.MouseButton.LeftButton)
    assert tab.period.text() == "October 2026" and tab.grid.layout_.cells == 31
    qtbot.mouseClick(tab.today_button, Qt.MouseButton.LeftButton)
    assert tab.period.text() == "December 2026"
    assert tab.grid.cell == 6  # today's column selected


@pytest.mark.parametrize(("lang", "first_day", "week_title", "parts"), [
    ("fr", "lun. 7 déc.", "Semaine du lun. 7 déc.", ("Matin", "Après-midi", "Soir")),
    ("en", "Sun Dec 6", "Week of Sun Dec 6", ("Morning", "Afternoon", "Evening")),
])
def test_headers_speak_the_language_and_its_week(make_tab, qtbot, lang, first_day, week_title, parts):
    from partage_desktop.ui.app.i18n import install

    install(QApplication.instance(), lang)
    try:
        tab = make_tab(lang)
        tab.set_view("week")
        layout = tab.grid.layout_
        assert layout.groups[0][0] == first_day  # French weeks start on Monday, English on Sunday
        assert tab.period.text() == week_title
        assert tuple(label for label, _short in layout.columns[:3]) == parts
        tab.set_view("month")
        weekday, day = tab.grid.layout_.columns[6][0].split("\n")
        assert (weekday, day) == ({"fr": "lun.", "en": "Mon"}[lang], "7")
        tab.set_view("day")
        assert tab.grid.layout_.columns[14][0] == {"fr": "14\u00a0h", "en": "2\u00a0PM"}[lang]
        assert tab.grid.accessibleName() == {"fr": "Calendrier des réservations", "en": "Calendar of bookings"}[lang]
    finally:
        install(QApplication.instance(), "fr")


@pytest.mark.qt_log_ignore("grabbing the keyboard")  # the completer's popup, on the offscreen platform
def test_one_resource_chosen_by_typing_shows_its_weeks_with_its_bookings(make_tab, folder, qtbot):
    _data, ids, loan, returned = folder
    tab = make_tab()
    combo = tab.resource
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Camion")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert tab.resource_id == ids["Camion cube"]
    layout = tab.grid.layout_
    assert layout.single and layout.count == 5  # the weeks of December 2026, Monday first
    assert layout.lane_at(0).start == datetime(2026, 11, 30)
    # December 9 is the Wednesday of the second week
    assert [span.booking_id for span, _state in tab.grid.lane_spans(1)] == [loan]
    assert [span.booking_id for span, _state in tab.grid.lane_spans(0)] == [returned]
    with qtbot.waitSignal(tab.booking_activated) as opened:
        qtbot.mouseDClick(tab.grid.viewport(), Qt.MouseButton.LeftButton, pos=_center(tab.grid, 1, 2))
    assert opened.args == [loan]
    tab.set_view("week")
    assert tab.grid.layout_.count == 7 and tab.grid.layout_.cells == 24  # its days, by the hour


def test_the_legend_hides_and_shows_a_state(make_tab, folder, qtbot):
    _data, _ids, loan, returned = folder
    tab = make_tab()
    shown = {span.booking_id: state for span, state in tab.grid.lane_spans(0)}
    assert shown == {loan: "approved", returned: "returned"}
    tab.state_boxes["returned"].click()
    assert [span.booking_id for span, _state in tab.grid.lane_spans(0)] == [loan]
    tab.state_boxes["returned"].click()
    assert len(tab.grid.lane_spans(0)) == 2


def test_a_bar_tells_its_details(make_tab, folder):
    _data, _ids, loan, _returned = folder
    tab = make_tab()
    span = next(span for span, _state in tab.grid.lane_spans(0) if span.booking_id == loan)
    text = tab.describe(span, "approved")
    assert "Camion cube" in text and "Approuvée — Maison des jeunes" in text
    assert "mer. 9 déc., 9 h" in text and "jeu. 10 déc., 17 h" in text


def test_a_booking_written_elsewhere_appears_without_reopening(make_tab, folder, qtbot):
    data, ids, _loan, _returned = folder
    tab = make_tab()
    assert tab.grid.lane_spans(2) == []
    added = _add_booking(data, ids["Salle du conseil"], datetime(2026, 12, 15, 13), datetime(2026, 12, 15, 16),
                         status="requested")
    qtbot.waitUntil(lambda: [s.booking_id for s, _state in tab.grid.lane_spans(2)] == [added])
    new = _add_resource(data, "Abri de jardin")
    qtbot.waitUntil(lambda: tab.grid.layout_.count == 4)
    assert tab.grid.layout_.lane_at(0).resource_id == new


def test_many_resources_scroll_by_lines_and_the_keyboard_follows(qtbot, folder):
    data = folder[0]
    with session_scope(data) as session:
        session.add_all([Resource(uid=str(uuid.uuid4()), kind="equipment", title=f"Chaise {n:03d}")
                         for n in range(200)])
    tab = CalendarTab(data, "fr", today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(*SMALL_SCREEN)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    grid = tab.grid
    assert grid.layout_.count == 203
    assert grid.verticalScrollBar().maximum() == 203 - grid.visible_lanes()
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert grid.lane == 2 * grid.visible_lanes()
    assert grid.first_lane() <= grid.lane < grid.first_lane() + grid.visible_lanes()


def test_the_calendar_tab_fits_a_small_screen_in_the_main_window(make_window):
    win = make_window("fr", size=SMALL_SCREEN, section="section:resources")
    tab = win.findChild(QWidget, "resources-tab:calendar")
    assert isinstance(tab, CalendarTab)
    win._resources.show_tab("resources-tab:calendar")  # noqa: SLF001 - reaching the section the window made
    assert win.width() == SMALL_SCREEN[0]
    assert tab.grid.horizontalScrollBar().maximum() == 0  # a whole month without scrolling sideways
    assert "Aucune ressource" in tab.grid.empty_text
