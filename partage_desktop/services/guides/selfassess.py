"""The self-assessment tools' words, read once per process from their content files
(``resources/guides/tools/``), so that the Guides section, the records and the tests all see the
same questions."""

from __future__ import annotations

from functools import cache

from partage_desktop.core.guides.continuum import ContinuumTool, load_continuum
from partage_desktop.core.guides.selfassess import ReadinessTool, load_readiness
from partage_desktop.platform.resources import resource_path

TOOLS_FOLDER = ("guides", "tools")


@cache
def continuum_tool() -> ContinuumTool:
    return load_continuum(resource_path(*TOOLS_FOLDER, "continuum.toml"))


@cache
def readiness_tool() -> ReadinessTool:
    return load_readiness(resource_path(*TOOLS_FOLDER, "readiness.toml"))
