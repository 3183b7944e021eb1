"""The Agreements section's signing actions: create a key, sign the selected agreement's PDF, the
trusted certificates. The dialogs (and pyHanko, cryptography) load only when asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from partage_desktop.ui.agreements.section import AgreementsSection


class SigningActions(QObject):
    def __init__(self, section: AgreementsSection) -> None:
        super().__init__(section)
        self.section = section

    def create_key(self) -> None:
        from partage_desktop.ui.signing.key_dialog import (  # deferred: cryptography, only when asked
            CreateKeyDialog,
        )

        s = self.section
        CreateKeyDialog(s.data, s.lang, s.tasks, s).exec()

    def sign(self) -> None:
        from partage_desktop.ui.signing.sign_dialog import (  # deferred: pyHanko, only when asked
            RecordedVersion,
            SignDialog,
        )

        s = self.section
        recorded = None
        d = s.details
        if d is not None and d.versions:
            number = s.selected_version() or d.signed_version or d.versions[-1].number
            recorded = RecordedVersion(d.reference, number, list(d.parties))
        SignDialog(s.data, s.lang, s.tasks, recorded, s).exec()

    def trusted(self) -> None:
        from partage_desktop.ui.signing.trust_dialog import (  # deferred: SQLAlchemy, only when asked
            TrustedCertificatesDialog,
        )

        s = self.section
        TrustedCertificatesDialog(s.data, s.lang, s).exec()
