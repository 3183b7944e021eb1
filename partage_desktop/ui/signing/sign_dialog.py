"""*Sign electronically…*: the PDF (by default the latest version of the selected agreement), the
party to sign for (those already signed are greyed), the key file and its password; the signed
file is saved under a new name, and the message says who signed and who signs next."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.safe_names import safe_file_name
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import PartageError
from partage_desktop.ui.signing.common import BusyCursor, FileField
from partage_desktop.ui.widgets import save_files
from partage_desktop.ui.widgets.plain_text import html
from partage_desktop.ui.widgets.tasks import TaskRunner
from partage_desktop.words import say_error
from partage_desktop.words.system_errors import reason


@dataclass(frozen=True)
class RecordedVersion:
    """The version of an agreement recorded here, offered as the PDF to sign."""

    reference: str
    number: int
    parties: list[str]


def _pdf_bytes(data: DataDir, source: RecordedVersion | Path, lang: str) -> bytes:
    if isinstance(source, Path):
        return source.read_bytes()
    from partage_desktop.services.agreements.versions import (  # deferred: ReportLab, only now
        version_pdf,
    )

    return version_pdf(data, source.reference, source.number, lang)


def _signatories(data: DataDir, source: RecordedVersion | Path, lang: str) -> list[Any]:
    from partage_desktop.services.signing.sign import (  # deferred: pyHanko, only now
        signatories,
        with_fields_if_earlier,
    )

    # a copy exported before every export carried its fields gets them when it is signed
    return signatories(with_fields_if_earlier(_pdf_bytes(data, source, lang), lang))


def _sign(data: DataDir, source: RecordedVersion | Path, party: int, key: Path, password: str, out: Path,
          lang: str) -> Any:
    import tempfile

    from partage_desktop.services.signing.sign import (  # deferred: pyHanko, only now
        sign_file,
    )

    if isinstance(source, Path):
        return sign_file(source, party, key, password, out, lang)
    with tempfile.TemporaryDirectory(prefix="partage-sign-") as folder:
        pdf = Path(folder) / f"{source.reference} v{source.number}.pdf"
        pdf.write_bytes(_pdf_bytes(data, source, lang))
        return sign_file(pdf, party, key, password, out, lang)


class SignDialog(QDialog):
    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner, recorded: RecordedVersion | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign-dialog")
        self.setWindowTitle(self.tr("Sign electronically"))
        self.data, self.lang, self.tasks = data, lang, tasks
        self.busy = BusyCursor()
        self.source: RecordedVersion | Path | None = recorded
        self.people: list[Any] = []
        self.signed: Any = None
        intro = QLabel(self.tr(
            "Each party signs the same PDF in turn. Everything that goes with the agreement must be attached "
            "before the first signature: a file attached afterwards breaks the signatures."))
        intro.setWordWrap(True)
        self.pdf = FileField("sign:pdf", self.tr("PDF to sign"), self.tr("C&hoose another PDF…"), self._choose_pdf)
        self.pdf.edit.setReadOnly(True)
        self.party = QComboBox()
        self.party.setObjectName("sign:party")
        self.party.setAccessibleName(self.tr("Party you sign for"))
        self.party.currentIndexChanged.connect(self._update_button)
        self.party.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.party.setMinimumContentsLength(30)  # long party names: the field takes the dialog's width
        self.party.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.key = FileField("sign:key", self.tr("Signing key"), self.tr("Ch&oose…"), self._choose_key)
        self.password = QLineEdit()
        self.password.setObjectName("sign:password")
        self.password.setAccessibleName(self.tr("Password of the signing key"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, widget in ((self.tr("&PDF:"), self.pdf), (self.tr("Sign &for:"), self.party),
                             (self.tr("Signing &key:"), self.key), (self.tr("Pass&word:"), self.password)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.state = QLabel()
        self.state.setObjectName("sign:state")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(self.tr("&Sign and save as…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setObjectName("sign:sign")
        self.sign_button.setDefault(True)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.state, 1)
        layout.addWidget(self.buttons)
        self.resize(600, self.sizeHint().height())
        if recorded is not None:
            self.pdf.edit.setText(self.tr("Version %1 of %2, as recorded in Partage")
                                  .replace("%1", str(recorded.number)).replace("%2", recorded.reference))
            self._read_parties()
        else:
            self._update_button()
            self.state.setText(html(self.tr("Choose the PDF to sign.")))

    # ------------------------------------------------------------ choosing

    def _choose_pdf(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("PDF to sign"), str(save_files.remembered_dir(self.data)),
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        self.source = Path(path)
        self._read_parties()
        return path

    def _choose_key(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Signing key"), self.key.edit.text(),
                                              self.tr("Signing keys (*.p12 *.pfx)"))
        if path:
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        return path or None

    def _read_parties(self) -> None:
        source, data, lang = self.source, self.data, self.lang
        if source is None:
            return
        self.party.clear()
        self.people = []
        self._update_button()
        self.state.setText(html(self.tr("Reading the PDF…")))
        self.busy.start()
        self.tasks.run(lambda: _signatories(data, source, lang), self._parties_read, self._parties_failed)

    def _parties_read(self, people: list[Any]) -> None:
        self.busy.stop()
        self.people = people
        self.party.clear()
        if not people:
            self.state.setText(self._problem_html(self.tr(
                "This PDF is not an agreement or an amendment exported by Partage: it cannot be signed here.")))
            self._update_button()
            return
        model = self.party.model()
        first = -1
        for person in people:
            text = f"{person.party}. {person.name}"
            if person.signed:
                text += " — " + self.tr("already signed")
            elif not person.has_field:
                text += " — " + self.tr("no signature field")
            self.party.addItem(text, person.party)
            usable = not person.signed and person.has_field
            if isinstance(model, QStandardItemModel):
                item = model.item(self.party.count() - 1)
                item.setEnabled(usable)
            if usable and first < 0:
                first = self.party.count() - 1
        self.party.setCurrentIndex(max(first, 0))
        signed = [p for p in people if p.signed]
        if not any(p.has_field for p in people):
            self.state.setText(self._problem_html(self.tr(
                "This PDF has no place for electronic signatures: it was exported before Partage added them. "
                "Save the agreement as PDF again with this version of Partage, then sign the new file.")))
        elif first < 0:
            self.state.setText(html(self.tr("Every party has already signed this PDF.")))
        elif signed:
            self.state.setText(html(self.tr("Already signed by: %1.").replace(
                "%1", ", ".join(p.name for p in signed))))
        else:
            self.state.setText(html(self.tr("No party has signed this PDF yet.")))
        self._update_button()

    def _parties_failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.state.setText(self._problem_html(self._words(exc)))
        self._update_button()

    def _update_button(self) -> None:
        item_ok = False
        if self.people and self.party.currentIndex() >= 0:
            person = self.people[self.party.currentIndex()]
            item_ok = not person.signed and person.has_field
        self.sign_button.setEnabled(item_ok and not self.busy.on)

    def _words(self, exc: BaseException) -> str:
        if isinstance(exc, PartageError):
            return say_error(exc, self.lang)
        if isinstance(exc, OSError):
            return reason(exc, self.lang)
        raise exc

    def _problem_html(self, text: str) -> str:
        return "<b style='color:#b00020'>" + html(text).replace("\n", "<br>") + "</b>"

    # ------------------------------------------------------------ signing

    def sign(self) -> None:
        if self.busy.on or not self.people or self.source is None:
            return
        key = self.key.path()
        if key is None:
            self.state.setText(self._problem_html(self.tr("Choose your signing key (a .p12 file).")))
            self.key.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not self.password.text():
            self.state.setText(self._problem_html(self.tr("Type the password of your signing key.")))
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        person = self.people[self.party.currentIndex()]
        if isinstance(self.source, Path):
            stem, folder = self.source.stem, self.source.parent
        else:
            stem = f"{self.source.reference} v{self.source.number}"
            folder = save_files.remembered_dir(self.data)
        suggested = folder / (stem + " - " + self.tr("signed by %1").replace("%1", safe_file_name(person.name)) + ".pdf")
        out = save_files.choose_save_path(self, self.data, self.tr("Save the signed PDF"), str(suggested),
                                          self.tr("PDF files (*.pdf)"), ".pdf")
        if out is None:
            return
        data, source, party, password, lang = self.data, self.source, person.party, self.password.text(), self.lang
        self.state.setText(html(self.tr("Signing…")))
        self.busy.start()
        self._update_button()
        self.tasks.run(lambda: _sign(data, source, party, key, password, out, lang), self._signed, self._sign_failed)

    def _sign_failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self._update_button()
        self.state.setText(self._problem_html(self._words(exc)))
        from partage_desktop.services.signing.sign import (  # deferred: pyHanko, only now
            KeyUnreadable,
            WrongPassword,
        )

        if isinstance(exc, WrongPassword):
            self.password.selectAll()
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(exc, KeyUnreadable):
            self.key.setFocus(Qt.FocusReason.OtherFocusReason)

    def _signed(self, result: Any) -> None:
        self.busy.stop()
        self.signed = result
        self.password.clear()
        save_files.remember_dir(self.data, result.out.parent)
        names = {p.party: p.name for p in self.people}
        text = self.tr("%1 signed for %2. The signed PDF is saved in “%3”.").replace(
            "%1", result.signer or "—").replace("%2", result.party_name or names.get(result.party, "—")) \
            .replace("%3", str(result.out))
        if result.pending:
            text += "\n\n" + self.tr("Send this file to the other parties: %1 can now sign it in turn.").replace(
                "%1", ", ".join(names.get(n, str(n)) for n in result.pending))
        else:
            text += "\n\n" + self.tr("Every party has now signed.")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Signed"), text, parent=self)
        box.setObjectName("sign:done")
        box.exec()
        self.accept()


