"""`guides search` and `guides print` on the command line."""

from __future__ import annotations

import json

from pypdf import PdfReader

from partage_desktop.cli.main import main


def test_search_json_finds_the_van_article(capsys, tmp_path):
    assert main(["--data-dir", str(tmp_path), "guides", "search", "preter", "fourgonnette", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results[0]["id"] == "partager-equipement"
    assert {"id", "title", "score"} <= set(results[0])


def test_search_without_result_suggests_close_words(capsys, tmp_path):
    assert main(["--data-dir", str(tmp_path), "guides", "search", "camoin"]) == 0
    out = capsys.readouterr().out
    assert "Aucun article" in out and "camion" in out


def test_print_booklet(capsys, tmp_path):
    out = tmp_path / "livret.pdf"
    assert main(["--data-dir", str(tmp_path), "--lang", "en", "guides", "print", "partager-equipement",
                 "glossaire", "--out", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["out"] == str(out) and result["articles"] == ["partager-equipement", "glossaire"]
    assert "Contents" in PdfReader(out).pages[1].extract_text()


def test_print_unknown_articles_lists_each_and_writes_nothing(capsys, tmp_path):
    out = tmp_path / "livret.pdf"
    assert main(["--data-dir", str(tmp_path), "guides", "print", "continuum", "nope", "zz", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "«\u00a0nope\u00a0»" in err and "«\u00a0zz\u00a0»" in err
    assert not out.exists()


def test_print_into_a_folder_that_cannot_exist(capsys, tmp_path):
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    assert main(["--data-dir", str(tmp_path), "--lang", "en", "guides", "print", "continuum",
                 "--out", str(blocker / "livret.pdf")]) == 2
    assert "Cannot write" in capsys.readouterr().err
