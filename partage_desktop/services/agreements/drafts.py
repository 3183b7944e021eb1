"""Agreement drafts: the wizard's answers saved as the user types, reopened where they were left.

A draft is an ``Agreement`` row whose ``answers_json`` holds the answers-file document of
CONTRACTS.md (possibly incomplete: a draft need not validate). The listed and reminded columns
(title, parties, dates) are refreshed from the answers at every save.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.agreements.catalogue import catalogue_for
from partage_desktop.services.data.session import session_scope

REFERENCE_PREFIX = "ENT"


@dataclass(frozen=True)
class DraftInfo:
    reference: str
    title: str
    status: str
    template_id: str
    parties: list[str]
    updated_at: str  # ISO timestamp, UTC


def next_reference(session: Any, year: int) -> str:
    """``ENT-2026-0007``: the year, then a sequence number within that year."""
    from sqlalchemy import select

    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    prefix = f"{REFERENCE_PREFIX}-{year}-"
    taken = session.scalars(select(Agreement.reference).where(Agreement.reference.like(prefix + "%"))).all()
    numbers = [int(ref[len(prefix):]) for ref in taken if ref[len(prefix):].isascii() and ref[len(prefix):].isdigit()]
    return f"{prefix}{(max(numbers) + 1 if numbers else 1):04d}"


def _iso_date(value: object) -> date | None:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _title(answers: dict[str, Any]) -> str:
    template = catalogue_for(answers).get(str(answers.get("template")))
    lang = str(answers["lang"]) if answers.get("lang") in ("fr", "en") else "fr"
    return template.title[lang] if template else str(answers.get("template") or "")


def _party_names(answers: dict[str, Any]) -> list[str]:
    parties = answers.get("parties")
    if not isinstance(parties, list):
        return []
    return [str(p.get("name") or "").strip()[:200] for p in parties if isinstance(p, dict)]


def _apply(agreement: Any, answers: dict[str, Any]) -> None:
    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        AgreementParty,
    )

    fields = answers.get("fields")
    if not isinstance(fields, dict):
        fields = {}
    agreement.template_id = str(answers.get("template") or "")[:60]
    agreement.title = _title(answers)[:300]
    agreement.lang = answers.get("lang") if answers.get("lang") in ("fr", "en") else "fr"
    agreement.answers_json = json.dumps(answers, ensure_ascii=False)
    agreement.start_date = _iso_date(fields.get("start_date"))
    agreement.end_date = _iso_date(fields.get("end_date"))
    # the old rows are orphans once replaced, and the relationship deletes them
    agreement.parties_rows = [AgreementParty(position=position, name=name or "—")
                              for position, name in enumerate(_party_names(answers))]


def create_draft(data: DataDir, answers: dict[str, Any], today: date | None = None) -> str:
    """Record a new draft and return its reference."""
    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        reference = next_reference(session, (today or date.today()).year)
        agreement = Agreement(reference=reference, status="draft", template_id="", title="")
        session.add(agreement)
        session.flush()
        _apply(agreement, _with_meta(answers, reference))
    return reference


def _with_meta(answers: dict[str, Any], reference: str) -> dict[str, Any]:
    meta = dict(answers.get("meta") or {}) if isinstance(answers.get("meta"), dict) else {}
    meta["reference"] = reference
    meta.setdefault("version", 1)
    return {**answers, "meta": meta}


def save_draft(data: DataDir, reference: str, answers: dict[str, Any]) -> None:
    """Autosave: replace the draft's answers (the reference stays)."""
    from sqlalchemy import select

    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        agreement = session.scalars(select(Agreement).where(Agreement.reference == reference)).one()
        _apply(agreement, _with_meta(answers, reference))


def load_draft(data: DataDir, reference: str) -> dict[str, Any]:
    from sqlalchemy import select

    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        text = session.scalars(select(Agreement.answers_json).where(Agreement.reference == reference)).one()
    loaded = json.loads(text)
    return loaded if isinstance(loaded, dict) else {}


def list_drafts(data: DataDir) -> list[DraftInfo]:
    """Drafts, most recently changed first (the home screen's "finish what you started")."""
    from sqlalchemy import select

    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        rows = session.scalars(select(Agreement).where(Agreement.status == "draft",
                                                       Agreement.deleted_at.is_(None))
                               .order_by(Agreement.updated_at.desc())).all()
        return [DraftInfo(a.reference, a.title, a.status, a.template_id,
                          [p.name for p in sorted(a.parties_rows, key=lambda p: p.position)],
                          a.updated_at.isoformat()) for a in rows]


def is_draft(data: DataDir, reference: str) -> bool:
    """Whether ``reference`` is still a draft (only a draft can be deleted)."""
    from sqlalchemy import select

    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        status = session.scalars(select(Agreement.status).where(Agreement.reference == reference)).one_or_none()
    return status == "draft"
