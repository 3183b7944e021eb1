"""The .ics export parses with an independent RFC 5545 parser; reminders reach the home snapshot."""

from __future__ import annotations

from datetime import date, datetime

import icalendar

from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import versions as av
from partage_desktop.services.agreements.amendments import start_amendment
from partage_desktop.services.agreements.calendar import export_ics
from partage_desktop.services.home import home_snapshot

TODAY = date(2026, 11, 23)


def signed(data, answers):
    ref = drafts.create_draft(data, answers, today=TODAY)
    av.export_version(data, ref, answers["lang"])
    av.mark_signed(data, ref, TODAY, answers["lang"], today=TODAY)
    return ref


def test_ics_parses_and_has_stable_uids(data, example_answers, tmp_path):
    answers = example_answers("pret-materiel")
    answers["fields"]["renewal"] = "tacit"
    answers["fields"]["renewal_notice_days"] = 45
    ref = signed(data, answers)
    drafts.create_draft(data, example_answers("locaux-partages"), today=TODAY)  # a draft: no events
    out = tmp_path / "rappels.ics"
    count = export_ics(data, out, "fr", today=TODAY, now=datetime(2026, 11, 23, 15, 0))
    raw = out.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    cal = icalendar.Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    assert len(events) == count == 3  # the April meeting, the notice deadline, the end
    by_summary = {str(e["SUMMARY"]): e for e in events}
    end = by_summary[f"Fin de l'entente {ref}"]
    assert end["DTSTART"].dt == date(2027, 6, 24) and end["DTEND"].dt == date(2027, 6, 25)
    notice = next(e for s, e in by_summary.items() if s.startswith("Avis de non-renouvellement"))
    assert notice["DTSTART"].dt == date(2027, 5, 10)
    assert "au moins 45 jours" in str(notice["DESCRIPTION"])
    assert "«\u00a0Entente de prêt d'équipement\u00a0»" in str(end["DESCRIPTION"])
    uids = sorted(str(e["UID"]) for e in events)
    export_ics(data, out, "fr", today=TODAY, now=datetime(2027, 1, 1, 9, 0))
    again = icalendar.Calendar.from_ical(out.read_bytes())
    assert sorted(str(e["UID"]) for e in again.walk("VEVENT")) == uids
    assert len(set(uids)) == 3

    export_ics(data, out, "en", today=TODAY, reference=ref)
    english = icalendar.Calendar.from_ical(out.read_bytes())
    assert f"Agreement {ref} ends" in [str(e["SUMMARY"]) for e in english.walk("VEVENT")]


def test_home_reminders_follow_the_signed_amendment(data, example_answers):
    parent = signed(data, example_answers("pret-materiel"))
    soon = home_snapshot(data, today=date(2027, 3, 1)).reminders
    assert [(r.kind, r.on, r.reference) for r in soon] == [("meeting", date(2027, 4, 7), parent)]
    near_end = home_snapshot(data, today=date(2027, 5, 1)).reminders
    assert ("ends", date(2027, 6, 24)) in [(r.kind, r.on) for r in near_end]

    amendment = start_amendment(data, parent, "fr")
    changed = drafts.load_draft(data, amendment)
    changed["fields"]["end_date"] = "2027-12-22"
    drafts.save_draft(data, amendment, changed)
    av.export_version(data, amendment, "fr")
    av.mark_signed(data, amendment, date(2026, 11, 23), "fr", today=TODAY)
    after = home_snapshot(data, today=date(2027, 5, 1)).reminders
    assert all(r.reference == amendment for r in after)
    assert "ends" not in [r.kind for r in after]  # the end moved to December
