"""The main window as the UI tests use it: built on the test's data folder, shown, and shut down
cleanly after the test (its background tasks stopped, the database closed)."""

from __future__ import annotations

from datetime import date

import pytest

from partage_desktop.platform import datadir
from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import versions as av
from partage_desktop.services.data.database import prepare
from partage_desktop.services.data.session import close_all
from partage_desktop.ui import build_main_window

SMALL_SCREEN = (1024, 600)


@pytest.fixture
def make_window(qtbot, data_dir):
    """Builds main windows: ``make_window("en", size=SMALL_SCREEN, section="section:journal")``.
    Every window made is shown and exposed; ``size`` resizes it first, ``section`` opens that section."""
    made = []

    def make(lang: str = "fr", *, size: tuple[int, int] | None = None, section: str | None = None):
        win = build_main_window(data_dir, lang)
        qtbot.addWidget(win)
        if size is not None:
            win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        if section is not None:
            win.show_section(section)
        made.append(win)
        return win

    yield make
    for win in made:
        win.tasks.shutdown()
    close_all()


@pytest.fixture
def window(make_window):
    """The main window in French, shown. A test module whose tests choose the language, the size or
    the data overrides it with a ``window`` fixture of its own built on ``make_window``."""
    return make_window()


@pytest.fixture
def two_agreements(data_dir, example_answers):
    """The data folder prepared in French with a draft (a loan) and an agreement exported, ready to
    sign (shared premises): ``data, loan, premises``."""
    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    loan = drafts.create_draft(data, example_answers("pret-materiel"), today=date(2026, 11, 23))
    premises = drafts.create_draft(data, example_answers("locaux-partages"), today=date(2026, 11, 23))
    av.export_version(data, premises, "fr")
    return data, loan, premises
