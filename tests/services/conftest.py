"""Fixtures shared by the services tests: a prepared data folder, and two of them for the exchanges."""

from __future__ import annotations

import pytest
from safetydata import prepared

from partage_desktop.services.data.session import close_all


@pytest.fixture
def data(data_dir):
    """The test's data folder, prepared (database created, in French) as the app does at first start."""
    folder = prepared(data_dir)
    yield folder
    close_all()


@pytest.fixture
def two_folders(tmp_path):
    """Two organizations' data folders: ours, and the partner's that receives what we send."""
    here = prepared(tmp_path / "ici")
    there = prepared(tmp_path / "partenaire")
    yield here, there
    close_all()


@pytest.fixture(scope="module")
def empty_database(tmp_path_factory):
    """A prepared data folder's database, nothing in it: copied, it makes a fresh folder quickly."""
    data = prepared(tmp_path_factory.mktemp("empty"))
    close_all()
    return data.database
