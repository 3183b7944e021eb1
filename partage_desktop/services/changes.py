"""What changed in a data folder, announced once it is written, so that every open screen can show
it again (a draft saved in the wizard's window, an exchange file imported, a backup restored…).

One user action, one announcement: the changes a database transaction makes are collected while it
runs (see ``services.data.session``) and announced after its commit, never after a rollback. What
is not in the database (the settings file, our logo, a restored backup, the demo data copied in)
is announced by the service that writes it, with ``announce``.

Listeners are called on the thread that made the change, right after it; they must be quick (the
window's listener only queues the news for its own thread). No Qt here: the command line has no
listener and pays nothing.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partage_desktop.platform.datadir import DataDir

# topics: what a screen may show
AGREEMENTS = "agreements"  # agreements, their parties and versions
DRAFTS = "drafts"  # agreements not signed yet (also an agreements change)
JOURNAL = "journal"  # projects, entries, attachments, self-assessment results
ORGANIZATIONS = "organizations"  # our profile, the partners, our logo
RESOURCES = "resources"  # what we lend, bookings and loans, our needs, partners' sheets, matches
SETTINGS = "settings"  # the settings file
EVERYTHING = "everything"  # a backup restored, demo data loaded or removed: read everything again
TOPICS = (AGREEMENTS, DRAFTS, JOURNAL, ORGANIZATIONS, RESOURCES, SETTINGS, EVERYTHING)

# the kinds of ids a change may name, per topic
KINDS = {
    AGREEMENTS: ("agreements",),  # references
    DRAFTS: ("agreements",),
    JOURNAL: ("projects", "entries", "attachments", "checkups"),
    ORGANIZATIONS: ("organizations", "logo"),
    RESOURCES: ("resources", "bookings", "needs", "board", "matches", "categories"),
}

Listener = Callable[["Change"], None]
Unsubscribe = Callable[[], None]

_log = logging.getLogger(__name__)
_serials = itertools.count(1)
_LOCK = threading.Lock()
_LISTENERS: dict[str, list[Listener]] = {}
_LATEST: dict[str, int] = {}


@dataclass(frozen=True)
class Change:
    """What one action (or several, merged) changed. ``ids`` names what is known by kind
    (``{"entries": {12}}``); a kind not named may have changed too when its topic is in ``topics``
    and ``whole`` holds that topic (a bulk update whose rows are not known)."""

    topics: frozenset[str]
    ids: Mapping[str, frozenset[Any]] = field(default_factory=dict)
    whole: frozenset[str] = frozenset()  # topics changed in ways the ids do not tell
    serial: int = 0  # increases with every announcement in this process

    def touches(self, *topics: str) -> bool:
        """Does this change concern any of ``topics``? (Everything concerns every topic.)"""
        return EVERYTHING in self.topics or not self.topics.isdisjoint(topics)

    def only(self, kind: str, ids: Iterable[Any]) -> bool:
        """Is this change entirely about ``ids`` of ``kind`` (for instance the entry that the editor
        just saved itself)?"""
        named = set(ids)
        return (EVERYTHING not in self.topics and not self.whole and bool(self.ids.get(kind))
                and set(self.ids[kind]) <= named
                and all(not values for other, values in self.ids.items() if other != kind))

    def merged(self, other: Change) -> Change:
        ids = {kind: frozenset(self.ids.get(kind, frozenset()) | other.ids.get(kind, frozenset()))
               for kind in {*self.ids, *other.ids}}
        return Change(self.topics | other.topics, ids, self.whole | other.whole, max(self.serial, other.serial))


def _key(data: DataDir | Path | str) -> str:
    root = data.root if isinstance(data, DataDir) else Path(data)
    try:
        return str(root.resolve())
    except OSError:
        return str(root.absolute())


def subscribe(data: DataDir, listener: Listener) -> Unsubscribe:
    """Call ``listener`` with each change announced for this data folder until unsubscribed."""
    key = _key(data)
    with _LOCK:
        _LISTENERS.setdefault(key, []).append(listener)

    def unsubscribe() -> None:
        with _LOCK:
            listeners = _LISTENERS.get(key, [])
            if listener in listeners:
                listeners.remove(listener)
            if not listeners:
                _LISTENERS.pop(key, None)

    return unsubscribe


def latest(data: DataDir) -> int:
    """The serial of the last change announced for this data folder (0: none yet): a screen that reads
    the data after this point shows every change up to it."""
    with _LOCK:
        return _LATEST.get(_key(data), 0)


def publish(data: DataDir, change: Change) -> Change | None:
    """Announce ``change`` (already written) to the listeners of the folder. Returns it with its serial."""
    if not change.topics:
        return None
    key = _key(data)
    with _LOCK:
        serial = next(_serials)
        _LATEST[key] = serial
        listeners = list(_LISTENERS.get(key, ()))
    change = Change(change.topics, change.ids, change.whole, serial)
    for listener in listeners:
        try:
            listener(change)
        except Exception:  # a screen's trouble never undoes nor hides what was written
            _log.exception("change listener failed")
    return change


def announce(data: DataDir, *topics: str, **ids: Iterable[Any]) -> Change | None:
    """Announce a change that is not a database transaction's (a file written, a folder replaced)."""
    unknown = set(topics) - set(TOPICS)
    if unknown:
        raise ValueError(f"unknown topics: {sorted(unknown)}")
    named = {kind: frozenset(values) for kind, values in ids.items()}
    whole = frozenset(topic for topic in topics if not any(named.get(k) for k in KINDS.get(topic, ())))
    return publish(data, Change(frozenset(topics), named, whole))


