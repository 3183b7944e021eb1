"""``agreement export --bilingual [--prevails fr|en]``: French and English side by side, verified
like any export; a tampered copy is reported; the help says it in both languages."""

from __future__ import annotations

import io
import json
import re

import pytest
from pypdf import PdfReader, PdfWriter

from partage_desktop.cli.main import main
from partage_desktop.platform.resources import templates_dir

EXAMPLE = templates_dir() / "examples" / "pret-materiel.json"


def export(tmp_path, capsys, *extra: str, source=EXAMPLE, data=None):
    out = tmp_path / "entente-bilingue.pdf"
    args = ["agreement", "export", "--answers", str(source), "--out", str(out), "--json", *extra]
    code = main([*args, "--data-dir", str(data)] if data else args)
    return code, out, capsys.readouterr()


def words(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.mark.parametrize(("extra", "prevails"), [
    (("--bilingual",), "française"),
    (("--bilingual", "--prevails", "en"), "anglaise"),
    (("--prevails", "en"), "anglaise"),  # choosing the version that prevails asks for both
])
def test_export_bilingual_then_verify(tmp_path, capsys, extra, prevails):
    code, out, captured = export(tmp_path, capsys, *extra)
    assert code == 0, captured.err
    result = json.loads(captured.out)
    text = words(out.read_bytes())
    assert result["pages"] == len(PdfReader(out).pages)
    assert "Entente de prêt d'équipement" in text and "Equipment Loan Agreement" in text
    assert f"la version {prevails} prévaut" in text
    assert f"the {'French' if prevails == 'française' else 'English'} version prevails" in text
    assert main(["agreement", "verify", str(out), "--json"]) == 5  # genuine, not recorded here
    said = json.loads(capsys.readouterr().out)
    assert said["status"] == "unknown" and said["fingerprint"] == result["fingerprint"]


def test_a_bilingual_export_recorded_verifies_ok_and_tampering_is_reported(tmp_path, capsys):
    data = tmp_path / "donnees"
    data.mkdir()
    code, out, captured = export(tmp_path, capsys, "--bilingual", "--record", data=data)
    assert code == 0, captured.err
    fingerprint = json.loads(captured.out)["fingerprint"]
    assert main(["agreement", "verify", str(out), "--data-dir", str(data), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "identical"  # byte for byte the recorded copy
    # the English amount on the annex page changed, as a PDF editor would
    reader = PdfReader(out)
    writer = PdfWriter(clone_from=reader)
    page = writer.pages[-1]
    contents = page.get_contents()
    original = contents.get_data()
    changed = re.sub(rb"\(\$28,000\.00", rb"($18,000.00", original)
    assert changed != original
    contents.set_data(changed)
    page.replace_contents(contents)
    altered = tmp_path / "copie.pdf"
    with altered.open("wb") as handle:
        writer.write(handle)
    assert main(["agreement", "verify", str(altered), "--data-dir", str(data), "--json"]) == 3
    result = json.loads(capsys.readouterr().out)
    assert result["status"] == "altered" and result["fingerprint"] == fingerprint


def test_a_one_language_export_is_unchanged_by_the_option(tmp_path, capsys):
    code, out, captured = export(tmp_path, capsys)
    assert code == 0
    plain = json.loads(captured.out)["fingerprint"]
    code, out, captured = export(tmp_path, capsys, "--bilingual", "--force")
    assert json.loads(captured.out)["fingerprint"] != plain
    assert plain == "78PY-ZVJ7-HY35-NQ57"  # as printed before bilingual agreements existed


def test_a_hostile_setting_in_the_file_is_refused_naming_it(tmp_path, capsys):
    raw = json.loads(EXAMPLE.read_text("utf-8"))
    raw["bilingual"] = {"prevails": "es"}
    source = tmp_path / "reponses.json"
    source.write_text(json.dumps(raw), "utf-8")
    code, out, captured = export(tmp_path, capsys, source=source)
    assert code == 2 and not out.exists()
    assert "Version bilingue" in captured.err and "es" in captured.err
    # the command line's choice replaces the file's
    code, out, captured = export(tmp_path, capsys, "--prevails", "fr", source=source)
    assert code == 0, captured.err


@pytest.mark.parametrize(("lang", "said"), [("fr", "côte à côte"), ("en", "side by side")])
def test_help_in_both_languages(capsys, lang, said):
    with pytest.raises(SystemExit):
        main(["agreement", "export", "--help", "--lang", lang])
    text = " ".join(capsys.readouterr().out.split())
    assert "--bilingual" in text and "--prevails {fr,en}" in text and said in text
