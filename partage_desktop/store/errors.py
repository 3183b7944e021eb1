"""Storage errors, free of UI wording: the services and the CLI say them in the user's language."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class of the errors this package raises on purpose."""


class DatabaseDamagedError(StoreError):
    """The file is not a usable Partage database (corrupt, not SQLite, or someone else's)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


class DatabaseTooNewError(StoreError):
    """The database was written by a newer version of Partage (a revision this one does not know)."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(f"{path}: unknown revision {revision}")
        self.path = path
        self.revision = revision
