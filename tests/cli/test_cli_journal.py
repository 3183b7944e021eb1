"""journal search, journal export and demo on the command line (CONTRACTS.md)."""

from __future__ import annotations

import json

import pytest

from partage_desktop.cli.main import main


@pytest.fixture
def demo_dir(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "demo", "--entries", "120"]) == 0
    out = capsys.readouterr().out
    assert "120 entrées de journal" in out
    return data_dir


def test_demo_fills_organizations_projects_agreements_and_entries(demo_dir, capsys):
    assert main(["--data-dir", str(demo_dir), "agreement", "list", "--json"]) == 0
    agreements = json.loads(capsys.readouterr().out)
    assert len(agreements) == 3 and all(len(a["parties"]) >= 2 for a in agreements)


def test_journal_search_json_contract(demo_dir, capsys):
    assert main(["--data-dir", str(demo_dir), "journal", "search", "l'oeuvre", "--json", "--limit", "5"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert 1 <= len(hits) <= 5
    for hit in hits:
        assert set(hit) >= {"id", "date", "title", "project", "score"}
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert all("œuvre" in h["snippet"].lower() for h in hits)


def test_journal_search_limit_zero_gives_all_and_text_output(demo_dir, capsys):
    assert main(["--data-dir", str(demo_dir), "journal", "search", "la", "--json", "--limit", "0"]) == 0
    everything = json.loads(capsys.readouterr().out)
    assert main(["--data-dir", str(demo_dir), "journal", "search", "la"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(everything) > 50 and len(lines) == 2 * 50  # the default limit; each hit and its snippet
    assert len({h["id"] for h in everything}) == len(everything)


def test_journal_search_text_shows_a_snippet_with_the_hits_marked(demo_dir, capsys):
    assert main(["--data-dir", str(demo_dir), "journal", "search", "l'oeuvre", "--limit", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6
    for heading, snippet in zip(lines[::2], lines[1::2], strict=True):
        assert heading[:4].isdigit() and "#" in heading
        assert snippet.startswith(" " * 21) and "\x02" not in snippet and "\x03" not in snippet
        assert "[œuvre]" in snippet.lower() or "[œuvre]" in heading.lower() or "[oeuvre]" in snippet.lower()


@pytest.mark.parametrize(("lang", "message"), [("fr", "Aucune entrée"), ("en", "No journal entry")])
def test_journal_search_nothing_found(demo_dir, capsys, lang, message):
    assert main(["--data-dir", str(demo_dir), "--lang", lang, "journal", "search", "zzzyx"]) == 0
    assert message in capsys.readouterr().err


def test_csv_export_opens_in_french_excel(demo_dir, capsys):
    out = demo_dir / "journal.csv"
    assert main(["--data-dir", str(demo_dir), "journal", "export", "--format", "csv", "--out", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("N°;Date;Projet;Type;Titre")
    assert len(lines) > 100
    assert any(";1,00;" in line or ";1,50;" in line or ";0,50;" in line for line in lines)  # decimal comma


def test_csv_export_in_english_uses_commas(demo_dir):
    out = demo_dir / "journal.csv"
    assert main(["--data-dir", str(demo_dir), "--lang", "en", "journal", "export", "--format", "csv",
                 "--out", str(out), "--project", "2"]) == 0
    text = out.read_text("utf-8-sig")
    assert text.startswith("No.,Date,Project,Type,Title")
    assert "Camion réfrigéré" not in text  # project 2 only


def test_pdf_export(demo_dir, capsys):
    out = demo_dir / "rapport.pdf"
    assert main(["--data-dir", str(demo_dir), "journal", "export", "--format", "pdf", "--out", str(out),
                 "--project", "1", "--from", "2025-01-01"]) == 0
    assert out.read_bytes().startswith(b"%PDF") and "pages" in capsys.readouterr().out


def test_export_problems_are_all_listed_and_nothing_is_written(demo_dir, capsys, tmp_path):
    out = tmp_path / "absent" / "x.csv"
    code = main(["--data-dir", str(demo_dir), "journal", "export", "--format", "csv", "--out", str(out),
                 "--project", "99", "--from", "2026-02-30"])
    assert code == 2
    err = capsys.readouterr().err
    assert "--from" in err and "99" in err and "n'existe pas" in err
    assert not out.exists()


def test_demo_refuses_a_negative_count(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "--lang", "en", "demo", "--entries", "-3"]) == 2
    assert "--entries" in capsys.readouterr().err


@pytest.mark.parametrize(("lang", "words"), [("fr", "est après la date de fin"), ("en", "is after the end date")])
@pytest.mark.parametrize("fmt", ["pdf", "csv"])
def test_a_reversed_period_is_refused_naming_both_dates(demo_dir, capsys, tmp_path, lang, words, fmt):
    out = tmp_path / f"r.{fmt}"
    code = main(["--data-dir", str(demo_dir), "--lang", lang, "journal", "export", "--format", fmt, "--out", str(out),
                 "--from", "2026-06-01", "--to", "2025-12-31"])
    assert code == 2
    err = capsys.readouterr().err
    assert words in err and "--from 2026-06-01" in err and "--to 2025-12-31" in err
    assert not out.exists()


def test_csv_shares_each_amount_among_its_partners(demo_dir):
    import csv
    import io
    from decimal import Decimal

    out = demo_dir / "journal.csv"
    assert main(["--data-dir", str(demo_dir), "--lang", "en", "journal", "export", "--format", "csv",
                 "--out", str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"), newline="")))
    assert rows[0][-1] == "Each partner's share ($)"
    with_money = [r for r in rows[1:] if r[9]]
    assert with_money
    for row in with_money:
        shares = [Decimal(part.rsplit(": ", 1)[1]) for part in row[-1].split(" | ")]
        assert sum(shares) == Decimal(row[9]), row  # the parts add up to the amount
        assert len(shares) == max(1, len([n for n in row[7].split(", ") if n]))  # one share per partner named
