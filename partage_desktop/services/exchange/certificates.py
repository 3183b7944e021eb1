"""Signing certificates carried by an exchange file: ours go out with every agreement or project
sent, so that the partner can recognize our signatures; theirs come in and, once the import is
confirmed, join the book of trusted certificates (source ``exchange``) in the same transaction.

Each certificate is a member ``certificates/<sha256>.cer`` holding its DER bytes, ``<sha256>``
being the SHA-256 of those bytes (the fingerprint people read to each other); the archive's main
document (``agreement.json`` or ``project.json``) lists them under ``certificates``. A release
that does not know them ignores both, so the format version stays 1.

Anything wrong with them refuses the whole file, nothing written: a member that is not listed or
not found, a name that is not the certificate's fingerprint, more than 20 certificates, one over
64 kB, bytes that are not a certificate, or a certificate authority (a certificate that can vouch
for others: trusting it would trust every certificate it ever made). An expired certificate is
kept, and said to be expired: it still recognizes signatures made while it was valid.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from partage_desktop.core.formatting import format_date
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.shown_text import shown
from partage_desktop.services.signing.trust import CertificateInfo
from partage_desktop.words import t, tn

FOLDER = "certificates/"
DOC_KEY = "certificates"
MAX_CERTIFICATES = 20
MAX_CERTIFICATE = 64 * 1024  # bytes of one member
_NAME = re.compile(r"certificates/([0-9a-f]{64})\.cer")  # matched whole (fullmatch)
OURS, EXCHANGE = "ours", "exchange"


@dataclass
class IncomingCertificate:
    """A certificate an exchange file carries, checked; ``new``: not in our book yet."""

    info: CertificateInfo
    der: bytes
    expired: bool
    new: bool = True

    def as_json(self) -> dict[str, Any]:
        i = self.info
        return {"sha256": i.sha256, "name": i.name, "organization": i.organization, "email": i.email,
                "not_before": i.not_before.isoformat() if i.not_before else None,
                "not_after": i.not_after.isoformat() if i.not_after else None,
                "expired": self.expired, "new": self.new}

    def line(self, lang: str) -> str:
        i = self.info
        text = t("exchange_cert_new" if self.new else "exchange_cert_known", lang, name=shown(i.name or "—"),
                 organization=shown(i.organization or "—"), fingerprint=i.short,
                 start=format_date(i.not_before.date(), lang) if i.not_before else "—",
                 end=format_date(i.not_after.date(), lang) if i.not_after else "—")
        return text + (t("exchange_cert_expired", lang) if self.expired else "")


def member_name(sha256: str) -> str:
    return f"{FOLDER}{sha256}.cer"


def our_certificate_members(data: DataDir) -> dict[str, bytes]:
    """The members that carry our own certificates (source ``ours``), by member name."""
    if not data.database.is_file():
        return {}
    from sqlalchemy import select

    from partage_desktop.services.data.session import (
        session_scope,  # deferred: SQLAlchemy, only when needed
    )
    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        TrustedCertificate,
    )

    with session_scope(data) as session:
        rows = session.execute(select(TrustedCertificate.sha256, TrustedCertificate.der)
                               .where(TrustedCertificate.source == OURS)
                               .order_by(TrustedCertificate.sha256)).all()
    return {member_name(sha): bytes(der) for sha, der in rows[:MAX_CERTIFICATES]}


def check_certificates(doc: dict[str, Any], members: dict[str, bytes], lang: str,
                       now: datetime | None = None) -> tuple[list[IncomingCertificate], list[str]]:
    """The certificates a checked document lists, and every problem with them (any problem
    refuses the whole file)."""
    from cryptography import x509  # deferred: cryptography, only when a file carries certificates

    from partage_desktop.pdf.signing.keys import (  # deferred: cryptography, only when needed
        facts_of,
    )

    listed = doc.get(DOC_KEY, [])
    carried = sorted(n for n in members if n.startswith(FOLDER))
    if not isinstance(listed, list) or not all(isinstance(n, str) for n in listed) or len(set(listed)) != len(listed):
        return [], [t("exchange_bad_document", lang, where=DOC_KEY)]
    if len(listed) > MAX_CERTIFICATES or len(carried) > MAX_CERTIFICATES:
        return [], [t("exchange_cert_too_many", lang, count=max(len(listed), len(carried)),
                      max=MAX_CERTIFICATES)]
    problems: list[str] = []
    for name in carried:
        if name not in listed:
            problems.append(t("exchange_cert_not_listed", lang, name=shown(name[:120])))
    found: list[IncomingCertificate] = []
    now = now or datetime.now(UTC).replace(tzinfo=None)  # as the certificates' dates are read
    for name in listed:
        label = shown(name[:120])
        match = _NAME.fullmatch(name)
        if match is None:
            problems.append(t("exchange_cert_bad_name", lang, name=label))
            continue
        if name not in members:
            problems.append(t("exchange_bad_document", lang, where=label))
            continue
        raw = members[name]
        if len(raw) > MAX_CERTIFICATE:
            problems.append(t("exchange_cert_too_big", lang, name=label, max=MAX_CERTIFICATE // 1024))
            continue
        try:
            cert = x509.load_der_x509_certificate(raw)
            facts = facts_of(cert)
            authority = _is_authority(cert)  # its extensions are parsed only now
        except Exception:  # noqa: BLE001 - whatever a hostile member makes the parser raise
            problems.append(t("exchange_cert_unreadable", lang, name=label))
            continue
        if hashlib.sha256(raw).hexdigest() != match.group(1) or facts.sha256 != match.group(1):
            problems.append(t("exchange_cert_bad_name", lang, name=label))
            continue
        if authority:
            problems.append(t("exchange_cert_authority", lang, name=shown(facts.name or "—"),
                              organization=shown(facts.organization or "—")))
            continue
        info = CertificateInfo(facts.sha256, facts.name, facts.organization, facts.email, facts.not_before,
                               facts.not_after, EXCHANGE)
        found.append(IncomingCertificate(info, raw, facts.not_after is not None and facts.not_after < now))
    return found, problems


def _is_authority(cert: Any) -> bool:
    """Whether the certificate may vouch for others (BasicConstraints ca=True, or a key usage
    allowing it to sign certificates)."""
    from cryptography import x509  # deferred: cryptography, only when a file carries certificates

    try:
        if cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca:
            return True
    except x509.ExtensionNotFound:
        pass
    try:
        return bool(cert.extensions.get_extension_for_class(x509.KeyUsage).value.key_cert_sign)
    except x509.ExtensionNotFound:
        return False


def mark_known(session: Any, incoming: list[IncomingCertificate]) -> None:
    """Set ``new`` on each: False when our book already holds it."""
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        TrustedCertificate,
    )

    if not incoming:
        return
    known = set(session.scalars(select(TrustedCertificate.sha256).where(
        TrustedCertificate.sha256.in_([c.info.sha256 for c in incoming]))))
    for c in incoming:
        c.new = c.info.sha256 not in known


def add_new(session: Any, incoming: list[IncomingCertificate]) -> None:
    """Register the new ones (source ``exchange``) in the importing transaction."""
    from partage_desktop.store.signing import add_trusted  # deferred: SQLAlchemy, only when needed

    mark_known(session, incoming)
    for c in incoming:
        if c.new:
            i = c.info
            add_trusted(session, sha256=i.sha256, subject=i.name, organization=i.organization, email=i.email,
                        not_before=i.not_before, not_after=i.not_after, der=c.der, source=EXCHANGE)


def lines(incoming: list[IncomingCertificate], lang: str) -> list[str]:
    """The preview's lines about the certificates, indented as the rest; none when there are none."""
    if not incoming:
        return []
    new = sum(c.new for c in incoming)
    out = ["  " + tn("exchange_certificates", len(incoming), lang, new=new),
           *("    " + c.line(lang) for c in incoming)]
    if new:  # importing trusts them: say how to be sure first
        out.append("  " + t("exchange_cert_compare", lang))
    return out
