"""What the agreements section does with files and status: save, print, verify, sign, terminate,
amend, compare, calendar and board resolutions. Slow work goes through the section's TaskRunner."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from partage_desktop.platform.errors import PartageError, UserInputError
from partage_desktop.ui.widgets import save_files
from partage_desktop.words import say_error

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from partage_desktop.ui.agreements.section import AgreementsSection

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def default_file_name(reference: str, parties: list[str], suffix: str = ".pdf") -> str:
    """``ENT-2026-0001 - Centre d'action bénévole - Comptoir L'Entraide.pdf``, safe on Windows."""
    names = " - ".join(_FORBIDDEN.sub(" ", p).strip() for p in parties if p.strip())
    stem = f"{reference} - {names}" if names else reference
    return " ".join(stem.split())[:150].rstrip(" .") + suffix


class AgreementFiles(QObject):
    def __init__(self, section: AgreementsSection) -> None:
        super().__init__(section)
        self.section = section

    # ------------------------------------------------------------ helpers

    @property
    def lang(self) -> str:
        return self.section.lang

    def _problem(self, exc: BaseException) -> None:
        """Expected problems get their own words; anything else goes to the app's error dialog."""
        if isinstance(exc, PartageError):
            text = say_error(exc, self.lang)
        else:
            raise exc
        QMessageBox.warning(self.section, self.tr("Partage"), text)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.section.tasks.run(work, done, self._problem)

    def _remembered_dir(self) -> Path:
        return save_files.remembered_dir(self.section.data)

    def _remember_dir(self, folder: Path) -> None:
        save_files.remember_dir(self.section.data, folder)

    def _pdf_job(self) -> Callable[[], tuple[bytes, int]] | None:
        """The PDF to save or print: a draft or ready agreement is exported (freezing a version when
        its answers changed); a signed one gives the selected frozen version."""
        from partage_desktop.services.agreements import (  # deferred: not needed at start-up
            versions as av,
        )

        d = self.section.details
        if d is None:
            return None
        data, lang, reference = self.section.data, self.lang, d.reference
        if d.status in ("draft", "ready"):
            def export() -> tuple[bytes, int]:
                result = av.export_version(data, reference, lang)
                return result.pdf, result.number
            return export
        number = self.section.selected_version() or d.signed_version or d.versions[-1].number
        return lambda: (av.version_pdf(data, reference, number, lang), number)

    # ------------------------------------------------------------ save and print

    def _unchecked_accepted(self) -> bool:
        """A version received unchecked is never handed out as if it were checked: say so first."""
        d = self.section.details
        if d is None or d.status in ("draft", "ready"):
            return True
        number = self.section.selected_version() or d.signed_version or (d.versions[-1].number if d.versions else 0)
        if not any(v.number == number and v.unchecked for v in d.versions):
            return True
        answer = QMessageBox.warning(
            self.section, self.tr("Version received unchecked"),
            self.tr("Version %1 was received from a partner, made with another template version: Partage "
                    "could not check that its PDF shows what was recorded. Use it anyway?").replace("%1", str(number)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def save_pdf(self) -> None:
        job = self._pdf_job()
        if job is not None and self._unchecked_accepted():
            self._run(job, lambda result: self._ask_and_write(*result))

    def _ask_and_write(self, pdf: bytes, number: int) -> None:
        d = self.section.details
        self.section.refresh(select=d.reference)
        target = save_files.ask_save_path(
            self.section, self.section.data, self.tr("Save the agreement as PDF"),
            default_file_name(f"{d.reference} v{number}", d.parties), self.tr("PDF files (*.pdf)"), ".pdf")
        if target is None or not save_files.write_pdf_retrying(self.section, target, pdf, self.lang):
            return
        self._remember_dir(target.parent)
        window = self.section.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("Saved: %1").replace("%1", str(target)), 8000)
        self.section.used.emit(d.reference)

    def make_printer(self) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        return QPrinter(QPrinter.PrinterMode.HighResolution)

    def print_pdf(self) -> None:
        job = self._pdf_job()
        if job is not None and self._unchecked_accepted():
            self._run(job, lambda result: self._print(result[0]))

    def _print(self, pdf: bytes) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        from partage_desktop.ui.widgets.printing import (  # deferred: QtPrintSupport, only when needed
            print_pdf_pages,
        )

        self.section.refresh(select=self.section.current_reference())
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self.section)
        dialog.setObjectName("print-dialog")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        printed = print_pdf_pages(pdf, printer)
        if printed == 0:
            QMessageBox.warning(self.section, self.tr("Nothing was printed"),
                                self.tr("The printer could not be started. Check that it is on and try again."))
            return
        reference = self.section.current_reference()
        if reference:
            self.section.used.emit(reference)

    # ------------------------------------------------------------ verify, calendar

    def verify_copy(self) -> None:
        from partage_desktop.ui.agreements.dialogs import (  # deferred: not needed at start-up
            VerifyCopyDialog,
        )

        VerifyCopyDialog(self.section.data, self.lang, self.section.tasks, self.section).exec()

    def export_ics(self) -> None:
        from partage_desktop.services.agreements.calendar import (  # deferred: not needed at start-up
            export_ics,
        )

        suggested = self._remembered_dir() / (self.tr("agreement-dates") + ".ics")
        target = save_files.choose_save_path(self.section, self.section.data, self.tr("Export the agreements' dates"),
                                             str(suggested), self.tr("Calendar files (*.ics)"), ".ics")
        if target is None:
            return
        try:
            count = export_ics(self.section.data, target, self.lang)
        except UserInputError as exc:
            self._problem(exc)
            return
        self._remember_dir(target.parent)
        QMessageBox.information(self.section, self.tr("Dates exported"), self.tr(
            "%1 date(s) written to %2. Open this file with Outlook, or import it in Google Calendar "
            "(Settings, Import & export).").replace("%1", str(count)).replace("%2", str(target)))

    # ------------------------------------------------------------ status

    def mark_signed(self) -> None:
        from partage_desktop.services.agreements.versions import (  # deferred: not needed at start-up
            mark_signed,
        )
        from partage_desktop.ui.agreements.dialogs import (  # deferred: not needed at start-up
            SignDialog,
        )

        d = self.section.details
        if d is None:
            return
        dialog = SignDialog(d.reference, date.today(), self.section)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            mark_signed(self.section.data, d.reference, dialog.value(), self.lang, scan_path=dialog.scan)
        except UserInputError as exc:
            self._problem(exc)
        self.section.refresh(select=d.reference)

    def terminate(self) -> None:
        from partage_desktop.services.agreements.versions import (  # deferred: not needed at start-up
            terminate,
        )
        from partage_desktop.ui.agreements.dialogs import (  # deferred: not needed at start-up
            TerminateDialog,
        )

        d = self.section.details
        if d is None:
            return
        dialog = TerminateDialog(d.reference, date.today(), self.section)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            terminate(self.section.data, d.reference, dialog.value(), self.lang)
        except UserInputError as exc:
            self._problem(exc)
        self.section.refresh(select=d.reference)

    def amend(self) -> None:
        from partage_desktop.services.agreements.amendments import (  # deferred: not needed at start-up
            start_amendment,
        )

        d = self.section.details
        if d is None:
            return
        try:
            reference = start_amendment(self.section.data, d.reference, self.lang)
        except UserInputError as exc:
            self._problem(exc)
            return
        self.section.refresh(select=reference)
        self.section.open_in_wizard.emit(reference)

    def compare_pair(self) -> tuple[tuple[str, int], tuple[str, int]] | None:
        """The selected version against the one before it; an amendment's first version against
        the signed version of the agreement it amends."""
        d = self.section.details
        if d is None or not d.versions:
            return None
        number = self.section.selected_version() or d.versions[-1].number
        if number > 1:
            return (d.reference, number - 1), (d.reference, number)
        if d.parent_reference and d.parent_version:
            return (d.parent_reference, d.parent_version), (d.reference, number)
        if len(d.versions) > 1:
            return (d.reference, 1), (d.reference, d.versions[-1].number)
        return None

    def compare(self) -> None:
        from partage_desktop.services.agreements.amendments import (  # deferred: not needed at start-up
            compare_versions,
        )
        from partage_desktop.ui.agreements.dialogs import (  # deferred: not needed at start-up
            CompareDialog,
        )

        pair = self.compare_pair()
        if pair is None:
            return
        before, after = pair
        data, lang = self.section.data, self.lang

        def show(comparison: Any) -> None:
            title = self.tr("%1 version %2 compared with %3 version %4").replace("%1", before[0]) \
                .replace("%2", str(before[1])).replace("%3", after[0]).replace("%4", str(after[1]))
            dialog = CompareDialog(title, comparison, self.section)
            self.last_dialog = dialog
            dialog.exec()

        self._run(lambda: compare_versions(data, before, after, lang), show)

    def resolutions(self) -> None:
        from partage_desktop.services.agreements.resolutions import (  # deferred: not needed at start-up
            board_resolutions,
            write_resolutions,
        )

        d = self.section.details
        if d is None or not d.versions:
            return
        number = self.section.selected_version() or d.versions[-1].number
        folder = QFileDialog.getExistingDirectory(self.section, self.tr("Folder for the board resolutions"),
                                                  str(self._remembered_dir()))
        if not folder:
            return
        data, lang, reference = self.section.data, self.lang, d.reference

        def done(paths: list[Path]) -> None:
            self._remember_dir(Path(folder))
            QMessageBox.information(self.section, self.tr("Board resolutions"), self.tr(
                "One page per party, to be completed and certified by each board's secretary:\n%1")
                .replace("%1", "\n".join(p.name for p in paths)))

        def made(items: list[Any]) -> None:  # nothing of the user's is replaced without asking
            targets = [Path(folder) / item.file_name for item in items]
            if any(save_files.refuse_own_file(self.section, data, target) for target in targets[:1]):
                return
            existing = [target for target in targets if target.exists()]
            if existing and not save_files.confirm_replace(self.section, *existing):
                return
            self._run(lambda: write_resolutions(items, Path(folder), lang), done)

        self._run(lambda: board_resolutions(data, reference, number, lang), made)
