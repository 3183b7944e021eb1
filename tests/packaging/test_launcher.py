"""The frozen app's entry point: a double-clicked .partage file is not mistaken for a command."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("launcher", ROOT / "packaging" / "launcher.py")
assert _spec and _spec.loader
launcher = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(launcher)


def test_an_exchange_file_is_handed_over_and_removed_from_the_arguments(tmp_path, monkeypatch):
    monkeypatch.delenv("PARTAGE_OPEN_FILE", raising=False)
    exchange = tmp_path / "Entente de prêt.PARTAGE"
    exchange.write_bytes(b"PK")
    assert launcher._take_opened_file(["Partage.exe", str(exchange)]) == ["Partage.exe"]
    assert os.environ["PARTAGE_OPEN_FILE"] == str(exchange.absolute())


def test_commands_and_missing_files_are_left_to_the_command_line(tmp_path, monkeypatch):
    monkeypatch.delenv("PARTAGE_OPEN_FILE", raising=False)
    argv = ["partage-desktop", "templates", "list"]
    assert launcher._take_opened_file(argv) == argv
    missing = ["partage-desktop", str(tmp_path / "absent.partage")]
    assert launcher._take_opened_file(missing) == missing
    assert "PARTAGE_OPEN_FILE" not in os.environ
