"""Backups, restores and integrity checks of the data folder, with the archive size limits."""
