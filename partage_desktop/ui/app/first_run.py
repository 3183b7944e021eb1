"""First start: a short assistant — language, our organization, where data and backups live, demo
data. Shown once (``Settings.first_run_done``), skippable at every step, never during ``--smoke``."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from enum import IntEnum

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from partage_desktop.platform import datadir
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.resources import MissingResourceError, resource_path
from partage_desktop.platform.settings import Settings
from partage_desktop.services.demo import sample as demo_sample
from partage_desktop.services.organizations import address_book as org_service
from partage_desktop.ui.app import i18n
from partage_desktop.ui.organizations.section import FIELDS, OrganizationForm
from partage_desktop.ui.widgets.tasks import TaskRunner


class Page(IntEnum):
    WELCOME = 0
    ORGANIZATION = 1
    DATA = 2
    DEMO = 3


def first_run_needed(data: DataDir) -> bool:
    return not Settings.load(data.settings_file).first_run_done


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class _Page(QWizardPage):
    """A page that rewrites its texts when the language changes on the first page."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class WelcomePage(_Page):
    language_chosen = Signal(str)

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.body = _label()
        self.language = QComboBox()
        self.language.setObjectName("first-run:language")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "fr" else 1)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(1)
        self.language.currentIndexChanged.connect(lambda _i: self.language_chosen.emit(self.lang()))
        self.retranslate()

    def lang(self) -> str:
        return str(self.language.currentData())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Partage"))
        self.setSubTitle(self.tr("A few questions to get started. Everything can be changed later."))
        self.body.setText(self.tr(
            "Partage helps your organization share resources with others: plain-language guides, "
            "agreements ready to print and sign, and a journal of your sharing projects. "
            "Everything stays on this computer; no account is needed."))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))


class OrganizationPage(_Page):
    def __init__(self, data: DataDir) -> None:
        super().__init__()
        self.data = data
        self.intro = _label()
        self.later = QCheckBox()
        self.later.setObjectName("first-run:org-later")
        self.form = OrganizationForm()
        self.form.is_own.hide()
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.intro)
        self.layout_.addWidget(self.form)
        self.layout_.addWidget(self.later)
        self.layout_.addStretch(1)
        self.later.toggled.connect(lambda checked: self.form.setEnabled(not checked))
        self.loaded = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Our organization"))
        self.setSubTitle(self.tr("Its name, address and representative will fill every agreement."))
        self.intro.setText(self.tr("Type them once here. You can also leave this for later: the "
                                   "Organizations section keeps the same information."))
        self.later.setText(self.tr("I will &do this later"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._remake_form()
        super().changeEvent(event)

    def _remake_form(self) -> None:
        """The form (shared with the Organizations section) sets its texts when it is made: make
        it again in the new language, keeping what was typed."""
        typed = self.form.data()
        fresh = OrganizationForm()
        fresh.is_own.hide()
        fresh.load(typed)
        fresh.setEnabled(self.form.isEnabled())
        self.layout_.replaceWidget(self.form, fresh)
        self.form.hide()
        self.form.deleteLater()
        self.form = fresh

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if not self.loaded:
            self.loaded = True
            own = org_service.own_organization(self.data)
            if own is not None:
                self.form.load(own)
                self.form.is_own.setChecked(True)

    def is_empty(self) -> bool:
        return not any(self.form.value(key).strip() for key in FIELDS)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        """Saves our organization on Next: nothing typed is lost, even if the assistant is left."""
        if self.later.isChecked() or self.is_empty():
            return True
        org = org_service.clean(replace(self.form.data(), is_own=True))
        problems = org_service.check(org)
        self.form.show_problems(problems)
        if problems:
            return False
        saved = org_service.save_organization(self.data, org)
        self.form.current_id = saved.id
        return True


class DataPage(_Page):
    def __init__(self, data: DataDir, settings: Settings) -> None:
        super().__init__()
        self.data = data
        self.intro = _label()
        self.portable = _label()
        self.portable.setObjectName("first-run:portable")
        self.portable.setVisible(datadir.portable_root() == data.root)
        self.data_path = QLineEdit(str(data.root))
        self.data_path.setObjectName("first-run:data-dir")
        self.data_path.setReadOnly(True)
        self.open_data = QPushButton()
        self.open_data.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data.root))))
        self.backup_dir = QLineEdit(settings.backup_dir or str(data.backups))
        self.backup_dir.setObjectName("first-run:backup-dir")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose_backup_dir)
        self.tip = _label()
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_path, 1)
        data_row.addWidget(self.open_data)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_dir, 1)
        backup_row.addWidget(self.browse)
        self.data_label = QLabel()
        self.data_label.setBuddy(self.data_path)
        self.backup_label = QLabel()
        self.backup_label.setBuddy(self.backup_dir)
        form = QFormLayout()
        form.addRow(self.data_label, data_row)
        form.addRow(self.backup_label, backup_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.portable)
        layout.addLayout(form)
        layout.addWidget(self.tip)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where your data lives"))
        self.setSubTitle(self.tr("One folder holds everything; backups are copies of it."))
        self.intro.setText(self.tr(
            "Your agreements, journal and organizations are kept in the data folder below. Partage "
            "makes a backup before every update, and you can make one at any time."))
        self.portable.setText(self.tr(
            "Portable mode: the data stays in the “donnees” folder beside the app, for example on "
            "a USB key."))
        self.data_label.setText(self.tr("Data folder:"))
        self.data_path.setAccessibleName(self.tr("Data folder"))
        self.open_data.setText(self.tr("&Open"))
        self.backup_label.setText(self.tr("Back&ups:"))
        self.backup_dir.setAccessibleName(self.tr("Backup folder"))
        self.browse.setText(self.tr("B&rowse…"))
        self.tip.setText(self.tr("Tip: choose another drive or a USB key for backups, so that one "
                                 "broken disk cannot take both your data and its copies."))

    def _choose_backup_dir(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_dir.text())
        if chosen:
            self.backup_dir.setText(chosen)

    def chosen_backup_dir(self) -> str:
        """Empty when the default (the data folder's own "sauvegardes") is kept."""
        text = self.backup_dir.text().strip()
        return "" if text in ("", str(self.data.backups)) else text


class DemoPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.load_demo = QCheckBox()
        self.load_demo.setObjectName("first-run:demo")
        self.note = _label()
        self.note.setObjectName("first-run:demo-note")
        self.closing = _label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.load_demo)
        layout.addWidget(self.note)
        layout.addSpacing(12)
        layout.addWidget(self.closing)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Try it with examples"))
        self.setSubTitle(self.tr("Sample data shows what Partage looks like once it is in use."))
        self.load_demo.setText(self.tr(
            "&Load the demo data: sample organizations, agreements and journal entries"))
        self.note.setText(self.tr(
            "Handy to explore before typing your own information. Your own organization, if you "
            "entered it, stays yours."))
        self.closing.setText(self.tr("Click Finish to open Partage."))


@dataclass(frozen=True)
class FirstRunChoices:
    lang: str
    backup_dir: str
    load_demo: bool


class FirstRunWizard(QWizard):
    """The assistant itself; ``run_first_run`` shows it and applies the choices."""

    def __init__(self, data: DataDir, settings: Settings, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first-run")
        self.data = data
        self.settings = settings
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.CancelButtonOnLeft)
        with contextlib.suppress(MissingResourceError):  # an icon is not worth refusing to start
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap,
                           QIcon(str(resource_path("icons", "partage.svg"))).pixmap(48, 48))
        self.welcome = WelcomePage(lang)
        self.organization = OrganizationPage(data)
        self.data_page = DataPage(data, settings)
        self.demo = DemoPage()
        self.setPage(Page.WELCOME, self.welcome)
        self.setPage(Page.ORGANIZATION, self.organization)
        self.setPage(Page.DATA, self.data_page)
        self.setPage(Page.DEMO, self.demo)
        self.welcome.language_chosen.connect(self._switch_language)
        self.resize(640, 500)
        self.retranslate()

    def _switch_language(self, lang: str) -> None:
        app = QApplication.instance()
        if app is not None:
            i18n.install(app, lang)  # every page gets a LanguageChange event and rewrites itself

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Getting started with Partage"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Skip"))
        self.button(QWizard.WizardButton.CancelButton).setToolTip(
            self.tr("Close this assistant; Partage opens and will not ask again."))

    def choices(self) -> FirstRunChoices:
        return FirstRunChoices(
            lang=self.welcome.lang(),
            backup_dir=self.data_page.chosen_backup_dir(),
            load_demo=self.demo.load_demo.isChecked(),
        )

    def save(self) -> Settings:
        """Record the choices, and that the assistant was seen (finished or skipped)."""
        choices = self.choices()
        settings = replace(Settings.load(self.data.settings_file), lang=choices.lang,
                           backup_dir=choices.backup_dir, first_run_done=True)
        settings.save(self.data.settings_file)
        return settings


class _DemoProgress(QObject):
    """Carries the demo service's progress (reported on the worker thread) to the UI thread."""

    advanced = Signal(int, int)


def load_demo_data(data: DataDir, lang: str, parent: QWidget | None) -> bool:
    """Fill the data folder with the demo service, off the UI thread, with a progress bar; False
    (and a message) if it failed."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QProgressDialog


    progress = QProgressDialog(parent)
    progress.setObjectName("first-run:demo-progress")
    progress.setWindowTitle("Partage")
    progress.setLabelText(QApplication.translate("FirstRunWizard", "Loading the demo data…"))
    progress.setRange(0, 0)
    progress.setCancelButton(None)  # a half-loaded sample would be worse than waiting a moment
    progress.setMinimumDuration(0)
    progress.show()
    relay = _DemoProgress()
    def advanced(done: int, total: int) -> None:
        progress.setRange(0, total)
        progress.setValue(done)

    relay.advanced.connect(advanced)
    loop = QEventLoop()
    outcome: list[BaseException | None] = []

    def finished(error: BaseException | None) -> None:
        outcome.append(error)
        loop.quit()

    runner = TaskRunner()
    runner.run(lambda: demo_sample.create_demo(data, lang=lang, progress=relay.advanced.emit),
               lambda _result: finished(None), finished)
    loop.exec()
    runner.shutdown()
    progress.close()
    if outcome and outcome[0] is not None:
        import logging

        logging.getLogger(__name__).error("demo data failed", exc_info=outcome[0])
        QMessageBox.warning(parent, "Partage", QApplication.translate(
            "FirstRunWizard", "The demo data could not be loaded. Partage opens without it; "
            "the details are in the log file."))
        return False
    return True


def run_first_run(data: DataDir, lang: str) -> str:
    """Show the assistant; return the language to open Partage in."""
    wizard = FirstRunWizard(data, Settings.load(data.settings_file), lang)
    accepted = wizard.exec() == QDialog.DialogCode.Accepted.value
    try:
        settings = wizard.save()
    except OSError:
        # Unwritable settings: the assistant will show again next time, nothing else is lost.
        return wizard.choices().lang
    if accepted and wizard.choices().load_demo:
        load_demo_data(data, settings.lang, None)
    return settings.lang
