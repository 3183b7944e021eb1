"""Freezing versions and moving an agreement through its life: export, sign, terminate, look up.

Each export of changed answers freezes a new ``AgreementVersion`` (canonical answers, template id
and version, fingerprint, PDF bytes); a frozen version is never edited. Exporting unchanged answers
returns the existing version, byte for byte.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from partage_desktop.core.agreements import lifecycle
from partage_desktop.core.agreements.fingerprint import (
    canonical_text,
    full_hash,
    normalize_fingerprint,
)
from partage_desktop.pdf.agreement.layouts import CURRENT as CURRENT_LAYOUT
from partage_desktop.pdf.agreement.layouts import LEGACY as LEGACY_LAYOUT
from partage_desktop.platform import atomic
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import DataUnusableError, Message, UserInputError
from partage_desktop.services.agreements.amendments import render_amendment
from partage_desktop.services.agreements.export import export_time, render_pdf
from partage_desktop.services.agreements.frozen import (
    answers_part,
    find_agreement,
    frozen_versions,
    status_message,
    with_version,
)
from partage_desktop.services.agreements.frozen import version_answers as version_answers
from partage_desktop.services.data.database import prepare
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.organizations.address_book import own_organization
from partage_desktop.words.system_errors import reason_message

SCAN_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff")
SCAN_MAX_MB = 50
SCANS_FOLDER = "ententes-signees"


@dataclass(frozen=True)
class VersionInfo:
    reference: str
    number: int
    fingerprint: str
    template_id: str
    template_version: str
    created_at: datetime
    title: str = ""
    # received in an exchange file, made with another template version: its PDF could not be
    # drawn again here to check it, so nothing vouches for it
    unchecked: bool = False


@dataclass(frozen=True)
class ExportedVersion:
    reference: str
    number: int
    fingerprint: str
    pdf: bytes
    pages: int
    created: bool  # False: the answers had not changed, the existing version is returned
    status: str


@dataclass(frozen=True)
class AgreementDetails:
    reference: str
    title: str
    template_id: str
    status: str  # effective status (expired computed)
    stored_status: str
    lang: str
    parties: list[str]
    start_date: date | None
    end_date: date | None
    signed_on: date | None
    signed_version: int | None
    scan_path: Path | None
    terminated_on: date | None
    parent_reference: str | None
    parent_version: int | None
    versions: list[VersionInfo]
    amendments: list[str]


def _stored_answers(agreement: Any) -> dict[str, Any]:
    try:
        loaded = json.loads(agreement.answers_json or "{}")
    except ValueError as exc:
        raise DataUnusableError(Message.of("detail_plain", value=str(exc))) from exc
    return loaded if isinstance(loaded, dict) else {}


def export_version(data: DataDir, reference: str, lang: str, *, exported_at: datetime | None = None) -> ExportedVersion:
    """Validate and render the agreement's current answers; freeze a new version when they changed.
    ``exported_at``: the new version's export date (naive UTC; now by default — the demo's sample
    agreements, signed in the past, were exported before their signature).

    Raises UserInputError listing every problem (nothing is recorded then)."""
    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        AgreementVersion,
        utcnow,
    )

    author = our_name(data)
    with session_scope(data) as session:
        agreement = find_agreement(session, reference, lang)
        answers = _stored_answers(agreement)
        versions = frozen_versions(session, agreement.id)
        latest = versions[-1] if versions else None
        if agreement.status == lifecycle.TERMINATED:
            raise UserInputError([Message.of("terminated_cannot_change", reference=reference)])
        if latest is not None:
            # only the content is compared: no need for the PDF/A file
            rendered = _render(session, agreement, with_version(answers, reference, latest.number), lang,
                               archival=False)
            # the full hash, not the printed fingerprint (versions made before it was lengthened
            # print 12 characters where today's print 16)
            if rendered.sha256 == _version_hash(latest) and latest.pdf:
                return ExportedVersion(reference, latest.number, latest.fingerprint, latest.pdf,
                                       rendered.pages, False, agreement.status)
        if agreement.status == lifecycle.SIGNED:
            raise UserInputError([Message.of("signed_cannot_change", reference=reference)])
        number = latest.number + 1 if latest else 1
        # one date for the row and the file: drawing this version again gives the same bytes
        created = exported_at.replace(microsecond=0) if exported_at is not None else export_time()
        rendered = _render(session, agreement, with_version(answers, reference, number), lang,
                           exported_at=created, author=author)
        session.add(AgreementVersion(
            agreement_id=agreement.id, number=number, template_id=rendered.template_id,
            template_version=rendered.template_version, answers_json=rendered.canonical,
            fingerprint=rendered.fingerprint, sha256=rendered.sha256, pdf=rendered.pdf, layout=CURRENT_LAYOUT,
            created_at=created))
        if agreement.status == lifecycle.DRAFT:
            agreement.status = lifecycle.READY
        agreement.updated_at = utcnow()
        return ExportedVersion(reference, number, rendered.fingerprint, rendered.pdf, rendered.pages,
                               True, agreement.status)


@dataclass(frozen=True)
class _Rendered:
    pdf: bytes
    pages: int
    fingerprint: str
    canonical: str
    template_id: str
    template_version: str

    @property
    def sha256(self) -> str:
        return full_hash(self.canonical)


def version_hash_of(answers_json: str) -> str:
    """The full hash of a version's canonical answers as stored (whatever their spelling)."""

    return full_hash(canonical_text(json.loads(answers_json)))


