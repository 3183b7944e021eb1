"""Which folders are risky homes for a live database (cloud-synced folders)."""

from __future__ import annotations

from pathlib import PurePath

# Folder names the sync clients create. They copy files while SQLite writes them, and are known to
# corrupt open databases or create "conflicted copies" of them.
_CLOUD_MARKERS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("mon disque", "Google Drive"),
    ("icloud drive", "iCloud"),
    ("iclouddrive", "iCloud"),
    ("mobile documents", "iCloud"),
    ("com~apple~clouddocs", "iCloud"),
    ("box sync", "Box"),
    ("pcloud drive", "pCloud"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
)


def cloud_service(path: PurePath | str) -> str | None:
    """The sync service whose folder contains ``path`` (by folder names), or None."""
    parts = PurePath(path).parts
    for part in parts:
        lowered = part.lower()
        if lowered.startswith("cloudstorage"):  # macOS: ~/Library/CloudStorage/<Provider>-<account>
            continue
        for marker, service in _CLOUD_MARKERS:
            if lowered == marker or lowered.startswith((marker + " -", marker + "-", marker + " (")):
                return service
    if any(p.lower() == "cloudstorage" for p in parts):
        return "iCloud / OneDrive / Google Drive"
    return None
