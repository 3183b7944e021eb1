"""The agreement wizard: from "we want to share" to an exported PDF, saved as the user types.

The wizard keeps one answers document (the answers-file format of CONTRACTS.md). Pages edit it;
every change is validated at once with the engine's own validation (cheap, on the UI thread),
saved to the draft within a second and, after a pause, rendered off the UI thread for the preview.
"""

from __future__ import annotations

import copy
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget, QWizard

from partage_desktop.core.agreements.compare import compare_answers
from partage_desktop.core.agreements.messages import message
from partage_desktop.core.agreements.templates import Template
from partage_desktop.core.agreements.validation import ValidationResult, validate
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.agreements import amendments, drafts
from partage_desktop.services.agreements import trash as agreement_trash
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.services.agreements.export import render_draft_pdf
from partage_desktop.ui.app import i18n
from partage_desktop.ui.app.sections import fit_screen
from partage_desktop.ui.widgets.tasks import TaskRunner
from partage_desktop.ui.wizard.amend import AmendPage
from partage_desktop.ui.wizard.clauses import ClausesPage
from partage_desktop.ui.wizard.done import ExportDoneDialog
from partage_desktop.ui.wizard.page_ids import GROUP_PAGES, Page
from partage_desktop.ui.wizard.pages import GroupPage, TemplatePage
from partage_desktop.ui.wizard.parties import PartiesPage
from partage_desktop.ui.wizard.steps import StepList
from partage_desktop.words import say_error, t

AUTOSAVE_MS = 500
PREVIEW_MS = 800


HELP = {Page.TEMPLATE: "wizard.template", Page.PARTIES: "wizard.parties", Page.CLAUSES: "wizard.clauses",
        Page.REVIEW: "wizard.review"}


AMENDMENT_PROBLEM = "amendment"  # the path of « no change yet », listed with the answers' problems


