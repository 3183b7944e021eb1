"""The booking dialogs driven with the mouse at 1024×600, in French and in English: asking for a
booking (refused with the booking in the way named, then accepted), a weekly series, the steps of
a loan up to its journal entry; the home screen's overdue loans open the Resources section."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

import pytest
from bookings_support import add_organization, add_project, add_resource
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QLineEdit, QPushButton

from partage_desktop.cli.main import main
from partage_desktop.platform import datadir
from partage_desktop.services.data.database import prepare
from partage_desktop.services.resources import bookings
from partage_desktop.ui.app.home import REFERENCE_ROLE
from partage_desktop.ui.resources import booking_dialogs
from partage_desktop.ui.widgets.mnemonics import clashes
from partage_desktop.ui.wizard.window import Page

SHOTS = os.environ.get("PARTAGE_TEST_SHOTS")  # a folder to keep the dialogs' pictures in, to look at them
# the offscreen platform's popups (combo lists); harmless
pytestmark = pytest.mark.qt_log_ignore("grabbing the keyboard", "propagateSizeHints", "does not support raise")


@pytest.fixture
def data(data_dir):
    folder = datadir.resolve(str(data_dir))
    prepare(folder, "fr")
    return folder


def click(qtbot, widget):
    qtbot.waitUntil(widget.isVisible)  # a button just added to a shown dialog shows on the next turn
    assert widget.isEnabled(), widget.objectName()
    # a check box reacts on its box and its words, not on the empty width beside them
    pos = QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox) else widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def choose(qtbot, combo, text):
    """Open the combo's list with the mouse (on its arrow) and click the row."""
    assert combo.isVisible() and combo.isEnabled(), combo.objectName()
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton, pos=QPoint(combo.width() - 8, combo.height() // 2))
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    index = combo.findText(text)
    assert index >= 0, text
    model_index = view.model().index(index, 0)
    view.scrollTo(model_index)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a combo ignores a release right after it opens
    qtbot.mouseMove(view.viewport(), view.visualRect(model_index).center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model_index).center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text


def set_when(edit, value: datetime):
    edit.setDateTime(QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)))


def grab(widget, name):
    picture = widget.grab()
    assert not picture.isNull()
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        picture.save(os.path.join(SHOTS, f"{name}.png"))


def later(days: int, hour: int) -> datetime:
    return (datetime.now() + timedelta(days=days)).replace(hour=hour, minute=0, second=0, microsecond=0)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_new_booking_refused_then_booked_from_the_section_button(make_window, qtbot, data, lang, capsys):
    van = add_resource(data, "Camionnette")
    add_organization(data, "Centre des Loisirs")
    first = bookings.request_booking(data, van, later(3, 9), later(3, 12), borrower="Julie")
    win = make_window(lang, size=(1024, 600), section="section:resources")
    click(qtbot, win.findChild(QPushButton, "resources:book"))
    dialog = win.findChild(booking_dialogs.NewBookingDialog, "booking-new")
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1024 and dialog.height() <= 600 and clashes(dialog) == {}
    set_when(dialog.start, later(3, 11))
    set_when(dialog.end, later(3, 14))
    choose(qtbot, dialog.borrower, "Centre des Loisirs")
    click(qtbot, dialog.ok)
    assert dialog.isVisible() and dialog.problems.isVisible()
    said = dialog.problems.text()
    assert "Julie" in said and (f"n°\u00a0{first}" if lang == "fr" else f"no. {first}") in said
    grab(dialog, f"new-refused-{lang}")
    # the command line says the very same words for the same request
    assert main(["--data-dir", str(data.root), "--lang", lang, "resources", "book", str(van),
                 "--from", f"{later(3, 11):%Y-%m-%d %H:%M}", "--to", f"{later(3, 14):%Y-%m-%d %H:%M}"]) == 2
    assert capsys.readouterr().err.strip() == said.removeprefix("• ")
    set_when(dialog.start, later(3, 12))  # from noon: free
    booked = []
    dialog.booked.connect(booked.append)
    click(qtbot, dialog.ok)
    assert not dialog.isVisible() and len(booked) == 1
    view = bookings.get_booking(data, booked[0][0], lang)
    assert view.who == "Centre des Loisirs" and view.organization_id is not None and view.status == "requested"


