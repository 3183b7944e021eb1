"""The demo puts a partner's offers sheet on the board (French or English texts, rows marked demo)
and removing the demo takes it away, leaving a sheet the user imported."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from board_support import fill_sender

from partage_desktop.services.demo.removal import remove_demo
from partage_desktop.services.demo.sample import create_demo
from partage_desktop.services.resources import board, sheets


@pytest.mark.parametrize(("lang", "title", "need"), [
    ("fr", "Marmites de 40 litres", "Aide pour la demande de financement"),
    ("en", "40-litre stock pots", "Help with a funding application"),
])
def test_the_demo_partner_sheet_and_its_removal(data, tmp_path, lang, title, need):
    from safetydata import prepared

    partner = prepared(tmp_path / "partenaire")
    fill_sender(partner, name="Coop du quartier", offers=1, needs=0)
    sheets.export_sheet(partner, tmp_path / "coop.partage", "fr")
    sheets.import_sheet(data, tmp_path / "coop.partage", "fr")  # the user's own import

    create_demo(data, 20, lang, today=date(2026, 11, 20))
    demo = [e for e in board.list_board(data, lang) if e.sender_name == "Cuisine collective L'Œuvre du partage"]
    assert {e.title for e in demo if e.side == "offer"} >= {title}
    assert need in {e.title for e in demo if e.side == "need"}
    assert {e.issued_at.date() for e in demo} == {date(2026, 11, 8)}
    assert demo[0].organization_id is not None  # points at the demo organization with the same NEQ
    kitchen = next(e for e in demo if e.kind == "premises")
    assert kitchen.details["insurance_required"] is True and "marmite" not in kitchen.words
    assert ("marmite" if lang == "fr" else "pot") in next(e for e in demo if e.title == title).words.split()

    remove_demo(data, lang)
    left = board.list_sheets(data)
    assert [s.sender_name for s in left] == ["Coop du quartier"]
    con = sqlite3.connect(data.database)
    assert con.execute("SELECT COUNT(*) FROM board_item WHERE sheet_id NOT IN (SELECT id FROM board_sheet)"
                       ).fetchone()[0] == 0
    con.close()
