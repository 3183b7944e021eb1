"""Verify a copy: a PDF file, or the fingerprint typed from a paper copy → which agreement and
version it is, and whether it is the version recorded here.

A PDF gets one of these answers (``CopyCheck.status``; the command line's exit code in brackets):

- ``identical`` (0): what it shows and the content it carries are those of the version recorded
  here for its reference and version (full SHA-256 compared, pages compared);
- ``mismatch`` (4): a genuine Partage export, but of other content than the version recorded here
  under the same reference and version — a warning: do not sign it;
- ``unknown`` (5): a genuine Partage export of an agreement, amendment or version not recorded here;
- ``unchecked`` (6): the same as a version recorded here, but that version arrived from a partner
  made with another template version and could never be checked;
- ``altered``, ``foreign``, ``other_version`` (3): changed after it was made, not made by Partage,
  or made with a template version this release cannot draw (and matching nothing recorded here).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partage_desktop.core.agreements.fingerprint import normalize_fingerprint
from partage_desktop.pdf.page_digest import UnreadablePdf, pages_digest
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import DataUnusableError, Message
from partage_desktop.services.agreements.export import verify_pdf_bytes
from partage_desktop.services.agreements.versions import VersionInfo, find_by_fingerprint
from partage_desktop.services.data.database import prepare
from partage_desktop.services.data.session import session_scope
from partage_desktop.words import t
from partage_desktop.words.system_errors import reason_message

if TYPE_CHECKING:
    from partage_desktop.services.signing.check import SignatureCheck

EXIT_CODES = {"identical": 0, "found": 0, "mismatch": 4, "unknown": 5, "unchecked": 6}
WARNINGS = ("mismatch", "unknown", "unchecked")


@dataclass(frozen=True)
class CopyCheck:
    status: str  # see the module's docstring; "found": a typed fingerprint matches a recorded version
    message: str
    matches: list[VersionInfo] = field(default_factory=list)  # versions recorded in this data folder
    reference: str = ""
    version: int = 0
    fingerprint: str = ""
    title: str = ""
    sha256: str = ""
    # a signed file: its signatures (the document itself was checked as it was before them)
    signatures: SignatureCheck | None = None

    @property
    def ok(self) -> bool:
        return self.status in ("identical", "found") and not self.signatures_broken

    @property
    def signatures_broken(self) -> bool:
        """A signature is not intact or not valid, or the file was changed after a signature."""
        return self.signatures is not None and self.signatures.broken

    @property
    def warning(self) -> bool:
        """A genuine export, but not one this data folder can vouch for."""
        return self.status in WARNINGS

    @property
    def exit_code(self) -> int:
        code = EXIT_CODES.get(self.status, 3)
        return 3 if code == 0 and self.signatures_broken else code  # changed after it was signed


@dataclass(frozen=True)
class _Recorded:
    info: VersionInfo
    sha256: str
    pdf: bytes
    unchecked: bool
    kind: str


def _recorded(data: DataDir, reference: str, number: int, lang: str) -> _Recorded | None:
    """The version recorded here under this reference and number (an agreement or an amendment)."""
    if not reference or not number or not data.database.is_file():
        return None
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Agreement,
        AgreementVersion,
    )

    prepare(data, lang)
    with session_scope(data) as session:
        row = session.execute(
            select(Agreement.title, Agreement.parent_id, AgreementVersion)
            .join(AgreementVersion, AgreementVersion.agreement_id == Agreement.id)
            .where(Agreement.reference == reference, AgreementVersion.number == number,
                   Agreement.deleted_at.is_(None))).first()
        if row is None:
            return None
        title, parent_id, v = row
        info = VersionInfo(reference, v.number, v.fingerprint, v.template_id, v.template_version, v.created_at, title)
        return _Recorded(info, v.sha256 or "", bytes(v.pdf or b""), bool(v.unchecked),
                         "amendment" if parent_id is not None else "agreement")


def _same_pages(a: bytes, b: bytes) -> bool:
    try:
        return bool(a) and bool(b) and pages_digest(a) == pages_digest(b)
    except UnreadablePdf:
        return False


def check_pdf(data: DataDir, path: Path, lang: str) -> CopyCheck:
    try:
        pdf_bytes = path.read_bytes()
    except OSError as exc:
        raise DataUnusableError(Message.of("file_unreadable", path=path, detail=reason_message(exc))) from exc
    return check_pdf_bytes(data, pdf_bytes, lang)


def check_pdf_bytes(data: DataDir, pdf: bytes, lang: str) -> CopyCheck:
    """Is this PDF the version recorded here for the reference and version it claims? A signed
    file is checked as it was before its first signature (signing adds to a file, it does not
    alter it), and its signatures are reported in ``signatures``."""
    from partage_desktop.pdf.signing.check import (  # deferred: pyHanko, only for signed files
        looks_signed,
    )

    if not looks_signed(pdf):
        return _check_document(data, pdf, lang)
    from partage_desktop.services.signing.check import (  # deferred: pyHanko, only for signed files
        signatures_of,
    )

    signatures = signatures_of(data, pdf, lang)
    if not signatures.signed and not signatures.broken:
        return _check_document(data, pdf, lang)  # "/ByteRange" but no signature: an unsigned file
    return replace(_check_document(data, signatures.unsigned or pdf, lang), signatures=signatures)


def _check_document(data: DataDir, pdf: bytes, lang: str) -> CopyCheck:
    first = verify_pdf_bytes(pdf, lang)
    if first.status == "foreign" or not first.reference:
        return CopyCheck(first.status, first.message)
    recorded = _recorded(data, first.reference, first.version, lang)
    outcome = first
    kind = "amendment" if outcome.kind == "amendment" else "agreement"
    claimed: dict[str, Any] = dict(reference=outcome.reference, version=outcome.version, fingerprint=outcome.fingerprint,
                   title=outcome.title, sha256=outcome.sha256)
    if recorded is not None and outcome.sha256 and outcome.sha256 == recorded.sha256:
        same_content = outcome.status == "ok" or _same_pages(pdf, recorded.pdf)
        if same_content:
            info = recorded.info
            words = dict(reference=info.reference, version=info.number, title=info.title,
                         fingerprint=info.fingerprint)
            status = "unchecked" if recorded.unchecked and outcome.status != "ok" else "identical"
            return CopyCheck(status, t(f"copy_{status}_{kind}", lang, **words), [info], **claimed)
    if outcome.status == "ok":
        if recorded is None:
            return CopyCheck("unknown", t(f"copy_unknown_{kind}", lang, **_words(outcome)), **claimed)
        info = recorded.info
        return CopyCheck("mismatch", t(f"copy_mismatch_{kind}", lang, **_words(outcome),
                                       recorded=info.fingerprint, recorded_title=info.title), [info], **claimed)
    if outcome.status == "other_version" and recorded is not None and outcome.sha256 != recorded.sha256:
        info = recorded.info
        return CopyCheck("mismatch", t(f"copy_mismatch_{kind}", lang, **_words(outcome),
                                       recorded=info.fingerprint, recorded_title=info.title)
                         + " " + outcome.message, [info], **claimed)
    matches = [recorded.info] if recorded is not None else []
    return CopyCheck(outcome.status, outcome.message, matches, **claimed)


def _words(outcome: Any) -> dict[str, Any]:
    return dict(reference=outcome.reference, version=outcome.version, title=outcome.title or "—",
                fingerprint=outcome.fingerprint or "—")


def check_fingerprint(data: DataDir, text: str, lang: str) -> CopyCheck:
    matches = find_by_fingerprint(data, text)
    if not matches:
        return CopyCheck("unknown", t("fingerprint_unknown", lang, value=normalize_fingerprint(text) or text))
    first = matches[0]
    return CopyCheck("found", t("fingerprint_match", lang, reference=first.reference, version=first.number,
                             title=first.title), matches)
