"""``resources matches [--json]``: each suggestion with its score and reasons, best first."""

from __future__ import annotations

import json

from matches_data import network

from partage_desktop.cli.main import main
from partage_desktop.platform.datadir import resolve
from partage_desktop.services.data.database import prepare
from partage_desktop.services.data.session import close_all
from partage_desktop.services.resources import matches


def _network(data_dir):
    data = resolve(str(data_dir))
    prepare(data, "fr")
    found = network(data)
    return data, found


def test_json_lists_each_match_with_its_score_and_reasons(data_dir, capsys):
    data, net = _network(data_dir)
    matches.decide(data, net["need_key"], net["far_key"], "dismissed")
    close_all()
    assert main(["--data-dir", str(data_dir), "--lang", "en", "resources", "matches", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [m["score"] for m in found] == sorted((m["score"] for m in found), reverse=True)
    assert {(m["need_key"], m["offer_key"]) for m in found} == {(net["need_key"], net["offer_key"]),
                                                                  (net["wanted_key"], net["resource_key"])}
    for m in found:
        assert set(m) >= {"need_key", "offer_key", "direction", "score", "need", "offer", "partner", "reasons",
                          "checks", "status", "need_id", "resource_id", "board_item_id"}
        assert isinstance(m["score"], int) and 0 < m["score"] <= 100
        assert m["reasons"] and all(isinstance(r, str) for r in m["reasons"])
    trailer = next(m for m in found if m["direction"] == "we_need")
    assert trailer["reasons"][0] == "same category: Vehicles and trailers"
    assert trailer["need_id"] == net["need_id"] and trailer["board_item_id"] == net["offer_id"]
    assert main(["--data-dir", str(data_dir), "resources", "matches", "--json", "--dismissed"]) == 0
    every = json.loads(capsys.readouterr().out)
    assert {m["status"] for m in every} == {None, "dismissed"} and len(every) == 3
    close_all()


def test_text_lists_reasons_under_each_match_in_french(data_dir, capsys):
    _network(data_dir)
    close_all()
    assert main(["--data-dir", str(data_dir), "resources", "matches"]) == 0
    out = capsys.readouterr().out
    assert "Remorques  ←  La remorque utilitaire (Maison des jeunes de Châteauguay)" in out
    assert "· même catégorie\u00a0: Véhicules et remorques" in out
    assert "· tarif\u00a0: 25,00\u00a0$ par jour" in out
    close_all()


def test_nothing_to_suggest_and_a_negative_limit(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "resources", "matches"]) == 0
    assert "Aucune suggestion" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "resources", "matches", "--limit", "-1"]) == 2
    close_all()
