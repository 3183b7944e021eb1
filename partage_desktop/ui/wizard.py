"""The agreement wizard: from "we want to share" to an exported PDF, saved as the user types.

The wizard keeps one answers document (the answers-file format of CONTRACTS.md). Pages edit it;
every change is validated at once with the engine's own validation (cheap, on the UI thread),
saved to the draft within a second and, after a pause, rendered off the UI thread for the preview.
"""

from __future__ import annotations

import copy
import threading
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget, QWizard

from ..core.templates import Template
from ..core.validation import ValidationResult, validate
from ..datadir import DataDir
from ..services import drafts
from ..services.catalogue import catalogue
from . import i18n
from .tasks import TaskRunner

AUTOSAVE_MS = 500
PREVIEW_MS = 800


class Page(IntEnum):
    TEMPLATE = 0
    PARTIES = 1
    RESOURCE = 2
    DATES = 3
    COSTS = 4
    RESPONSIBILITIES = 5
    GOVERNANCE = 6
    DATA = 7
    TERMINATION = 8
    CLAUSES = 9
    REVIEW = 10


GROUP_PAGES = {
    Page.RESOURCE: "resource", Page.DATES: "dates", Page.COSTS: "costs",
    Page.RESPONSIBILITIES: "responsibilities", Page.GOVERNANCE: "governance", Page.DATA: "data",
    Page.TERMINATION: "termination",
}
HELP = {Page.TEMPLATE: "wizard.template", Page.PARTIES: "wizard.parties", Page.CLAUSES: "wizard.clauses",
        Page.REVIEW: "wizard.review"}


class AgreementWizard(QWizard):
    """Emits ``changed`` after each edit, ``saved(time text)`` after each autosave,
    ``help_requested(context id)`` for F1 and the help button, ``exported(reference)``."""

    changed = Signal()
    saved = Signal(str)
    preview_ready = Signal(bytes)
    preview_failed = Signal(str)
    help_requested = Signal(str)
    exported = Signal(str)

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
        self._dirty = False
        self._saving = False
        self.setWindowTitle(self.tr("New agreement"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Preview"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Export the PDF…"))
        self.button(QWizard.WizardButton.CustomButton1).setObjectName("action:preview")
        self.customButtonClicked.connect(self._custom_button)
        self.helpRequested.connect(self.request_help)
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.request_help)
        self.resize(980, 720)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS, timeout=self.save_now)
        self._preview = QTimer(self, singleShot=True, interval=PREVIEW_MS, timeout=self._render_preview)
        self._preview_window: QWidget | None = None
        self._resumed = False
        self._write_lock = threading.Lock()
        self._build_pages()
        self._update_title()
        # QWizard leaves the focus on the previous step's (now hidden) field when the new step's
        # fields were made after it: put it on the step's first field, for keyboard users
        self.currentIdChanged.connect(lambda _id: QTimer.singleShot(0, self._focus_step))

    def _build_pages(self) -> None:
        from .wizard_clauses import ClausesPage
        from .wizard_pages import GroupPage, TemplatePage
        from .wizard_parties import PartiesPage
        from .wizard_review import ReviewPage

        self.setPage(Page.TEMPLATE, TemplatePage(self))
        self.setPage(Page.PARTIES, PartiesPage(self))
        for page_id, group in GROUP_PAGES.items():
            self.setPage(page_id, GroupPage(self, group))
        self.setPage(Page.CLAUSES, ClausesPage(self))
        self.setPage(Page.REVIEW, ReviewPage(self))
        self.setStartId(Page.TEMPLATE)

    def resume_page(self) -> Page:
        """Where a reopened draft continues: the first step with something left to do."""
        if self.template() is None or not self.answers.get("parties"):
            return Page.PARTIES if self.template() is not None else Page.TEMPLATE
        template = self.template()
        assert template is not None
        groups = {f.id: f.group for f in template.fields}
        for problem in self.validation().errors:
            if problem.path.startswith("parties"):
                return Page.PARTIES
            field_id = problem.path.removeprefix("fields.").split(".")[0].split("[")[0]
            if problem.path.startswith("fields.") and field_id in groups:
                return next(p for p, g in GROUP_PAGES.items() if g == groups[field_id])
        return Page.REVIEW

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._resumed:
            self._resumed = True
            target = self.resume_page()
            # step forward through the pages so that Back works from where the draft resumes
            while self.currentId() not in (-1, target) and self.nextId() not in (-1,) and \
                    self.nextId() <= target:
                self.next()

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
        return self.answers["fields"]  # type: ignore[no-any-return]

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

    def edited(self) -> None:
        """After any change: validate again, tell the pages, save soon, preview after a pause."""
        self._result = None
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
        self.setWindowTitle(f"{name} — {self.reference}" if self.reference else name)

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
        from PySide6.QtWidgets import QApplication

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
        """Save the draft off the UI thread; a draft is created at the first change."""
        if not self._dirty or self._saving or self.template() is None:
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
                        .replace("%1", str(exc) or exc.__class__.__name__))
        self._autosave.start(5000)

    def flush(self) -> None:
        """Save what is pending now, on this thread (closing the window must lose nothing, not
        even text typed on a step without clicking its button)."""
        for page_id in self.pageIds():
            keep = getattr(self.page(page_id), "keep_pending", None)
            if keep is not None:
                keep()
        self._autosave.stop()
        if self.template() is None:
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

    # ---------------------------------------------------------------- preview

    def show_preview_window(self) -> None:
        from .pdf_preview import PreviewWindow

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

        def work() -> bytes:
            from ..services.agreements import render_draft_pdf

            return render_draft_pdf(snapshot, lang).pdf

        self.tasks.run(work, self.preview_ready.emit,
                       lambda exc: self.preview_failed.emit(str(exc)))
