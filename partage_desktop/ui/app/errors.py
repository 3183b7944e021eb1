"""The friendly side of errors: a dialog in the user's language, the details in the log file."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from partage_desktop.platform.errors import PartageError
from partage_desktop.platform.logsetup import LOG_NAME
from partage_desktop.words import say_error
from partage_desktop.words.system_errors import describe

log = logging.getLogger(__name__)


def show_unexpected_error(log_file: Path | None, parent: object = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ErrorDialog", "Something went wrong"),
                      QCoreApplication.translate("ErrorDialog", "Partage ran into an unexpected problem. Your work is "
                         "saved; you can keep going. If it happens again, send the log file to "
                         "whoever helps you with Partage."))
    if log_file is not None:
        box.setInformativeText(QCoreApplication.translate("ErrorDialog", "Log file: %1").replace("%1", str(log_file)))
        open_log = box.addButton(QCoreApplication.translate("ErrorDialog", "Open the log"), QMessageBox.ButtonRole.ActionRole)
    else:
        open_log = None
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if open_log is not None and box.clickedButton() is open_log and log_file is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file)))


def install_excepthook(log_file: Path | None, lang: str, smoke: bool) -> None:
    """Unexpected exceptions in the GUI: logged with traceback, then a plain-language dialog."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        if smoke or QApplication.instance() is None:
            print(f"{kind.__name__}: {value}", file=sys.stderr)
            QCoreApplication.exit(1)
            return

        problem = describe(value, lang)
        if problem is not None:  # the computer's fault (disk full, read-only…): say what to do
            QMessageBox.warning(None, "Partage", problem.message)
            return
        show_unexpected_error(log_file)

    sys.excepthook = hook


def show_startup_problem(message: str, smoke: bool) -> int:
    """A problem that prevents start-up (unusable data): explain it and exit with code 3."""
    log.error("cannot start: %s", message)
    if smoke:
        print(message, file=sys.stderr)
        return 3
    box = QMessageBox(QMessageBox.Icon.Critical, "Partage", message)
    box.exec()
    return 3


def explain_failure(parent: QWidget, exc: BaseException, lang: str, title: str) -> None:
    """Errors sorted by whose fault they are: the computer's or the input's get their message
    (what to do); anything else is a bug: logged, and the friendly dialog with the log."""

    if isinstance(exc, PartageError):
        QMessageBox.warning(parent, title, say_error(exc, lang))
        return
    problem = describe(exc, lang)
    if problem is not None:
        log.warning("environment problem: %s", exc)
        QMessageBox.warning(parent, title, problem.message)
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    data = getattr(parent.window(), "data", None)
    show_unexpected_error(data.logs / LOG_NAME if data is not None else None, parent)
