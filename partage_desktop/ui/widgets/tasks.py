"""Runs slow work off the UI thread, one job at a time, and hands results back on the UI thread.

Inspired by Anki's task manager: a single worker thread (so database work is serialized) and a
queued signal that delivers success or failure callbacks on the thread that owns the runner.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)


class TaskRunner(QObject):
    _deliver = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="partage-task")
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)
        self._pending = 0
        self._background_pending = 0
        self._closed = False
        # The worker must never emit on a runner Qt is destroying (its parent window closed
        # without a close event): the destructor's ``destroyed`` signal marks it gone under the
        # same lock the worker holds while emitting, so one waits for the other.
        lock = self._emit_lock = threading.Lock()
        alive = self._alive = [True]

        def gone() -> None:
            with lock:
                alive[0] = False

        self.destroyed.connect(gone, Qt.ConnectionType.DirectConnection)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @property
    def idle(self) -> bool:
        """Nothing at all under way, background work (the start-up warm-up) included."""
        return self._pending == 0 and self._background_pending == 0

    def run(self, work: Callable[[], Any], on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None] | None = None, background: bool = False) -> None:
        """Call ``work()`` on the worker thread; then ``on_success(result)`` or
        ``on_failure(exc)`` on the UI thread. Without ``on_failure`` the error is re-raised there,
        where the app's exception hook logs it and shows the friendly dialog. ``background`` work
        (warming up imports) does not make the runner ``busy`` for the user's own actions."""
        if self._closed:  # the window is closing: results would land on widgets being destroyed
            return
        counted = 0 if background else 1
        self._pending += counted
        self._background_pending += 1 - counted
        future = self._executor.submit(work)
        deliver, lock, alive = self._deliver, self._emit_lock, self._alive

        def done(f: Future[Any]) -> None:
            with lock:
                if alive[0]:
                    deliver.emit((f, on_success, on_failure, counted))

        future.add_done_callback(done)

    def _on_deliver(self, payload: tuple[Future[Any], Callable[[Any], None],
                                          Callable[[BaseException], None] | None, int]) -> None:
        future, on_success, on_failure, counted = payload
        self._pending -= counted
        self._background_pending -= 1 - counted
        if self._closed or future.cancelled():  # after shutdown(): the window is closing
            return
        exc = future.exception()
        if exc is None:
            on_success(future.result())
        elif on_failure is not None:
            on_failure(exc)
        else:
            raise exc

    def shutdown(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)
