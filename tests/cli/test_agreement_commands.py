"""``agreement export`` and ``agreement verify``: the contract, bad input, tampered copies."""

from __future__ import annotations

import io
import json
import re

import pytest
from pypdf import PdfReader, PdfWriter

from partage_desktop.cli.main import main
from partage_desktop.platform.resources import templates_dir


def example_path(template_id: str = "pret-materiel"):
    return templates_dir() / "examples" / f"{template_id}.json"


def export(tmp_path, capsys, answers: dict | None = None, name: str = "entente.pdf", *extra: str):
    source = example_path()
    if answers is not None:
        source = tmp_path / "reponses.json"
        source.write_text(json.dumps(answers, ensure_ascii=False), "utf-8")
    out = tmp_path / name
    code = main(["agreement", "export", "--answers", str(source), "--out", str(out), "--json", *extra])
    return code, out, capsys.readouterr()


def test_export_json_contract(tmp_path, capsys):
    code, out, captured = export(tmp_path, capsys)
    assert code == 0, captured.err
    result = json.loads(captured.out)
    assert result["out"] == str(out) and out.is_file()
    assert result["pages"] == len(PdfReader(out).pages)
    # 80 bits printed (16 characters), the full SHA-256 beside it
    assert len(result["fingerprint"]) == 19 and result["fingerprint"].count("-") == 3
    assert re.fullmatch(r"[0-9a-f]{64}", result["sha256"])


def test_invalid_answers_exit_2_with_every_problem_and_no_file(tmp_path, capsys, example_answers):
    raw = example_answers()
    raw["fields"]["end_date"] = "2020-01-01"
    raw["fields"]["start_date"] = "pas une date"
    raw["parties"][1]["name"] = ""
    raw["parties"][0]["neq"] = "123"
    code, out, captured = export(tmp_path, capsys, raw)
    assert code == 2
    assert not out.exists() and list(tmp_path.iterdir()) == [tmp_path / "reponses.json"]
    err = captured.err
    assert "Date de début" in err and "Partie 2" in err and "NEQ" in err
    assert err.count("  - ") >= 3


def test_errors_in_english(tmp_path, capsys, example_answers):
    raw = example_answers()
    raw["template"] = "bateau-partage"
    code, out, captured = export(tmp_path, capsys, raw, "x.pdf", "--lang", "en")
    assert code == 2 and not out.exists()
    assert "bateau-partage" in captured.err and "pret-materiel" in captured.err
    assert "problem" in captured.err


def test_unreadable_json_exit_3(tmp_path, capsys):
    bad = tmp_path / "reponses.json"
    bad.write_text("{ pas du json", "utf-8")
    out = tmp_path / "e.pdf"
    assert main(["agreement", "export", "--answers", str(bad), "--out", str(out)]) == 3
    assert "JSON" in capsys.readouterr().err and not out.exists()


def test_missing_output_folder_exit_2(tmp_path, capsys):
    out = tmp_path / "absent" / "e.pdf"
    assert main(["agreement", "export", "--answers", str(example_path()), "--out", str(out)]) == 2
    assert "n'existe pas" in capsys.readouterr().err


def test_failed_write_keeps_the_previous_file(tmp_path, capsys, monkeypatch):
    out = tmp_path / "entente.pdf"
    out.write_bytes(b"ancienne version")
    import partage_desktop.platform.atomic as atomic

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full_disk)
    code = main(["agreement", "export", "--answers", str(example_path()), "--out", str(out), "--force"])
    assert code == 2
    assert "le disque est plein" in capsys.readouterr().err  # the system's words, in French
    assert out.read_bytes() == b"ancienne version"
    assert [p.name for p in tmp_path.iterdir()] == ["entente.pdf"]


def test_verify_an_unaltered_export_not_recorded_here(tmp_path, capsys):
    """Made from an answers file, never recorded: genuine, but nothing here vouches for it (exit 5)."""
    code, out, captured = export(tmp_path, capsys)
    fingerprint = json.loads(captured.out)["fingerprint"]
    assert main(["agreement", "verify", str(out)]) == 5
    said = capsys.readouterr().err
    assert "non modifié" in said and fingerprint in said and "pas enregistrée ici" in said
    assert main(["agreement", "verify", str(out), "--json"]) == 5
    assert json.loads(capsys.readouterr().out)["status"] == "unknown"


def tampered_copies(pdf: bytes) -> dict[str, bytes]:
    copies = {}
    middle = len(pdf) // 2
    copies["one byte flipped"] = pdf[:middle] + bytes([pdf[middle] ^ 0x01]) + pdf[middle + 1:]
    # an amount edited the way a PDF editor would: content changed, file rewritten
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    page = writer.pages[-1]
    contents = page.get_contents()
    original = contents.get_data()
    data = re.sub(rb"\(28(.)000,00", rb"(18\g<1>000,00", original)
    assert data != original
    contents.set_data(data)
    page.replace_contents(contents)  # (set_data alone edits a copy: the page would stay as it was)
    buffer = io.BytesIO()
    writer.write(buffer)
    copies["amount edited"] = buffer.getvalue()
    # two pages swapped
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    pages = list(writer.pages)
    swapped = PdfWriter()
    for index in [1, 0, *range(2, len(pages))]:
        swapped.add_page(pages[index])
    for name, content in reader.attachments.items():
        swapped.add_attachment(name, content[0])
    buffer = io.BytesIO()
    swapped.write(buffer)
    copies["pages swapped"] = buffer.getvalue()
    return copies


@pytest.mark.parametrize("kind", ["one byte flipped", "amount edited", "pages swapped"])
def test_verify_reports_any_alteration(tmp_path, capsys, kind):
    code, out, _ = export(tmp_path, capsys)
    altered = tmp_path / "copie.pdf"
    altered.write_bytes(tampered_copies(out.read_bytes())[kind])
    assert main(["agreement", "verify", str(altered), "--json"]) == 3
    result = json.loads(capsys.readouterr().out)
    assert result["status"] == "altered"


def test_verify_a_pdf_not_made_by_the_app(tmp_path, capsys):
    from reportlab.pdfgen.canvas import Canvas

    other = tmp_path / "autre.pdf"
    canvas = Canvas(str(other))
    canvas.drawString(72, 720, "Une entente faite ailleurs")
    canvas.save()
    assert main(["agreement", "verify", str(other)]) == 3
    assert "pas été produit par Partage" in capsys.readouterr().err


def test_verify_a_file_that_is_not_a_pdf(tmp_path, capsys):
    other = tmp_path / "note.pdf"
    other.write_text("bonjour", "utf-8")
    assert main(["agreement", "verify", str(other), "--lang", "en"]) == 3
    assert "not produced by Partage" in capsys.readouterr().err


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_service_error_is_worded_once_in_the_users_language(tmp_path, capsys, lang):
    """The service raises a message code whose detail is a code too; the command line words both."""
    from partage_desktop.words import t

    bad = tmp_path / "reponses.json"
    bad.write_bytes(b'{"x": "\xff\xfe"}')
    out = tmp_path / "e.pdf"
    assert main(["agreement", "export", "--answers", str(bad), "--out", str(out), "--lang", lang]) == 3
    err = capsys.readouterr().err
    assert err == t("file_unreadable", lang, path=bad, detail=t("os_not_text", lang)) + "\n"
    assert "file_unreadable" not in err and "os_not_text" not in err and not out.exists()
