"""The agreements recorded in a data folder, as ``agreement list`` and the agreements screen show them."""

from __future__ import annotations

from datetime import date
from typing import Any

from partage_desktop.core.agreements.lifecycle import effective_status
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.data.session import session_scope


def list_agreements(data: DataDir, today: date | None = None) -> list[dict[str, Any]]:
    """``status`` is what is stored; ``state`` adds "expired" for a signed agreement past its end."""
    from sqlalchemy import func, select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Agreement,
        AgreementParty,
        AgreementVersion,
    )

    out: list[dict[str, Any]] = []
    with session_scope(data) as session:
        versions = dict(session.execute(
            select(AgreementVersion.agreement_id, func.count()).group_by(AgreementVersion.agreement_id)
        ).all())
        parties: dict[int, list[str]] = {}
        for agreement_id, name in session.execute(
            select(AgreementParty.agreement_id, AgreementParty.name).order_by(
                AgreementParty.agreement_id, AgreementParty.position)
        ):
            parties.setdefault(agreement_id, []).append(name)
        rows = session.scalars(
            select(Agreement).where(Agreement.deleted_at.is_(None)).order_by(Agreement.updated_at.desc())
        )
        for agreement in rows:
            out.append({
                "ref": agreement.reference,
                "title": agreement.title,
                "status": agreement.status,
                "template": agreement.template_id,
                "parties": parties.get(agreement.id, []),
                "versions": versions.get(agreement.id, 0),
                "start_date": agreement.start_date.isoformat() if agreement.start_date else None,
                "end_date": agreement.end_date.isoformat() if agreement.end_date else None,
                "state": effective_status(agreement.status, agreement.end_date, today or date.today()),
                "updated_at": agreement.updated_at.isoformat(timespec="seconds"),
            })
    return out
