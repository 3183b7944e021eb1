"""The book of trusted certificates: partners' signing certificates registered here, so that
their signatures are reported as coming from a known signer (``check``).

Registering a certificate is a person's decision (they got it from the partner, and ideally
compared its fingerprint with the partner by phone): nothing is trusted on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.services.data.database import prepare
from partage_desktop.services.data.session import session_scope
from partage_desktop.words.system_errors import reason_message

CERTIFICATE_SUFFIXES = (".pem", ".cer", ".crt", ".der")


@dataclass(frozen=True)
class CertificateInfo:
    sha256: str  # of the DER bytes, 64 lowercase hexadecimal digits
    name: str
    organization: str
    email: str
    not_before: datetime | None
    not_after: datetime | None
    source: str = "file"  # or "exchange" (came in an exchange file), "ours" (a key made in this app)
    added_at: datetime | None = None
    new: bool = False  # import_certificates: registered by this import (False: it already was)

    @property
    def short(self) -> str:
        """The fingerprint as people read it to each other: groups of four."""
        return " ".join(self.sha256[i:i + 4] for i in range(0, 64, 4)).upper()


def trusted_certificates(data: DataDir, lang: str = "fr") -> list[CertificateInfo]:
    """Every trusted certificate, by holder's name (empty when there is no database yet)."""
    if not data.database.is_file():
        return []
    from partage_desktop.store.signing import list_trusted  # deferred: SQLAlchemy, only when needed

    prepare(data, lang)
    with session_scope(data) as session:
        return [CertificateInfo(r.sha256, r.subject, r.organization, r.email, r.not_before, r.not_after,
                                r.source, r.added_at) for r in list_trusted(session)]


def trusted_roots(data: DataDir, lang: str = "fr") -> list[bytes]:
    """The DER bytes of every trusted certificate, for a signature check."""
    if not data.database.is_file():
        return []
    from partage_desktop.store.signing import trusted_der  # deferred: SQLAlchemy, only when needed

    prepare(data, lang)
    with session_scope(data) as session:
        return trusted_der(session)


def read_certificate_file(path: Path) -> list[CertificateInfo]:
    """The certificates of a file, without registering them (to show them before asking); raises
    UserInputError with the reason, for the whole file."""
    from partage_desktop.pdf.signing.keys import (  # deferred: cryptography, only when needed
        MAX_CERTIFICATE_FILE,
        CertificateProblem,
        read_certificates,
    )

    try:
        if path.stat().st_size > MAX_CERTIFICATE_FILE:
            raise UserInputError([Message.of("cert_too_big", path=path.name)])
        raw = path.read_bytes()
    except OSError as exc:
        raise UserInputError([Message.of("cert_file_unreadable", path=path, detail=reason_message(exc))]) from exc
    try:
        found = read_certificates(raw)
    except CertificateProblem as exc:
        raise UserInputError([Message.of(f"cert_{exc.reason}", path=path.name)]) from exc
    return [CertificateInfo(f.sha256, f.name, f.organization, f.email, f.not_before, f.not_after) for f in found]


def import_certificates(data: DataDir, path: Path, lang: str, source: str = "file") -> list[CertificateInfo]:
    """Register every certificate of ``path`` (.pem with one or several, .cer, .crt, .der), all or
    none: a file with anything unreadable is refused whole (UserInputError naming the reason).
    Returns them all, ``new`` telling which were not registered yet."""
    from partage_desktop.pdf.signing.keys import (  # deferred: cryptography, only when needed
        read_certificates,
    )
    from partage_desktop.store.signing import add_trusted  # deferred: SQLAlchemy, only when needed

    read_certificate_file(path)  # refuses the file with its reason before anything is written
    facts = read_certificates(path.read_bytes())
    prepare(data, lang)
    found: list[CertificateInfo] = []
    with session_scope(data) as session:
        for f in facts:
            new = add_trusted(session, sha256=f.sha256, subject=f.name, organization=f.organization,
                              email=f.email, not_before=f.not_before, not_after=f.not_after, der=f.der,
                              source=source)
            found.append(CertificateInfo(f.sha256, f.name, f.organization, f.email, f.not_before,
                                         f.not_after, source, None, new))
    return found


def register_own_certificate(data: DataDir, der: bytes, lang: str) -> CertificateInfo:
    """Register the certificate of a signing key made here (source ``ours``), so that our own
    signatures are recognized here too and our exchange files carry it to partners. A certificate
    already in the book keeps its entry and source."""
    from partage_desktop.pdf.signing.keys import (  # deferred: cryptography, only when needed
        read_certificates,
    )
    from partage_desktop.store.signing import add_trusted  # deferred: SQLAlchemy, only when needed

    (f,) = read_certificates(der)
    prepare(data, lang)
    with session_scope(data) as session:
        new = add_trusted(session, sha256=f.sha256, subject=f.name, organization=f.organization, email=f.email,
                          not_before=f.not_before, not_after=f.not_after, der=f.der, source="ours")
    return CertificateInfo(f.sha256, f.name, f.organization, f.email, f.not_before, f.not_after, "ours", None, new)


def normalize_sha256(text: str) -> str:
    """A fingerprint as typed (spaces, colons, capitals) → lowercase hexadecimal digits."""
    return "".join(ch for ch in text.lower() if ch in "0123456789abcdef")


def remove_certificate(data: DataDir, sha256: str, lang: str = "fr") -> CertificateInfo:
    """Forget a trusted certificate, named by its fingerprint (the whole of it, or its first 8 or
    more digits when they name only one); returns what was removed. UserInputError when none (or
    several) match."""
    from partage_desktop.store.signing import (  # deferred: SQLAlchemy, only when needed
        remove_trusted,
    )

    wanted = normalize_sha256(sha256)
    known = trusted_certificates(data, lang)
    matches = [c for c in known if c.sha256 == wanted] or \
        ([c for c in known if c.sha256.startswith(wanted)] if len(wanted) >= 8 else [])
    if len(matches) != 1:
        code = "cert_ambiguous" if len(matches) > 1 else "cert_unknown"
        raise UserInputError([Message.of(code, value=sha256)])
    with session_scope(data) as session:
        remove_trusted(session, matches[0].sha256)
    return matches[0]
