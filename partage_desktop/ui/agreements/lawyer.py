"""*Envoyer à un juriste…* and *Intégrer les corrections du juriste…*: the agreement goes out as a
Word document and comes back as the user's own wording, after a preview the user confirms."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.platform.errors import PartageError
from partage_desktop.ui.agreements.files import default_file_name
from partage_desktop.ui.app.sections import fit_screen
from partage_desktop.ui.widgets import save_files
from partage_desktop.words import say_error

if TYPE_CHECKING:
    from partage_desktop.services.agreements.lawyer import LawyerChanges
    from partage_desktop.ui.agreements.section import AgreementsSection


class LawyerChangesDialog(QDialog):
    """The preview: each clause changed (before and after), what must be typed again in the
    wizard, the comments ignored; nothing changes until the user confirms."""

    def __init__(self, changes: LawyerChanges, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lawyer-changes-dialog")
        self.setWindowTitle(self.tr("The lawyer's corrections"))
        fit_screen(self, 760, 520)
        intro = QLabel(self.tr(
            "Read the corrections below. Bringing them in makes the changed clauses the agreement's own "
            "wording; nothing else changes. The next PDF export will be a new version."))
        intro.setWordWrap(True)
        listing = QPlainTextEdit("\n".join(lines))
        listing.setObjectName("lawyer-changes:list")
        listing.setAccessibleName(self.tr("The lawyer's corrections"))
        listing.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        apply = self.buttons.addButton(self.tr("&Bring in these corrections"),
                                       QDialogButtonBox.ButtonRole.AcceptRole)
        apply.setObjectName("lawyer-changes:apply")
        apply.setEnabled(bool(changes.clauses))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(listing, 1)
        layout.addWidget(self.buttons)


class LawyerActions(QObject):
    def __init__(self, section: AgreementsSection) -> None:
        super().__init__(section)
        self.section = section

    def _problem(self, exc: BaseException) -> None:
        if not isinstance(exc, PartageError):
            raise exc
        QMessageBox.warning(self.section, self.tr("Partage"), say_error(exc, self.section.lang))

    def send(self) -> None:
        """Save the agreement as a Word document for a lawyer, then say what comes next."""
        from partage_desktop.services.agreements.lawyer import (  # deferred: python-docx, only here
            export_agreement_docx,
        )

        d = self.section.details
        if d is None:
            return
        data, lang, reference = self.section.data, self.section.lang, d.reference
        target = save_files.ask_save_path(
            self.section, data, self.tr("Send to a lawyer: save the Word document"),
            default_file_name(reference, d.parties, ".docx"), self.tr("Word documents (*.docx)"), ".docx")
        if target is None:
            return

        def done(_result: Any) -> None:
            save_files.remember_dir(data, target.parent)
            QMessageBox.information(self.section, self.tr("Send to a lawyer"), self.tr(
                "The Word document was saved as %1. Send it to your lawyer, who corrects it in Word (tracked "
                "changes are welcome); when it comes back, choose \u201cBring in the lawyer's corrections\u201d "
                "on this agreement.").replace("%1", str(target)))

        self.section.tasks.run(lambda: export_agreement_docx(data, reference, target, lang), done, self._problem)

    def bring_in(self) -> None:
        """Choose the lawyer's file, preview its corrections, and bring them in once confirmed."""
        from partage_desktop.services.agreements.lawyer import (  # deferred: lxml, only here
            read_lawyer_changes,
            summary_lines,
        )

        d = self.section.details
        if d is None:
            return
        data, lang, reference = self.section.data, self.section.lang, d.reference
        path, _ = QFileDialog.getOpenFileName(self.section, self.tr("The lawyer's corrected Word document"),
                                              str(save_files.remembered_dir(data)),
                                              self.tr("Word documents (*.docx)"))
        if not path:
            return
        self.section.answers_replaced.emit(reference)  # a wizard open on it saves and closes first

        def preview(changes: LawyerChanges) -> None:
            dialog = LawyerChangesDialog(changes, summary_lines(changes, lang), self.section)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            self._apply(changes)

        self.section.tasks.run(lambda: read_lawyer_changes(data, reference, Path(path), lang), preview,
                               self._problem)

    def _apply(self, changes: LawyerChanges) -> None:
        from partage_desktop.services.agreements.lawyer import (  # deferred: with the reading
            apply_lawyer_changes,
        )

        try:
            apply_lawyer_changes(self.section.data, changes.reference, changes, self.section.lang)
        except PartageError as exc:
            self._problem(exc)
            return
        self.section.refresh(select=changes.reference)
        self.section.open_in_wizard.emit(changes.reference)  # the clauses show as the agreement's own wording
