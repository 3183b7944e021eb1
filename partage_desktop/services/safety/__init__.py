"""Backups: making, listing and restoring them, and where they go."""
