"""The main window: navigation between the five sections, menus, status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from .. import __version__
from ..datadir import DataDir
from ..services.home import home_snapshot
from ..settings import Settings
from .agreements import AgreementsSection
from .guides import GuidesSection
from .home import HomeSection
from .organizations import OrganizationsSection
from .sections import ComingSection
from .tasks import TaskRunner


def _warm_up_imports() -> None:
    import sqlalchemy.orm  # noqa: F401

    from ..store import models  # noqa: F401


HELP_CONTEXTS = {
    "section:home": "home",
    "section:guides": "guides",
    "section:agreements": "wizard.template",
    "section:journal": "journal",
    "section:organizations": "organizations",
}


class MainWindow(QMainWindow):
    def __init__(self, data: DataDir, lang: str) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.data = data
        self.lang = lang
        self.tasks = TaskRunner(self)
        self.setWindowTitle(self.tr("Partage — resource sharing between organizations"))
        self.resize(1100, 720)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(210)
        self.nav.setSpacing(2)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; padding: 6px; }"
            "QListWidget#navigation::item { padding: 8px 10px; border-radius: 4px; }"
            "QListWidget#navigation::item:selected { background: #1f4e79; color: white; }")
        self.stack = QStackedWidget()
        self.home = HomeSection(lang, self.show_section)
        self.guides = GuidesSection(lang, Settings.load(data.settings_file).guide_bookmarks)
        self.guides.navigate.connect(self.follow_app_link)
        self.guides.create_agreement.connect(lambda _template: self.show_section("section:agreements"))
        self.guides.bookmarks_changed.connect(self._save_bookmarks)
        self.agreements = AgreementsSection(data, lang, self.tasks)
        sections: list[tuple[str, QWidget]] = [
            (self.tr("Home"), self.home),
            (self.tr("Guides"), self.guides),
            (self.tr("Agreements"), self.agreements),
            (self.tr("Journal"), ComingSection("section:journal", self.tr("Journal"), self.tr(
                "The journal of your sharing projects: meetings, decisions, difficulties, "
                "successes, hours invested and money saved, ready for your report to funders."))),
            (self.tr("Organizations"), OrganizationsSection(data)),
        ]
        for title, widget in sections:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, widget.objectName())
            self.nav.addItem(item)
            self.stack.addWidget(widget)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Data folder: %1").replace("%1", str(data.root)))
        self.refresh_home()
        # Load SQLAlchemy on the worker thread while the user reads the home screen, so that the
        # first screen that needs it does not freeze.
        self.tasks.run(_warm_up_imports, lambda _: None, lambda _exc: None)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setObjectName("action:settings")
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addActions(self.agreements.file_actions())
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("action:quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            action = QAction(item.text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_action = QAction(self.tr("&Help on this screen"), self)
        help_action.setObjectName("action:help")
        help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_action.triggered.connect(lambda: self.open_help(HELP_CONTEXTS.get(self.current_section(), "home")))
        help_menu.addAction(help_action)
        about = QAction(self.tr("&About Partage"), self)
        about.setObjectName("action:about")
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def section_names(self) -> list[str]:
        return [self.stack.widget(i).objectName() for i in range(self.stack.count())]

    def show_section(self, object_name: str) -> None:
        names = self.section_names()
        if object_name in names:
            self.nav.setCurrentRow(names.index(object_name))

    def current_section(self) -> str:
        return self.stack.currentWidget().objectName()

    def open_help(self, context_id: str) -> None:
        """Open the guide article for a help context (F1, help buttons)."""
        self.show_section("section:guides")
        if not self.guides.open_help(context_id):
            self.guides.open_help("home")

    def follow_app_link(self, target: str) -> None:
        name = target.split(":", 1)[1]
        if name.startswith("selfassess"):
            self.show_section("section:guides")
        else:
            self.show_section(f"section:{name}")

    def _save_bookmarks(self, bookmarks: list[str]) -> None:
        settings = Settings.load(self.data.settings_file)
        settings.guide_bookmarks = bookmarks
        try:
            settings.save(self.data.settings_file)
        except OSError:
            self.statusBar().showMessage(self.tr("Bookmarks could not be saved: the data folder is not writable."))

    def refresh_home(self) -> None:
        """Home data is read synchronously: a few indexed rows through the SQLite fast path."""
        self.home.show_snapshot(home_snapshot(self.data))

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.data, Settings.load(self.data.settings_file), self.lang, self)
        dialog.exec()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Partage"), self.tr(
            "Partage %1\n\nAn offline toolkit for non-profit organizations in Québec that share "
            "resources: guides, agreements and a project journal.\n\nPartage gives no legal "
            "advice.").replace("%1", __version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.tasks.shutdown()
        super().closeEvent(event)
