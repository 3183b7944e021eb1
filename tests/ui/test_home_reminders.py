"""The home screen lists follow-up meetings and renewal notices, soonest first, in both languages."""

from __future__ import annotations

from datetime import date

from partage_desktop.core.agreements.reminders import Reminder
from partage_desktop.store.quick import EndingAgreement, HomeSnapshot
from partage_desktop.ui.app import i18n
from partage_desktop.ui.app.home import HomeSection


def test_reminder_lines_in_english(qtbot, qapp):
    i18n.install(qapp, "en")  # another test may have left the French translator installed
    home = HomeSection("en", lambda _name: None)
    qtbot.addWidget(home)
    snapshot = HomeSnapshot(
        reminders=[Reminder("meeting", date(2027, 4, 7), "ENT-2026-0001", "Loan"),
                   Reminder("renewal_notice", date(2027, 4, 25), "ENT-2026-0001", "Loan", 60, date(2027, 6, 24))],
        ending_soon=[EndingAgreement("ENT-2026-0002", "Premises", date(2027, 5, 1))])
    home.show_snapshot(snapshot)
    lines = [home.reminders.item(i).text() for i in range(home.reminders.count())]
    assert lines == [
        "ENT-2026-0001 — Loan: follow-up meeting planned around April 7, 2027",
        "ENT-2026-0001 — Loan: last day to give notice of non-renewal, April 25, 2027",
        "ENT-2026-0002 — Premises ends on May 1, 2027",
    ]
    assert not home.reminders.isHidden() and home.reminders_empty.isHidden()
    home.show_snapshot(HomeSnapshot())
    assert home.reminders.isHidden() and not home.reminders_empty.isHidden()
