"""The user's cache folder: short-lived private copies (previews handed to the system's viewer)."""

from __future__ import annotations

import os
from pathlib import Path

from partage_desktop.platform import datadir

CACHE_ENV = "PARTAGE_CACHE_DIR"


def cache_dir() -> Path:
    """PARTAGE_CACHE_DIR, else beside a portable app's data, else the platform's cache folder for
    the user."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    portable = datadir.portable_root()
    if portable is not None:
        return portable / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("Partage", "Partage"))
