"""Data safety in the window: backup and restore dialogs, exchange files, the File menu's safety entries."""