def test_weekly_series_for_a_room(make_window, qtbot, data):
    add_resource(data, "Salle communautaire", kind="premises")
    add_resource(data, "Camionnette")
    win = make_window("fr", size=(1024, 600), section="section:resources")
    dialog = booking_dialogs.new_booking(win, data, "fr", win.tasks)
    qtbot.waitExposed(dialog)
    choose(qtbot, dialog.resource, "Camionnette")
    assert not dialog.repeat.isEnabled()  # a van is not booked every week
    choose(qtbot, dialog.resource, "Salle communautaire")
    start = later(2, 9)
    set_when(dialog.start, start)
    set_when(dialog.end, start.replace(hour=12))
    click(qtbot, dialog.repeat)
    assert dialog.until.isEnabled() and dialog.repeat_hint.isVisible()
    until = start + timedelta(days=7 * 9)
    dialog.until.setDate(QDate(until.year, until.month, until.day))
    qtbot.mouseClick(dialog.borrower.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.borrower.lineEdit(), "Club de lecture")
    grab(dialog, "new-series-fr")
    booked = []
    dialog.booked.connect(booked.append)
    click(qtbot, dialog.ok)
    assert len(booked) == 1 and len(booked[0]) == 10
    view = bookings.get_booking(data, booked[0][3], "fr")
    assert view.borrower == "Club de lecture" and view.starts_at.weekday() == start.weekday()


def _png(tmp_path):
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (320, 200), (240, 240, 235))
    ImageDraw.Draw(image).rectangle((40, 60, 280, 150), fill=(30, 90, 160))
    path = tmp_path / "remorque.png"
    image.save(path)
    return path


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_loan_from_approval_to_the_journal(make_window, qtbot, data, tmp_path, monkeypatch, lang):
    project = add_project(data, "Prêts de matériel")
    trailer = add_resource(data, "Remorque", kind="equipment", accessories="Sangles\nCadenas",
                           value_per_day_cents=4500, project_id=project)
    number = bookings.request_booking(data, trailer, later(1, 9), later(2, 17), borrower="Julie")
    win = make_window(lang, size=(1024, 600), section="section:resources")
    dialog = booking_dialogs.open_booking(win, data, lang, win.tasks, number)
    qtbot.waitExposed(dialog)
    grab(dialog, f"open-requested-{lang}")
    assert clashes(dialog) == {}
    assert set(dialog.buttons) == {"approve", "refuse", "cancel"}
    click(qtbot, dialog.buttons["approve"])
    assert set(dialog.buttons) == {"pick_up", "renew", "cancel"}
    click(qtbot, dialog.buttons["pick_up"])
    step = dialog.step
    qtbot.waitExposed(step)
    click(qtbot, step.findChild(object, "pickup:accessory:0"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(_png(tmp_path)), ""))
    click(qtbot, step.findChild(QPushButton, "pickup:photo"))
    choose(qtbot, step.findChild(object, "pickup:condition"), "Très bon état" if lang == "fr" else "Very good")
    grab(step, f"pickup-{lang}")
    assert clashes(step) == {}
    click(qtbot, step.ok)
    assert not step.isVisible()
    view = bookings.get_booking(data, number, lang)
    assert view.status == "picked_up" and view.pickup_checklist == {"Sangles": True, "Cadenas": False}
    assert view.has_photo and view.pickup_condition == "very_good"
    click(qtbot, dialog.buttons["return"])
    step = dialog.step
    qtbot.waitExposed(step)
    step.findChild(object, "return:hours").setValue(1.5)
    qtbot.mouseClick(step.findChild(object, "return:incident").viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(step.findChild(object, "return:incident").viewport(), "Sangle usee")
    grab(step, f"return-{lang}")
    assert clashes(step) == {}
    click(qtbot, step.ok)
    assert bookings.get_booking(data, number, lang).status == "returned"
    click(qtbot, dialog.buttons["close"])
    closed = bookings.get_booking(data, number, lang)
    assert closed.status == "closed" and closed.journal_entry_id is not None and dialog.buttons == {}
    grab(dialog, f"open-closed-{lang}")
    assert ("journal" in dialog.summary.text())


def test_renewal_refused_then_accepted_in_its_dialog(make_window, qtbot, data):
    van = add_resource(data, "Camionnette")
    number = bookings.request_booking(data, van, later(1, 9), later(1, 17))
    other = bookings.request_booking(data, van, later(3, 9), later(3, 17), borrower="Bob")
    bookings.set_status(data, number, "approved")
    win = make_window("en", size=(1024, 600), section="section:resources")
    dialog = booking_dialogs.open_booking(win, data, "en", win.tasks, number)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.buttons["renew"].isVisible)
    assert clashes(dialog) == {}
    click(qtbot, dialog.buttons["renew"])
    step = dialog.step
    qtbot.waitExposed(step)
    assert clashes(step) == {}  # the dialog under it is out of reach while it is open
    set_when(step.findChild(object, "renew:end"), later(3, 12))
    click(qtbot, step.ok)
    assert step.isVisible() and f"booking no. {other}" in step.problems.text()
    set_when(step.findChild(object, "renew:end"), later(2, 12))
    click(qtbot, step.ok)
    assert not step.isVisible() and bookings.get_booking(data, number, "en").renewals == 1
    assert "Renewed 1 time" in dialog.summary.text()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_overdue_loan_on_the_home_screen_opens_the_resources_section(make_window, qtbot, data, lang):
    van = add_resource(data, "Camionnette")
    centre = add_organization(data, "Centre des Loisirs")
    number = bookings.request_booking(data, van, later(-3, 9), later(-2, 17), organization_id=centre,
                                      now=datetime.now() - timedelta(days=5))
    bookings.set_status(data, number, "approved")
    bookings.pick_up(data, number, checklist={}, condition="good")
    win = make_window(lang, size=(1024, 600))
    reminders = win.home.reminders
    assert reminders.isVisible() and reminders.count() >= 1
    item = reminders.item(0)
    assert item.data(REFERENCE_ROLE) == f"booking:{number}"
    assert "Camionnette" in item.text() and "Centre des Loisirs" in item.text()
    qtbot.wait(200)  # the lists fit their rows once laid out
    grab(win, f"home-overdue-{lang}")
    reminders.scrollToItem(item)
    qtbot.mouseClick(reminders.viewport(), Qt.MouseButton.LeftButton, pos=reminders.visualItemRect(item).center())
    assert win.current_section() == "section:resources"
    dialog = win.findChild(booking_dialogs.BookingDialog, "booking-open")
    qtbot.waitExposed(dialog)
    assert dialog.booking_id == number and "return" in dialog.buttons
    # once returned it leaves the home list (the home follows the resources' changes)
    click(qtbot, dialog.buttons["return"])
    step = dialog.step
    qtbot.waitExposed(step)
    click(qtbot, step.ok)
    dialog.close()
    win.show_section("section:home")
    qtbot.waitUntil(lambda: all(not (reminders.item(i).data(REFERENCE_ROLE) or "").startswith("booking:")
                                for i in range(reminders.count())))
    QApplication.processEvents()


