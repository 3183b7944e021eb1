"""The book of trusted signing certificates (table ``trusted_certificate``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from partage_desktop.store.models import TrustedCertificate


@dataclass(frozen=True)
class TrustedRow:
    sha256: str
    subject: str
    organization: str
    email: str
    not_before: datetime | None
    not_after: datetime | None
    source: str
    added_at: datetime


def _row(c: TrustedCertificate) -> TrustedRow:
    return TrustedRow(c.sha256, c.subject, c.organization, c.email, c.not_before, c.not_after, c.source,
                      c.added_at)


def list_trusted(session: Session) -> list[TrustedRow]:
    """Every trusted certificate, by holder's name."""
    rows = session.scalars(select(TrustedCertificate).order_by(TrustedCertificate.subject,
                                                                TrustedCertificate.id))
    return [_row(c) for c in rows]


def trusted_der(session: Session) -> list[bytes]:
    """The DER bytes of every trusted certificate (the trust roots of a signature check)."""
    return [bytes(d) for d in session.scalars(select(TrustedCertificate.der))]


def add_trusted(session: Session, *, sha256: str, subject: str, organization: str, email: str,
                not_before: datetime | None, not_after: datetime | None, der: bytes,
                source: str = "file") -> bool:
    """Register a certificate; False when it was already there (nothing changes)."""
    if session.scalar(select(TrustedCertificate.id).where(TrustedCertificate.sha256 == sha256)) is not None:
        return False
    session.add(TrustedCertificate(sha256=sha256, subject=subject[:300], organization=organization[:300],
                                   email=email[:200], not_before=not_before, not_after=not_after, der=der,
                                   source=source))
    session.flush()
    return True


def remove_trusted(session: Session, sha256: str) -> bool:
    """Forget a certificate; False when none has this fingerprint."""
    result = session.execute(delete(TrustedCertificate).where(TrustedCertificate.sha256 == sha256))
    return bool(getattr(result, "rowcount", 0))
