"""PySide6 user interface: the only layer that imports Qt."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from partage_desktop.platform import datadir

if TYPE_CHECKING:
    from partage_desktop.ui.app.main_window import MainWindow


def build_main_window(data_dir: Path | str, lang: str = "fr", *, sections_after_first_paint: bool = False) -> MainWindow:
    """The real main window (not yet shown), wired to real services over ``data_dir``.

    ``sections_after_first_paint`` (the app's own start): the sections other than home are built
    just after the window's first paint, or when first needed (MainWindow).

    A QApplication must already exist. Raises errors.DataUnusableError when the database cannot be
    used (too new, damaged) and datadir.DataDirError when the folder is not writable.
    """
    # Every ui module imports this package first: what the window needs is imported only here,
    # when the window is built.
    from PySide6.QtWidgets import QApplication

    from partage_desktop.services.data.database import prepare  # deferred: see above
    from partage_desktop.ui.app import i18n  # deferred: see above
    from partage_desktop.ui.app.main_window import MainWindow  # deferred: see above

    app = QApplication.instance()
    assert isinstance(app, QApplication), "create a QApplication first"
    from partage_desktop.ui.app import gc_guard  # deferred: see above

    gc_guard.install(app)
    from partage_desktop.ui.widgets import plain_text  # deferred: see above

    plain_text.install(app)  # user text is never rendered as markup
    i18n.install(app, lang)
    data = datadir.resolve(str(data_dir))
    datadir.ensure_writable(data)
    prepare(data, lang)
    return MainWindow(data, lang, sections_after_first_paint=sections_after_first_paint)
