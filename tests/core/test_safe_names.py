"""Attachment names and CSV cells from hostile text (hypothesis)."""

from __future__ import annotations

import csv
import io
import ntpath
import posixpath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partage_desktop.core.safe_names import MAX_NAME, csv_cell, safe_file_name

HOSTILE = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(["..", ".", "/", "\\", "C:", "con", "NUL", "lpt1", " ", "\x00", "\u202e",
                              "fichier", ".pdf", "é", "a" * 130, "?", "*", ":", "\ufeff"]),
             max_size=8).map("".join),
)


@settings(max_examples=500, deadline=None)
@given(HOSTILE)
def test_attachment_names_are_always_one_plain_segment(raw):
    name = safe_file_name(raw)
    assert name and name not in (".", "..")
    assert len(name) <= MAX_NAME
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not ntpath.isabs(name) and not posixpath.isabs(name) and not ntpath.splitdrive(name)[0]
    assert name == name.strip(" .")
    assert name.split(".")[0].strip().lower() not in {"con", "prn", "aux", "nul", "com1", "lpt1"}
    assert safe_file_name(name) == name  # stable


@pytest.mark.parametrize("raw,expected", [
    ("procès-verbal 2026.pdf", "procès-verbal 2026.pdf"),
    ("..\\..\\Windows\\system.ini", "system.ini"),
    ("/etc/passwd", "passwd"),
    ("CON.txt", "_CON.txt"),
    ("rapport?.docx", "rapport_.docx"),
    ("...", "piece-jointe"),
    ("", "piece-jointe"),
])
def test_attachment_name_examples(raw, expected):
    assert safe_file_name(raw) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_csv_cells_never_start_a_formula_and_survive_a_round_trip(value):
    cell = csv_cell(value)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerow([cell, "x"])
    row = next(csv.reader(io.StringIO(buffer.getvalue(), newline=""), delimiter=";"))
    assert row == [cell, "x"]
    assert cell in (value, "'" + value)
