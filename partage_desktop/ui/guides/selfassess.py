"""The three self-assessment tools of the Guides section, as dialogs: questions above, the result
below, which can be printed and, when a journal is available, kept in a project's journal."""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.guides import selfassess as sa
from partage_desktop.services.guides import selfassess_records as records
from partage_desktop.services.guides.library import library, template_titles
from partage_desktop.services.guides.selfassess import continuum_tool, readiness_tool
from partage_desktop.ui.app.sections import fit_screen
from partage_desktop.ui.guides.printing import print_document
from partage_desktop.ui.guides.selfassess_html import continuum_html, energy_html, readiness_html


class JournalHook(Protocol):
    """What the tools need from the journal: its projects, and a way to keep a record in one."""

    def projects(self) -> list[tuple[int, str]]: ...

    def save(self, project_id: int, record: records.AssessmentRecord) -> None: ...


class _Base(QDialog):
    open_article = Signal(str)
    create_agreement = Signal(str)
    journal_saved = Signal(int)  # project id
    help_context = ""  # F1 opens the article that explains this tool

    def __init__(self, lang: str, title: str, journal: JournalHook | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.journal = journal
        self.record: records.AssessmentRecord | None = None
        self.setWindowTitle(title)
        fit_screen(self, 760, 700)
        self.body = QVBoxLayout()
        self.result_view = QTextBrowser()
        self.result_view.setObjectName("selfassess-result")
        self.result_view.setOpenLinks(False)
        self.result_view.anchorClicked.connect(self._link)
        self.result_view.setAccessibleName(self.tr("Result"))
        self.result_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.result_view.hide()
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        inner.setLayout(self.body)
        scroll.setWidget(inner)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.result_view)
        self.status = QLabel()
        self.status.setObjectName("selfassess-status")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Help)
        self.buttons.rejected.connect(self.reject)
        self.buttons.helpRequested.connect(self._help)
        self.help_button = self.buttons.button(QDialogButtonBox.StandardButton.Help)
        self.compute_button = QPushButton(self.tr("&See the result"))
        self.compute_button.setObjectName("selfassess-compute")
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(self.compute)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("selfassess-print")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self._print)
        self.journal_button = QPushButton(self.tr("Keep in the &journal…"))
        self.journal_button.setObjectName("selfassess-journal")
        self.journal_button.setEnabled(False)
        self.journal_button.clicked.connect(self._save_to_journal)
        for button in (self.compute_button, self.print_button, self.journal_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.journal_button.setVisible(journal is not None)
        for each in self.buttons.buttons():  # Enter always means the primary action
            if isinstance(each, QPushButton):
                each.setAutoDefault(each is self.compute_button)
        help_action = QAction(self)
        help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        help_action.triggered.connect(self._help)
        self.addAction(help_action)
        self.missing = QLabel()  # what is missing for a result: beside the button that asks for it
        self.missing.setObjectName("selfassess-missing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b00020")
        self.missing.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _link(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if kind == "guide":
            self.open_article.emit(value)
        elif kind == "template":
            self.create_agreement.emit(value)

    def show_result(self, html: str, record: records.AssessmentRecord) -> None:
        self.record = record
        self.result_view.setHtml(html)
        self.result_view.document().setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, record.title)
        self.result_view.show()
        self.splitter.setSizes([2, 3])
        self.print_button.setEnabled(True)
        self.journal_button.setEnabled(True)
        self.status.clear()

    def _help(self) -> None:
        article = library(self.lang).for_help(self.help_context)
        if article is not None:
            self.open_article.emit(article.id)

    def article_title(self, article_id: str) -> str:
        article = library(self.lang).get(article_id)
        return article.title if article else article_id

    def compute(self) -> None:
        """Each tool computes and shows its own result."""

    def _print(self) -> None:
        print_document(self.result_view.document(), self)

    def _save_to_journal(self) -> None:
        if self.journal is None or self.record is None:
            return
        projects = self.journal.projects()
        if not projects:
            self.status.setText(self.tr("There is no project in the journal yet. Create one in the Journal "
                                        "section, then keep this result in it."))
            return
        names = [name for _, name in projects]
        name, ok = QInputDialog.getItem(self, self.tr("Keep in the journal"),
                                        self.tr("Sharing project:"), names, 0, False)
        if not ok:
            return
        project_id = projects[names.index(name)][0]
        self.journal.save(project_id, self.record)
        self.status.setText(self.tr("Kept in the journal of “%1”.").replace("%1", name))
        self.journal_saved.emit(project_id)


class _Questionnaire(_Base):
    def __init__(self, lang: str, title: str, intro: str, questions: tuple[sa.Question, ...],
                 journal: JournalHook | None, horizontal: bool, lead: sa.Question | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(lang, title, journal, parent)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.body.addWidget(text)
        self.groups: dict[str, QButtonGroup] = {}
        if lead is not None:  # an unnumbered first question that does not count in the score
            self._add_question(lead, "", horizontal)
        for number, question in enumerate(questions, 1):
            self._add_question(question, f"{number}. ", horizontal)

    def _add_question(self, question: sa.Question, prefix: str, horizontal: bool) -> None:
        box = QGroupBox(f"{prefix}{question.text[self.lang]}")
        box.setObjectName(f"question:{question.id}")
        inner = QHBoxLayout(box) if horizontal else QVBoxLayout(box)
        group = QButtonGroup(box)
        for option in question.options:
            radio = QRadioButton(option.label[self.lang])
            radio.setAccessibleName(f"{question.text[self.lang]} {option.label[self.lang]}")
            group.addButton(radio, option.value)
            inner.addWidget(radio)
        if horizontal:
            inner.addStretch(1)
        self.groups[question.id] = group
        self.body.addWidget(box)

    def say_missing(self, text: str, first_unanswered: str | None) -> None:
        """Say beside the button what is missing, and bring the first question left blank into view."""
        self.missing.setText(text)
        self.missing.setVisible(bool(text))
        box = self.findChild(QGroupBox, f"question:{first_unanswered}") if first_unanswered else None
        if box is not None:
            self.scroll_area.ensureWidgetVisible(box)

    def first_unanswered(self, questions: tuple[sa.Question, ...]) -> str | None:
        answers = self.answers()
        return next((q.id for q in questions if q.id not in answers), None)

    def answers(self) -> dict[str, int]:
        return {qid: g.checkedId() for qid, g in self.groups.items() if g.checkedId() >= 0}

    def answer(self, question_id: str, value: int) -> None:
        self.groups[question_id].button(value).setChecked(True)


class ContinuumDialog(_Questionnaire):
    help_context = "selfassess.continuum"

    def __init__(self, lang: str, journal: JournalHook | None = None, parent: QWidget | None = None) -> None:
        super().__init__(lang, self.tr("Where are we on the continuum?"), self.tr(
            "Answer what you know today; you can leave a question blank. The result places your "
            "project between a simple loan and a merger, names the form that fits and suggests an "
            "agreement template."), continuum_tool().questions, journal, False, continuum_tool().resource_question,
            parent)
        self.setObjectName("selfassess-continuum")
        self.create_button = QPushButton()
        self.create_button.setObjectName("selfassess-create")
        self.template = ""  # the template the last result suggests
        self.create_button.clicked.connect(lambda: self.create_agreement.emit(self.template))
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.setAutoDefault(True)
        self.create_button.hide()

    def compute(self) -> None:
        answers = self.answers()
        tool = continuum_tool()
        scored = [q for q in tool.questions if q.id in answers]
        if len(scored) < 3:
            self.say_missing(self.tr("Answer at least three of the numbered questions to get a result."),
                             self.first_unanswered(tool.questions))
            return
        self.say_missing("", None)
        result = tool.score(answers)
        self.template = result.template

        title = template_titles(self.lang).get(result.template, result.template)
        self.create_button.setText(self.tr("&Create this agreement: %1").replace("%1", title))
        self.create_button.show()
        labels = {"heading": self.tr("Your project: %1"), "position": self.tr("Position: %1 out of 3"),
                  "form": self.tr("Form that fits: %1"), "suggested": self.tr("Suggested agreement:"),
                  "create": self.tr("create this agreement"), "also": self.tr("Also worth a look:"),
                  "why": self.tr("Why:"), "read": self.tr("To read:")}
        self.show_result(continuum_html(result, self.lang, labels, self.article_title),
                         records.continuum_record(result, self.lang))
        # the next step once the result is known: Enter creates the agreement
        self.compute_button.setDefault(False)
        self.compute_button.setAutoDefault(False)
        self.create_button.setDefault(True)


class ReadinessDialog(_Questionnaire):
    help_context = "selfassess.readiness"

    def __init__(self, lang: str, journal: JournalHook | None = None, parent: QWidget | None = None) -> None:
        super().__init__(lang, self.tr("Are we ready?"), self.tr(
            "Answer together with your partners if you can, from “Not at all” to “Completely”. The "
            "result gives a score for each dimension and the points to work on, with the guide that helps."),
            readiness_tool().questions, journal, True, None, parent)
        self.setObjectName("selfassess-readiness")

    def compute(self) -> None:
        answers = self.answers()
        tool = readiness_tool()
        missing = len(self.groups) - len(answers)
        if missing:
            self.say_missing(self.tr("%1 question(s) left unanswered.").replace("%1", str(missing)),
                             self.first_unanswered(tool.questions))
            return
        self.say_missing("", None)
        result = tool.score(answers)
        labels = {"heading": self.tr("Overall readiness: %1"), "work_on": self.tr("Points to work on, with the guide that helps:"),
                  "none": self.tr("No weak point: you look ready to put it in writing.")}
        self.show_result(readiness_html(result, self.lang, labels, self.article_title),
                         records.readiness_record(result, self.lang))


class EnergyDialog(_Base):
    help_context = "selfassess.energy"

    def __init__(self, lang: str, journal: JournalHook | None = None, parent: QWidget | None = None) -> None:
        super().__init__(lang, self.tr("Energy versus benefits"), journal, parent)
        self.setObjectName("selfassess-energy")
        intro = QLabel(self.tr("Estimate honestly the time the sharing will take, for all partners together, "
                               "and what it should bring. Time has a cost too: count it at your staff's "
                               "hourly cost, benefits included."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        form = QFormLayout()
        self.inputs: dict[str, QSpinBox | QDoubleSpinBox] = {}

        def add(key: str, label: str, value: float, maximum: float, money: bool = False, integer: bool = False) -> None:
            box: QSpinBox | QDoubleSpinBox = QSpinBox() if integer else QDoubleSpinBox()
            box.setMaximum(maximum)  # type: ignore[arg-type]
            box.setValue(value)  # type: ignore[arg-type]
            box.setObjectName(f"energy:{key}")
            box.setAccessibleName(label.replace("&", ""))
            if money and self.lang == "fr":
                box.setSuffix("\u00a0$")  # 1 234,56 $
            elif money:
                box.setPrefix("$")  # $1,234.56
            elif not integer:
                box.setSuffix(self.tr(" h"))
            lab = QLabel(label)
            lab.setBuddy(box)
            form.addRow(lab, box)
            self.inputs[key] = box

        add("meetings", self.tr("&Meeting hours per month (all partners)"), 4, 500)
        add("coordination", self.tr("&Coordination hours per month"), 6, 500)
        add("setup", self.tr("Set-up hours, once (&agreement, paperwork)"), 20, 5000)
        add("hourly", self.tr("&Hourly cost of staff time"), 30, 500, money=True)
        add("months", self.tr("D&uration (months)"), 12, 120, integer=True)
        add("savings", self.tr("Expected &savings per month"), 0, 1_000_000, money=True)
        add("gains", self.tr("&Other gains per month (estimated value)"), 0, 1_000_000, money=True)
        self.body.addLayout(form)
        self.body.addStretch(1)

    def value(self, key: str) -> Decimal:
        return Decimal(str(self.inputs[key].value()))

    def compute(self) -> None:
        result = sa.estimate_energy(sa.EnergyInput(
            self.value("meetings"), self.value("coordination"), self.value("setup"), self.value("hourly"),
            int(self.inputs["months"].value()), self.value("savings"), self.value("gains")))
        labels = {
            "hours": self.tr("Hours invested"), "cost": self.tr("Cost of that time"),
            "benefits": self.tr("Expected benefits"), "net": self.tr("Net"),
            "worth": self.tr("On these figures, the benefits outweigh the time invested."),
            "not_worth": self.tr("On these figures, the time invested costs more than it brings. Look for a "
                                 "simpler form of sharing, fewer meetings, or gains that are not counted yet."),
            "even_only": self.tr("On these figures, the benefits only just cover the time invested: it is worth "
                                 "doing only if the sharing brings something more that is not counted here."),
            "even": self.tr("Benefits catch up with costs in month %1."),
            "never": self.tr("Benefits do not catch up with costs within this period."),
            "per_hour": self.tr("Each hour invested brings back %1."),
            "uncounted": self.tr("Not counted here, but worth naming: better service to the community, "
                                 "stronger funding applications, skills gained. Write them down without "
                                 "inflating them, and check the figures again after a few months."),
        }
        self.show_result(energy_html(result, self.lang, labels, self.article_title),
                         records.energy_record(result, self.lang))


DIALOGS = {"selfassess-continuum": ContinuumDialog, "selfassess-readiness": ReadinessDialog,
           "selfassess-energy": EnergyDialog}


def make_dialog(name: str, lang: str, journal: JournalHook | None = None, parent: QWidget | None = None) -> _Base:
    dialog: _Base = DIALOGS[name](lang, journal, parent)
    return dialog
