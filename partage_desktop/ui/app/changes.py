"""The window's side of services.changes: what a service wrote reaches every open screen, on the
GUI thread, whichever window or thread wrote it (the wizard's window, a dialog, the worker thread
that imported an exchange file or restored a backup).

A burst of changes (an import writes in several transactions) is merged into one ``changed``
signal per turn of the event loop. A screen follows the changes with ``follow``: shown, it
refreshes at once; hidden, it only notes that it is stale and refreshes when shown again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from partage_desktop.platform.datadir import DataDir
from partage_desktop.services import changes
from partage_desktop.services.changes import Change

_BRIDGES: dict[str, ChangeBridge] = {}


class ChangeBridge(QObject):
    """One per data folder, for as long as the application runs."""

    changed = Signal(object)  # Change: what the writes of this turn of the event loop changed
    _arrived = Signal(object)  # from any thread

    def __init__(self, data: DataDir, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self._waiting: Change | None = None
        # always queued, even from the GUI thread: a screen refreshes once the action that wrote
        # has returned, never in the middle of it
        self._arrived.connect(self._collect, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = changes.subscribe(data, self._arrived.emit)

    def _collect(self, change: Change) -> None:
        if self._waiting is None:
            self._waiting = change
            QTimer.singleShot(0, self, self._deliver)
        else:
            self._waiting = self._waiting.merged(change)

    def _deliver(self) -> None:
        change, self._waiting = self._waiting, None
        if change is not None:
            self.changed.emit(change)

    def latest(self) -> int:
        return changes.latest(self.data)


def bridge(data: DataDir) -> ChangeBridge:
    """The bridge of this data folder (made on first use, kept by the application)."""
    key = str(data.root)
    found = _BRIDGES.get(key)
    if found is None:
        found = _BRIDGES[key] = ChangeBridge(data, QCoreApplication.instance())
    return found


class Follower(QObject):
    """Keeps one screen up to date: ``refresh(change)`` is called for the changes that concern
    ``topics``, at once when the screen is visible, else when it is shown next (the changes met
    meanwhile merged into one). A change the screen has already read (see ``read``) is skipped."""

    def __init__(self, view: QWidget, data: DataDir, topics: tuple[str, ...],
                 refresh: Callable[[Change], None]) -> None:
        super().__init__(view)
        self.view, self.topics, self._refresh = view, topics, refresh
        self.bridge = bridge(data)
        self.seen = 0  # the serial of the last change the screen shows
        self.stale: Change | None = None
        self.bridge.changed.connect(self._changed)
        view.installEventFilter(self)

    def read(self) -> None:
        """The screen is reading the data now: it will show every change announced so far."""
        self.seen = self.bridge.latest()
        self.stale = None

    def _changed(self, change: Change) -> None:
        if change.serial <= self.seen or not change.touches(*self.topics):
            return
        if self.view.isVisible():
            self.seen = max(self.seen, change.serial)
            self._refresh(change)
        else:
            self.stale = change if self.stale is None else self.stale.merged(change)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.view and event.type() == QEvent.Type.Show and self.stale is not None:
            change, self.stale = self.stale, None
            if change.serial > self.seen:
                self.seen = change.serial
                self._refresh(change)  # before it is painted: never a stale screen on view
        return False


def follow(view: QWidget, data: DataDir, topics: tuple[str, ...],
           refresh: Callable[[Change], None]) -> Follower:
    """Refresh ``view`` when a change concerns ``topics`` (see Follower)."""
    return Follower(view, data, topics, refresh)
