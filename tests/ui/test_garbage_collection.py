"""Python's cyclic garbage collector in the app: only on the GUI thread; while the user types, only
the cheap young generations; the whole heap once the user is idle; start-up frozen out of the walks."""

from __future__ import annotations

import gc
import threading
import weakref
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from partage_desktop.platform import datadir
from partage_desktop.services.journal import entries as svc
from partage_desktop.ui import build_main_window
from partage_desktop.ui.app import gc_guard


class Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def collections():
    """Every collection made while the test runs: (generation, made on the GUI thread)."""
    seen: list[tuple[int, bool]] = []

    def note(phase, info):
        if phase == "start":
            seen.append((info["generation"], threading.current_thread() is threading.main_thread()))

    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)


@pytest.fixture
def window(qtbot, data_dir):
    data = datadir.resolve(str(data_dir))
    from partage_desktop.services.data.database import prepare

    prepare(data, "fr")
    project = svc.save_project(data, svc.ProjectData(name="Locaux partagés"))
    svc.save_entry(data, svc.EntryData(project_id=project.id, title="Camion", entry_date=date(2026, 11, 22), kind="note"))
    win = build_main_window(data_dir, "fr")
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_first_entry(qtbot, win):
    win.show_section("section:journal")
    section = win.journal
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=10000)
    view = section.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(section.model.index(0, 0)).center())
    qtbot.waitUntil(lambda: section.editor.entry is not None, timeout=5000)
    body = section.editor.body
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton)
    return body


def the_collector():
    assert gc_guard._collector, "the app installs its collector"
    return gc_guard._collector[0]


def test_automatic_collection_is_off_and_start_up_is_frozen_once_over(qtbot, window):
    assert not gc.isenabled()  # the collector never starts by itself, on whatever thread allocates
    qtbot.waitUntil(lambda: the_collector().frozen, timeout=15000)  # the data layer's warm-up is over
    assert gc.get_freeze_count() > 0


def test_while_typing_only_young_collections_run_and_they_free_fresh_cycles(qtbot, window, collections,
                                                                            monkeypatch):
    monkeypatch.setattr(gc_guard, "IDLE_MS", 600)
    body = open_first_entry(qtbot, window)
    qtbot.waitUntil(lambda: the_collector().frozen, timeout=15000)
    collections.clear()
    freed = []
    for i in range(30):  # three seconds of typing, a key every 100 ms: never idle for 600 ms
        cycle = Cycle()
        weakref.finalize(cycle, freed.append, i)
        del cycle  # a reference cycle: only a collection frees it
        QTest.keyClicks(body, "abc"[i % 3])
        qtbot.wait(100)
    assert body.toPlainText().endswith("abc" * 10)
    assert [g for g, _ in collections if g == 2] == [], "no full collection while the user types"
    assert [g for g, _ in collections if g < 2], "the young generations are collected meanwhile"
    assert len(freed) >= 25, "cycles made while typing are freed without waiting for a pause"
    assert all(on_gui for _, on_gui in collections)


def test_a_full_collection_runs_once_the_user_is_idle_and_only_once(qtbot, window, collections, monkeypatch):
    monkeypatch.setattr(gc_guard, "IDLE_MS", 300)
    body = open_first_entry(qtbot, window)
    QTest.keyClicks(body, "x")
    collections.clear()
    qtbot.waitUntil(lambda: any(g == 2 for g, _ in collections), timeout=5000)
    qtbot.wait(1000)  # still idle: nothing more to gain from walking the whole heap again
    assert [g for g, _ in collections].count(2) == 1
    assert all(on_gui for _, on_gui in collections)
    QTest.keyClicks(body, "y")  # the user comes back, then pauses again: one more full collection
    qtbot.waitUntil(lambda: [g for g, _ in collections].count(2) == 2, timeout=5000)


def test_worker_threads_never_collect(qtbot, window, collections):
    done = []

    def churn() -> int:  # far past CPython's automatic thresholds, on a worker thread
        kept = []
        for _ in range(200_000):
            kept.append(Cycle())
        kept.clear()
        return threading.get_ident()

    for _ in range(3):
        window.tasks.run(churn, done.append)
    qtbot.waitUntil(lambda: len(done) == 3, timeout=30000)
    assert all(ident != threading.get_ident() for ident in done)
    qtbot.wait(600)  # the GUI thread's timer collects the garbage the workers left
    assert collections, "the GUI thread collects"
    assert all(on_gui for _, on_gui in collections), "no collection ever runs on a worker thread"
