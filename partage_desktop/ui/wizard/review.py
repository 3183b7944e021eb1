"""Wizard step: review the agreement as it will print, then export the PDF (or the answers file)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.platform import atomic
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.agreements.versions import export_version
from partage_desktop.ui.agreements import files
from partage_desktop.ui.widgets import save_files
from partage_desktop.ui.widgets.pdf_preview import PdfPreview
from partage_desktop.ui.wizard.clauses import clause_place, own_wording
from partage_desktop.ui.wizard.pages import StepPage
from partage_desktop.words import say_error
from partage_desktop.words.system_errors import reason as os_reason

if TYPE_CHECKING:
    from partage_desktop.ui.wizard.window import AgreementWizard

PATH_ROLE = Qt.ItemDataRole.UserRole


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
        self.issues.setWordWrap(True)
        self.issues.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a problem is a link to its place: a click (or Enter) goes to the step, in the field
        self.issues.itemClicked.connect(self._go_to_problem)
        self.issues.itemActivated.connect(self._go_to_problem)
        column.addWidget(self.issues, 1)
        column.addWidget(self._bilingual_options())
        save_answers = QPushButton(self.tr("Save the &answers file…"))
        save_answers.setObjectName("action:save-answers")
        save_answers.clicked.connect(self.save_answers_file)
        column.addWidget(save_answers)
        splitter.addWidget(left)
        self.preview = PdfPreview()
        splitter.addWidget(self.preview)
        splitter.setSizes([260, 500])
        self.body.addWidget(splitter, 1)
        self.body_widget.setMinimumHeight(300)
        wizard.preview_ready.connect(self.preview.show_pdf)
        wizard.preview_failed.connect(self.preview.show_message)

    def _bilingual_options(self) -> QWidget:
        """French and English side by side, and which version prevails: saved with the answers."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bilingual = QCheckBox(self.tr("E&xport in both languages, side by side"))
        self.bilingual.setObjectName("option:bilingual")
        self.bilingual.setToolTip(self.tr("French on the left, English on the right, clause by clause, "
                                          "with a clause saying which version prevails."))
        layout.addWidget(self.bilingual)
        row = QHBoxLayout()
        row.setContentsMargins(20, 0, 0, 0)
        label = QLabel(self.tr("&Version that prevails:"))
        self.prevails = QComboBox()
        self.prevails.setObjectName("option:prevails")
        self.prevails.addItem(self.tr("French"), "fr")
        self.prevails.addItem(self.tr("English"), "en")
        label.setBuddy(self.prevails)
        row.addWidget(label)
        row.addWidget(self.prevails, 1)
        layout.addLayout(row)
        self.bilingual.toggled.connect(self._bilingual_changed)
        self.prevails.currentIndexChanged.connect(self._bilingual_changed)
        return box

    def _show_bilingual(self) -> None:
        setting = self.wiz.answers.get("bilingual")
        on = isinstance(setting, dict)
        prevails = setting.get("prevails") if isinstance(setting, dict) else None
        index = self.prevails.findData(prevails if prevails in ("fr", "en") else self.wiz.lang)
        for widget in (self.bilingual, self.prevails):
            widget.blockSignals(True)
        self.bilingual.setChecked(on)
        self.prevails.setCurrentIndex(max(index, 0))
        self.prevails.setEnabled(on)
        for widget in (self.bilingual, self.prevails):
            widget.blockSignals(False)

    def _bilingual_changed(self) -> None:
        on = self.bilingual.isChecked()
        self.prevails.setEnabled(on)
        wanted = {"prevails": self.prevails.currentData()} if on else None
        if self.wiz.answers.get("bilingual") == wanted:
            return
        if wanted is None:
            self.wiz.answers.pop("bilingual", None)
        else:
            self.wiz.answers["bilingual"] = wanted
        self.wiz.edited()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._show_bilingual()
        self.refresh_state()
        self.wiz.request_preview()

    def refresh_state(self) -> None:
        result = self.wiz.validation()
        problems = self.wiz.export_problems()
        self.issues.clear()
        if not problems:
            self.issues.addItem(QListWidgetItem(
                self.tr("✓ No problem: the amendment is ready to export.") if self.wiz.amendment else
                self.tr("✓ No problem: the agreement is ready to export.")))
        for path, text, _missing in problems:
            item = QListWidgetItem(f"✗ {text}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(self.tr("Click to go to this place and correct it."))
            self.issues.addItem(item)
        for problem in result.warnings:
            self.issues.addItem(QListWidgetItem(f"! {problem}"))
        clauses = own_wording(self.wiz.answers)
        for clause in clauses["added"]:
            self.issues.addItem(QListWidgetItem(self.tr("✎ Clause added: %1").replace("%1", clause["title"])))
        for clause_id in clauses["reworded"]:
            self.issues.addItem(QListWidgetItem(self.reworded_note(clause_id)))
        names = ", ".join(n for n in self.wiz.party_names() if n)
        template = self.wiz.template()
        title = template.title[self.wiz.lang] if template else ""
        if self.wiz.amendment is not None:
            title = self.tr("Amendment to %1 (%2)").replace("%1", self.wiz.amendment.parent_reference) \
                .replace("%2", title)
        self.summary.setText(f"{title}\n{names}")
        super().refresh_state()

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if isinstance(path, str):
            self.wiz.go_to_problem(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self.wiz.export_problems()  # the export, and only it, waits for every answer

    def reworded_note(self, clause_id: str) -> str:
        """``✎ Clause reworded: 2.1, “Loan object”`` — as the clause is numbered in the PDF."""
        number, title = clause_place(self.wiz, clause_id)
        if number:
            return self.tr("✎ Clause reworded: %1, “%2”").replace("%1", number).replace("%2", title)
        return self.tr("✎ Clause reworded in “%1” (not printed with the current answers)").replace("%1", title)

    def blocking_reason(self) -> str:
        count = len(self.wiz.export_problems())
        if not count:
            return ""
        if count == 1:
            return self.tr("One problem to correct before the export: click it in the list to go there.")
        return self.tr("%1 problems to correct before the export: click one in the list to go there.") \
            .replace("%1", str(count))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        return self.export_pdf()

    def default_file_name(self, suffix: str = ".pdf") -> str:
        return files.default_file_name(self.wiz.reference or "entente", [n for n in self.wiz.party_names() if n][:2],
                                 suffix)

    def export_pdf(self) -> bool:
        """Ask where (in the folder used last), freeze the version (a new one only when the answers
        changed) and write the PDF atomically; a refused write offers to try again and never
        leaves half a file."""

        self.wiz.flush()
        assert self.wiz.reference is not None
        target = save_files.ask_save_path(self, self.wiz.data, self.tr("Export the agreement as PDF"),
                                          self.default_file_name(), self.tr("PDF (*.pdf)"), ".pdf")
        if target is None:
            return False
        try:
            version = export_version(self.wiz.data, self.wiz.reference, self.wiz.lang)
        except UserInputError as exc:
            QMessageBox.warning(self, self.tr("The PDF was not made"), say_error(exc, self.wiz.lang))
            return False
        if not save_files.write_pdf_retrying(self, target, version.pdf, self.wiz.lang):
            return False
        save_files.remember_dir(self.wiz.data, target.parent)
        self.wiz.last_export = (target, version)  # the wizard closes on a dialog saying where it went
        self.wiz.exported.emit(self.wiz.reference)
        return True

    def save_answers_file(self) -> None:
        import json


        self.wiz.flush()
        target = save_files.ask_save_path(self, self.wiz.data, self.tr("Save the answers file"),
                                          self.default_file_name(".json"), self.tr("Answers file (*.json)"),
                                          ".json")
        if target is None:
            return
        try:
            atomic.write_text(target, json.dumps(self.wiz.answers, ensure_ascii=False, indent=2))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("The file was not saved"), self.tr("Could not save “%1”: %2.")
                                .replace("%1", str(target)).replace("%2", os_reason(exc, self.wiz.lang)))
            return
        save_files.remember_dir(self.wiz.data, target.parent)
