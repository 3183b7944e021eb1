"""Amendments (avenants) to signed agreements, and the comparison of any two versions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from partage_desktop.core.agreements import lifecycle
from partage_desktop.core.agreements.amendment import ParentInfo, build_amendment
from partage_desktop.core.agreements.compare import Comparison, compare_answers
from partage_desktop.pdf.agreement.layouts import CURRENT as CURRENT_LAYOUT
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import DataUnusableError, Message, UserInputError
from partage_desktop.services.agreements.drafts import _apply
from partage_desktop.services.agreements.export import check_answers, export_time
from partage_desktop.services.agreements.frozen import (
    answers_part,
    find_agreement,
    frozen_versions,
    status_message,
    version_answers,
    with_version,
)
from partage_desktop.services.data.session import session_scope


def start_amendment(data: DataDir, parent_reference: str, lang: str) -> str:
    """A new draft linked to a signed agreement, starting from the answers of its signed version.
    Returns the amendment's reference (``ENT-2026-0001-A1``)."""
    from sqlalchemy import select

    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        parent = find_agreement(session, parent_reference, lang)
        if parent.status != lifecycle.SIGNED:
            raise UserInputError([Message.of("amend_needs_signed", reference=parent_reference,
                                    status=status_message(parent.status))])
        versions = frozen_versions(session, parent.id)
        number = parent.signed_version or (versions[-1].number if versions else None)
        signed = next((v for v in versions if v.number == number), None)
        if signed is None:  # marked signed, yet no version recorded (an old or damaged record)
            raise DataUnusableError(Message.of("amend_needs_version", reference=parent_reference))
        # the highest number given so far, plus one: a draft amendment deleted for good from the
        # trash must not make the next one take the number of one still kept
        taken = session.scalars(select(Agreement.reference).where(
            Agreement.reference.like(f"{parent.reference}-A%"))).all()
        numbers = [int(ref.rsplit("-A", 1)[1]) for ref in taken if ref.rsplit("-A", 1)[1].isdigit()]
        reference = f"{parent.reference}-A{max(numbers, default=0) + 1}"
        answers = with_version(answers_part(json.loads(signed.answers_json)), reference, 1)
        amendment = Agreement(reference=reference, status=lifecycle.DRAFT, template_id="", title="",
                              parent_id=parent.id, parent_version=number, project_id=parent.project_id)
        session.add(amendment)
        session.flush()
        _apply(amendment, answers)
    return reference


@dataclass(frozen=True)
class AmendmentInfo:
    """What a draft amendment changes: the signed agreement and the answers of its signed version."""

    reference: str
    parent_reference: str
    parent_version: int
    parent_title: str
    parent_answers: dict[str, Any]


def amendment_info(data: DataDir, reference: str) -> AmendmentInfo | None:
    """None when ``reference`` is not an amendment (or its signed agreement is gone)."""
    from sqlalchemy import select

    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        row = session.scalars(select(Agreement).where(Agreement.reference == reference)).one_or_none()
        if row is None or row.parent_id is None:
            return None
        parent = session.get(Agreement, row.parent_id)
        frozen = next((v for v in frozen_versions(session, parent.id) if v.number == row.parent_version), None) \
            if parent is not None else None
        if parent is None or frozen is None:
            return None
        return AmendmentInfo(row.reference, parent.reference, frozen.number, parent.title,
                             answers_part(json.loads(frozen.answers_json)))


def preview_amendment(data: DataDir, reference: str, answers: dict[str, Any], lang: str) -> bytes:
    """The amendment's PDF for these (unsaved) answers, as the export would make it; nothing is
    recorded. Raises UserInputError when the answers are incomplete or change nothing."""
    with session_scope(data) as session:
        amendment = find_agreement(session, reference, lang)
        versions = frozen_versions(session, amendment.id)
        number = versions[-1].number + 1 if versions else 1
        return render_amendment(session, amendment, with_version(answers, reference, number), lang,
                                archival=False).pdf  # looked at only: not converted to PDF/A


@dataclass(frozen=True)
class RenderedAmendment:
    pdf: bytes
    pages: int
    fingerprint: str
    canonical: str
    template_id: str
    template_version: str
    comparison: Comparison


def _validated(raw: dict[str, Any], lang: str) -> Any:
    result = check_answers(raw, lang)
    if result.errors or result.answers is None:
        header = Message.plural("problems_header", len(result.errors))
        raise UserInputError([header, *(f"  - {p}" for p in result.errors)])  # the form's own words
    return result.answers


def render_amendment(session: Any, amendment: Any, answers: dict[str, Any], lang: str, *,
                     exported_at: datetime | None = None, author: str | None = None,
                     archival: bool = True, layout: int | None = None) -> RenderedAmendment:
    """Called by export_version for an agreement that has a parent. ``exported_at`` (default: now),
    ``author``, ``archival`` and ``layout`` (default: the current one) as for an agreement
    (export.py, ``render_pdf``)."""
    from sqlalchemy import func, select

    from partage_desktop.pdf.agreement.amendment import (  # deferred: ReportLab, only when needed
        render_amendment as draw,
    )
    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    parent = session.get(Agreement, amendment.parent_id)
    if parent is None:
        raise DataUnusableError(Message.of("agreement_missing", reference=amendment.reference))
    frozen = next((v for v in frozen_versions(session, parent.id) if v.number == amendment.parent_version), None)
    if frozen is None:
        raise DataUnusableError(Message.of("agreement_missing", reference=f"{parent.reference} v{amendment.parent_version}"))
    before = _validated(answers_part(json.loads(frozen.answers_json)), lang)
    after = _validated(answers, lang)
    number = session.scalar(select(func.count()).select_from(Agreement).where(
        Agreement.parent_id == parent.id, Agreement.id <= amendment.id)) or 1
    info = ParentInfo(parent.reference, frozen.number, frozen.fingerprint, parent.title, parent.signed_on)
    doc = build_amendment(number, info, before, after)
    if doc.comparison.empty:
        raise UserInputError([Message.of("amend_no_change", reference=parent.reference)])
    pdf, pages = draw(doc, CURRENT_LAYOUT if layout is None else layout,
                      exported_at=exported_at or export_time(), author=author, archival=archival)
    return RenderedAmendment(pdf, pages, doc.base.fingerprint, doc.base.attachment_json,
                             after.template.id, after.template.version, doc.comparison)


def compare_versions(data: DataDir, before: tuple[str, int], after: tuple[str, int], lang: str) -> Comparison:
    """Fields and clauses that differ between two frozen versions (of one agreement, or of an
    agreement and its amendment)."""
    old = _validated(version_answers(data, before[0], before[1], lang), lang)
    new = _validated(version_answers(data, after[0], after[1], lang), lang)
    return compare_answers(old, new)
