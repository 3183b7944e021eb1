"""The three self-assessment tools of the Guides section, as dialogs."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core import selfassess as sa
from ..core.formatting import format_money
from ..services.guides import library, template_titles


class _Base(QDialog):
    open_article = Signal(str)
    create_agreement = Signal(str)

    def __init__(self, lang: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(title)
        self.resize(720, 640)
        self.body = QVBoxLayout()
        self.result = QTextBrowser()
        self.result.setObjectName("selfassess-result")
        self.result.setOpenLinks(False)
        self.result.anchorClicked.connect(self._link)
        self.result.setAccessibleName(self.tr("Result"))
        self.result.hide()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        inner.setLayout(self.body)
        scroll.setWidget(inner)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.compute_button = QPushButton(self.tr("&See the result"))
        self.compute_button.setObjectName("selfassess-compute")
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(self.compute)
        self.buttons.addButton(self.compute_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 3)
        layout.addWidget(self.result, 2)
        layout.addWidget(self.buttons)

    def _link(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if kind == "guide":
            self.open_article.emit(value)
        elif kind == "template":
            self.create_agreement.emit(value)

    def show_result(self, html: str) -> None:
        self.result.setHtml(html)
        self.result.show()

    def article_link(self, article_id: str) -> str:
        article = library(self.lang).get(article_id)
        title = article.title if article else article_id
        return f'<a href="guide:{article_id}">{escape(title)}</a>'

    def compute(self) -> None:
        """Each tool computes and shows its own result."""


class _Questionnaire(_Base):
    def __init__(self, lang: str, title: str, intro: str, questions: tuple[sa.Question, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(lang, title, parent)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.body.addWidget(text)
        self.groups: dict[str, QButtonGroup] = {}
        for number, question in enumerate(questions, 1):
            box = QGroupBox(f"{number}. {question.text[lang]}")
            box.setObjectName(f"question:{question.id}")
            inner = QVBoxLayout(box)
            group = QButtonGroup(box)
            for option in question.options:
                radio = QRadioButton(option.label[lang])
                radio.setAccessibleName(f"{question.text[lang]} {option.label[lang]}")
                group.addButton(radio, option.value)
                inner.addWidget(radio)
            self.groups[question.id] = group
            self.body.addWidget(box)
        self.missing = QLabel()
        self.missing.setObjectName("selfassess-missing")
        self.missing.setWordWrap(True)
        self.body.addWidget(self.missing)

    def answers(self) -> dict[str, int]:
        return {qid: g.checkedId() for qid, g in self.groups.items() if g.checkedId() >= 0}

    def answer(self, question_id: str, value: int) -> None:
        self.groups[question_id].button(value).setChecked(True)


class ContinuumDialog(_Questionnaire):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, self.tr("Where are we on the continuum?"), self.tr(
            "Answer what you know today; you can leave a question blank. The result places your "
            "project between a simple loan and a merger and suggests an agreement template."),
            sa.CONTINUUM_QUESTIONS, parent)
        self.setObjectName("selfassess-continuum")

    def compute(self) -> None:
        answers = self.answers()
        if len(answers) < 3:
            self.missing.setText(self.tr("Answer at least three questions to get a result."))
            return
        self.missing.clear()
        r = sa.score_continuum(answers)
        stages = " → ".join(
            f"<b>{escape(sa.STAGE_LABELS[s][self.lang])}</b>" if s == r.stage else escape(sa.STAGE_LABELS[s][self.lang])
            for s in sa.STAGES)
        why = "".join(f"<li>{escape(w[self.lang])}</li>" for w in r.why)
        title = template_titles(self.lang).get(r.template, r.template)
        heading = self.tr("Your project: %1").replace("%1", sa.STAGE_LABELS[r.stage][self.lang])
        weighed = self.tr("What weighed most in your answers:")
        suggested = self.tr("Suggested agreement:")
        self.show_result(
            f"<h3>{escape(heading)}</h3><p>{stages}</p><p>{escape(r.form[self.lang])}</p>"
            f"<p>{escape(weighed)}</p><ul>{why}</ul>"
            f"<p>{escape(suggested)} <a href=\"template:{r.template}\">{escape(title)}</a> · "
            f"{self.article_link('continuum')}</p>")


class ReadinessDialog(_Questionnaire):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, self.tr("Are we ready?"), self.tr(
            "Answer together with your partners if you can. Each answer from “Not at all” to "
            "“Completely”; the result shows your strengths and the points to work on."),
            sa.READINESS_QUESTIONS, parent)
        self.setObjectName("selfassess-readiness")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self._print)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)

    def compute(self) -> None:
        answers = self.answers()
        missing = len(self.groups) - len(answers)
        if missing:
            self.missing.setText(self.tr("%1 question(s) left unanswered.").replace("%1", str(missing)))
            return
        self.missing.clear()
        r = sa.score_readiness(answers)
        rows = "".join(f"<tr><td>{escape(sa.DIMENSIONS[d][self.lang])}</td><td align=right><b>{v} %</b></td></tr>"
                       for d, v in r.scores.items())
        weak = "".join(f"<li>{escape(q.text[self.lang])} — {self.article_link(q.guide)}</li>" for q in r.weak)
        work_on = self.tr("Points to work on, with the guide that helps:")
        none_weak = self.tr("No weak point: you look ready to put it in writing.")
        heading = self.tr("Readiness: %1 %").replace("%1", str(r.overall))
        advice = f"<p>{escape(work_on)}</p><ul>{weak}</ul>" if weak else f"<p>{escape(none_weak)}</p>"
        self.show_result(f"<h3>{escape(heading)}</h3><table cellpadding=4>{rows}</table>{advice}")
        self.print_button.setEnabled(True)

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.result.document().print_(printer)


class EnergyDialog(_Base):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, self.tr("Energy versus benefits"), parent)
        self.setObjectName("selfassess-energy")
        intro = QLabel(self.tr("Estimate honestly the time the sharing will take and what it should bring. "
                               "Time has a cost too: count it at your staff's hourly cost."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        form = QFormLayout()
        self.inputs: dict[str, QSpinBox | QDoubleSpinBox] = {}

        def add(key: str, label: str, value: float, maximum: float, money: bool = False, integer: bool = False) -> None:
            box: QSpinBox | QDoubleSpinBox = QSpinBox() if integer else QDoubleSpinBox()
            box.setMaximum(maximum)  # type: ignore[arg-type]
            box.setValue(value)  # type: ignore[arg-type]
            box.setObjectName(f"energy:{key}")
            box.setAccessibleName(label)
            if money:
                box.setSuffix(" $")
            lab = QLabel(label)
            lab.setBuddy(box)
            form.addRow(lab, box)
            self.inputs[key] = box

        add("meetings", self.tr("Meeting hours per month (all partners)"), 4, 500)
        add("coordination", self.tr("Coordination hours per month"), 6, 500)
        add("setup", self.tr("Set-up hours, once (agreement, paperwork)"), 20, 5000)
        add("hourly", self.tr("Hourly cost of staff time"), 30, 500, money=True)
        add("months", self.tr("Duration (months)"), 12, 120, integer=True)
        add("savings", self.tr("Expected savings per month"), 0, 1_000_000, money=True)
        add("gains", self.tr("Other gains per month (estimated value)"), 0, 1_000_000, money=True)
        self.body.addLayout(form)

    def value(self, key: str) -> Decimal:
        return Decimal(str(self.inputs[key].value()))

    def compute(self) -> None:
        r = sa.estimate_energy(sa.EnergyInput(
            self.value("meetings"), self.value("coordination"), self.value("setup"), self.value("hourly"),
            int(self.inputs["months"].value()), self.value("savings"), self.value("gains")))
        money = lambda v: escape(format_money(v, self.lang))  # noqa: E731
        verdict = (self.tr("On these figures, the benefits outweigh the time invested.") if r.worth_it else
                   self.tr("On these figures, the time invested costs more than it brings. Look for a "
                           "simpler form of sharing, or gains that are not counted yet."))
        even = (self.tr("Benefits catch up with costs in month %1.").replace("%1", str(r.break_even_month))
                if r.break_even_month else self.tr("Benefits do not catch up with costs within this period."))
        labels = (self.tr("Hours invested"), self.tr("Cost of that time"), self.tr("Expected benefits"), self.tr("Net"))
        values = (escape(str(r.hours_total)), money(r.time_cost), money(r.benefits), f"<b>{money(r.net)}</b>")
        rows = "".join(f"<tr><td>{escape(label)}</td><td align=right>{value}</td></tr>"
                       for label, value in zip(labels, values, strict=True))
        self.show_result(f"<table cellpadding=4>{rows}</table><p>{escape(verdict)} {escape(even)}</p>"
                         f"<p>{self.article_link('couts-partage')}</p>")


DIALOGS = {"selfassess-continuum": ContinuumDialog, "selfassess-readiness": ReadinessDialog,
           "selfassess-energy": EnergyDialog}


def make_dialog(name: str, lang: str, parent: QWidget | None = None) -> _Base:
    dialog = DIALOGS[name](lang, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return dialog
