"""Board resolution extracts: one page per party authorizing its representative to sign."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from partage_desktop.core.agreements.render import build_document
from partage_desktop.pdf.agreement.layouts import LEGACY
from partage_desktop.platform import atomic
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.services.agreements.amendments import _validated
from partage_desktop.services.agreements.frozen import find_agreement, frozen_versions
from partage_desktop.services.agreements.versions import our_name, version_answers
from partage_desktop.services.data.session import session_scope
from partage_desktop.words.system_errors import reason_message


@dataclass(frozen=True)
class Resolution:
    party: str
    file_name: str  # suggested: "ENT-2026-0001-resolution-2-comptoir-alimentaire.pdf"
    pdf: bytes


def _slug(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40] or "partie"


def board_resolutions(data: DataDir, reference: str, number: int, lang: str) -> list[Resolution]:
    """From a frozen version (what the board approves is exactly what will be signed)."""
    from partage_desktop.pdf.agreement.resolution import (  # deferred: ReportLab, only when needed
        render_resolution,
    )

    answers = _validated(version_answers(data, reference, number, lang), lang)
    doc = build_document(answers)
    # dated and drawn as the version they go with (PDF/A from layout 2 on), never by the clock
    created_at, layout = _version_date_and_layout(data, reference, number, lang)
    author = our_name(data)
    return [Resolution(p.name, f"{reference}-resolution-{i + 1}-{_slug(p.name)}.pdf",
                       render_resolution(doc, i, layout, exported_at=created_at, author=author))
            for i, p in enumerate(doc.parties)]


def _version_date_and_layout(data: DataDir, reference: str, number: int, lang: str) -> tuple[datetime, int]:
    with session_scope(data) as session:
        agreement = find_agreement(session, reference, lang)
        version = next(v for v in frozen_versions(session, agreement.id) if v.number == number)
        return version.created_at, version.layout or LEGACY


def write_resolutions(resolutions: list[Resolution], folder: Path, lang: str) -> list[Path]:
    written = []
    for item in resolutions:
        target = folder / item.file_name
        try:
            atomic.write_bytes(target, item.pdf)
        except OSError as exc:
            raise UserInputError([Message.of("out_not_writable", path=target,
                                    detail=reason_message(exc))]) from exc
        written.append(target)
    return written
