"""*Trusted certificates…*: the partners' signing certificates registered here (name,
organization, validity, fingerprint); import from a file; remove after confirmation."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.formatting import format_date
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import PartageError
from partage_desktop.ui.widgets import save_files
from partage_desktop.words import say_error
from partage_desktop.words.system_errors import reason

SHA_ROLE = Qt.ItemDataRole.UserRole


class TrustedCertificatesDialog(QDialog):
    def __init__(self, data: DataDir, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trusted-certificates-dialog")
        self.setWindowTitle(self.tr("Trusted certificates"))
        self.data, self.lang = data, lang
        self.certificates: list[Any] = []
        intro = QLabel(self.tr(
            "The signatures made with these certificates are shown as coming from a known signer. Register "
            "a partner's certificate only if you received it from them directly, and compare its fingerprint "
            "with them (by phone, for instance)."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("trusted:list")
        self.table.setAccessibleName(self.tr("Trusted certificates"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Organization"), self.tr("Valid"),
                                              self.tr("Fingerprint")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.details = QLabel()
        self.details.setObjectName("trusted:details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)
        self.empty = QLabel(self.tr("No certificate is trusted yet. Import the certificates your partners sent you."))
        self.empty.setObjectName("trusted:empty")
        self.empty.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("trusted:import")
        self.import_button.clicked.connect(self.import_file)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setObjectName("trusted:remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button = QPushButton(self.tr("&Export my certificate…"))
        self.export_button.setObjectName("trusted:export-own")
        self.export_button.setToolTip(self.tr("Save the certificate of your own signing key, to send to your partners"))
        self.export_button.clicked.connect(self.export_own)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(760, 380)
        self.refresh()

    def _day(self, value: datetime | None) -> str:
        return format_date(value.date(), self.lang) if value else "—"

    def refresh(self, select: str = "") -> None:
        from partage_desktop.services.signing.trust import (  # deferred: SQLAlchemy, only now
            trusted_certificates,
        )

        self.certificates = trusted_certificates(self.data, self.lang)
        self.table.setRowCount(len(self.certificates))
        now = datetime.now()
        for row, cert in enumerate(self.certificates):
            period = self.tr("%1 to %2").replace("%1", self._day(cert.not_before)).replace("%2", self._day(cert.not_after))
            valid = self.tr("until %1").replace("%1", self._day(cert.not_after))
            if cert.not_after is not None and cert.not_after < now:
                valid += " " + self.tr("(expired)")
            name = cert.name or "—"
            if cert.source == "ours":  # a key made here: our own signatures
                name += " " + self.tr("(ours)")
            start = cert.short[:19] + " …"  # the first 16 digits; all of them under the list
            for column, text in enumerate((name, cert.organization or "—", valid, start)):
                item = QTableWidgetItem(text)
                item.setData(SHA_ROLE, cert.sha256)
                item.setToolTip(cert.short if column == 3 else period if column == 2 else text)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.certificates))
        self.empty.setVisible(not self.certificates)
        self.table.resizeColumnsToContents()
        rows = [i for i, c in enumerate(self.certificates) if c.sha256 == select]
        if rows:
            self.table.selectRow(rows[0])
        elif self.certificates:
            self.table.setCurrentCell(0, 0)
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        cert = self.current()
        self.remove_button.setEnabled(cert is not None)
        self.details.setVisible(cert is not None)
        if cert is not None:
            email = f" <{cert.email}>" if cert.email else ""
            period = self.tr("%1 to %2").replace("%1", self._day(cert.not_before)).replace("%2", self._day(cert.not_after))
            self.details.setText(self.tr("%1%2, %3. Valid from %4. Fingerprint: %5").replace("%1", cert.name or "—")
                                 .replace("%2", email).replace("%3", cert.organization or "—")
                                 .replace("%4", period).replace("%5", cert.short)
                                 + {"ours": " " + self.tr("Ours: the certificate of a signing key made in this app."),
                                    "exchange": " " + self.tr("Received in an exchange file.")}.get(cert.source, ""))

    def current(self) -> Any:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.certificates[min(rows)] if rows and self.certificates else None

    def import_file(self) -> None:
        from partage_desktop.services.signing.trust import (  # deferred: SQLAlchemy, only now
            import_certificates,
        )

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a certificate"), str(save_files.remembered_dir(self.data)),
            self.tr("Certificates (*.cer *.crt *.pem *.der)"))
        if not path:
            return
        try:
            found = import_certificates(self.data, Path(path), self.lang)
        except (PartageError, OSError) as exc:
            text = say_error(exc, self.lang) if isinstance(exc, PartageError) else reason(exc, self.lang)
            QMessageBox.warning(self, self.tr("The certificate was not imported"), text)
            return
        self.refresh(select=found[0].sha256 if found else "")
        lines = [self.tr("%1 (%2), fingerprint %3").replace("%1", c.name or "—")
                 .replace("%2", c.organization or "—").replace("%3", c.short) for c in found]
        new = [c for c in found if c.new]
        title = self.tr("Certificate imported") if new else self.tr("Already trusted")
        intro = self.tr("Now trusted:") if new else self.tr("These certificates were already trusted:")
        box = QMessageBox(QMessageBox.Icon.Information, title, intro + "\n\n" + "\n".join(lines) + "\n\n" + self.tr(
            "Check that this fingerprint is the one your partner gave you."), parent=self)
        box.setObjectName("trusted:imported")
        box.exec()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_selected(self) -> None:
        from partage_desktop.services.signing.trust import (  # deferred: SQLAlchemy, only now
            remove_certificate,
        )

        cert = self.current()
        if cert is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove this certificate?"),
            self.tr("Stop trusting the certificate of %1 (%2)?\n\nFingerprint: %3\n\nSignatures made with it will "
                    "then be shown as coming from an unknown signer.")
            .replace("%1", cert.name or "—").replace("%2", cert.organization or "—").replace("%3", cert.short),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_certificate(self.data, cert.sha256, self.lang)
        except PartageError as exc:
            QMessageBox.warning(self, self.tr("The certificate was not removed"), say_error(exc, self.lang))
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def export_own(self) -> None:
        """The certificate of one's own key, for a person who did not save it when the key was made."""
        from partage_desktop.services.signing.keys import (  # deferred: cryptography, only now
            read_key_info,
        )
        from partage_desktop.ui.signing.key_dialog import (  # deferred: with the key dialog
            export_certificate_to,
        )

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Your signing key"), str(save_files.remembered_dir(self.data)),
                                              self.tr("Signing keys (*.p12 *.pfx)"))
        if not path:
            return
        password, ok = QInputDialog.getText(self, self.tr("Password of the signing key"),
                                            self.tr("Password of “%1”:").replace("%1", Path(path).name),
                                            QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            info = read_key_info(Path(path), password)
        except PartageError as exc:
            QMessageBox.warning(self, self.tr("The certificate was not saved"), say_error(exc, self.lang))
            return
        export_certificate_to(self, self.data, self.lang, Path(path), password, info.certificate.name)
