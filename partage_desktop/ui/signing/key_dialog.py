"""*Create a signing key…*: the representative's name, organization and e-mail, a password typed
twice (never stored), where to save the .p12 file; then the certificate to send to partners."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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
from partage_desktop.ui.signing.common import MIN_PASSWORD, BusyCursor, FileField, strength
from partage_desktop.ui.widgets import save_files
from partage_desktop.ui.widgets.plain_text import html
from partage_desktop.ui.widgets.tasks import TaskRunner
from partage_desktop.words import say_error
from partage_desktop.words.system_errors import reason


class CreateKeyDialog(QDialog):
    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signing-key-dialog")
        self.setWindowTitle(self.tr("Create a signing key"))
        self.data, self.lang, self.tasks = data, lang, tasks
        self.busy = BusyCursor()
        self.created = None  # KeyInfo once the key is written
        intro = QLabel(self.tr(
            "A signing key lets one person sign agreements electronically for the organization. "
            "Partage never keeps its password: write it down somewhere safe, because the key cannot "
            "be used without it."))
        intro.setWordWrap(True)
        own = self._own_organization()
        self.name = self._line("signing-key:name", self.tr("Name of the person who signs"), own[0])
        self.organization = self._line("signing-key:organization", self.tr("Organization"), own[1])
        self.email = self._line("signing-key:email", self.tr("E-mail"), own[2])
        self.email.setPlaceholderText(self.tr("first.last@organization.org"))
        self.password = self._line("signing-key:password", self.tr("Password"), "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = self._line("signing-key:confirm", self.tr("Password again"), "")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.hint.setObjectName("signing-key:strength")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setMinimumHeight(2 * self.hint.fontMetrics().lineSpacing() + 2)  # room for a wrapped hint
        self.hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.password.textChanged.connect(self._password_changed)
        self.confirm.textChanged.connect(self._password_changed)
        self.where = FileField("signing-key:file", self.tr("Where to save the key"), self.tr("C&hoose…"),
                               self._choose_file)
        suggested = self.tr("Signing key") + (" - " + safe_file_name(own[0]) if own[0] else "") + ".p12"
        self.where.edit.setText(str(save_files.remembered_dir(data) / suggested))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, widget in ((self.tr("&Name:"), self.name), (self.tr("&Organization:"), self.organization),
                             (self.tr("&E-mail:"), self.email), (self.tr("&Password:"), self.password),
                             (self.tr("Password a&gain:"), self.confirm), ("", self.hint),
                             (self.tr("&Save the key in:"), self.where)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.problems = QLabel()
        self.problems.setObjectName("signing-key:problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("&Create the key"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("signing-key:create")
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.create_key)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._password_changed()
        self.resize(560, self.sizeHint().height())

    def _line(self, name: str, accessible: str, value: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _own_organization(self) -> tuple[str, str, str]:
        """Our organization's representative, name and e-mail, to start from."""
        from partage_desktop.services.organizations.address_book import (  # deferred: SQLAlchemy, only now
            own_organization,
        )

        if not self.data.database.is_file():
            return "", "", ""
        try:
            own = own_organization(self.data)
        except (PartageError, OSError):  # prefilling is a convenience
            return "", "", ""
        return (own.representative, own.legal_name, own.email) if own else ("", "", "")

    def _choose_file(self) -> str | None:
        target = save_files.choose_save_path(self, self.data, self.tr("Save the signing key"), self.where.edit.text(),
                                             self.tr("Signing keys (*.p12)"), ".p12")
        return str(target) if target else None

    def _password_changed(self) -> None:
        self.problems.hide()  # said about what was typed before
        level, text = strength(self.password.text())
        if self.confirm.text() and self.confirm.text() != self.password.text():
            text += " " + self.tr("The two passwords differ.")
        colour = ("#b00020", "#8a4b00", "#5a6b00", "#1b5e20")[level]
        self.hint.setText(f"<span style='color:{colour}'>{html(text)}</span>")

    def _show_problems(self, lines: list[str], focus: QWidget | None = None) -> None:
        self.problems.setText("<b style='color:#b00020'>" + "<br>".join(html(line) for line in lines) + "</b>")
        self.problems.show()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def create_key(self) -> None:
        if self.tasks.busy and self.busy.on:
            return
        password = self.password.text()
        if len(password) < MIN_PASSWORD:
            self._show_problems([self.tr("The password must be at least %1 characters long.")
                                 .replace("%1", str(MIN_PASSWORD))], self.password)
            return
        if password != self.confirm.text():
            self._show_problems([self.tr("The two passwords differ: type the same password twice.")], self.confirm)
            return
        out = self.where.path()
        if out is None:
            self._show_problems([self.tr("Choose where to save the key.")], self.where)
            return
        if out.suffix.lower() != ".p12":
            out = out.with_name(out.name + ".p12")
        if save_files.refuse_own_file(self, self.data, out):
            return
        if out.exists() and not save_files.confirm_replace(self, out):
            return
        from partage_desktop.services.signing.keys import (  # deferred: cryptography, only now
            create_own_signing_key,
        )

        name, org, email, lang = self.name.text(), self.organization.text(), self.email.text(), self.lang
        self.create_button.setEnabled(False)
        self.problems.setText(html(self.tr("Creating the key…")))
        self.problems.show()
        self.busy.start()
        data = self.data  # its certificate joins the book as ours
        self.tasks.run(lambda: create_own_signing_key(data, out, name, org, email, password, lang), self._created,
                       self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.create_button.setEnabled(True)
        if not isinstance(exc, (PartageError, OSError)):
            raise exc
        self._show_problems(say_error(exc, self.lang).splitlines() if isinstance(exc, PartageError)
                            else [self.tr("The key could not be saved: %1").replace("%1", reason(exc, self.lang))])

    def _created(self, info) -> None:  # noqa: ANN001 - a KeyInfo
        self.busy.stop()
        self.created = info
        save_files.remember_dir(self.data, info.path.parent)
        password = self.password.text()
        self.password.clear()
        self.confirm.clear()
        answer = QMessageBox.question(
            self, self.tr("Signing key created"),
            self.tr("The signing key of %1 is saved in “%2”.\n\nSave its certificate now? It is the file to send "
                    "to your partners so that they can recognize your signature; it holds no secret.\n\n"
                    "Fingerprint to read to them over the phone: %3")
            .replace("%1", info.certificate.name).replace("%2", str(info.path)).replace("%3", info.certificate.short),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            export_certificate_to(self, self.data, self.lang, info.path, password, info.certificate.name)
        self.accept()


def export_certificate_to(parent: QWidget, data: DataDir, lang: str, key: Path, password: str, name: str) -> Path | None:
    """Ask where to save the certificate of ``key`` and write it; the path, or None."""
    from partage_desktop.services.signing.keys import (  # deferred: cryptography, only now
        export_certificate,
    )

    translate = QCoreApplication.translate
    suggested = save_files.remembered_dir(data) / (
        translate("Signing", "Certificate") + " - " + safe_file_name(name) + ".cer")
    target = save_files.choose_save_path(parent, data, translate("Signing", "Save the certificate"), str(suggested),
                                         translate("Signing", "Certificates (*.cer)"), ".cer")
    if target is None:
        return None
    try:
        export_certificate(key, password, target, lang)
    except (PartageError, OSError) as exc:
        text = say_error(exc, lang) if isinstance(exc, PartageError) else reason(exc, lang)
        QMessageBox.warning(parent, translate("Signing", "The certificate was not saved"), text)
        return None
    QMessageBox.information(parent, translate("Signing", "Certificate saved"), translate(
        "Signing", "The certificate is saved in “%1”. Send it to your partners, then read them its fingerprint "
        "over the phone so that they can check it before registering it.").replace("%1", str(target)))
    return target
