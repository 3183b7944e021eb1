"""Recorded agreements and the answers frozen with their versions, as versions.py (export, sign,
terminate) and amendments.py (an amendment starts from, and is compared with, a frozen version)
both read them."""

from __future__ import annotations

import json
from typing import Any

from partage_desktop.core.agreements import lifecycle
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.services.data.session import session_scope


def status_message(status: str) -> Message | str:
    """An agreement's status for an error's message, worded with it (``lifecycle.status_label``'s
    words: the catalogue's ``status_…``; a status Partage does not know is shown as it is)."""
    return Message.of(f"status_{status}") if status in lifecycle.STATUSES else status


def find_agreement(session: Any, reference: str, lang: str) -> Any:
    from sqlalchemy import select

    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    found = session.scalars(select(Agreement).where(Agreement.reference == reference,
                                                    Agreement.deleted_at.is_(None))).one_or_none()
    if found is None:
        raise UserInputError([Message.of("agreement_missing", reference=reference)])
    return found


def frozen_versions(session: Any, agreement_id: int) -> list[Any]:
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        AgreementVersion,
    )

    return list(session.scalars(select(AgreementVersion).where(AgreementVersion.agreement_id == agreement_id)
                                .order_by(AgreementVersion.number)))


def with_version(answers: dict[str, Any], reference: str, number: int) -> dict[str, Any]:
    meta = dict(answers.get("meta") or {}) if isinstance(answers.get("meta"), dict) else {}
    meta.update(reference=reference, version=number)
    meta.pop("status", None)  # an answers file saved from an agreement may carry it; not printed
    return {**answers, "meta": meta}


def version_answers(data: DataDir, reference: str, number: int, lang: str) -> dict[str, Any]:
    """The canonical answers frozen with a version (an answers document, template_version aside)."""
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        AgreementVersion,
    )

    with session_scope(data) as session:
        agreement = find_agreement(session, reference, lang)
        text = session.scalars(select(AgreementVersion.answers_json).where(
            AgreementVersion.agreement_id == agreement.id, AgreementVersion.number == number)).one_or_none()
    if text is None:
        raise UserInputError([Message.of("agreement_missing", reference=f"{reference} v{number}")])
    loaded = json.loads(text)
    return answers_part(loaded)


def answers_part(canonical: dict[str, Any]) -> dict[str, Any]:
    # an amendment's canonical document wraps its answers with what it amends
    inner = canonical.get("answers") if "amends" in canonical else canonical
    assert isinstance(inner, dict)
    return {k: v for k, v in inner.items() if k != "template_version"}