def _version_hash(version: Any) -> str:
    return version.sha256 or version_hash_of(version.answers_json)


def our_name(data: DataDir) -> str:
    """The author written in exported PDFs: our organization (the one marked as ours in the
    address book), or "Partage" while none is."""
    own = own_organization(data)
    return own.legal_name if own is not None and own.legal_name.strip() else "Partage"


def our_name_if_recorded(data: DataDir, lang: str) -> str:
    """``our_name`` for an export that leaves the data folder alone (``agreement export`` without
    ``--record``): read from the database when there is one, never creating it; "Partage" when
    there is none or it cannot be used as it is."""
    if not data.database.is_file():
        return "Partage"
    try:
        prepare(data, lang)
        return our_name(data)
    except DataUnusableError:
        return "Partage"


def _render(session: Any, agreement: Any, answers: dict[str, Any], lang: str, **how: Any) -> _Rendered:
    """``how``: ``exported_at``, ``author``, ``archival``, ``layout`` (export.py, ``render_pdf``)."""
    if agreement.parent_id is not None:
        amendment = render_amendment(session, agreement, answers, lang, **how)
        return _Rendered(amendment.pdf, amendment.pages, amendment.fingerprint, amendment.canonical,
                         amendment.template_id, amendment.template_version)

    rendered = render_pdf(answers, lang, **how)
    assert rendered.validation.answers is not None
    template = rendered.validation.answers.template
    return _Rendered(rendered.pdf, rendered.pages, rendered.document.fingerprint,
                     rendered.document.attachment_json, template.id, template.version)


def version_pdf(data: DataDir, reference: str, number: int, lang: str) -> bytes:
    """The PDF of a frozen version as it was exported; a version received without its PDF (an
    exchange file may leave it out) is drawn again from its answers, with its own export date and
    layout (``redraw_version``)."""
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        AgreementVersion,
    )

    with session_scope(data) as session:
        agreement = find_agreement(session, reference, lang)
        row = session.execute(select(AgreementVersion.pdf, AgreementVersion.unchecked).where(
            AgreementVersion.agreement_id == agreement.id, AgreementVersion.number == number)).one_or_none()
    if row is not None and not row.pdf and not row.unchecked:
        return redraw_version(data, reference, number, lang)
    if row is None or not row.pdf:
        raise UserInputError([Message.of("agreement_missing", reference=f"{reference} v{number}")])
    return bytes(row.pdf)


def redraw_version(data: DataDir, reference: str, number: int, lang: str) -> bytes:
    """A frozen version drawn again from its answers, never from the clock: its stored export date
    (``created_at``) and layout, and the author its stored PDF names (our organization's name when
    it has none). For a version exported here, the bytes are those of its stored PDF."""
    with session_scope(data) as session:
        agreement = find_agreement(session, reference, lang)
        version = next((v for v in frozen_versions(session, agreement.id) if v.number == number), None)
        if version is None:
            raise UserInputError([Message.of("agreement_missing", reference=f"{reference} v{number}")])
        answers = answers_part(json.loads(version.answers_json))  # an amendment's wraps its answers
        author = _stored_author(version.pdf) or our_name(data)
        rendered = _render(session, agreement, answers, lang, exported_at=version.created_at, author=author,
                           layout=version.layout or LEGACY_LAYOUT)
    return rendered.pdf


def _stored_author(pdf: bytes | None) -> str | None:
    """The author a stored PDF names (its document information), or None."""
    from pypdf import PdfReader  # deferred: pypdf, only when a version is drawn again
    from pypdf.errors import PyPdfError  # deferred: pypdf, only when a version is drawn again

    if not pdf:
        return None
    try:
        info = PdfReader(io.BytesIO(bytes(pdf))).metadata
        author = info.get("/Author") if info is not None else None
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        return None
    return str(author) if author else None


