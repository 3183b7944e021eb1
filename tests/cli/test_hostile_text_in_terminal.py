"""User text cannot drive the terminal nor forge a line, on the command line and in the log.

A title received from a partner as ``\\x1b]0;…\\x07\\x1b[2J`` would rename the terminal and clear it,
a line feed in it would forge a line of ``agreement list``; in the log, a crash quoted the entry's
text. Every print goes through one guard (partage_desktop.cli.console), every log record through one
formatter (logsetup.PlainFormatter).
"""

from __future__ import annotations

import json
import logging
import sqlite3

import pytest

from partage_desktop.cli.main import main
from partage_desktop.platform import logsetup
from partage_desktop.platform.shown_text import json_safe, shown, shown_lines

ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x9b31m\u202etxt.exe"
FORGED_LINE = "\nENT-2026-9999     signed      v1  Entente vérifiée — Banque"
HOSTILE = f"Prêt{ESCAPES}{FORGED_LINE}"
DANGEROUS = ("\x1b", "\x07", "\x9b", "\u202e")


@pytest.fixture
def hostile_dir(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "demo", "--entries", "30"]) == 0
    con = sqlite3.connect(data_dir / "partage.sqlite3")
    with con:
        con.execute("UPDATE agreement SET title = ?", (HOSTILE,))
        con.execute("UPDATE agreement_party SET name = ?", (HOSTILE,))
        con.execute("UPDATE journal_entry SET title = ? || title", (HOSTILE + " camion ",))
        con.execute("UPDATE project SET name = ?", (HOSTILE,))
    con.close()
    capsys.readouterr()
    return data_dir


def _safe(text: str) -> None:
    for ch in DANGEROUS:
        assert ch not in text, repr(ch)


def test_agreement_list_shows_each_agreement_on_one_harmless_line(hostile_dir, capsys):
    assert main(["--data-dir", str(hostile_dir), "agreement", "list"]) == 0
    out = capsys.readouterr().out
    _safe(out)
    lines = out.splitlines()
    assert len(lines) == 3  # the demo's three agreements, no forged fourth line
    assert all(line.startswith("ENT-") and "␛]0;pwned␇␛[2J" in line for line in lines)


def test_json_output_keeps_the_data_and_escapes_what_a_terminal_would_obey(hostile_dir, capsys):
    assert main(["--data-dir", str(hostile_dir), "agreement", "list", "--json"]) == 0
    out = capsys.readouterr().out
    _safe(out)
    assert [a["title"] for a in json.loads(out)] == [HOSTILE] * 3  # same data for a program


def test_journal_search_shows_hits_on_harmless_lines(hostile_dir, capsys):
    assert main(["--data-dir", str(hostile_dir), "journal", "search", "camion", "--limit", "3"]) == 0
    out = capsys.readouterr().out
    _safe(out)
    assert len(out.splitlines()) == 6  # each hit and its snippet, nothing forged
    assert main(["--data-dir", str(hostile_dir), "journal", "search", "camion", "--json", "--limit", "3"]) == 0
    out = capsys.readouterr().out
    _safe(out)
    assert all(h["title"].startswith(HOSTILE) for h in json.loads(out))


def test_error_messages_quoting_a_file_name_are_harmless(data_dir, tmp_path, capsys):
    answers = tmp_path / f"réponses{ESCAPES}.json"
    answers.write_text("{", "utf-8")
    code = main(["--data-dir", str(data_dir), "agreement", "export", "--answers", str(answers),
                 "--out", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code in (2, 3) and "réponses" in err
    _safe(err)


def test_the_helpers_neutralize_controls_and_keep_the_rest():
    assert shown("a\x1b[2Jb\nc\u202ed\ud800") == "a␛[2Jb␊c\\u202ed\ufffd"
    assert shown_lines("a\tb\nc\x1b") == "a\tb\nc␛"
    assert shown("Société « Prêt » — 1 234,56 $") == "Société « Prêt » — 1 234,56 $"
    assert json.loads(json_safe(json.dumps({"t": "\x9b\u202e\ud800"}, ensure_ascii=False))) == {"t": "\x9b\u202e\ud800"}


def test_the_log_holds_no_user_text_and_one_line_per_record(tmp_path):
    log_file = logsetup.configure(tmp_path / "journaux")
    try:
        log = logging.getLogger("partage_desktop.test")
        log.warning("refused %s", f"ENT-2026-0001{FORGED_LINE}\x1b[2J")
        entry = "Rencontre avec la directrice, très tendue"
        try:
            raise ValueError(f"paraparser: syntax error in « {entry} »")
        except ValueError:
            log.exception("unexpected error")
    finally:
        logsetup.configure(None)
    text = log_file.read_text("utf-8")
    assert "\x1b" not in text
    assert "\nENT-2026-9999" not in text  # the forged line stays inside its record
    assert "très tendue" not in text  # the exception's message (user text) is left out
    assert "ValueError" in text and "test_the_log_holds_no_user_text" in text  # where it happened stays


def test_an_unexpected_error_logs_the_command_not_the_users_words(data_dir, capsys, monkeypatch):
    from partage_desktop.services.journal import entries as journal

    def boom(*_a, **_k):
        words = "secret words of the entry"
        raise RuntimeError(words)

    assert main(["--data-dir", str(data_dir), "demo", "--entries", "5"]) == 0
    monkeypatch.setattr(journal, "search", boom)
    assert main(["--data-dir", str(data_dir), "journal", "search", "confidentiel", "--limit", "3"]) == 1
    capsys.readouterr()
    text = (data_dir / "journaux" / "partage.log").read_text("utf-8")
    assert "journal search --limit" in text
    assert "confidentiel" not in text and "secret words" not in text
