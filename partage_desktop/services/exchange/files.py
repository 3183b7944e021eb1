"""Any exchange file, an agreement's or a project's: its preview and its import, each handed to
the module that knows that kind (agreements.py, project.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.exchange import agreements, project
from partage_desktop.store.exchange import archive_kind


def _is_project(path: Path) -> bool:
    return path.is_file() and archive_kind(path) == "project"


def is_offers_sheet(path: Path) -> bool:
    """A partner's offers sheet (services/resources/sheets.py imports it onto the board), not an
    agreement's nor a project's file."""
    return path.is_file() and archive_kind(path) == "offers-sheet"


def preview_import(data: DataDir, path: Path, lang: str) -> Any:
    """An ImportPlan (one agreement) or, for a project's exchange file, a ProjectPlan."""
    if _is_project(path):
        return project.preview_project_import(data, path, lang)
    return agreements.preview_agreement_import(data, path, lang)


def import_file(data: DataDir, path: Path, lang: str) -> Any:
    """Import in one transaction, after a backup; the caller holds the data folder lock."""
    if _is_project(path):
        return project.import_project(data, path, lang)
    return agreements.import_agreement_file(data, path, lang)