def mark_signed(data: DataDir, reference: str, signed_on: date, lang: str,
                scan_path: Path | None = None, today: date | None = None) -> AgreementDetails:
    """Record the signature (date, the version signed) and keep a copy of the scanned original."""
    if signed_on > (today or date.today()):
        raise UserInputError([Message.of("sign_date_future", value=signed_on.isoformat())])
    scan = _read_scan(scan_path) if scan_path is not None else None
    with session_scope(data) as session:
        agreement = find_agreement(session, reference, lang)
        versions = frozen_versions(session, agreement.id)
        if agreement.status not in (lifecycle.READY, lifecycle.SIGNED):
            if agreement.status == lifecycle.DRAFT and not versions:
                raise UserInputError([Message.of("sign_needs_version", reference=reference)])
            raise UserInputError([Message.of("sign_not_ready", reference=reference,
                                    status=status_message(agreement.status))])
        if not versions:
            raise UserInputError([Message.of("sign_needs_version", reference=reference)])
        number = agreement.signed_version or versions[-1].number
        if scan is not None:
            assert scan_path is not None
            target = _scan_target(data, reference, number, scan_path.suffix.lower())
            try:
                atomic.write_bytes(target, scan)
            except OSError as exc:
                raise UserInputError([Message.of("out_not_writable", path=target,
                                        detail=reason_message(exc))]) from exc
            agreement.scan_path = target.relative_to(data.root).as_posix()
        agreement.status = lifecycle.SIGNED
        agreement.signed_on = signed_on
        agreement.signed_version = number
    return details(data, reference, lang, today)


def _read_scan(path: Path) -> bytes:
    if path.suffix.lower() not in SCAN_SUFFIXES:
        raise UserInputError([Message.of("scan_bad_kind", path=path.name)])
    try:
        size = path.stat().st_size
        if size > SCAN_MAX_MB * 1024 * 1024:
            raise UserInputError([Message.of("scan_too_big", path=path.name, size=size // (1024 * 1024),
                                    max=SCAN_MAX_MB)])
        return path.read_bytes()
    except OSError as exc:
        raise UserInputError([Message.of("file_unreadable", path=path,
                                detail=reason_message(exc))]) from exc


def _scan_target(data: DataDir, reference: str, number: int, suffix: str) -> Path:
    # the name is built from our own reference only: nothing of the user's file name is reused
    safe = re.sub(r"[^A-Za-z0-9-]", "_", reference)
    return data.attachments / SCANS_FOLDER / f"{safe}-v{number}-signee{suffix}"


def terminate(data: DataDir, reference: str, on: date, lang: str, today: date | None = None) -> AgreementDetails:
    """The parties ended the agreement early (résiliation)."""
    with session_scope(data) as session:
        agreement = find_agreement(session, reference, lang)
        if agreement.status != lifecycle.SIGNED:
            raise UserInputError([Message.of("terminate_needs_signed", reference=reference,
                                    status=status_message(agreement.status))])
        if agreement.signed_on and on < agreement.signed_on:
            raise UserInputError([Message.of("terminate_before_signature", value=on.isoformat(),
                                    signed=agreement.signed_on.isoformat())])
        agreement.status = lifecycle.TERMINATED
        agreement.terminated_on = on
    return details(data, reference, lang, today)


def details(data: DataDir, reference: str, lang: str, today: date | None = None) -> AgreementDetails:
    from sqlalchemy import select

    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        agreement = find_agreement(session, reference, lang)
        parent_ref = None
        if agreement.parent_id is not None:
            parent_ref = session.scalars(select(Agreement.reference).where(
                Agreement.id == agreement.parent_id)).one_or_none()
        amendments = list(session.scalars(select(Agreement.reference).where(
            Agreement.parent_id == agreement.id, Agreement.deleted_at.is_(None)).order_by(Agreement.id)))
        versions = [VersionInfo(reference, v.number, v.fingerprint, v.template_id, v.template_version,
                                v.created_at, agreement.title, bool(v.unchecked))
                    for v in frozen_versions(session, agreement.id)]
        return AgreementDetails(
            reference=agreement.reference, title=agreement.title, template_id=agreement.template_id,
            status=lifecycle.effective_status(agreement.status, agreement.end_date, today or date.today()),
            stored_status=agreement.status, lang=agreement.lang,
            parties=[p.name for p in sorted(agreement.parties_rows, key=lambda p: p.position)],
            start_date=agreement.start_date, end_date=agreement.end_date, signed_on=agreement.signed_on,
            signed_version=agreement.signed_version,
            scan_path=data.root / agreement.scan_path if agreement.scan_path else None,
            terminated_on=agreement.terminated_on, parent_reference=parent_ref,
            parent_version=agreement.parent_version, versions=versions, amendments=amendments)


def find_by_fingerprint(data: DataDir, text: str) -> list[VersionInfo]:
    """The recorded versions whose fingerprint is the one typed from a paper copy."""
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Agreement,
        AgreementVersion,
    )

    wanted = normalize_fingerprint(text)
    with session_scope(data) as session:
        rows = session.execute(
            select(Agreement.reference, Agreement.title, AgreementVersion)
            .join(AgreementVersion, AgreementVersion.agreement_id == Agreement.id)
            .where(AgreementVersion.fingerprint == wanted, Agreement.deleted_at.is_(None))
            .order_by(Agreement.reference, AgreementVersion.number)).all()
        return [VersionInfo(ref, v.number, v.fingerprint, v.template_id, v.template_version, v.created_at, title)
                for ref, title, v in rows]
