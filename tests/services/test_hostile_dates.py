"""Dates at the calendar's edges: bounded on input, harmless when already stored.

An exchange file with dates in the year 9999 and monthly meetings stopped the window from starting
(``year 10000 is out of range``); agreements starting in the year 1 with automatic renewal walked
every term since then at every start (0.7 s each).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta

import pytest
from safetydata import example, prepared

from partage_desktop.cli.main import main
from partage_desktop.core.agreements.reminders import (
    ENDS,
    MEETING,
    RENEWAL_NOTICE,
    AgreementDates,
    current_term,
    planned,
    upcoming,
)
from partage_desktop.services.agreements import calendar, drafts
from partage_desktop.services.agreements.export import check_answers
from partage_desktop.services.data.session import close_all
from partage_desktop.services.exchange import agreements as exchange
from partage_desktop.store.quick import read_home_snapshot

TODAY = date(2026, 11, 23)


def _answers(start: str, end: str, frequency: str = "monthly") -> dict:
    answers = example("locaux-partages")
    answers["fields"].update(start_date=start, end_date=end, review_frequency=frequency, renewal="tacit")
    return answers


@pytest.mark.parametrize(("start", "end"), [("9999-01-01", "9999-12-31"), ("0001-01-01", "0001-01-01"),
                                            ("2026-01-01", "2200-01-01"), ("1899-12-31", "2027-01-01")])
def test_an_answers_file_with_dates_out_of_range_names_the_field(start, end):
    problems = check_answers(_answers(start, end), "fr").errors
    assert problems
    assert any("doit se situer entre l'an 1900 et l'an 2199" in str(p) for p in problems)
    assert {p.path for p in problems} <= {"fields.start_date", "fields.end_date"}
    assert not check_answers(_answers("1900-01-01", "2199-12-31"), "fr").errors


def test_an_exchange_file_with_dates_in_the_year_9999_is_refused_and_nothing_is_written(tmp_path, capsys):
    sender = prepared(tmp_path / "envoi")
    reference = drafts.create_draft(sender, _answers("2026-01-01", "2027-01-01"), today=TODAY)
    con = sqlite3.connect(sender.database)  # as a hostile sender writes it
    with con:
        answers = json.dumps(_answers("9999-01-01", "9999-12-31"))
        con.execute("UPDATE agreement SET answers_json = ?, start_date = '9999-01-01', end_date = '9999-12-31', "
                    "status = 'ready'", (answers,))
    con.close()
    out = tmp_path / "a.partage"
    exchange.export_agreement(sender, reference, out, "fr")
    close_all()
    receiver = tmp_path / "reception"
    code = main(["--data-dir", str(receiver), "exchange", "import", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert "9999" in err and "1900" in err
    assert main(["--data-dir", str(receiver), "agreement", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def _stored(data, start: str, end: str, frequency: str = "monthly", n: int = 1) -> None:
    """Agreements stored before dates were checked (an older version, an earlier import)."""
    con = sqlite3.connect(data.database)
    with con:
        for i in range(n):
            con.execute(
                "INSERT INTO agreement (reference, template_id, title, status, lang, answers_json, start_date, "
                "end_date, created_at, updated_at) VALUES (?, 'locaux-partages', 'Locaux', 'signed', 'fr', ?, ?, ?, "
                "'2026-11-01', '2026-11-01')",
                (f"ENT-2026-{i + 1:04d}", json.dumps(_answers(start, end, frequency)), start, end))
    con.close()


@pytest.mark.parametrize(("start", "end"), [("9999-01-01", "9999-12-31"), ("0001-01-01", "0001-01-01"),
                                            ("9999-12-31", "9999-12-31")])
def test_stored_dates_out_of_range_leave_the_home_page_and_the_calendar_working(tmp_path, start, end):
    data = prepared(tmp_path / "donnees")
    _stored(data, start, end, n=3)
    assert read_home_snapshot(data.database, TODAY).reminders == []  # what the window reads at start
    out = tmp_path / "ententes.ics"
    assert calendar.export_ics(data, out, "fr", today=TODAY) == 0
    assert out.read_text("utf-8").startswith("BEGIN:VCALENDAR")


def test_a_one_day_agreement_renewed_since_1900_is_computed_not_walked():
    a = AgreementDates("ENT-2026-0001", "Prêt", "signed", date(1900, 1, 1), date(1900, 1, 1),
                       {"renewal": "tacit", "renewal_notice_days": 0})
    assert current_term(a, TODAY) == (TODAY, TODAY)
    yearly = AgreementDates("ENT-2026-0002", "Prêt", "signed", date(1900, 3, 1), date(1901, 2, 28),
                            {"renewal": "tacit", "review_frequency": "monthly"})
    start, end = current_term(yearly, TODAY)
    assert (end - start).days == 364 and start <= TODAY <= end
    length = timedelta(days=365)
    walked = (date(1900, 3, 1), date(1901, 2, 28))
    while walked[1] < TODAY:  # the definition: one term after the other
        walked = (walked[1] + timedelta(days=1), walked[1] + length)
    assert (start, end) == walked
    kinds = [r.kind for r in upcoming([yearly], TODAY, 400)]
    assert kinds.count(MEETING) == 1 and ENDS in kinds and RENEWAL_NOTICE in kinds


def test_a_long_term_still_shows_its_next_meeting():
    """Meetings start from today's neighbourhood, not from the first one: at most a bounded number."""
    a = AgreementDates("ENT-2026-0001", "Prêt", "signed", date(1950, 1, 15), date(2190, 12, 31),
                       {"review_frequency": "monthly"})
    meetings = [r.on for r in planned(a, TODAY) if r.kind == MEETING]
    assert date(2026, 12, 15) in meetings and len(meetings) <= 121
    assert [r.on for r in upcoming([a], TODAY, 60) if r.kind == MEETING] == [date(2026, 12, 15)]
