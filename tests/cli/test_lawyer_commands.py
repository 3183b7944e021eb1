"""``agreement export --out FILE.docx`` and ``agreement lawyer-changes REF FILE.docx [--apply]``:
exit codes, the listing, --json, and the corrections applied to the recorded agreement."""

from __future__ import annotations

import json

import docx
import pytest

from partage_desktop.cli.main import main
from partage_desktop.platform.resources import templates_dir

EXAMPLE = templates_dir() / "examples" / "pret-materiel.json"
LAWYER_TEXT = "Le Prêteur remet l'équipement vérifié, avec son manuel."


def run(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    return code, capsys.readouterr()


def test_export_docx_json_and_text(tmp_path, capsys, data_dir):
    out = tmp_path / "entente.docx"
    code, captured = run(capsys, data_dir, "agreement", "export", "--answers", str(EXAMPLE), "--out", str(out),
                         "--json")
    assert code == 0, captured.err
    result = json.loads(captured.out)
    assert result["format"] == "docx" and result["out"] == str(out) and result["recorded"] is False
    assert result["reference"].startswith("ENT-") and result["version"] == 1
    document = docx.Document(str(out))
    assert any(p.text.startswith("1.1\t") for p in document.paragraphs)
    # an existing file is kept without --force, as for the PDF
    code, captured = run(capsys, data_dir, "agreement", "export", "--answers", str(EXAMPLE), "--out", str(out))
    assert code == 2 and str(out.name) in captured.err
    code, captured = run(capsys, data_dir, "agreement", "export", "--answers", str(EXAMPLE), "--out", str(out),
                         "--force", "--lang", "en")
    assert code == 0 and "Word document written" in captured.out and "lawyer-changes" in captured.err


def test_export_docx_refuses_record(tmp_path, capsys, data_dir):
    out = tmp_path / "entente.docx"
    code, captured = run(capsys, data_dir, "agreement", "export", "--answers", str(EXAMPLE), "--out", str(out),
                         "--record")
    assert code == 2 and "--record" in captured.err and not out.exists()


def test_lawyer_changes_lists_then_applies(tmp_path, capsys, data_dir):
    pdf = tmp_path / "entente.pdf"
    code, captured = run(capsys, data_dir, "agreement", "export", "--answers", str(EXAMPLE), "--out", str(pdf),
                         "--record", "--json")
    assert code == 0, captured.err
    reference = json.loads(captured.out)["reference"]
    # the Word file of the recorded agreement (its answers carry the reference and version)
    answers = json.loads(EXAMPLE.read_text("utf-8"))
    answers["meta"] = {"reference": reference, "version": 1}
    source = tmp_path / "reponses.json"
    source.write_text(json.dumps(answers, ensure_ascii=False), "utf-8")
    sent = tmp_path / "juriste.docx"
    code, captured = run(capsys, data_dir, "agreement", "export", "--answers", str(source), "--out", str(sent))
    assert code == 0, captured.err
    document = docx.Document(str(sent))
    for paragraph in document.paragraphs:
        if paragraph.text.startswith("2.1\t"):
            for run_ in list(paragraph.runs):
                run_._r.getparent().remove(run_._r)
            paragraph.add_run(f"2.1\t{LAWYER_TEXT}")
    corrected = tmp_path / "corrige.docx"
    document.save(str(corrected))

    code, captured = run(capsys, data_dir, "agreement", "lawyer-changes", reference, str(corrected))
    assert code == 0, captured.err
    assert "Clause 2.1 modifiée" in captured.out and LAWYER_TEXT in captured.out
    assert "--apply" in captured.err
    code, captured = run(capsys, data_dir, "agreement", "lawyer-changes", reference, str(corrected), "--json")
    listed = json.loads(captured.out)
    assert [(c["kind"], c["number"], c["after"]) for c in listed["clauses"]] == [("changed", "2.1", LAWYER_TEXT)]
    assert listed["applied"] == 0

    code, captured = run(capsys, data_dir, "agreement", "lawyer-changes", reference, str(corrected), "--apply")
    assert code == 0 and "1 clause" in captured.out
    # the next PDF export of the agreement is version 2 with the lawyer's words, and verifies
    code, captured = run(capsys, data_dir, "agreement", "lawyer-changes", reference, str(corrected), "--json")
    assert json.loads(captured.out)["clauses"] == []


def test_lawyer_changes_refusals_exit_codes(tmp_path, capsys, data_dir):
    out = tmp_path / "entente.pdf"
    code, captured = run(capsys, data_dir, "agreement", "export", "--answers", str(EXAMPLE), "--out", str(out),
                         "--record", "--json")
    reference = json.loads(captured.out)["reference"]
    not_word = tmp_path / "note.docx"
    not_word.write_text("bonjour", "utf-8")
    code, captured = run(capsys, data_dir, "agreement", "lawyer-changes", reference, str(not_word))
    assert code == 3 and "n'est pas un document Word" in captured.err and "Traceback" not in captured.err
    code, captured = run(capsys, data_dir, "agreement", "lawyer-changes", "ENT-2099-0001", str(not_word))
    assert code in (2, 3) and "Traceback" not in captured.err
    code, captured = run(capsys, data_dir, "agreement", "lawyer-changes", reference, str(tmp_path / "absent.docx"))
    assert code == 3 and "absent.docx" in captured.err


def test_help_lines_in_both_languages(capsys):
    with pytest.raises(SystemExit):
        main(["agreement", "--help"])
    out = capsys.readouterr().out
    assert "lawyer-changes" in out and "corrections d'un juriste" in out
    with pytest.raises(SystemExit):
        main(["--lang", "en", "agreement", "lawyer-changes", "--help"])
    out = capsys.readouterr().out
    assert "lawyer's corrections" in out and "--apply" in out
