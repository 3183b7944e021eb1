"""Python's cyclic garbage collection: on the GUI thread only, and never a pause while the user works.

Why the app drives the collector: left automatic, it runs on whichever thread allocates when its
threshold is reached; on a worker thread it may free PySide wrappers and so delete Qt objects off
the GUI thread, which crashes (seen in CI: "Garbage-collecting" in the task thread, then a
segmentation fault). So, as Anki does, automatic collection is off and the GUI thread collects:

- every ``YOUNG_MS``, the young generations only (objects made since the previous ticks, a few
  hundred while typing): a fraction of a millisecond; after a burst of new objects (a module
  imported on first use), one pass right after it, next to the pause the burst itself made;
- the whole heap only once the user has been idle (no key, click, wheel or touch) for ``IDLE_MS``,
  once per idle spell: a full collection takes tens of milliseconds with a loaded journal;
- what start-up made (modules, classes, the main window, the data layer imported in the
  background: tens of thousands of objects that live as long as the app) is moved out of the
  collector's sight with ``gc.freeze()`` once start-up is over (``start_up_over``, or the first
  idle moment): neither young nor full collections walk it again. Until then the timer leaves it
  alone, since walking it costs as much as a full collection.

Reference counting still frees almost everything at once; only reference cycles wait for a collection.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

YOUNG_MS = 250
IDLE_MS = 2000
YOUNG_PER_MIDDLE = 10  # like CPython's own thresholds: one generation-1 pass every 10 generation-0 passes
# More new objects than this since the last tick (a module imported on first use, a list loaded)
# are mostly there to stay: walked once, straight into the old generation, rather than twice.
BULK = 10_000

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.InputMethod,
    QEvent.Type.ShortcutOverride,
})


class Collector(QObject):
    """Watches the application's input and collects on its timer (GUI thread)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("partage-gc")
        self.last_input = time.monotonic()
        self.idle_collected = False  # a full collection was made since the last input
        self.frozen = False  # start-up is over and what it made is frozen
        self.timer = QTimer(self)
        self.timer.setInterval(YOUNG_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        app.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT:
            self.last_input = time.monotonic()
            self.idle_collected = False
        return False

    def tick(self) -> None:
        if not self.idle_collected and (time.monotonic() - self.last_input) * 1000 >= IDLE_MS:
            self.idle_collected = True
            collect()
            self.freeze()  # at the latest, the first idle moment ends start-up
        elif self.frozen:
            young, middle, _old = gc.get_count()
            gc.collect(1 if middle >= YOUNG_PER_MIDDLE or young >= BULK else 0)

    def freeze(self) -> None:
        if not self.frozen:
            self.frozen = True
            gc.freeze()


_collector: list[Collector] = []


def install(app: QCoreApplication) -> None:
    """Once per application: stop automatic collection; collect young objects on the GUI thread on
    a timer, and everything when the user is idle."""
    if app.property("partage-gc-guard"):
        return
    app.setProperty("partage-gc-guard", True)
    gc.disable()
    _collector.append(Collector(app))


def start_up_over() -> None:
    """The window is up and the data layer imported: what exists now lives as long as the app."""
    if _collector:
        _collector[0].freeze()


def collect() -> None:
    """A full collection, now (GUI thread): when idle, and when the main window closes."""
    gc.collect()
