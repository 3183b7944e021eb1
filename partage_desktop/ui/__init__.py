"""PySide6 user interface: the only layer that imports Qt."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from partage_desktop.ui.app.main_window import MainWindow


def build_main_window(data_dir: Path | str, lang: str = "fr") -> MainWindow:
    """The real main window (not yet shown), wired to real services over ``data_dir``.

    A QApplication must already exist. Raises errors.DataUnusableError when the database cannot be
    used (too new, damaged) and datadir.DataDirError when the folder is not writable.
    """
    from PySide6.QtWidgets import QApplication

    from partage_desktop.platform import datadir
    from partage_desktop.services.data.database import prepare
    from partage_desktop.ui.app import i18n
    from partage_desktop.ui.app.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication), "create a QApplication first"
    from partage_desktop.ui.app import gc_guard

    gc_guard.install(app)
    from partage_desktop.ui.widgets import plain_text

    plain_text.install(app)  # user text is never rendered as markup
    i18n.install(app, lang)
    data = datadir.resolve(str(data_dir))
    datadir.ensure_writable(data)
    prepare(data, lang)
    return MainWindow(data, lang)
