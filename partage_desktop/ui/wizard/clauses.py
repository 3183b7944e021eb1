"""Wizard step: the user's own wording (added and reworded clauses).

What is typed here is kept even when its button is not clicked: leaving the step (Next, Back),
closing the wizard or exporting applies a complete new clause and a rewording in progress; a new
clause with only its title or only its text is kept in the draft as it is, and comes back into the
editors to be finished.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from partage_desktop.core.agreements.render import build_document, clause_numbers
from partage_desktop.ui.wizard.pages import StepPage

if TYPE_CHECKING:
    from partage_desktop.ui.wizard.window import AgreementWizard


def plain_text(edit: QPlainTextEdit) -> str:
    """The text as typed: ``toPlainText()`` would turn the no-break spaces of French typography
    into plain spaces (and a clause shown unchanged would then look reworded)."""
    return edit.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n").strip()


def same_wording(a: str, b: str) -> bool:
    return a.split() == b.split()  # spacing alone is no rewording


def own_wording(answers: dict[str, Any]) -> dict[str, Any]:
    """The answers' added and reworded clauses, whatever shape a hand-made file gave them:
    ``{"added": [{"title", "text", "after"}...], "reworded": {clause id: text}}`` (copies)."""
    current = answers.get("clauses")
    current = current if isinstance(current, dict) else {}
    added = current.get("added")
    reworded = current.get("reworded")
    return {
        "added": [{"title": str(c.get("title") or ""), "text": str(c.get("text") or ""),
                   "after": c.get("after") if isinstance(c.get("after"), str) else ""}
                  for c in (added if isinstance(added, list) else []) if isinstance(c, dict)],
        "reworded": {k: v for k, v in (reworded if isinstance(reworded, dict) else {}).items()
                     if isinstance(k, str) and isinstance(v, str)},
    }


def clause_choices(wizard: AgreementWizard) -> list[tuple[str, str, str]]:
    """(clause id, "Title — start…", text as it prints now) for every clause of the template."""
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


def clause_place(wizard: AgreementWizard, clause_id: str) -> tuple[str, str]:
    """(number as printed, or "" when the clause is not in force; its article's title as printed)."""
    template = wizard.template()
    answers = wizard.validation().answers
    if template is None:
        return "", clause_id
    lang = answers.lang if answers is not None else wizard.lang
    title = next((a.title[lang] for a in template.articles if any(c.id == clause_id for c in a.clauses)),
                 clause_id)
    return (clause_numbers(answers).get(clause_id, "") if answers is not None else ""), title


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
        self.title_edit.textChanged.connect(self._typing)
        form.addRow(self.tr("T&itle:"), self.title_edit)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("clause:text")
        self.text_edit.setAccessibleName(self.tr("Text of the new clause"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(110)
        self.text_edit.textChanged.connect(self._typing)
        form.addRow(self.tr("Te&xt:"), self.text_edit)
        self.after = QComboBox()
        # clause titles can be long: the box keeps the step's width, the list that opens shows them whole
        self.after.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.after.setMinimumContentsLength(24)
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
        # clause titles can be long: the box keeps the step's width, the list that opens shows them whole
        self.clause_pick.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.clause_pick.setMinimumContentsLength(24)
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
        self._shown_clause: str | None = None  # the clause whose wording is in reword_edit
        self._draft_index: int | None = None  # the unfinished added clause being finished in the editors

    def clauses(self) -> dict[str, Any]:
        return own_wording(self.wiz.answers)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._keep_rewording()  # before the choices change under the text being typed
        self._choices = clause_choices(self.wiz)
        template = self.wiz.template()
        self.after.clear()
        self.after.addItem(self.tr("At the end, under “Special provisions”"), "")
        for article in template.articles if template else ():
            self.after.addItem(article.title[self.wiz.lang], article.id)
        shown = self._shown_clause
        self.clause_pick.blockSignals(True)
        self.clause_pick.clear()
        reworded = self.clauses()["reworded"]
        for clause_id, label, _text in self._choices:
            mark = " ✎" if clause_id in reworded else ""
            self.clause_pick.addItem(label + mark, clause_id)
        self.clause_pick.setCurrentIndex(max(self.clause_pick.findData(shown), 0))
        self.clause_pick.blockSignals(False)
        self._show_wording()
        self._resume_unfinished()
        self._show_added()
        self.refresh_state()

    def _show_added(self) -> None:
        self.added_list.clear()
        for i, clause in enumerate(self.clauses()["added"]):
            title = clause["title"] or self.tr("(no title yet)")
            if i == self._draft_index:
                title = self.tr("%1 — being written above").replace("%1", title)
            self.added_list.addItem(QListWidgetItem(title))

    def _picked(self, _index: int = 0) -> None:
        self._keep_rewording()  # the wording typed for the clause shown until now is kept
        self._show_wording()

    def _show_wording(self) -> None:
        clause_id = self.clause_pick.currentData()
        self._shown_clause = clause_id
        reworded = self.clauses()["reworded"]
        text = reworded.get(clause_id) or self._original(clause_id)
        self.reword_edit.setPlainText(text)

    def _original(self, clause_id: str | None) -> str:
        return next((c[2] for c in self._choices if c[0] == clause_id), "")

    # ---------------------------------------------------------------- new clause

    def _typing(self) -> None:
        if self.wiz.currentPage() is self:
            self.refresh_state()

    def _typed(self) -> tuple[str, str]:
        return self.title_edit.text().strip(), plain_text(self.text_edit)

    def add_clause(self) -> None:
        title, text = self._typed()
        if not title or not text:
            self.reason.setText(self.tr("Give the new clause a title and a text."))
            self.reason.show()
            return
        self._keep_new_clause()

    def _keep_new_clause(self) -> None:
        """Put what the editors hold into the answers: a finished clause is added and the editors
        cleared; an unfinished one is kept as it is, to be finished later."""
        title, text = self._typed()
        clauses = self.clauses()
        index = self._draft_index if self._draft_index is not None and \
            self._draft_index < len(clauses["added"]) else None
        if not title and not text:
            if index is None:
                return
            del clauses["added"][index]  # the user emptied the unfinished clause
            self._draft_index = None
        else:
            item = {"title": title, "text": text, "after": self.after.currentData() or ""}
            if index is None:
                clauses["added"].append(item)
                index = len(clauses["added"]) - 1
            else:
                clauses["added"][index] = item
            self._draft_index = None if title and text else index
        self.wiz.set_clauses(clauses)
        if title and text:
            self.title_edit.blockSignals(True)
            self.text_edit.blockSignals(True)
            self.title_edit.clear()
            self.text_edit.clear()
            self.title_edit.blockSignals(False)
            self.text_edit.blockSignals(False)
        self._show_added()
        self.refresh_state()

    def _resume_unfinished(self) -> None:
        """A clause kept unfinished (only a title or only a text) comes back into the editors."""
        added = self.clauses()["added"]
        if self._draft_index is not None and self._draft_index >= len(added):
            self._draft_index = None
        if self._draft_index is not None or any(self._typed()):
            return
        for i, clause in enumerate(added):
            if not (clause["title"].strip() and clause["text"].strip()):
                self._draft_index = i
                self.title_edit.setText(clause["title"])
                self.text_edit.setPlainText(clause["text"])
                self.after.setCurrentIndex(max(self.after.findData(clause["after"]), 0))
                return

    def remove_clause(self) -> None:
        row = self.added_list.currentRow()
        if row < 0:
            return
        clauses = self.clauses()
        del clauses["added"][row]
        if self._draft_index == row:
            self._draft_index = None
            self.title_edit.clear()
            self.text_edit.clear()
        elif self._draft_index is not None and row < self._draft_index:
            self._draft_index -= 1
        self.wiz.set_clauses(clauses)
        self._show_added()

    # ---------------------------------------------------------------- rewording

    def apply_rewording(self) -> None:
        clause_id = self.clause_pick.currentData()
        text = plain_text(self.reword_edit)
        clauses = self.clauses()
        if text and not same_wording(text, self._original(clause_id)):
            clauses["reworded"][clause_id] = text
        else:
            clauses["reworded"].pop(clause_id, None)
        self.wiz.set_clauses(clauses)
        self.initializePage()

    def restore_wording(self) -> None:
        clause_id = self.clause_pick.currentData()
        clauses = self.clauses()
        clauses["reworded"].pop(clause_id, None)
        self.reword_edit.setPlainText(self._original(clause_id))  # nothing left to keep
        self.wiz.set_clauses(clauses)
        self.initializePage()

    def _keep_rewording(self) -> None:
        """A wording typed for the shown clause and not applied yet is applied (an emptied editor
        is not taken for "back to the template's wording": that has its own button)."""
        clause_id = self._shown_clause
        original = self._original(clause_id)
        text = plain_text(self.reword_edit)
        if clause_id is None or not original or not text:
            return
        clauses = self.clauses()
        if same_wording(text, clauses["reworded"].get(clause_id) or original):
            return
        if same_wording(text, original):
            clauses["reworded"].pop(clause_id, None)
        else:
            clauses["reworded"][clause_id] = text
        self.wiz.set_clauses(clauses)
        index = self.clause_pick.findData(clause_id)
        if index >= 0:
            label = next(c[1] for c in self._choices if c[0] == clause_id)
            self.clause_pick.setItemText(index, label + (" ✎" if clause_id in clauses["reworded"] else ""))

    # ---------------------------------------------------------------- leaving the step

    def keep_pending(self) -> None:
        """Called when the wizard saves for good (closing, exporting): nothing typed is lost."""
        self._keep_rewording()
        self._keep_new_clause()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.keep_pending()
        return True

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API
        self.keep_pending()
        super().cleanupPage()

    def blocking_reason(self) -> str:
        title, text = self._typed()
        if bool(title) != bool(text):
            return self.tr("To complete: give the new clause a title and a text, or empty both boxes.")
        being_written = f"clauses.added[{self._draft_index}]" if self._draft_index is not None else None
        problems = [p for p in self.wiz.validation().errors if p.path.startswith("clauses") and not (
            being_written and (p.path == being_written or p.path.startswith(being_written + ".")))]
        return self.tr("To complete: %1").replace("%1", str(problems[0])) if problems else ""
