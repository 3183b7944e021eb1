"""Québec's regions and the starting categories (``resources/resources/catalogue.toml``), read once
per process."""

from __future__ import annotations

from functools import lru_cache

from partage_desktop.core.resources.content import Catalogue, load_catalogue
from partage_desktop.platform.resources import resource_path


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    return load_catalogue(resource_path("resources", "catalogue.toml"))
