"""The journal's plain data: projects, entries, revisions and search hits as the screens and the
command line see them, and the journal's fixed numbers (trash delay, count cap, revision pace)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

TRASH_DAYS = 30
COUNT_CAP = 5000  # the entry list counts up to this many (store.journal_search.count)
# Autosave runs every second; a revision is kept at the first save of an editing session and
# then at most every REVISION_EVERY, so the history stays readable.
REVISION_EVERY = timedelta(minutes=10)
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


class JournalInputError(ValueError):
    """Invalid project or entry: ``fields`` maps each field to a problem key (required, too_long,
    unknown, negative, too_big) that the UI and the command line word in the user's language."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__(fields)
        self.fields = fields


@dataclass(frozen=True)
class ProjectData:
    name: str
    purpose: str = ""
    resource_kind: str = ""
    continuum_position: str = ""
    stage: str = "exploring"
    start_date: date | None = None
    partner_ids: tuple[int, ...] = ()
    id: int | None = None
    agreement_ids: tuple[int, ...] = ()  # agreements linked to the project


@dataclass(frozen=True)
class AgreementChoice:
    id: int
    reference: str
    title: str
    status: str
    project_id: int | None


@dataclass(frozen=True)
class EntryData:
    project_id: int
    title: str
    entry_date: date
    kind: str = "note"
    body: str = ""
    author: str = ""
    tags: tuple[str, ...] = ()
    partner_ids: tuple[int, ...] = ()
    hours: tuple[tuple[int | None, int], ...] = ()  # (organization id, minutes)
    money_cents: int | None = None
    money_kind: str | None = None
    money_estimate: str = ""
    id: int | None = None
    updated_at: datetime | None = None
    private: bool = False  # never leaves the organization in an exchange file

    @property
    def minutes(self) -> int | None:
        return sum(m for _, m in self.hours) if self.hours else None


@dataclass(frozen=True)
class Revision:
    id: int
    entry_id: int
    title: str
    body: str
    created_at: datetime


@dataclass(frozen=True)
class SearchHit:
    id: int
    date: date
    title: str
    project: str
    kind: str
    score: float
    snippet: str  # matched words between HIGHLIGHT_START and HIGHLIGHT_END
    title_marked: str = field(default="")


# ---------------------------------------------------------------- projects
