"""The inputs that ended in exit 1 (an unexpected error), each now with a clear message (exit 2 or 3).

Each case is the reproduction from the report; tests/services/test_hostile_input_families.py
explores the same formats with generated inputs.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from datetime import date

import pytest
from safetydata import add_agreement, example, prepared

from partage_desktop.cli.main import main
from partage_desktop.platform.errors import DataUnusableError
from partage_desktop.services.agreements import calendar
from partage_desktop.services.agreements.amendments import start_amendment
from partage_desktop.services.data.session import close_all
from partage_desktop.services.exchange.agreements import export_agreement
from partage_desktop.services.exchange.project import export_project
from partage_desktop.services.journal import entries as svc
from partage_desktop.words import say_error


def _export(tmp_path, text: str, capsys) -> tuple[int, str]:
    answers = tmp_path / "reponses.json"
    answers.write_text(text, "utf-8", errors="surrogatepass")
    out = tmp_path / "e.pdf"
    code = main(["--data-dir", str(tmp_path / "d"), "agreement", "export", "--answers", str(answers),
                 "--out", str(out)])
    assert not out.exists()
    return code, capsys.readouterr().err


def test_deeply_nested_json_is_refused_with_a_message(tmp_path, capsys):
    code, err = _export(tmp_path, '{"template": "pret-materiel", "fields": ' + "[" * 100_000 + "]" * 100_000 + "}",
                        capsys)
    assert code == 3 and "imbriqués trop profondément" in err


def test_a_lone_surrogate_is_refused_naming_the_field(tmp_path, capsys):
    answers = example("pret-materiel")
    answers["parties"][0]["name"] = "Centre\ud800"
    code, err = _export(tmp_path, json.dumps(answers), capsys)
    assert code == 3 and "caractère invalide" in err and "parties[0].name" in err


@pytest.mark.parametrize("number", [str(2**63), "9" * 5000, "1e999"])
def test_numbers_out_of_range_are_refused(tmp_path, capsys, number):
    code, err = _export(tmp_path, '{"template": "pret-materiel", "x": ' + number + "}", capsys)
    assert code == 3 and "hors limites" in err


def _rewrite(path, name: str, change) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist() if n != "manifest.json"}
        manifest = json.loads(archive.read("manifest.json"))
    members[name] = change(members[name])
    manifest["members"] = {n: {"sha256": hashlib.sha256(r).hexdigest(), "size": len(r)} for n, r in members.items()}
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        for n, raw in members.items():
            archive.writestr(n, raw)


def test_a_party_position_above_2_63_is_refused(tmp_path, capsys):
    sender = prepared(tmp_path / "envoi")
    add_agreement(sender, "ENT-2026-0001", versions=1)
    out = tmp_path / "a.partage"
    export_agreement(sender, "ENT-2026-0001", out, "fr")
    close_all()

    def huge(raw: bytes) -> bytes:
        doc = json.loads(raw)
        doc["parties"][0]["position"] = 2**64
        return json.dumps(doc).encode()

    _rewrite(out, "agreement.json", huge)
    assert main(["--data-dir", str(tmp_path / "r"), "exchange", "import", str(out)]) == 3
    assert "hors limites" in capsys.readouterr().err


def test_a_non_object_agreement_inside_a_project_file_is_refused(tmp_path, capsys):
    sender = prepared(tmp_path / "envoi")
    add_agreement(sender, "ENT-2026-0001", versions=1)
    project = svc.save_project(sender, svc.ProjectData(name="Cuisine collective", stage="running"))
    con = sqlite3.connect(sender.database)
    with con:
        con.execute("UPDATE agreement SET project_id = ?", (project.id,))
    con.close()
    out = tmp_path / "p.partage"
    export_project(sender, project.id, out, "fr")
    close_all()
    with zipfile.ZipFile(out) as archive:
        name = next(n for n in archive.namelist() if n.endswith("agreement.json"))
    _rewrite(out, name, lambda raw: b"[1, 2, 3]")
    assert main(["--data-dir", str(tmp_path / "r"), "exchange", "import", str(out)]) == 2
    assert "agreement.json" in capsys.readouterr().err


def test_amending_a_signed_agreement_without_a_version_says_what_to_do(tmp_path):
    data = prepared(tmp_path / "d")
    add_agreement(data, "ENT-2026-0001", versions=1)
    con = sqlite3.connect(data.database)
    with con:
        con.execute("DELETE FROM agreement_version")
        con.execute("UPDATE agreement SET status = 'signed', signed_version = NULL")
    con.close()
    with pytest.raises(DataUnusableError) as refused:
        start_amendment(data, "ENT-2026-0001", "fr")
    assert "version signée n'est pas enregistrée" in say_error(refused.value, "fr")


def test_the_calendar_of_an_agreement_ending_9999_12_31_is_written(tmp_path):
    data = prepared(tmp_path / "d")
    add_agreement(data, "ENT-2026-0001", versions=1)
    con = sqlite3.connect(data.database)
    with con:
        con.execute("UPDATE agreement SET status = 'signed', start_date = '9999-01-01', end_date = '9999-12-31'")
    con.close()
    out = tmp_path / "e.ics"
    assert calendar.export_ics(data, out, "fr", today=date(2026, 11, 23)) == 0
    assert "END:VCALENDAR" in out.read_text("utf-8")


def test_the_funder_report_prints_crossed_emphasis(tmp_path, capsys):
    data = prepared(tmp_path / "d")
    project = svc.save_project(data, svc.ProjectData(name="Cuisine collective", stage="running"))
    svc.save_entry(data, svc.EntryData(project_id=project.id, title="Rencontre", kind="success",
                                       entry_date=date(2026, 3, 2),
                                       body="***texte*** et **a *b** c* puis <b>balise</b> & *seul"))
    close_all()
    out = tmp_path / "rapport.pdf"
    assert main(["--data-dir", str(data.root), "journal", "export", "--format", "pdf", "--out", str(out)]) == 0
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "texte" in text and "<b>balise</b>" in text and "*seul" in text


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, '{"lang": "\\ud800"}', '{"lang": 1e999}'])
def test_a_damaged_settings_file_gives_the_defaults(tmp_path, text):
    from partage_desktop.platform.settings import Settings

    path = tmp_path / "parametres.json"
    path.write_text(text, "utf-8")
    assert Settings.load(path).lang == "fr"
