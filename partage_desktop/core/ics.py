"""iCalendar (RFC 5545) text for all-day reminders and timed events (bookings, in the organization's
local time): CRLF lines folded at 75 octets, escaped text, stable UIDs (importing the file twice
updates the events instead of duplicating them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class CalendarEvent:
    uid: str  # stable, e.g. "ENT-2026-0001-ends-20270624@partage"
    day: date
    summary: str
    description: str = ""
    # a timed event (floating local time: the organization's wall clock) instead of an all-day one
    starts_at: datetime | None = None
    ends_at: datetime | None = None


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after CRLF and a space, never
    splitting a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    limit = 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size = " ", 1
            limit = 75
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


def build_calendar(events: list[CalendarEvent], name: str, stamp: datetime, lang: str) -> str:
    """``stamp`` is the DTSTAMP (UTC) of every event."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Partage//Partage ententes//" + ("FR" if lang == "fr" else "EN"),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    dtstamp = stamp.strftime("%Y%m%dT%H%M%SZ")
    for event in events:
        timed = event.starts_at is not None and event.ends_at is not None
        lines += ["BEGIN:VEVENT", f"UID:{event.uid}", f"DTSTAMP:{dtstamp}"]
        if event.starts_at is not None and event.ends_at is not None:
            lines += [f"DTSTART:{event.starts_at:%Y%m%dT%H%M%S}", f"DTEND:{event.ends_at:%Y%m%dT%H%M%S}"]
        else:
            lines += [
                f"DTSTART;VALUE=DATE:{event.day:%Y%m%d}",
                f"DTEND;VALUE=DATE:{(event.day + timedelta(days=1)) if event.day < date.max else event.day:%Y%m%d}",
            ]
        lines.append(f"SUMMARY:{escape_text(event.summary)}")
        if event.description:
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        lines += ["TRANSP:OPAQUE" if timed else "TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
