"""Reminder dates as an .ics file that Outlook, Google Calendar and others import."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from partage_desktop.core.agreements.reminders import Reminder, planned
from partage_desktop.core.formatting import format_date, french_spacing
from partage_desktop.core.ics import CalendarEvent, build_calendar
from partage_desktop.platform import atomic
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.services.data.outputs import refuse_own_file
from partage_desktop.store.quick import read_agreement_dates
from partage_desktop.words import t
from partage_desktop.words.system_errors import reason_message


def reminder_text(reminder: Reminder, lang: str) -> tuple[str, str]:
    """(summary, description) of a reminder in the user's language."""
    lang = lang if lang in ("fr", "en") else "fr"
    values = dict(reference=reminder.reference, title=reminder.title, days=reminder.notice_days,
                  end=format_date(reminder.end_date, lang) if reminder.end_date else "")
    summary = t(f"calendar_{reminder.kind}_summary", lang, **values)
    description = t(f"calendar_{reminder.kind}_description", lang, **values)
    if lang == "fr":  # the titles typed by the user too, as in the rest of the calendar
        summary, description = french_spacing(summary), french_spacing(description)
    return summary, description


def calendar_events(data: DataDir, lang: str, today: date, reference: str | None = None) -> list[CalendarEvent]:
    events = []
    for agreement in read_agreement_dates(data.database):
        if reference is not None and agreement.reference != reference:
            continue
        for reminder in planned(agreement, today):
            summary, description = reminder_text(reminder, lang)
            uid = f"{reminder.reference}-{reminder.kind}-{reminder.on:%Y%m%d}@partage"
            events.append(CalendarEvent(uid, reminder.on, summary, description))
    return events


def export_ics(data: DataDir, out: Path, lang: str, today: date | None = None,
               reference: str | None = None, now: datetime | None = None) -> int:
    """Write the .ics atomically; returns the number of events."""

    refuse_own_file(out, data, lang)
    events = calendar_events(data, lang, today or date.today(), reference)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    text = build_calendar(events, t("calendar_name", lang), stamp, lang)
    try:
        atomic.write_bytes(out, text.encode("utf-8"))
    except OSError as exc:
        raise UserInputError([Message.of("out_not_writable", path=out,
                                detail=reason_message(exc))]) from exc
    return len(events)