class AgreementWizard(QWizard):
    """Emits ``changed`` after each edit, ``saved(time text)`` after each autosave,
    ``help_requested(context id)`` for F1 and the help button, ``exported(reference)``,
    ``draft_trashed(reference)`` when the user deletes the draft.

    A new agreement has no draft (and no reference) until the user really chose its kind (a click
    in the list, Enter, Next): opening the wizard and closing it leaves nothing behind."""

    changed = Signal()
    saved = Signal(str)
    preview_ready = Signal(bytes)
    preview_failed = Signal(str)
    help_requested = Signal(str)
    exported = Signal(str)
    draft_trashed = Signal(str)

    def __init__(self, data: DataDir, lang: str, answers: dict[str, Any] | None = None,
                 reference: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreement-wizard")
        # QWizard sets its title labels' format again at every page: plain text, said here
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.data = data
        self.lang = lang
        self.reference = reference
        self.answers: dict[str, Any] = copy.deepcopy(answers) if answers else {"lang": lang}
        self.answers.setdefault("lang", lang)
        self.tasks = TaskRunner(self)
        self._result: ValidationResult | None = None
        self._unchanged: bool | None = None
        self._dirty = False
        self._saving = False
        self._trashed = False
        # a template given by the caller (a guide's "create this agreement", an answers file, a
        # draft reopened) is a choice already made; the list's first item is not
        self._committed = reference is not None or self.template() is not None
        self.amendment = amendments.amendment_info(data, reference) if reference else None
        self.is_draft = reference is None or drafts.is_draft(data, reference)
        self.last_export: tuple[Path, Any] | None = None
        self.setWindowTitle(self.tr("New agreement"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Preview"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Export the PDF…"))
        self.button(QWizard.WizardButton.CustomButton1).setObjectName("action:preview")
        self.button(QWizard.WizardButton.CancelButton).setObjectName("action:close-wizard")
        self.customButtonClicked.connect(self._custom_button)
        self.helpRequested.connect(self.request_help)
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.request_help)
        fit_screen(self, 980, 720)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self._preview = QTimer(self, singleShot=True, interval=PREVIEW_MS)
        self._preview.timeout.connect(self._render_preview)
        self._preview_window: QWidget | None = None
        self._resumed = False
        self._write_lock = threading.Lock()
        self._build_pages()
        self._update_title()
        self._update_close()
        # QWizard leaves the focus on the previous step's (now hidden) field when the new step's
        # fields were made after it: put it on the step's first field, for keyboard users
        self.currentIdChanged.connect(lambda _id: QTimer.singleShot(0, self._focus_step))

    def _build_pages(self) -> None:
        from partage_desktop.ui.wizard.review import ReviewPage  # deferred: QtPdf, only when needed

        self.setPage(Page.TEMPLATE, AmendPage(self) if self.amendment else TemplatePage(self))
        self.setPage(Page.PARTIES, PartiesPage(self))
        for page_id, group in GROUP_PAGES.items():
            self.setPage(page_id, GroupPage(self, group))
        self.setPage(Page.CLAUSES, ClausesPage(self))
        self.setPage(Page.REVIEW, ReviewPage(self))
        self.setStartId(Page.TEMPLATE)
        self.steps = StepList(self)
        self.setSideWidget(self.steps)

    def resume_page(self) -> Page:
        """Where a reopened draft continues: the first step with something left to do, else the
        review. An amendment opens on « what do you want to change? »."""
        if self.amendment is not None or self.template() is None:
            return Page.TEMPLATE
        if not self.answers.get("parties"):
            return Page.PARTIES
        pages = [self.page_for(problem.path) for problem in self.validation().errors]
        return min(pages, default=Page.REVIEW)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._resumed:
            self._resumed = True
            self.go_to(self.resume_page())

    # ---------------------------------------------------------------- steps

    def step_ids(self) -> list[Page]:
        """The steps of this agreement, in order (a group without fields in the template is none)."""
        return [Page(p) for p in Page if Page(p) not in GROUP_PAGES or self.group_has_fields(GROUP_PAGES[Page(p)])]

    def page_for(self, path: str) -> Page:
        """The step where one place of the answers is edited."""
        if path == AMENDMENT_PROBLEM or path == "template":
            return Page.TEMPLATE
        if path.startswith("parties"):
            return Page.PARTIES
        if path.startswith("clauses"):
            return Page.CLAUSES
        template = self.template()
        if path.startswith("fields.") and template is not None:
            field_id = path.removeprefix("fields.").split(".")[0].split("[")[0]
            group = next((f.group for f in template.fields if f.id == field_id), None)
            page = next((p for p, g in GROUP_PAGES.items() if g == group), None)
            if page is not None:
                return page
        return Page.REVIEW

    def step_problems(self, page: Page) -> tuple[int, int]:
        """(answers missing, answers to correct) on one step."""
        missing = wrong = 0
        for problem in self.export_problems():
            if self.page_for(problem[0]) == page and page != Page.REVIEW:
                if problem[2]:
                    missing += 1
                else:
                    wrong += 1
        return missing, wrong

    def go_to(self, target: int) -> None:
        """Any step, from any step: back through the steps seen, or forward through the next ones
        (so that Back then works from where the user lands)."""
        while self.currentId() != target and target in self.visitedIds() and len(self.visitedIds()) > 1:
            self.back()
        while self.currentId() != target and self.currentId() < target:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break  # this step cannot be left yet (no kind of agreement chosen)

    def go_to_problem(self, path: str) -> None:
        """From the review: the step of one problem, with the keyboard in its field."""
        self.go_to(self.page_for(path))
        page = self.currentPage()
        if hasattr(page, "focus_place"):
            QTimer.singleShot(0, lambda: page.focus_place(path))

    # ---------------------------------------------------------------- the answers

    def template(self) -> Template | None:
        template_id = self.answers.get("template")
        return catalogue().get(template_id) if isinstance(template_id, str) else None

    def set_template(self, template_id: str) -> None:
        if self.answers.get("template") == template_id:
            return
        self.answers["template"] = template_id
        fields = self._fields()
        template = self.template()
        if template is not None:
            # keep what still applies when the user changes their mind about the kind of sharing
            known = {f.id for f in template.fields}
            for key in [k for k in fields if k not in known]:
                del fields[key]
        self.answers.pop("clauses", None)
        self.edited()

    def _fields(self) -> dict[str, Any]:
        """The answers' fields, made a mapping if a hand-made file gave something else."""
        if not isinstance(self.answers.get("fields"), dict):
            self.answers["fields"] = {}
        return self.answers["fields"]

    def set_field(self, field_id: str, value: Any) -> None:
        fields = self._fields()
        if value is None or value == "" or value == []:
            fields.pop(field_id, None)
        else:
            fields[field_id] = value
        self.edited()

    def set_parties(self, parties: list[dict[str, str]]) -> None:
        self.answers["parties"] = parties
        self.edited()

    def set_clauses(self, clauses: dict[str, Any] | None) -> None:
        if clauses and (clauses.get("added") or clauses.get("reworded")):
            self.answers["clauses"] = clauses
        else:
            self.answers.pop("clauses", None)
        self.edited()

    def party_names(self) -> list[str]:
        parties = self.answers.get("parties")
        return [str(p.get("name") or "") if isinstance(p, dict) else ""
                for p in (parties if isinstance(parties, list) else [])]

    def commit(self) -> None:
        """The user chose the kind of agreement: from now on there is a draft to save."""
        if not self._committed:
            self._committed = True
            self._dirty = True
            self._autosave.start()
            self._update_close()

    def edited(self) -> None:
        """After any change: validate again, tell the pages, save soon, preview after a pause."""
        self._result = None
        self._unchanged = None
        self._dirty = True
        self._update_title()
        self.changed.emit()
        self._autosave.start()
        if (self._preview_window is not None and self._preview_window.isVisible()) or \
                self.currentId() == Page.REVIEW:
            self._preview.start()

    def validation(self) -> ValidationResult:
        if self._result is None:
            self._result = validate(catalogue(), self.answers, lang=self.lang)
        return self._result

    def amendment_unchanged(self) -> bool:
        """An amendment whose complete answers change nothing in the signed agreement."""
        if self.amendment is None:
            return False
        if self._unchanged is None:
            result = self.validation()
            before = validate(catalogue(), self.amendment.parent_answers, lang=self.lang).answers
            self._unchanged = bool(result.ok and result.answers is not None and before is not None
                                   and compare_answers(before, result.answers).empty)
        return self._unchanged

    def export_problems(self) -> list[tuple[str, str, bool]]:
        """What stops the export: (path, message, whether it is an answer missing), in order."""
        problems = [(p.path, str(p), p.message == _required_text(self.lang)) for p in self.validation().errors]
        if self.amendment is not None and self.amendment_unchanged():
            problems.append((AMENDMENT_PROBLEM, t("amend_no_change", self.lang,
                                                  reference=self.amendment.parent_reference), True))
        return problems

    def problems(self, prefix: str) -> list[str]:
        """Messages for one place of the answers (``fields.end_date``, ``parties[1]``)."""
        return [p.message for p in self.validation().errors
                if p.path == prefix or p.path.startswith(prefix + ".") or p.path.startswith(prefix + "[")]

    def parsed_values(self) -> dict[str, Any]:
        result = self.validation()
        return result.answers.values if result.answers is not None else {}

    def _update_title(self) -> None:
        template = self.template()
        name = template.title[self.lang] if template else self.tr("New agreement")
        if self.amendment is not None:
            name = self.tr("Amendment to %1").replace("%1", self.amendment.parent_reference)
        self.setWindowTitle(f"{name} — {self.reference}" if self.reference else name)

    def keeps_draft(self) -> bool:
        """Whether closing now keeps a draft (the kind of agreement is chosen, nothing was deleted)."""
        return self._committed and not self._trashed

    def _update_close(self) -> None:
        """The close button says what happens to the work: nothing to keep yet, or the draft kept."""
        kept = self.keeps_draft()
        self.setButtonText(QWizard.WizardButton.CancelButton,
                           self.tr("Close (the draft is kept)") if kept else self.tr("Close"))
        if hasattr(self, "steps"):
            self.steps.refresh()

    # ---------------------------------------------------------------- navigation

    def nextId(self) -> int:  # noqa: N802 - Qt API
        current = self.currentId()
        if current == Page.REVIEW:
            return -1
        for page_id in range(current + 1, Page.REVIEW + 1):
            group = GROUP_PAGES.get(Page(page_id))
            if group is None or self.group_has_fields(group):
                return page_id
        return -1

    def group_has_fields(self, group: str) -> bool:
        template = self.template()
        return template is not None and any(f.group == group for f in template.fields)

    def _focus_step(self) -> None:
        page = self.currentPage()
        focus = QApplication.focusWidget()
        if page is None or (focus is not None and focus.isVisible() and page.isAncestorOf(focus)):
            return
        target = page.first_focus() if hasattr(page, "first_focus") else None
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def request_help(self) -> None:
        page = Page(self.currentId()) if self.currentId() >= 0 else Page.TEMPLATE
        if page in GROUP_PAGES:
            context = f"wizard.{GROUP_PAGES[page]}"
        else:
            context = HELP.get(page, "wizard.template")
        self.help_requested.emit(context)

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.show_preview_window()

    # ---------------------------------------------------------------- autosave

    def save_now(self) -> None:
        """Save the draft off the UI thread; a draft is created once the kind of agreement is chosen."""
        if not self._dirty or self._saving or self.template() is None or not self._committed or self._trashed:
            return
        self._dirty = False
        self._saving = True
        snapshot = copy.deepcopy(self.answers)
        self.tasks.run(lambda: self._write(snapshot), self._saved, self._save_failed)

    def _write(self, snapshot: dict[str, Any]) -> str:
        """Create or update the draft (worker thread or, when closing, the UI thread): the lock
        makes a closing window wait for a save in flight instead of creating a second draft."""
        with self._write_lock:
            if self.reference is None:
                self.reference = drafts.create_draft(self.data, snapshot)
            else:
                drafts.save_draft(self.data, self.reference, snapshot)
            return self.reference

    def _saved(self, reference: str) -> None:
        self._saving = False
        self._note_reference(reference)
        now = QDateTime.currentDateTime().time()
        text = i18n.locale_for(self.lang).toString(now, "H 'h' mm" if self.lang == "fr" else "h:mm AP")
        self.saved.emit(self.tr("Saved at %1").replace("%1", text))
        if self._dirty:
            self._autosave.start()

    def _note_reference(self, reference: str) -> None:
        if not isinstance(self.answers.get("meta"), dict):
            self.answers["meta"] = {}
        meta = self.answers["meta"]
        if meta.get("reference") != reference:
            meta["reference"] = reference
            self._result = None
        self._update_title()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._dirty = True
        self.saved.emit(self.tr("Not saved: %1. Your answers stay in this window; we will try again.")
                        .replace("%1", say_error(exc, self.lang) or exc.__class__.__name__))
        self._autosave.start(5000)

    def flush(self) -> None:
        """Save what is pending now, on this thread (closing the window must lose nothing, not
        even text typed on a step without clicking its button)."""
        for page_id in self.pageIds():
            keep = getattr(self.page(page_id), "keep_pending", None)
            if keep is not None:
                keep()
        self._autosave.stop()
        if self.template() is None or not self._committed or self._trashed:
            return
        with self._write_lock:
            pending = self._dirty or self.reference is None
        if pending:
            self._dirty = False
            self._write(copy.deepcopy(self.answers))
        if self.reference:
            self._note_reference(self.reference)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.flush()
        self.tasks.shutdown()
        if self._preview_window is not None:
            self._preview_window.close()
        super().closeEvent(event)

    def reject(self) -> None:
        self.flush()
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        if result == QDialog.DialogCode.Accepted.value and self.last_export is not None:
            target, version = self.last_export
            self.done_dialog = ExportDoneDialog(target, version, self.lang, self.parentWidget(),
                                                amendment=self.amendment is not None)
            self.done_dialog.open()

    def delete_draft(self) -> None:
        """« Supprimer ce brouillon »: after confirmation, the draft goes to the trash (restorable
        from the Agreements section) and the window closes."""

        answer = QMessageBox.question(
            self, self.tr("Delete this draft"),
            self.tr("Move this draft to the trash? You can restore it from the trash of the Agreements "
                    "section for %1 days.").replace("%1", str(agreement_trash.TRASH_DAYS)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.flush()  # what was typed goes to the trash with the draft
        if self.reference is not None:
            try:
                agreement_trash.trash_draft(self.data, self.reference, self.lang)
            except UserInputError as exc:
                QMessageBox.warning(self, self.tr("The draft was not deleted"), say_error(exc, self.lang))
                return
        self._trashed = True
        self._autosave.stop()
        if self.reference is not None:
            self.draft_trashed.emit(self.reference)
        self.close()

    # ---------------------------------------------------------------- preview

    def show_preview_window(self) -> None:
        from partage_desktop.ui.widgets.pdf_preview import (  # deferred: QtPdf, only when needed
            PreviewWindow,
        )

        if self._preview_window is None:
            self._preview_window = PreviewWindow(self)
            self.preview_ready.connect(self._preview_window.show_pdf)
            self.preview_failed.connect(self._preview_window.show_message)
        self._preview_window.show()
        self._preview_window.raise_()
        self._render_preview()

    def request_preview(self) -> None:
        self._preview.start()

    def _render_preview(self) -> None:
        """The real pages on any step: complete answers give the agreement as it will print;
        incomplete ones a draft (blanks to fill, "draft — incomplete" on every page), which only
        this preview shows — the export still requires every answer."""
        if self.template() is None:
            self.preview_failed.emit(self.tr("The preview appears once the kind of agreement is chosen."))
            return
        snapshot = copy.deepcopy(self.answers)
        lang = self.lang
        if self.amendment is not None:
            # the amendment as it will print (what changes, citing the signed agreement), never
            # the whole agreement again; incomplete answers or no change yet: say so instead
            reference, data = self.amendment.reference, self.data

            def amendment_pages() -> bytes:
                try:
                    return amendments.preview_amendment(data, reference, snapshot, lang)
                except UserInputError as exc:
                    raise PreviewRefused(say_error(exc, lang)) from exc

            self.tasks.run(amendment_pages, self.preview_ready.emit, self._preview_refused)
            return

        def work() -> bytes:
            return render_draft_pdf(snapshot, lang).pdf

        self.tasks.run(work, self.preview_ready.emit,
                       lambda exc: self.preview_failed.emit(say_error(exc, lang)))

    def _preview_refused(self, exc: BaseException) -> None:
        if isinstance(exc, PreviewRefused):
            self.preview_failed.emit(self.tr("The amendment appears here once it is complete and changes "
                                             "something. What is missing:") + "\n" + str(exc))
        else:
            self.preview_failed.emit(say_error(exc, self.lang))


class PreviewRefused(Exception):
    """The amendment cannot be drawn yet (answers missing, or nothing changed)."""


def _required_text(lang: str) -> str:
    return message("required", lang)