class Collector:
    """The changes of one transaction, gathered while it runs (see services.data.session)."""

    def __init__(self) -> None:
        self.topics: set[str] = set()
        self.ids: dict[str, set[Any]] = {}
        self.whole: set[str] = set()

    def add(self, topic: str, kind: str | None = None, ident: Any = None) -> None:
        self.topics.add(topic)
        if kind is None or ident is None:
            self.whole.add(topic)
        else:
            self.ids.setdefault(kind, set()).add(ident)

    def update(self, other: Collector) -> None:
        self.topics |= other.topics
        self.whole |= other.whole
        for kind, values in other.ids.items():
            self.ids.setdefault(kind, set()).update(values)

    def change(self) -> Change:
        return Change(frozenset(self.topics), {k: frozenset(v) for k, v in self.ids.items()}, frozenset(self.whole))

    def clear(self) -> None:
        self.topics.clear()
        self.ids.clear()
        self.whole.clear()

    def __bool__(self) -> bool:
        return bool(self.topics)


# what each table holds, for the screens: (topic, kind of id); the agreements' drafts are told apart
# by their status where the row is at hand
TABLES: dict[str, tuple[str, str | None]] = {
    "organization": (ORGANIZATIONS, "organizations"),
    "project": (JOURNAL, "projects"),
    "project_partner": (JOURNAL, "projects"),
    "journal_entry": (JOURNAL, "entries"),
    "entry_partner": (JOURNAL, "entries"),
    "entry_tag": (JOURNAL, "entries"),
    "entry_hours": (JOURNAL, "entries"),
    "entry_revision": (JOURNAL, "entries"),
    "attachment": (JOURNAL, "attachments"),
    "health_checkup": (JOURNAL, "checkups"),
    "agreement": (AGREEMENTS, "agreements"),
    "agreement_party": (AGREEMENTS, "agreements"),
    "agreement_version": (AGREEMENTS, "agreements"),
    "resource_category": (RESOURCES, "categories"),
    "resource": (RESOURCES, "resources"),
    "resource_photo": (RESOURCES, "resources"),
    "booking": (RESOURCES, "bookings"),
    "need": (RESOURCES, "needs"),
    "board_sheet": (RESOURCES, "board"),
    "board_item": (RESOURCES, "board"),
    "board_photo": (RESOURCES, "board"),
    "resource_match": (RESOURCES, "matches"),
}
