"""Partage fits a small screen: 1024×600 netbooks, 1366×768, 1920×1080 at 150 % (1280×720).
The main window shrinks to 1000×560 with every section whole (scroll areas, columns that give
way), and every dialog opens inside the screen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QScreen

from partage_desktop.platform import datadir
from partage_desktop.services.data.database import prepare
from partage_desktop.services.demo.sample import create_demo

SMALL = QSize(1000, 560)
SECTIONS = ["section:home", "section:guides", "section:agreements", "section:journal", "section:resources",
            "section:organizations"]


@pytest.fixture(params=["fr", "en"])
def win(request, make_window, data_dir):
    data = datadir.resolve(str(data_dir))
    prepare(data, request.param)
    create_demo(data, entries=40, lang=request.param, today=date(2026, 11, 23))  # real names, long lists
    return make_window(request.param)


def fits(size: QSize, room: QSize) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()


@pytest.mark.parametrize("name", SECTIONS)
def test_each_section_fits_a_1000_by_560_window(win, qtbot, name):
    win.show_section(name)
    section = win.findChild(object, name)
    qtbot.waitUntil(lambda: section.isVisible())
    win.resize(SMALL)
    qtbot.wait(10)
    # what the window adds around a section: the sidebar, the menu bar and the status bar
    around = win.minimumSizeHint() - win.stack.minimumSizeHint()
    assert around.width() > win.nav.width() and around.height() > win.menuBar().height()
    need = section.minimumSizeHint() + around
    assert fits(need, SMALL), (name, need)


def test_every_section_together_leaves_the_window_free_to_shrink(win, qtbot):
    """Every section together: the stack's minimum over them fits, and so the whole window does."""
    around = win.minimumSizeHint() - win.stack.minimumSizeHint()
    biggest = QSize(0, 0)
    for name in SECTIONS:
        win.show_section(name)
        biggest = biggest.expandedTo(win.findChild(object, name).minimumSizeHint())
    assert fits(biggest + around, SMALL), biggest + around
    assert fits(win.minimumSizeHint(), SMALL), win.minimumSizeHint()


@pytest.fixture
def netbook(monkeypatch):
    """A 1024×600 screen less its task bar."""
    room = QRect(0, 0, 1024, 570)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: room)
    return room


def dialogs(win):
    from partage_desktop.core.agreements.compare import Comparison
    from partage_desktop.platform.settings import Settings
    from partage_desktop.services.agreements.listing import list_agreements
    from partage_desktop.ui.agreements.dialogs import (
        CompareDialog,
        SignDialog,
        TerminateDialog,
        VerifyCopyDialog,
    )
    from partage_desktop.ui.app.first_run import FirstRunWizard
    from partage_desktop.ui.app.settings_dialog import SettingsDialog
    from partage_desktop.ui.guides.printing import BookletDialog
    from partage_desktop.ui.guides.selfassess import ContinuumDialog, EnergyDialog, ReadinessDialog
    from partage_desktop.ui.journal.dialogs import ProjectDialog, TrashDialog
    from partage_desktop.ui.journal.indicators import CheckupDialog
    from partage_desktop.ui.safety.backup_dialog import RestoreDialog
    from partage_desktop.ui.safety.exchange_dialog import ImportPreviewDialog, SendDialog
    from partage_desktop.ui.widgets.pdf_preview import PreviewWindow
    from partage_desktop.ui.wizard.window import AgreementWizard

    data, lang = win.data, win.lang
    win.guides.ensure_loaded()
    return {
        "settings": lambda: SettingsDialog(data, Settings.load(data.settings_file), lang, win),
        "restore": lambda: RestoreDialog(data, lang, win.tasks, lambda: None, win),
        "send": lambda: SendDialog(data, lang, win.tasks, list_agreements(data), win),
        "import": lambda: ImportPreviewDialog(["une ligne assez longue " * 8] * 30, win),
        "sign": lambda: SignDialog("ENT-2026-0001", date(2026, 11, 23), win),
        "terminate": lambda: TerminateDialog("ENT-2026-0001", date(2026, 11, 23), win),
        "verify": lambda: VerifyCopyDialog(data, lang, win.tasks, win),
        "compare": lambda: CompareDialog("ENT-2026-0001", Comparison((), ()), win),
        "project": lambda: ProjectDialog(data, lang, None, win),
        "trash": lambda: TrashDialog(data, lang, win),
        "checkup": lambda: CheckupDialog(lang, win),
        "continuum": lambda: ContinuumDialog(lang, None, win),
        "readiness": lambda: ReadinessDialog(lang, None, win),
        "energy": lambda: EnergyDialog(lang, None, win),
        "booklet": lambda: BookletDialog(win.guides.library, lang, win.tasks, [], "", win),
        "preview": lambda: PreviewWindow(win),
        "first-run": lambda: FirstRunWizard(data, Settings(), lang, win),
        "wizard": lambda: AgreementWizard(data, lang, answers={"lang": lang, "template": "pret-materiel"},
                                          parent=win),
    }


def test_every_dialog_opens_inside_a_netbook_screen(win, qtbot, netbook):
    for name, make in dialogs(win).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(5)
        assert fits(dialog.minimumSizeHint(), SMALL), (name, dialog.minimumSizeHint())
        assert fits(dialog.size(), netbook.size()), (name, dialog.size())
        dialog.close()


@pytest.mark.parametrize("width", [1024, 1000, 1366])
def test_the_home_lists_show_every_line_whole_at_any_width(win, qtbot, width):
    """A reminder that wraps on a narrow window makes its list taller: no line is cut in half
    (the lists have no scroll bar of their own; the page scrolls)."""
    win.show_section("section:home")
    win.resize(width, 600)
    home = win.findChild(object, "section:home")
    lists = [home.recent, home.reminders]

    def whole() -> bool:
        for view in lists:
            if view.count():
                last = view.visualItemRect(view.item(view.count() - 1))
                if last.bottom() >= view.viewport().height():
                    return False
        return True

    qtbot.waitUntil(lambda: home.reminders.count() > 0)
    qtbot.waitUntil(whole, timeout=3000)
    win.resize(width - 200, 600)  # narrower again: the lines wrap more, the lists follow
    qtbot.waitUntil(whole, timeout=3000)


def test_the_journal_list_gives_way_on_a_small_screen_and_shows_everything_on_a_wide_one(win, qtbot):
    """At 1024×600 the list beside the editor is narrow: amounts, hours and types (all in the
    editor) give way, so the date, title and project are read without scrolling sideways; on a wide
    window every column is back."""
    win.show_section("section:journal")
    journal = win.findChild(object, "section:journal")
    view = journal.view
    qtbot.waitUntil(lambda: journal.model.rowCount() > 0)
    win.resize(1024, 600)

    def fits() -> bool:
        return view.horizontalHeader().length() <= view.viewport().width()

    qtbot.waitUntil(fits, timeout=3000)
    assert not view.isColumnHidden(3)  # all projects listed: the project column shows
    assert view.columnWidth(2) >= view.fontMetrics().horizontalAdvance("Rencontre avec")
    win.resize(1900, 900)
    qtbot.waitUntil(lambda: not any(view.isColumnHidden(c) for c in (1, 4, 5)), timeout=3000)
    assert fits()
