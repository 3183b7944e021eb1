"""Starting the GUI: Qt application, translations, data folder and database checks, main window.

Kept apart from cli.py so that headless commands never import Qt.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import cast

from partage_desktop.platform import datadir, frozen_qt, logsetup, qt_check
from partage_desktop.platform.errors import PartageError
from partage_desktop.platform.resources import MissingResourceError, resource_path
from partage_desktop.platform.settings import Settings
from partage_desktop.services.data.database import DatabaseDamaged, prepare
from partage_desktop.services.safety.interrupted_restore import finish_interrupted_restore
from partage_desktop.words import say_error, t, tn

log = logging.getLogger(__name__)


def run_gui(data: datadir.DataDir, lang: str | None, smoke: bool = False,
            screenshot: Path | None = None, started: float = 0.0, open_file: Path | None = None) -> int:
    frozen_qt.prepare()  # before the first Qt import
    try:
        qt_check.check_before_qt()  # no display at all, or an xcb library missing: Qt would abort
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
    except (qt_check.CannotStart, ImportError) as exc:
        return cannot_start(exc, data, lang)

    from partage_desktop.ui.app import (  # deferred: imports Qt, only after frozen_qt.prepare() and the Qt check
        i18n,
    )
    from partage_desktop.ui.app.errors import (  # deferred: imports Qt, only after frozen_qt.prepare() and the Qt check
        install_excepthook,
        show_startup_problem,
    )

    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))  # never a bare QCoreApplication here
    app.setApplicationName("Partage")
    app.setOrganizationName("Partage")
    from partage_desktop.ui.widgets import (  # deferred: imports Qt, only after frozen_qt.prepare() and the Qt check
        plain_text,
    )

    plain_text.install(app)  # before any dialog: user text is never rendered as markup
    settings = Settings.load(data.settings_file) if data.settings_file.is_file() else Settings()
    lang = lang or settings.lang
    i18n.install(app, lang)
    try:
        datadir.ensure_writable(data)
    except datadir.DataDirError as exc:
        if smoke:
            return show_startup_problem(t(f"data_dir_{exc.reason}", lang, path=exc.path), smoke)
        from partage_desktop.ui.app.startup_recovery import (  # deferred: only when the folder is unusable
            choose_other_folder,
        )

        log.error("data folder unusable: %s (%s)", exc.path, exc.reason)
        chosen = choose_other_folder(exc.path, exc.reason)
        if chosen is None:
            return 3
        data = chosen
    log_file = logsetup.configure(data.logs)
    install_excepthook(log_file, lang, smoke)
    from partage_desktop.ui.app.startup_safety import (  # deferred: imports Qt, only after frozen_qt.prepare() and the Qt check
        claim_data_folder,
        offer_restore,
        offer_restore_when_data_is_missing,
        warn_if_cloud,
    )

    guard = claim_data_folder(data, smoke)
    if guard is None:  # the open instance was brought forward: not an error, except for --smoke
        return 3 if smoke else 0
    warn_if_cloud(data, lang, smoke)
    finish_interrupted_restore(data, have_lock=True)  # this process holds the folder's lock now
    offer_restore_when_data_is_missing(data, lang, smoke)
    try:
        try:
            prepare(data, lang)
        except DatabaseDamaged as exc:
            if smoke:
                raise
            if not offer_restore(exc, data, lang, smoke):  # the user chose to quit: said enough
                log.error("cannot start: %s", exc)
                return 3
            prepare(data, lang)
    except PartageError as exc:  # damaged, too new, or the computer's fault (disk full…)
        return show_startup_problem(say_error(exc, lang), smoke)

    _set_app_icon(app)
    if not smoke and not _first_run_disabled():
        from partage_desktop.ui.app.first_run import (  # deferred: imports Qt, after the Qt check
            first_run_needed,
            run_first_run,
        )

        if first_run_needed(data):
            lang = run_first_run(data, lang)

    from partage_desktop.ui import (  # deferred: imports Qt, only after frozen_qt.prepare() and the Qt check
        build_main_window,
    )

    window = build_main_window(data.root, lang, sections_after_first_paint=True)
    guard.setParent(window)
    def bring_forward() -> None:  # another start on this folder asked for the window
        window.showNormal()
        window.raise_()
        window.activateWindow()

    guard.activated.connect(bring_forward)
    window.release_instance = guard.release  # type: ignore[attr-defined]
    if not smoke:
        # after the window is up, so that the backup's work does not delay the first paint
        QTimer.singleShot(2000, window.safety.start_auto_backup)
    if smoke:
        from partage_desktop.ui.app.smoke import run_smoke  # deferred: only for --smoke

        return run_smoke(app, window, started, screenshot)
    window.show()
    from partage_desktop.ui.app.file_open import (  # deferred: imports Qt, only after frozen_qt.prepare() and the Qt check
        ExchangeFileOpener,
    )

    app.installEventFilter(ExchangeFileOpener(window))  # macOS: double-clicks arrive as events
    if open_file is not None:  # a double-clicked exchange file: preview it, import on confirmation
        from partage_desktop.ui.safety.exchange_dialog import (  # deferred: only when a file was opened with Partage
            start_import,
        )

        QTimer.singleShot(0, lambda: start_import(window, open_file))
    return app.exec()


def cannot_start(exc: Exception, data: datadir.DataDir, lang: str | None) -> int:
    """Qt cannot start here: one paragraph on stderr saying what to install or do, the details in
    the log (written, and its path given). An ImportError that is not a missing library is a bug."""
    problem = exc if isinstance(exc, qt_check.CannotStart) else qt_check.explain_import_error(exc)  # type: ignore[arg-type]
    if problem is None:
        raise exc
    if lang is None:
        try:
            lang = Settings.load(data.settings_file).lang if data.settings_file.is_file() else "fr"
        except Exception:  # noqa: BLE001 - unreadable settings: the default language
            lang = "fr"
    log_file = logsetup.configure(data.logs)
    log.error("cannot start the window: %s", problem, exc_info=exc if exc is not problem else None)
    log_text = log_file if log_file is not None else t("no_log", lang)
    print(t(problem.key, lang, log=log_text, **problem.values) if problem.count is None
          else tn(problem.key, problem.count, lang, log=log_text, **problem.values), file=sys.stderr)
    return 3


def _first_run_disabled() -> bool:
    """``PARTAGE_NO_FIRST_RUN=1`` keeps the first-start assistant away (kiosk set-ups, scripts)."""
    import os

    return os.environ.get("PARTAGE_NO_FIRST_RUN") == "1"


def _set_app_icon(app: object) -> None:
    from PySide6.QtGui import QGuiApplication, QIcon

    assert isinstance(app, QGuiApplication)
    # Matches the installed desktop entry (Linux: taskbar icon and grouping under Wayland/X11).
    app.setDesktopFileName("ca.partage.Partage")
    try:
        app.setWindowIcon(QIcon(str(resource_path("icons", "partage.svg"))))
    except MissingResourceError:
        log.warning("application icon missing")
