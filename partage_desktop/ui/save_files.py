"""Saving a file the user names: the save dialog opens in the folder used last, a name typed
without its extension gets it, the folder is remembered, and a refused PDF write offers to try
again. Shared by the Agreements section and the agreement wizard so both behave the same."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..datadir import DataDir
from ..errors import UserInputError
from ..settings import Settings


def remembered_dir(data: DataDir) -> Path:
    """The folder of the last export, if it still exists; else the home folder."""
    folder = Settings.load(data.settings_file).last_export_dir
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def remember_dir(data: DataDir, folder: Path) -> None:
    settings = Settings.load(data.settings_file)
    settings.last_export_dir = str(folder)
    # remembering the folder is a convenience; the file itself was saved
    with contextlib.suppress(OSError):
        settings.save(data.settings_file)


def with_suffix(path: str, suffix: str) -> Path:
    """``/x/entente`` → ``/x/entente.pdf``; a name that already ends so (any case) is kept."""
    return Path(path) if path.lower().endswith(suffix) else Path(path + suffix)


def ask_save_path(parent: QWidget, data: DataDir, caption: str, file_name: str, file_filter: str,
                  suffix: str) -> Path | None:
    """The save dialog, opened on the remembered folder; None when the user cancels."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(remembered_dir(data) / file_name), file_filter)
    return with_suffix(path, suffix) if path else None


def write_pdf_retrying(parent: QWidget, target: Path, pdf: bytes, lang: str) -> bool:
    """Write atomically; a refused write (file open elsewhere, read-only folder) says why and
    offers Retry. True once written."""
    from ..services.agreements import write_pdf

    while True:
        try:
            write_pdf(target, pdf, lang)
            return True
        except UserInputError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("SaveFiles", "The PDF was not saved"),
                              "\n".join(exc.problems), parent=parent)
            box.setObjectName("save-failed")
            box.setStandardButtons(QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(QMessageBox.StandardButton.Retry)
            if box.exec() != QMessageBox.StandardButton.Retry:
                return False
