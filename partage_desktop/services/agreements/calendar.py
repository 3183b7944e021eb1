"""Reminder dates as an .ics file that Outlook, Google Calendar and others import."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from partage_desktop.core.agreements.reminders import (
    ENDS,
    MEETING,
    RENEWAL_NOTICE,
    Reminder,
    planned,
)
from partage_desktop.core.formatting import format_date, french_spacing
from partage_desktop.core.ics import CalendarEvent, build_calendar
from partage_desktop.platform import atomic
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.envproblems import reason as os_reason
from partage_desktop.platform.errors import UserInputError
from partage_desktop.store.quick import read_agreement_dates
from partage_desktop.words.texts import t

_TEXT = {
    "fr": {
        "calendar": "Partage — ententes",
        ENDS: ("Fin de l'entente {reference}", "Dernier jour de l'entente {reference} « {title} »."),
        RENEWAL_NOTICE: (
            "Avis de non-renouvellement : dernier jour — {reference}",
            "L'entente {reference} « {title} » se renouvelle automatiquement le {end}, à moins qu'une "
            "partie n'avise les autres par écrit au moins {days} jours avant. Aujourd'hui est le dernier "
            "jour pour envoyer cet avis si vous ne souhaitez pas la renouveler."),
        MEETING: ("Rencontre de suivi — {reference}",
                  "Rencontre de suivi prévue par l'entente {reference} « {title} »."),
    },
    "en": {
        "calendar": "Partage — agreements",
        ENDS: ("Agreement {reference} ends", "Last day of agreement {reference} “{title}”."),
        RENEWAL_NOTICE: (
            "Notice of non-renewal: last day — {reference}",
            "Agreement {reference} “{title}” renews automatically on {end} unless a party notifies the "
            "others in writing at least {days} days before. Today is the last day to send that notice "
            "if you do not wish to renew it."),
        MEETING: ("Follow-up meeting — {reference}",
                  "Follow-up meeting planned by agreement {reference} “{title}”."),
    },
}


def reminder_text(reminder: Reminder, lang: str) -> tuple[str, str]:
    """(summary, description) of a reminder in the user's language."""
    lang = lang if lang in ("fr", "en") else "fr"
    summary, description = _TEXT[lang][reminder.kind]
    values = dict(reference=reminder.reference, title=reminder.title, days=reminder.notice_days,
                  end=format_date(reminder.end_date, lang) if reminder.end_date else "")
    summary, description = summary.format(**values), description.format(**values)
    if lang == "fr":
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
    from partage_desktop.platform.outputs import refuse_own_file

    refuse_own_file(out, data, lang)
    events = calendar_events(data, lang, today or date.today(), reference)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    text = build_calendar(events, str(_TEXT[lang if lang in ("fr", "en") else "fr"]["calendar"]), stamp, lang)
    try:
        atomic.write_bytes(out, text.encode("utf-8"))
    except OSError as exc:
        raise UserInputError([t("out_not_writable", lang, path=out,
                                detail=os_reason(exc, lang))]) from exc
    return len(events)
