"""Every package of the app is in the wheel: pyproject.toml lists them one by one (resources and
migrations travel inside the package under other names), and an editable install used by the
tests would not notice one missing; a user's ``pip install .`` would fail at the first import."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_folder_is_listed_for_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {".".join(init.parent.relative_to(ROOT).parts)
               for init in (ROOT / "partage_desktop").rglob("__init__.py")}
    assert sorted(on_disk - listed) == []