def test_no_resource_yet_says_so(make_window, qtbot, data):
    win = make_window("en", size=(1024, 600))
    dialog = booking_dialogs.new_booking(win, data, "en", win.tasks)
    qtbot.waitExposed(dialog)
    assert not dialog.ok.isEnabled() and "inventory" in dialog.problems.text()
    dialog.reject()


def test_a_booking_that_no_longer_exists_says_so(make_window, qtbot, data):
    win = make_window("en", size=(1024, 600))
    dialog = booking_dialogs.open_booking(win, data, "en", win.tasks, 4242)
    qtbot.waitExposed(dialog)
    assert "Booking no. 4242 does not exist" in dialog.problems.text() and dialog.buttons == {}
    dialog.reject()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_loan_opened_from_the_home_screen_makes_an_agreement_filled_with_it(make_window, qtbot, data, lang):
    """From a loan's own dialog, *Make an agreement* opens the wizard on the equipment loan, with
    the borrower as a party and the loan's dates; the dialog steps aside for the wizard."""
    van = add_resource(data, "Camionnette", kind="vehicle")
    centre = add_organization(data, "Centre des Loisirs")
    number = bookings.request_booking(data, van, later(-3, 9), later(-2, 17), organization_id=centre,
                                      now=datetime.now() - timedelta(days=5))
    bookings.set_status(data, number, "approved")
    bookings.pick_up(data, number, checklist={}, condition="good")
    win = make_window(lang, size=(1024, 600))
    reminders = win.home.reminders
    item = reminders.item(0)
    qtbot.mouseClick(reminders.viewport(), Qt.MouseButton.LeftButton, pos=reminders.visualItemRect(item).center())
    dialog = win.findChild(booking_dialogs.BookingDialog, "booking-open")
    qtbot.waitExposed(dialog)
    assert clashes(dialog) == {}
    click(qtbot, dialog.agreement_button)
    qtbot.waitUntil(lambda: bool(win.wizards))
    wizard = win.wizards[-1]
    assert wizard.answers["template"] == "pret-materiel"
    wizard.go_to(Page.PARTIES)
    assert wizard.findChild(QLineEdit, "party:1:name").text() == "Centre des Loisirs"  # we lend, they borrow
    assert not dialog.isVisible()
    wizard.close()
