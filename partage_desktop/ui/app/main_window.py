"""The main window: navigation between the five sections, menus, status bar."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from partage_desktop import __version__
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import PartageError
from partage_desktop.platform.settings import Settings
from partage_desktop.services import changes
from partage_desktop.services.data.database import warm_up
from partage_desktop.services.home import home_snapshot
from partage_desktop.ui.app import gc_guard
from partage_desktop.ui.app.changes import follow
from partage_desktop.ui.app.demo_actions import DemoRemover
from partage_desktop.ui.app.home import HomeSection
from partage_desktop.ui.app.sections import fit_screen
from partage_desktop.ui.safety.menu import SafetyActions
from partage_desktop.ui.widgets.tasks import TaskRunner
from partage_desktop.words import say_error

if TYPE_CHECKING:
    from partage_desktop.ui.agreements.section import AgreementsSection
    from partage_desktop.ui.guides.section import GuidesSection
    from partage_desktop.ui.journal.section import JournalSection
    from partage_desktop.ui.resources.section import ResourcesSection

WARM_UP_DELAY_MS = 800
MAX_LISTED = 12  # parts left out of an opened answers file listed by name; the rest are counted
MAX_RECENT = 8  # agreements in File › Recent agreements
# keys that act on the current section wherever the focus is in the window (the sidebar, nothing)
ROUTED_KEYS = (QKeySequence.StandardKey.Save, QKeySequence.StandardKey.Print)


# the object names of the sections, in the sidebar's order (CONTRACTS.md)
SECTIONS = ("section:home", "section:guides", "section:agreements", "section:journal", "section:resources",
            "section:organizations")

HELP_CONTEXTS = {
    "section:home": "home",
    "section:guides": "guides",
    "section:agreements": "wizard.template",
    "section:journal": "journal",
    "section:resources": "resources",
    "section:organizations": "organizations",
}


class MainWindow(QMainWindow):
    """With ``sections_after_first_paint``, the sections other than home are built just after the
    window's first paint (or as soon as something needs one of them, whichever comes first): the
    home screen shows sooner, and nothing else changes. Without it they are built here."""

    def __init__(self, data: DataDir, lang: str, sections_after_first_paint: bool = False) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.data = data
        self.lang = lang
        self.tasks = TaskRunner(self)
        self.setWindowTitle(self.tr("Partage — resource sharing between organizations"))
        fit_screen(self, 1100, 720)

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
        self.home = HomeSection(lang, self._home_navigate)
        self.home.open_agreement.connect(self.open_agreement)
        self.home.open_booking.connect(self.open_booking)
        self.wizards: list[QWidget] = []
        self._guides: GuidesSection | None = None
        self._journal: JournalSection | None = None
        self._agreements: AgreementsSection | None = None
        self._resources: ResourcesSection | None = None
        self._sections_pending = sections_after_first_paint
        self._sections_built = False
        titles = [self.tr("Home"), self.tr("Guides"), self.tr("Agreements"), self.tr("Journal"),
                  self.tr("Resources"), self.tr("Organizations")]
        # the home screen follows what is written, wherever it is written (a wizard, a dialog, an import)
        self.home_follower = follow(self.home, data, (changes.AGREEMENTS, changes.JOURNAL, changes.ORGANIZATIONS,
                                                        changes.RESOURCES),
                                    lambda _change: self.refresh_home())
        for title, name in zip(titles, SECTIONS, strict=True):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.nav.addItem(item)
        self.stack.addWidget(self.home)
        self.nav.currentRowChanged.connect(self._nav_changed)
        # a section chosen with the mouse (or Enter) takes the focus; the arrow keys stay in the sidebar
        self.nav.itemClicked.connect(lambda _item: self.focus_section())
        self.nav.itemActivated.connect(lambda _item: self.focus_section())
        self.nav.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_routed_shortcuts()
        self.statusBar()  # for messages; the data folder is named in About Partage
        self.refresh_home()
        if not sections_after_first_paint:
            self.build_sections()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self._sections_pending:  # the first paint is under way: the other sections right after it
            self._sections_pending = False
            QTimer.singleShot(0, self.build_sections)

    def build_sections(self) -> None:
        """Build the sections other than home (once): Guides, Agreements, Journal, Organizations."""
        if self._sections_built:
            return
        self._sections_built = True
        self._sections_pending = False
        # the home screen's first paint does not wait for these
        from partage_desktop.services.guides.selfassess_records import (
            ProjectJournal,  # deferred: after the first paint
        )
        from partage_desktop.ui.agreements.section import (
            AgreementsSection,  # deferred: after the first paint
        )
        from partage_desktop.ui.guides.section import (
            GuidesSection,  # deferred: after the first paint
        )
        from partage_desktop.ui.journal.section import (
            JournalSection,  # deferred: after the first paint
        )
        from partage_desktop.ui.organizations.section import (
            OrganizationsSection,  # deferred: after the first paint
        )
        from partage_desktop.ui.resources.section import (
            ResourcesSection,  # deferred: after the first paint
        )

        data, lang = self.data, self.lang
        guides = self._guides = GuidesSection(lang, Settings.load(data.settings_file).guide_bookmarks, self.tasks)
        guides.journal = ProjectJournal(data)  # self-assessment results kept in a project's journal
        guides.navigate.connect(self.follow_app_link)
        guides.create_agreement.connect(lambda template: self.new_agreement(template))
        guides.bookmarks_changed.connect(self._save_bookmarks)
        journal = self._journal = JournalSection(data, lang, self.tasks)
        agreements = self._agreements = AgreementsSection(data, lang, self.tasks)
        agreements.new_agreement.connect(lambda: self.new_agreement())
        agreements.open_in_wizard.connect(self.edit_agreement)
        agreements.used.connect(self.remember_agreement)
        agreements.draft_trashed.connect(self._close_wizard_of)
        agreements.answers_replaced.connect(self._close_wizard_of)
        journal.project_page.documents.open_agreement = self.show_agreement
        resources = self._resources = ResourcesSection(data, lang, self.tasks)
        resources.open_guide.connect(lambda article: self.open_help(f"guide:{article}"))
        resources.make_agreement.connect(self.agreement_from_resources)
        for widget in (guides, agreements, journal, resources, OrganizationsSection(data, lang=lang)):
            self.stack.addWidget(widget)  # in the sidebar's order, after home
        self.file_menu.insertActions(self._before_quit, agreements.file_actions())
        # Load SQLAlchemy on the worker thread while the user reads the home screen, so that the
        # first screen that needs it does not freeze; not before the first paint, which it would
        # slow down (the import holds the interpreter lock).
        # Then start-up is over: what it made is frozen out of the garbage collector's walks.
        QTimer.singleShot(WARM_UP_DELAY_MS, lambda: self.tasks.run(
            warm_up, lambda _: gc_guard.start_up_over(), lambda _exc: gc_guard.start_up_over(), background=True))

    @property
    def guides(self) -> GuidesSection:
        self.build_sections()
        assert self._guides is not None
        return self._guides

    @property
    def journal(self) -> JournalSection:
        self.build_sections()
        assert self._journal is not None
        return self._journal

    @property
    def agreements(self) -> AgreementsSection:
        self.build_sections()
        assert self._agreements is not None
        return self._agreements

    def _build_menus(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        new_action = QAction(self.tr("&New agreement…"), self)
        new_action.setObjectName("action:new-agreement")
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(lambda: self.new_agreement())
        file_menu.addAction(new_action)
        open_action = QAction(self.tr("&Open an answers file…"), self)
        open_action.setObjectName("action:open-answers")
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.open_answers)
        file_menu.addAction(open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Recen&t agreements"))
        self.recent_menu.setObjectName("menu:recent-agreements")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        file_menu.addSeparator()
        self.settings_action = QAction(self.tr("Settin&gs…"), self)
        self.settings_action.setObjectName("action:settings")
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        self.new_entry_action = QAction(self.tr("New &journal entry"), self)
        self.new_entry_action.setObjectName("action:new-journal-entry")
        self.new_entry_action.setShortcut(QKeySequence("Ctrl+J"))
        self.new_entry_action.triggered.connect(self.new_journal_entry)
        file_menu.addAction(self.new_entry_action)

        self.safety = SafetyActions(self, file_menu, before=self.settings_action)

        self.demo_remover = DemoRemover(self)  # every screen follows the removal itself
        remove_demo = QAction(self.tr("Remove the de&mo data…"), self)
        remove_demo.setObjectName("action:remove-demo")
        remove_demo.triggered.connect(self.demo_remover.start)
        file_menu.insertAction(self.settings_action, remove_demo)
        file_menu.addSeparator()
        # the Agreements section's actions go here when it is built (build_sections)
        self._before_quit = file_menu.addSeparator()
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
            action.triggered.connect(lambda _=False, r=row: self.show_section(self.section_names()[r]))
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

    def _build_routed_shortcuts(self) -> None:
        """Ctrl+S and Ctrl+P belong to the sections (the agreement, the guide article). When the
        focus is outside the current section (in the sidebar, or nowhere), these window-wide
        copies pass the key to it; inside it they step aside so that no key is claimed twice."""
        self.routed: list[QAction] = []
        for key in ROUTED_KEYS:
            action = QAction(self)
            action.setObjectName(f"route:{QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)}")
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            sequence = QKeySequence(key)
            action.triggered.connect(lambda _=False, k=sequence: self.route_key(k))
            self.addAction(action)
            self.routed.append(action)
        cast(QApplication, QApplication.instance()).focusChanged.connect(self._focus_changed)
        self.stack.currentChanged.connect(lambda _: self._update_routes())
        self._update_routes()

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self._update_routes()

    def _update_routes(self) -> None:
        section = self.stack.currentWidget()
        focus = QApplication.focusWidget()
        inside = focus is not None and section is not None and section.isAncestorOf(focus)
        for action in self.routed:
            action.setEnabled(not inside)

    def route_key(self, key: QKeySequence) -> bool:
        """Trigger the current section's action for ``key``, if it has one and it is enabled."""
        section = self.stack.currentWidget()
        for action in section.actions() if section is not None else []:
            if key in action.shortcuts() and action.isEnabled():
                action.trigger()
                return True
        return False

    def focus_section(self) -> None:
        """Move the keyboard focus into the current section: its own choice, or its first control."""
        section = self.stack.currentWidget()
        if section is None:
            return
        target = section.focus_target() if hasattr(section, "focus_target") else None
        if target is None or not target.isVisible() or not target.isEnabled():
            target = None
            widget = section.nextInFocusChain()
            for _ in range(500):
                if widget is section or widget is None:
                    break
                if section.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() \
                        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    target = widget
                    break
                widget = widget.nextInFocusChain()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ recent agreements

    def remember_agreement(self, reference: str) -> None:
        """Put ``reference`` first in File › Recent agreements (kept in the settings file)."""
        settings = Settings.load(self.data.settings_file)
        if settings.recent_agreements[:1] == [reference]:
            return
        settings.recent_agreements = ([reference] + [r for r in settings.recent_agreements
                                                     if r != reference])[:MAX_RECENT]
        with contextlib.suppress(OSError):  # a read-only data folder: the menu does not remember
            settings.save(self.data.settings_file)

    def fill_recent_menu(self) -> None:
        from partage_desktop.services.agreements.listing import (  # deferred: not needed at start-up
            list_agreements,
        )

        self.recent_menu.clear()
        remembered = Settings.load(self.data.settings_file).recent_agreements
        known = {row["ref"]: row for row in list_agreements(self.data)} if remembered else {}
        shown = [ref for ref in remembered if ref in known]  # deleted ones are left out
        for number, reference in enumerate(shown, start=1):
            row = known[reference]
            action = self.recent_menu.addAction(f"&{number} {reference} — {row['title']}")
            action.setObjectName(f"recent:{reference}")
            action.triggered.connect(
                lambda _=False, r=reference, st=row["status"]: self.open_agreement(r, st))
        if not shown:
            empty = self.recent_menu.addAction(self.tr("No agreement opened yet"))
            empty.setEnabled(False)

    def open_agreement(self, reference: str, status: str) -> None:
        """From a home list or the recent agreements: a draft resumes in the wizard, any other
        agreement is shown selected in the Agreements section."""
        if status == "draft":
            self.edit_agreement(reference)
        else:
            self.show_agreement(reference)

    def open_booking(self, booking_id: int) -> None:
        """From the home screen's overdue loans: the Resources section, and the loan's own dialog."""
        self.show_section("section:resources")  # builds the sections when they are not yet
        assert self._resources is not None
        self._resources.open_booking(booking_id)

    def _home_navigate(self, target: str) -> None:
        if target == "section:agreements":
            self.new_agreement()
        else:
            self.show_section(target)

    def new_agreement(self, template_id: str | None = None) -> QWidget:
        """Open the agreement wizard on a new draft (optionally on a given template)."""

        answers: dict[str, object] = {"lang": self.lang}
        if template_id:
            answers["template"] = template_id
        return self.open_wizard(self._with_logo(answers))

    def _with_logo(self, answers: dict[str, object]) -> dict[str, object]:
        from partage_desktop.services.organizations.logo import (
            own_logo_b64,  # deferred: after the first paint
        )

        logo = own_logo_b64(self.data)
        if logo:
            answers["meta"] = {"logo": logo}  # our logo on the agreements we draft
        return answers

    def agreement_from_resources(self, origin: dict[str, object]) -> QWidget | None:
        """« Make an agreement » in the Resources section: the wizard opens filled from the resource,
        the loan, the need or the partner's offer (services/resources/agreement_start.py). Our
        resource that no agreement governs yet gets this one as soon as its draft is saved."""
        from partage_desktop.services.resources import (
            agreement_start,  # deferred: after the first paint
        )

        try:
            answers = agreement_start.answers_for(self.data, origin, self.lang)
            resource_id = agreement_start.governed_resource(self.data, origin)
        except PartageError as exc:
            QMessageBox.warning(self, self.tr("The agreement cannot be prepared"), say_error(exc, self.lang))
            return None
        wizard = self.open_wizard(self._with_logo(answers))
        if resource_id is not None:
            data = self.data
            done: list[str] = []  # the reference, once recorded (later saves need not ask again)

            def remember(*_args: object) -> None:  # once the draft exists (saved, or kept on closing)
                reference = getattr(wizard, "reference", None)
                if reference and not done and wizard.keeps_draft():  # type: ignore[attr-defined]
                    agreement_start.remember_agreement(data, resource_id, reference)
                    done.append(reference)

            def forget(reference: str) -> None:  # the draft went to the trash: it governs nothing
                done.append(reference)
                agreement_start.forget_agreement(data, resource_id, reference)

            wizard.saved.connect(remember)  # type: ignore[attr-defined]
            wizard.finished.connect(remember)  # type: ignore[attr-defined]
            wizard.draft_trashed.connect(forget)  # type: ignore[attr-defined]
        return wizard

    def open_wizard(self, answers: dict[str, object] | None = None, reference: str | None = None) -> QWidget:
        from partage_desktop.ui.wizard.window import (  # deferred: not needed at start-up
            AgreementWizard,
        )

        wizard = AgreementWizard(self.data, self.lang, answers=answers, reference=reference, parent=self)
        wizard.setWindowModality(Qt.WindowModality.NonModal)
        wizard.help_requested.connect(self.open_help)
        wizard.finished.connect(lambda _result, w=wizard: self._wizard_closed(w))
        wizard.exported.connect(self.show_agreement)  # the exported agreement, in Agreements (and recent)
        self.wizards.append(wizard)
        wizard.show()
        return wizard

    def edit_agreement(self, reference: str) -> QWidget:
        """Reopen an agreement that is not signed yet in the wizard, where it was left."""
        from partage_desktop.services.agreements import drafts  # deferred: not needed at start-up

        for wizard in self.wizards:
            if getattr(wizard, "reference", None) == reference:
                wizard.raise_()
                wizard.activateWindow()
                self.remember_agreement(reference)
                return wizard
        wizard = self.open_wizard(drafts.load_draft(self.data, reference), reference=reference)
        self.remember_agreement(reference)
        return wizard

    def _close_wizard_of(self, reference: str) -> None:
        for wizard in [w for w in self.wizards if getattr(w, "reference", None) == reference]:
            wizard.close()  # saves what is pending first

    def _wizard_closed(self, wizard: QWidget) -> None:
        if wizard in self.wizards:
            self.wizards.remove(wizard)

    def open_answers(self) -> None:
        """Load an answers file into a new draft (a partner's draft, a saved copy). Its shape is
        checked first: the wizard only sees what it can show, and the user is told what was left out."""
        from PySide6.QtWidgets import QFileDialog

        from partage_desktop.services.agreements.export import (  # deferred: not needed at start-up
            open_answers_file,
        )

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open an answers file"), "",
                                              self.tr("Answers file (*.json)"))
        if not path:
            return
        try:
            checked = open_answers_file(Path(path), self.lang)
        except PartageError as exc:
            QMessageBox.warning(self, self.tr("The file cannot be opened"), say_error(exc, self.lang))
            return
        assert checked.answers is not None
        wizard = self.open_wizard(checked.answers)
        if checked.left_out:
            shown = [f"• {problem}" for problem in checked.left_out[:MAX_LISTED]]
            more = len(checked.left_out) - len(shown)
            if more:
                shown.append(self.tr("• and one more part") if more == 1 else
                             self.tr("• and %1 more parts").replace("%1", str(more)))
            QMessageBox.warning(wizard, self.tr("Parts of the file were left out"), self.tr(
                "The agreement is open, but these parts of “%1” could not be read and were left "
                "out. Fill them in again in the wizard if they are needed:").replace("%1", Path(path).name)
                + "\n\n" + "\n".join(shown))

    def _nav_changed(self, row: int) -> None:
        if row > 0:
            self.build_sections()
        leaving = self.stack.currentWidget()
        if leaving is self._journal and self.stack.widget(row) is not self._journal and not self.journal.leave():
            self.nav.blockSignals(True)  # the user stays on the journal entry to correct it
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentIndex(row)

    def section_names(self) -> list[str]:
        return [str(self.nav.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.nav.count())]

    def show_section(self, object_name: str) -> None:
        names = self.section_names()
        if object_name in names:
            self.nav.setCurrentRow(names.index(object_name))
            if self.current_section() == object_name:  # the journal may keep the user on an entry
                self.focus_section()

    def show_agreement(self, reference: str) -> None:
        """The Agreements section, with ``reference`` selected (its filters cleared if they hid it)."""
        self.show_section("section:agreements")
        self.agreements.show_reference(reference)
        if self.agreements.current_reference() == reference:
            self.remember_agreement(reference)

    def current_section(self) -> str:
        current = self.stack.currentWidget()
        return current.objectName() if current is not None else ""

    def open_help(self, context_id: str) -> None:
        """Open the guide article for a help context (F1, help buttons)."""
        self.show_section("section:guides")
        self.raise_()
        if context_id.startswith("guide:"):
            self.guides.open_article(context_id.split(":", 1)[1])
        elif not self.guides.open_help(context_id):
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
        self.home_follower.read()
        self.home.show_snapshot(home_snapshot(self.data))

    def open_settings(self) -> None:
        from partage_desktop.ui.app.settings_dialog import (  # deferred: not needed at start-up
            SettingsDialog,
        )

        dialog = SettingsDialog(self.data, Settings.load(self.data.settings_file), self.lang, self)
        dialog.exec()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Partage"), self.tr(
            "Partage %1\n\nAn offline toolkit for non-profit organizations in Québec that share "
            "resources: guides, agreements and a project journal.\n\nPartage gives no legal "
            "advice.\n\nYour data is kept in this folder:\n%2").replace("%1", __version__)
            .replace("%2", str(self.data.root)))

    def new_journal_entry(self) -> None:
        self.show_section("section:journal")
        self.journal.new_entry()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._journal is not None and not self._journal.shutdown():  # a journal value cannot be saved and the user stays to correct it
            event.ignore()
            return
        for wizard in list(self.wizards):
            wizard.close()  # saves what is pending

        self.tasks.shutdown()
        gc_guard.collect()  # cycles left by the closed screens, freed here on the GUI thread
        super().closeEvent(event)
