"""Shared fixtures: offscreen Qt, a fresh data folder per test, the bundled catalogue."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from offline_guard import no_network  # noqa: E402, F401 - autouse: the suite fails on network use

from partage_desktop.resources import templates_dir  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "donnees"
    path.mkdir()
    return path


@pytest.fixture
def example_answers():
    def load(template_id: str = "pret-materiel") -> dict:
        return json.loads((templates_dir() / "examples" / f"{template_id}.json").read_text("utf-8"))

    return load
