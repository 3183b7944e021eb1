"""Output cut short by a closed pipe (``partage-desktop … | head``): every command stops quietly
with exit code 141, no "Erreur inattendue : BrokenPipeError", no traceback."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from partage_desktop.cli.main import PIPE_CLOSED, main

ROOT = Path(__file__).resolve().parents[2]


class ClosedPipe(io.TextIOBase):
    """stdout whose reader went away: every write or flush fails as a real closed pipe does."""

    def write(self, _text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


@pytest.fixture(scope="module")
def journal_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("donnees")
    assert main(["--data-dir", str(folder), "demo", "--entries", "60"]) == 0
    return folder


@pytest.mark.parametrize("args", [
    ["--version"],
    ["templates", "list"],
    ["templates", "list", "--json"],
    ["guides", "search", "camion"],
    ["guides", "search", "camion", "--json"],
    ["journal", "search", "camion"],
    ["journal", "search", "camion", "--json"],
    ["agreement", "list"],
    ["backup", "list"],
])
def test_every_command_ends_quietly_when_its_reader_goes_away(args, journal_dir, capsys, monkeypatch):
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["--data-dir", str(journal_dir), *args]) == PIPE_CLOSED == 141
    monkeypatch.undo()
    assert capsys.readouterr().err == ""


def test_journal_search_piped_into_a_reader_that_closes_at_once(journal_dir):
    """A real pipe whose reading end is closed before the command writes anything."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "partage_desktop", "--data-dir", str(journal_dir),
                                "journal", "search", "camion"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    process.stdout.close()  # `| head -0`: the reader is gone before the first line
    err = process.stderr.read().decode("utf-8")
    process.stderr.close()
    assert process.wait(timeout=60) == 141
    assert err == ""
