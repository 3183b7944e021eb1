"""Slow work runs off the UI thread and its result comes back on the UI thread."""

from __future__ import annotations

import threading

from partage_desktop.ui.widgets.tasks import TaskRunner


def test_result_is_delivered_on_the_ui_thread(qtbot):
    runner = TaskRunner()
    ui_thread = threading.get_ident()
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    runner.run(work, lambda value: seen.update(value=value, callback=threading.get_ident()))
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["worker"] != ui_thread
    assert seen["callback"] == ui_thread
    assert not runner.busy
    runner.shutdown()


def test_failure_goes_to_the_failure_callback(qtbot):
    runner = TaskRunner()
    errors = []

    def work():
        raise OSError(28, "No space left on device")

    runner.run(work, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], OSError)
    runner.shutdown()


def test_after_shutdown_nothing_is_delivered_or_scheduled(qtbot):
    runner = TaskRunner()
    seen = []
    runner.run(lambda: 1, seen.append)
    runner.shutdown()
    runner.run(lambda: 2, seen.append)  # a late request from a closing window: ignored, no error
    qtbot.wait(50)
    assert seen == []


def test_a_runner_destroyed_with_its_window_drops_the_result_quietly(qtbot, caplog):
    import threading
    import time

    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    owner = QObject()
    runner = TaskRunner(owner)
    started, results = threading.Event(), []

    def slow() -> str:
        started.set()
        time.sleep(0.2)
        return "fini"

    runner.run(slow, results.append)
    assert started.wait(2)
    import shiboken6

    shiboken6.delete(owner)  # the window goes while the work is still running, runner with it
    assert not shiboken6.isValid(runner)
    time.sleep(0.4)
    QApplication.processEvents()
    assert results == []
    # the worker did not touch the deleted runner (that raised, or crashed, before the guard)
    assert not [r for r in caplog.records if r.name == "concurrent.futures"]

