"""Shared fixtures: offscreen Qt, a fresh data folder per test, the bundled catalogue."""

from __future__ import annotations

import gc
import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from offline_guard import no_network  # noqa: E402, F401 - autouse: the suite fails on network use

from partage_desktop.platform.resources import templates_dir  # noqa: E402

# As in the app (partage_desktop/ui/app/gc_guard.py): the cyclic collector must not run on a worker
# thread, where it could delete Qt objects; here it runs between tests, on the main thread.
gc.disable()


_since_collect = [0]


@pytest.fixture(autouse=True, scope="session")
def _own_cache_folder(tmp_path_factory):
    """The suite's cache folder (previews) is one of its own, never the user's."""
    from partage_desktop.platform.cache import CACHE_ENV

    previous = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = previous


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread():
    yield
    _since_collect[0] += 1
    if _since_collect[0] >= 25:  # a full collection costs ~0.1 s: not after every test
        _since_collect[0] = 0
        gc.collect()


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
