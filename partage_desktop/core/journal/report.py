"""What the funder report holds, as plain values (gathered by services/journal/report.py, printed
by pdf/report/document.py), and how the next steps are read from an entry's text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from partage_desktop.core.journal.indicators import Checkup, Indicators
from partage_desktop.core.journal.vocabulary import Scope


@dataclass(frozen=True)
class ReportEntry:
    day: date
    kind: str
    title: str
    body: str


# The report lists every activity, result and difficulty of the period up to these counts (a
# compact table for activities); past them it lists the most recent and says how many there were.
ACTIVITIES_CAP = 300
RESULTS_CAP = 100
DIFFICULTIES_CAP = 60


@dataclass
class ReportData:
    lang: str
    scope: Scope
    today: date
    projects: list[dict[str, Any]] = field(default_factory=list)
    partners: list[dict[str, str]] = field(default_factory=list)
    agreements: list[dict[str, str]] = field(default_factory=list)
    activities: list[ReportEntry] = field(default_factory=list)
    results: list[ReportEntry] = field(default_factory=list)
    difficulties: list[ReportEntry] = field(default_factory=list)
    next_steps: list[str] = field(default_factory=list)
    checkups: dict[str, list[Checkup]] = field(default_factory=dict)  # in the period, per project
    figures: Indicators | None = None
    # how many entries of each list the period holds (more than listed when a cap is reached)
    totals: dict[str, int] = field(default_factory=dict)


_NEXT = re.compile(r"^(?:prochaines? étapes?|next steps?)\s*[:\u00a0\u202f]*:?\s*(.*)$", re.IGNORECASE)


def next_steps_of(body: str) -> list[str]:
    """The lines under a « Prochaines étapes : » / "Next steps:" prompt (and text on its line)."""
    out: list[str] = []
    lines = body.splitlines()
    for i, line in enumerate(lines):
        match = _NEXT.match(line.strip())
        if not match:
            continue
        if match.group(1).strip():
            out.append(match.group(1).strip())
        for follow in lines[i + 1:]:
            if not follow.strip() or follow.rstrip().endswith(":"):
                break
            out.append(follow.strip(" -•*"))
    return out
