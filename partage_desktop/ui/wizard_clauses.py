"""Wizard steps: the user's own wording (added and reworded clauses), then review and export."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.render import build_document
from ..envproblems import reason as os_reason
from .pdf_preview import PdfPreview
from .wizard_pages import StepPage

if TYPE_CHECKING:
    from .wizard import AgreementWizard


def clause_choices(wizard: AgreementWizard) -> list[tuple[str, str, str]]:
    """(clause id, "3.2 Title", text as it prints now) for every clause of the template."""
    template = wizard.template()
    if template is None:
        return []
    lang = wizard.lang
    printed: dict[str, str] = {}
    result = wizard.validation()
    if result.ok and result.answers is not None:
        # the wording as it will print, placeholders filled, for the clauses in force
        plain = copy.copy(result.answers)
        plain.reworded = {}
        plain.added_clauses = []
        doc = build_document(plain)
        numbers = iter(c for a in doc.articles for c in a.clauses)
        for article in template.articles:
            if not plain.active(article.when):
                continue
            for clause in article.clauses:
                if plain.active(clause.when):
                    printed[clause.id] = next(numbers).text
    out = []
    for article in template.articles:
        for clause in article.clauses:
            text = printed.get(clause.id, clause.text[lang])
            start = " ".join(text.split())[:70]
            out.append((clause.id, f"{article.title[lang]} — {start}…", text))
    return out


class ClausesPage(StepPage):
    def __init__(self, wizard: AgreementWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Your own wording (optional)"))
        self.setSubTitle(self.tr("Add a clause of your own, or reword a clause for this agreement "
                                 "only. Such clauses are marked in the review and in comparisons."))
        added = QGroupBox(self.tr("Add a clause"))
        form = QFormLayout(added)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("clause:title")
        self.title_edit.setAccessibleName(self.tr("Title of the new clause"))
        form.addRow(self.tr("T&itle:"), self.title_edit)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("clause:text")
        self.text_edit.setAccessibleName(self.tr("Text of the new clause"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(110)
        form.addRow(self.tr("Te&xt:"), self.text_edit)
        self.after = QComboBox()
        self.after.setObjectName("clause:after")
        self.after.setAccessibleName(self.tr("Place of the new clause"))
        form.addRow(self.tr("&Place it after:"), self.after)
        add = QPushButton(self.tr("A&dd this clause"))
        add.setObjectName("action:add-clause")
        add.clicked.connect(self.add_clause)
        form.addRow("", add)
        self.added_list = QListWidget()
        self.added_list.setObjectName("clause:added")
        self.added_list.setAccessibleName(self.tr("Clauses added"))
        self.added_list.setMaximumHeight(90)
        form.addRow(self.tr("Added:"), self.added_list)
        remove = QPushButton(self.tr("Remove the selected clause"))
        remove.clicked.connect(self.remove_clause)
        form.addRow("", remove)
        self.body.addWidget(added)

        reword = QGroupBox(self.tr("Reword a clause"))
        column = QVBoxLayout(reword)
        self.clause_pick = QComboBox()
        self.clause_pick.setObjectName("clause:pick")
        self.clause_pick.setAccessibleName(self.tr("Clause to reword"))
        self.clause_pick.currentIndexChanged.connect(self._picked)
        column.addWidget(self.clause_pick)
        self.reword_edit = QPlainTextEdit()
        self.reword_edit.setObjectName("clause:reworded")
        self.reword_edit.setAccessibleName(self.tr("New wording"))
        self.reword_edit.setTabChangesFocus(True)
        self.reword_edit.setMaximumHeight(120)
        column.addWidget(self.reword_edit)
        buttons = QHBoxLayout()
        apply = QPushButton(self.tr("Use this &wording"))
        apply.setObjectName("action:reword-clause")
        apply.clicked.connect(self.apply_rewording)
        restore = QPushButton(self.tr("Back to the template's wording"))
        restore.clicked.connect(self.restore_wording)
        buttons.addWidget(apply)
        buttons.addWidget(restore)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.body.addWidget(reword)
        self._choices: list[tuple[str, str, str]] = []

    def clauses(self) -> dict[str, Any]:
        current = self.wiz.answers.get("clauses") or {}
        return {"added": list(current.get("added") or []), "reworded": dict(current.get("reworded") or {})}

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._choices = clause_choices(self.wiz)
        template = self.wiz.template()
        self.after.clear()
        self.after.addItem(self.tr("At the end, under “Special provisions”"), "")
        for article in template.articles if template else ():
            self.after.addItem(article.title[self.wiz.lang], article.id)
        self.clause_pick.blockSignals(True)
        self.clause_pick.clear()
        reworded = self.clauses()["reworded"]
        for clause_id, label, _text in self._choices:
            mark = " ✎" if clause_id in reworded else ""
            self.clause_pick.addItem(label + mark, clause_id)
        self.clause_pick.blockSignals(False)
        self._picked()
        self._show_added()
        self.refresh_state()

    def _show_added(self) -> None:
        self.added_list.clear()
        for clause in self.clauses()["added"]:
            self.added_list.addItem(QListWidgetItem(clause["title"]))

    def _picked(self, _index: int = 0) -> None:
        clause_id = self.clause_pick.currentData()
        reworded = self.clauses()["reworded"]
        text = reworded.get(clause_id) or next((c[2] for c in self._choices if c[0] == clause_id), "")
        self.reword_edit.setPlainText(text)

    def add_clause(self) -> None:
        title, text = self.title_edit.text().strip(), self.text_edit.toPlainText().strip()
        if not title or not text:
            self.reason.setText(self.tr("Give the new clause a title and a text."))
            self.reason.show()
            return
        clauses = self.clauses()
        clauses["added"].append({"title": title, "text": text, "after": self.after.currentData() or ""})
        self.wiz.set_clauses(clauses)
        self.title_edit.clear()
        self.text_edit.clear()
        self._show_added()

    def remove_clause(self) -> None:
        row = self.added_list.currentRow()
        if row < 0:
            return
        clauses = self.clauses()
        del clauses["added"][row]
        self.wiz.set_clauses(clauses)
        self._show_added()

    def apply_rewording(self) -> None:
        clause_id = self.clause_pick.currentData()
        text = self.reword_edit.toPlainText().strip()
        original = next((c[2] for c in self._choices if c[0] == clause_id), "")
        clauses = self.clauses()
        if text and text != original.strip():
            clauses["reworded"][clause_id] = text
        else:
            clauses["reworded"].pop(clause_id, None)
        self.wiz.set_clauses(clauses)
        self.initializePage()

    def restore_wording(self) -> None:
        clauses = self.clauses()
        clauses["reworded"].pop(self.clause_pick.currentData(), None)
        self.wiz.set_clauses(clauses)
        index = self.clause_pick.currentIndex()
        self.initializePage()
        self.clause_pick.setCurrentIndex(index)

    def blocking_reason(self) -> str:
        problems = [p for p in self.wiz.validation().errors if p.path.startswith("clauses")]
        return self.tr("To continue: %1").replace("%1", str(problems[0])) if problems else ""


class ReviewPage(StepPage):
    def __init__(self, wizard: AgreementWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Review and export"))
        self.setSubTitle(self.tr("Check the pages as they will print, then export the PDF to print and "
                                 "sign it. The agreement stays in Partage; you can come back to it."))
        self.setFinalPage(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("review:summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.summary)
        self.issues = QListWidget()
        self.issues.setObjectName("review:problems")
        self.issues.setAccessibleName(self.tr("Problems and notes"))
        column.addWidget(self.issues, 1)
        save_answers = QPushButton(self.tr("Save the &answers file…"))
        save_answers.setObjectName("action:save-answers")
        save_answers.clicked.connect(self.save_answers_file)
        column.addWidget(save_answers)
        splitter.addWidget(left)
        self.preview = PdfPreview()
        splitter.addWidget(self.preview)
        splitter.setSizes([300, 600])
        self.body.addWidget(splitter, 1)
        self.body_widget.setMinimumHeight(460)
        wizard.preview_ready.connect(self.preview.show_pdf)
        wizard.preview_failed.connect(self.preview.show_message)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.refresh_state()
        self.wiz.request_preview()

    def refresh_state(self) -> None:
        result = self.wiz.validation()
        self.issues.clear()
        if not result.errors:
            self.issues.addItem(QListWidgetItem(self.tr("✓ No problem: the agreement is ready to export.")))
        for problem in result.errors:
            self.issues.addItem(QListWidgetItem(f"✗ {problem}"))
        for problem in result.warnings:
            self.issues.addItem(QListWidgetItem(f"! {problem}"))
        clauses = self.wiz.answers.get("clauses") or {}
        for clause in clauses.get("added") or []:
            self.issues.addItem(QListWidgetItem(self.tr("✎ Clause added: %1").replace("%1", clause["title"])))
        for clause_id in clauses.get("reworded") or {}:
            self.issues.addItem(QListWidgetItem(self.tr("✎ Clause reworded: %1").replace("%1", clause_id)))
        names = ", ".join(n for n in self.wiz.party_names() if n)
        template = self.wiz.template()
        title = template.title[self.wiz.lang] if template else ""
        self.summary.setText(f"{title}\n{names}")
        super().refresh_state()

    def blocking_reason(self) -> str:
        count = len(self.wiz.validation().errors)
        return self.tr("%n problem(s) to correct before the export; go back to the steps concerned.",
                       "", count) if count else ""

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        return self.export_pdf()

    def default_file_name(self) -> str:
        names = [n for n in self.wiz.party_names() if n][:2]
        stem = " - ".join([self.wiz.reference or "entente", *names])
        return "".join(ch for ch in stem if ch not in '<>:"/\\|?*').strip()[:120] + ".pdf"

    def export_pdf(self) -> bool:
        """Ask where, freeze the version (a new one only when the answers changed) and write the
        PDF atomically; a refused write offers to try again and never leaves half a file."""
        from ..errors import UserInputError
        from ..services.agreement_versions import export_version
        from ..services.agreements import write_pdf

        self.wiz.flush()
        assert self.wiz.reference is not None
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the agreement as PDF"),
                                              str(Path.home() / self.default_file_name()), self.tr("PDF (*.pdf)"))
        if not path:
            return False
        try:
            version = export_version(self.wiz.data, self.wiz.reference, self.wiz.lang)
        except UserInputError as exc:
            QMessageBox.warning(self, self.tr("The PDF was not made"), "\n".join(exc.problems))
            return False
        while True:
            try:
                write_pdf(Path(path), version.pdf, self.wiz.lang)
            except UserInputError as exc:
                again = QMessageBox.warning(self, self.tr("The PDF was not saved"), "\n".join(exc.problems),
                                            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
                if again == QMessageBox.StandardButton.Retry:
                    continue
                return False
            break
        self.wiz.exported.emit(self.wiz.reference)
        return True

    def save_answers_file(self) -> None:
        import json

        from .. import atomic

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the answers file"),
                                              str(Path.home() / (self.default_file_name()[:-4] + ".json")),
                                              self.tr("Answers file (*.json)"))
        if not path:
            return
        try:
            atomic.write_text(Path(path), json.dumps(self.wiz.answers, ensure_ascii=False, indent=2))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("The file was not saved"), self.tr("Could not save “%1”: %2.")
                                .replace("%1", path).replace("%2", os_reason(exc, self.wiz.lang)))
