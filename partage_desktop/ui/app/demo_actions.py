"""The demo data in the window: loading it (asking first when the folder already holds data, then
after a backup) and *Remove the demo data* (File menu, with confirmation). The work runs on the
window's TaskRunner; the services decide what is demo data (services/demo_removal.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from partage_desktop.platform.datadir import DataDir
from partage_desktop.ui.app.errors import explain_failure
from partage_desktop.ui.widgets.tasks import TaskRunner
from partage_desktop.words import t, tn


def _summary(counts: Any, lang: str) -> str:
    return t("demo_summary", lang, orgs=tn("count_organizations", counts.organizations, lang),
             projects=tn("count_projects", counts.projects, lang),
             agreements=tn("count_agreements", counts.agreements, lang),
             entries=tn("count_journal_entries", counts.entries, lang))


def _ask(parent: QWidget, name: str, title: str, text: str, yes: str, role: QMessageBox.ButtonRole) -> bool:
    """A question whose default answer is Cancel; True when the user chose ``yes``."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    accept = box.addButton(yes, role)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept


class DemoLoader(QObject):
    """Adds the demo data. A folder that already holds data: the user is asked first, and a backup
    is made before anything is added."""

    def __init__(self, parent: QWidget, data: DataDir, lang: str, tasks: TaskRunner) -> None:
        super().__init__(parent)
        self.widget, self.data, self.lang, self.tasks = parent, data, lang, tasks

    def start(self, done: Callable[[Any], None], cancelled: Callable[[], None], entries: int = 200) -> None:
        from partage_desktop.services.demo.removal import (  # deferred: not needed at start-up
            folder_contents,
        )

        def decide(contents: Any) -> None:
            backup_first = not contents.empty
            if backup_first and not _ask(
                    self.widget, "demo:confirm-load", self.tr("Load the demo data"), self.tr(
                        "Your data folder already holds data (%1). Add the demo data anyway? A backup is "
                        "made first, and File > Remove the demo data takes the sample away again without "
                        "touching your own data.").replace("%1", _summary(contents.own + contents.demo, self.lang)),
                    self.tr("&Add the demo data"), QMessageBox.ButtonRole.AcceptRole):
                cancelled()
                return
            data, lang = self.data, self.lang
            self.tasks.run(lambda: _add(data, lang, entries, backup_first), done)

        self.tasks.run(lambda: folder_contents(self.data), decide)


def _add(data: DataDir, lang: str, entries: int, backup_first: bool) -> Any:
    from partage_desktop.services.demo.sample import create_demo  # deferred: not needed at start-up

    if backup_first:
        from partage_desktop.services.safety.backup import (  # deferred: not needed at start-up
            make_backup,
        )

        make_backup(data, lang, "avant-demo")
    return create_demo(data, entries, lang)


class DemoRemover(QObject):
    """File > Remove the demo data: counts, confirmation, removal, then ``refreshed()`` if given (the
    screens follow the removal themselves: services.changes)."""

    def __init__(self, window: Any, refreshed: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.refreshed = refreshed

    def start(self) -> None:
        from partage_desktop.services.demo.removal import (  # deferred: not needed at start-up
            folder_contents,
        )

        data = self.window.data
        self.window.tasks.run(lambda: folder_contents(data), self._confirm, self._failed)

    def _confirm(self, contents: Any) -> None:
        window = self.window
        if contents.demo.total == 0:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Remove the demo data"),
                              self.tr("There is no demo data in this data folder: nothing to remove."),
                              QMessageBox.StandardButton.Ok, window)
            box.setObjectName("demo:nothing")
            box.exec()
            return
        if not _ask(window, "demo:confirm-remove", self.tr("Remove the demo data"), self.tr(
                "Remove the demo data (%1)? Only the sample goes away: your own organizations, agreements "
                "and journal entries stay as they are. A backup is made first.").replace(
                    "%1", _summary(contents.demo, window.lang)),
                self.tr("&Remove the demo data"), QMessageBox.ButtonRole.DestructiveRole):
            return
        from partage_desktop.services.demo.removal import (  # deferred: not needed at start-up
            remove_demo,
        )

        data, lang = window.data, window.lang
        window.statusBar().showMessage(self.tr("Removing the demo data…"))
        window.tasks.run(lambda: remove_demo(data, lang), self._removed, self._failed)

    def _removed(self, removal: Any) -> None:
        window = self.window
        text = self.tr("Demo data removed: %1. Your own data was not touched.").replace(
            "%1", _summary(removal.removed, window.lang))
        if removal.kept.total:
            text += " " + t("demo_kept", window.lang, summary=t(
                "demo_kept_summary", window.lang, orgs=tn("count_organizations", removal.kept.organizations, window.lang),
                projects=tn("count_projects", removal.kept.projects, window.lang),
                agreements=tn("count_agreements", removal.kept.agreements, window.lang)))
        window.statusBar().showMessage(text)
        if self.refreshed is not None:
            self.refreshed()

    def _failed(self, exc: BaseException) -> None:
        self.window.statusBar().clearMessage()
        explain_failure(self.window, exc, self.window.lang, self.tr("Remove the demo data"))
