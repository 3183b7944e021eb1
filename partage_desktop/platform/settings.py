"""User settings (language, backup folder), kept as a small JSON file in the data folder."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from partage_desktop.platform import atomic
from partage_desktop.platform.json_input import loads

log = logging.getLogger(__name__)
LANGS = ("fr", "en")


@dataclass
class Settings:
    lang: str = "fr"
    backup_dir: str = ""  # empty: the data folder's own "sauvegardes"
    database_url: str = ""  # empty: the SQLite file in the data folder
    last_export_dir: str = ""
    guide_bookmarks: list[str] = field(default_factory=list)
    recent_agreements: list[str] = field(default_factory=list)  # references, the last opened first
    first_run_done: bool = False  # the first-start assistant was completed or skipped
    data_id: str = ""  # this data folder's identity, written in its backups (services/backup.py)

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            # deep nesting, lone surrogates…: a ValueError like any other damage

            raw = loads(path.read_text("utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            # A damaged settings file must not stop the app: defaults are safe.
            log.warning("settings file unreadable, using defaults: %s", exc)
            return cls()
        values: dict[str, Any] = {}
        if isinstance(raw, dict):
            for spec in fields(cls):
                value = raw.get(spec.name)
                if isinstance(value, str) and spec.type == "str":
                    values[spec.name] = value
                elif isinstance(value, list) and spec.type == "list[str]":
                    values[spec.name] = [v for v in value if isinstance(v, str)]
                elif isinstance(value, bool) and spec.type == "bool":
                    values[spec.name] = value
        settings = cls(**values)
        if settings.lang not in LANGS:
            settings.lang = "fr"
        return settings

    def save(self, path: Path) -> None:
        atomic.write_text(path, json.dumps(asdict(self), ensure_ascii=False, indent=2), private=True)
