"""Saving a file the user names: the save dialog opens in the folder used last, a name typed
without its extension gets it, the folder is remembered, and a refused PDF write offers to try
again. Shared by the Agreements section and the agreement wizard so both behave the same."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import UserInputError
from partage_desktop.platform.settings import Settings
from partage_desktop.words import say_error


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


def data_of(widget: QWidget | None) -> DataDir | None:
    """The data folder of the window a widget belongs to (for dialogs that are not given it)."""
    while widget is not None:
        found = getattr(widget, "data", None)
        if isinstance(found, DataDir):
            return found
        widget = widget.parentWidget()
    return None


def refuse_own_file(parent: QWidget, data: DataDir | None, target: Path) -> bool:
    """True (after saying why) when ``target`` is one of the data folder's own files: the
    database, the settings, an attachment, a backup… Saving there would destroy the user's data,
    so it is refused whatever the save dialog asked (outputs.py, shared with the command line)."""
    from partage_desktop.services.data.outputs import (  # deferred: not needed at start-up
        own_file_reason,
    )

    data = data if data is not None else data_of(parent)
    if data is None or own_file_reason(target, data) is None:
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("SaveFiles", "Choose another place"),
                      QCoreApplication.translate(
                          "SaveFiles", "“%1” is one of Partage's own files, in its data folder. Saving there "
                          "would damage your data, so nothing was written.\n\nChoose another folder, such as "
                          "Documents.").replace("%1", str(target)), parent=parent)
    box.setObjectName("save-refused")
    box.exec()
    return True


def confirm_replace(parent: QWidget, *targets: Path) -> bool:
    """Ask before replacing a file the save dialog did not ask about (the extension was added
    after it, or the folder was chosen without a file name)."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("SaveFiles", "Replace the file?"),
        QCoreApplication.translate("SaveFiles", "“%1” already exists. Replace it?").replace(
            "%1", "”, “".join(str(target) for target in targets)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def choose_save_path(parent: QWidget, data: DataDir | None, caption: str, suggested: str, file_filter: str,
                     suffix: str) -> Path | None:
    """The save dialog, then the output guard: one of the data folder's own files is refused (the
    dialog opens again); a name that gets its extension added and then names an existing file is
    replaced only after asking (the dialog asked about the name without it). None: cancelled."""
    while True:
        path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
        if not path:
            return None
        target = with_suffix(path, suffix)
        if refuse_own_file(parent, data, Path(path)) or (target != Path(path) and refuse_own_file(parent, data, target)):
            continue
        replaces = target.is_file() or target.is_symlink()  # a folder in the way is said when writing
        if target != Path(path) and replaces and not confirm_replace(parent, target):
            continue
        return target


def ask_save_path(parent: QWidget, data: DataDir, caption: str, file_name: str, file_filter: str,
                  suffix: str) -> Path | None:
    """The save dialog, opened on the remembered folder; None when the user cancels."""
    return choose_save_path(parent, data, caption, str(remembered_dir(data) / file_name), file_filter, suffix)


def write_pdf_retrying(parent: QWidget, target: Path, pdf: bytes, lang: str) -> bool:
    """Write atomically; a refused write (file open elsewhere, read-only folder) says why and
    offers Retry. True once written."""
    from partage_desktop.services.agreements.export import (  # deferred: not needed at start-up
        write_pdf,
    )

    while True:
        try:
            write_pdf(target, pdf, lang)
            return True
        except UserInputError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("SaveFiles", "The PDF was not saved"),
                              say_error(exc, lang), parent=parent)
            box.setObjectName("save-failed")
            box.setStandardButtons(QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(QMessageBox.StandardButton.Retry)
            if box.exec() != QMessageBox.StandardButton.Retry:
                return False
