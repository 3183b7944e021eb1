"""The electronic signatures of a PDF, as a person wants them told: who signed for which party,
when (as the signer's computer claimed: there is no timestamp authority offline), whether the
signed bytes are intact, the signature valid and the certificate one registered as trusted here,
and anything added to the file after a signature.

``SignatureCheck.unsigned`` is the file as it was before its first signature: the document itself
is checked against its record on those bytes (services/agreements/copies.py), since signing adds
to a file and never changes what was there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from partage_desktop.core.formatting import format_date
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.signing.sign import clock, signatories
from partage_desktop.words import t, tn


@dataclass(frozen=True)
class SignatureReport:
    party: int  # from 1; 0 when the field is not a party's
    field: str
    party_name: str  # as the document names the party ("" when unknown)
    signer: str  # the certificate's holder
    organization: str
    email: str
    signed_at: datetime | None  # claimed by the signer
    intact: bool  # the signed bytes were not changed
    valid: bool  # the signature checks with its certificate
    trusted: bool  # the certificate is one registered as trusted here (or leads to one)
    certificate_sha256: str
    message: str = ""  # one line in the user's language

    @property
    def good(self) -> bool:
        """Intact and valid (whether we know the signer is another question: ``trusted``)."""
        return self.intact and self.valid


@dataclass(frozen=True)
class SignatureCheck:
    signatures: list[SignatureReport] = field(default_factory=list)  # in the order they were made
    added_after: list[str] = field(default_factory=list)  # each thing added after a signature, worded
    unsigned: bytes = b""  # the file before its first signature (b"" when not signed)
    changed: bool = False  # something added after a signature changes what the file shows or holds
    hint: str = ""  # what to do about signatures from certificates unknown here, worded
    intro: str = ""  # how many signatures, and that the document was checked as it was before them

    @property
    def signed(self) -> bool:
        return bool(self.signatures)

    @property
    def broken(self) -> bool:
        """A signature is not intact or not valid, or the document was changed after signing."""
        return self.changed or any(not s.good for s in self.signatures)

    def lines(self) -> list[str]:
        """Everything to tell, one line each: the signatures, then what was added after."""
        return ([self.intro] if self.intro else []) + [s.message for s in self.signatures] + self.added_after \
            + ([self.hint] if self.hint else [])


def _party(name: str) -> int:
    from partage_desktop.pdf.signing.fields import FIELD_PREFIX  # deferred: with pyHanko's code

    number = name[len(FIELD_PREFIX):] if name.startswith(FIELD_PREFIX) else ""
    return int(number) if number.isdigit() and len(number) < 4 else 0


def _when(value: datetime | None, lang: str) -> str:
    if value is None:
        return "—"
    local = value.astimezone() if value.tzinfo is not None else value
    return t("sig_when", lang, date=format_date(local.date(), lang), time=clock(local, lang))


def _message(r: SignatureReport, lang: str) -> str:
    who = r.party_name or r.field
    if not r.intact:
        state = t("sig_state_not_intact", lang)
    elif not r.valid:
        state = t("sig_state_invalid", lang)
    elif r.trusted:
        state = t("sig_state_trusted", lang)
    else:
        head = r.certificate_sha256[:16].upper()  # in groups of four, as an import shows it
        state = t("sig_state_untrusted", lang, sha=" ".join(head[i:i + 4] for i in range(0, 16, 4)) or "—")
    signer = r.signer or "—"
    if r.organization:
        signer = t("sig_signer_org", lang, name=signer, organization=r.organization)
    return t("sig_line", lang, party=who, signer=signer, when=_when(r.signed_at, lang), state=state)


def signatures_of(data: DataDir | None, pdf: bytes, lang: str) -> SignatureCheck:
    """Read and check every signature of ``pdf`` against the certificates trusted in ``data``
    (none when ``data`` is None). An unsigned file gives an empty check; an unreadable one too
    when it shows no sign of a signature, else a check saying it cannot be read."""
    from partage_desktop.pdf.signing.check import (  # deferred: pyHanko, only for signatures
        looks_signed,
        read_signatures,
    )
    from partage_desktop.pdf.signing.fields import (  # deferred: pyHanko, only for signatures
        UnreadablePdfFile,
    )

    if not looks_signed(pdf):
        return SignatureCheck()
    roots: list[bytes] = []
    if data is not None:
        from partage_desktop.services.signing.trust import (  # deferred: SQLAlchemy, only when needed
            trusted_roots,
        )

        roots = trusted_roots(data, lang)
    try:
        found = read_signatures(pdf, roots)
    except UnreadablePdfFile:
        return SignatureCheck(added_after=[t("sig_unreadable", lang)], changed=True)
    if found is None:
        return SignatureCheck()
    names = {s.field: s.name for s in signatories(found.unsigned or pdf)}
    reports = []
    for s in found.signatures:
        report = SignatureReport(_party(s.field), s.field, names.get(s.field, ""), s.name, s.organization,
                                 s.email, s.signing_time, s.intact, s.valid, s.trusted, s.certificate_sha256)
        reports.append(_with_message(report, lang))
    added, changed = _added_after(found, reports, lang)
    hint = t("sig_untrusted_hint", lang) if any(r.good and not r.trusted for r in reports) else ""
    intro = tn("sig_intro", len(reports), lang)
    return SignatureCheck(reports, added, found.unsigned, changed, hint, intro)


def _with_message(report: SignatureReport, lang: str) -> SignatureReport:
    from dataclasses import replace

    return replace(report, message=_message(report, lang))


def _added_after(found: object, reports: list[SignatureReport], lang: str) -> tuple[list[str], bool]:
    from partage_desktop.pdf.signing.check import SignedFile  # deferred: with pyHanko's code

    assert isinstance(found, SignedFile)
    lines: list[str] = []
    changed = False
    for state, report in zip(found.signatures, reports, strict=True):
        if state.modification in ("annotations", "other"):
            who = report.party_name or report.field
            lines.append(t(f"sig_after_{state.modification}", lang, party=who))
            changed = True
            break  # the first signature concerned says it: every later change comes after it too
    if found.after_last > 0 and not changed:
        lines.append(tn("sig_revisions_after", found.after_last, lang))
    for name in sorted(found.attachments_now - found.attachments_before):
        lines.append(t("sig_attachment_after", lang, name=name or "—"))
        changed = True
    return lines, changed
