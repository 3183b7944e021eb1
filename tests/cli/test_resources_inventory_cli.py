"""``resources list [--json]`` and ``resources needs [--json]`` (issue 14, part 6): the shape a script
reads, money as decimal strings in dollars, words in the chosen language, bad usage refused."""

from __future__ import annotations

import json

import pytest

from partage_desktop.cli.main import main
from partage_desktop.platform import datadir
from partage_desktop.services.data.database import prepare
from partage_desktop.services.data.session import close_all
from partage_desktop.services.resources import categories, inventory, needs

RESOURCE_KEYS = {"id", "uid", "kind", "kind_label", "category", "category_label", "title", "other_names",
                 "description", "quantity", "accessories", "condition", "care", "address", "region",
                 "region_name", "mrc", "pricing", "fee", "fee_unit", "deposit", "insurance_required",
                 "insurance_amount", "training_required", "approval_required", "consumable", "min_notice_hours",
                 "max_loan_days", "book_ahead_days", "contact_person", "visibility", "value_per_day", "agreement",
                 "project_id", "photos", "archived"}
NEED_KEYS = {"id", "uid", "kind", "category", "category_label", "title", "description", "quantity", "address",
             "region", "region_name", "mrc", "wanted_from", "wanted_to", "substitutes_ok", "urgency",
             "contribution", "expires_on", "status", "visibility", "project_id"}


@pytest.fixture
def filled(data_dir):
    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    vehicles = next(c.code for c in categories.list_categories(data, "fr") if c.kind == "vehicle")
    van = inventory.save_resource(data, {"kind": "vehicle", "category": vehicles, "title": "Fourgonnette",
                                         "pricing": "fee", "fee_cents": 123456, "deposit_cents": 5000,
                                         "accessories": "Clés\n\nTriangle", "region": "04"})
    old = inventory.save_resource(data, {"kind": "equipment", "title": "Vieux projecteur"})
    inventory.archive_resource(data, old)
    needs.save_need(data, {"kind": "premises", "title": "Salle", "wanted_from": "2027-03-01", "urgency": "high",
                           "region": "06"})
    found = needs.save_need(data, {"kind": "equipment", "title": "Chaises"})
    needs.set_need_status(data, found, "found")
    close_all()
    return data_dir, van


def test_resources_list_json_shape(filled, capsys):
    folder, van = filled
    assert main(["--data-dir", str(folder), "--lang", "en", "resources", "list", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["title"] for i in items] == ["Fourgonnette"]  # archived ones only with --all
    item = items[0]
    assert set(item) == RESOURCE_KEYS
    assert (item["id"], item["fee"], item["deposit"], item["insurance_amount"]) == (van, "1234.56", "50.00", None)
    assert item["accessories"] == ["Clés", "Triangle"]
    assert (item["kind_label"], item["region_name"], item["category_label"]) == ("Vehicle", "Mauricie", "Vehicles and trailers")
    assert main(["--data-dir", str(folder), "resources", "list", "--json", "--all"]) == 0
    assert {i["title"]: i["archived"] for i in json.loads(capsys.readouterr().out)} == \
        {"Fourgonnette": False, "Vieux projecteur": True}


def test_resources_needs_json_shape_and_text(filled, capsys):
    folder, _ = filled
    assert main(["--data-dir", str(folder), "resources", "needs", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [n["title"] for n in items] == ["Salle"]
    assert set(items[0]) == NEED_KEYS
    assert (items[0]["wanted_from"], items[0]["wanted_to"], items[0]["urgency"]) == ("2027-03-01", None, "high")
    assert main(["--data-dir", str(folder), "resources", "needs", "--all"]) == 0
    text = capsys.readouterr().out
    assert "Salle — sans catégorie — quantité\u00a0: 1 — urgence\u00a0: Urgent — En recherche" in text
    assert "Chaises" in text and "Trouvé" in text


def test_resources_list_text_in_both_languages_and_empty(data_dir, filled, capsys):
    folder, _ = filled
    assert main(["--data-dir", str(folder), "resources", "list"]) == 0
    assert "Fourgonnette — Véhicule" in capsys.readouterr().out
    assert main(["--data-dir", str(folder), "--lang", "en", "resources", "list"]) == 0
    assert "Fourgonnette — Vehicle" in capsys.readouterr().out
    empty = data_dir.parent / "vide"
    empty.mkdir()
    assert main(["--data-dir", str(empty), "--lang", "en", "resources", "list"]) == 0
    assert capsys.readouterr().out.startswith("No resources yet.")
    assert main(["--data-dir", str(empty), "resources", "needs", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_wrong_option_is_refused_with_exit_2(filled, capsys):
    folder, _ = filled
    assert main(["--data-dir", str(folder), "resources", "list", "--jsn"]) == 2
