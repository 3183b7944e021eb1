"""Signing keys (PKCS#12 files) and certificates (PEM or DER), read defensively: a file someone
hands us may be damaged, huge or made to hurt, and is refused whole with the reason."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

MAX_KEY_FILE = 1_000_000  # a PKCS#12 key with its chain is a few kilobytes
MAX_CERTIFICATE_FILE = 2_000_000
MAX_CERTIFICATES = 50  # in one file
MAX_CERTIFICATE = 64_000  # one certificate's DER bytes

_PEM = re.compile(rb"-----BEGIN CERTIFICATE-----\r?\n(.*?)-----END CERTIFICATE-----", re.S)


class KeyProblem(Exception):
    """A PKCS#12 key that cannot be used. ``reason``: ``password`` (the file is a PKCS#12 key, the
    password does not open it), ``unreadable`` (not a PKCS#12 key, or damaged), ``too_big``,
    ``no_certificate`` (a key without its certificate)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class CertificateProblem(Exception):
    """Certificates that cannot be read. ``reason``: ``too_big``, ``too_many``, ``unreadable``,
    ``none`` (no certificate in the file)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class CertificateFacts:
    """What a certificate says about its holder, and its fingerprint (SHA-256 of the DER bytes)."""

    sha256: str
    name: str
    organization: str
    email: str
    not_before: datetime | None
    not_after: datetime | None
    der: bytes


@dataclass(frozen=True)
class SigningKey:
    """A key opened with its password: ``signer`` is pyHanko's, ``facts`` its certificate's."""

    signer: Any  # pyhanko.sign.signers.SimpleSigner
    facts: CertificateFacts


def facts_of(cert: Any) -> CertificateFacts:
    """``cert``: a ``cryptography`` certificate."""
    from cryptography.hazmat.primitives.serialization import (  # deferred: cryptography, only when signing
        Encoding,
    )
    from cryptography.x509.oid import NameOID  # deferred: cryptography, only when signing

    def first(oid: Any) -> str:
        try:
            values = cert.subject.get_attributes_for_oid(oid)
        except ValueError:
            return ""
        return str(values[0].value) if values else ""

    der = cert.public_bytes(Encoding.DER)
    return CertificateFacts(hashlib.sha256(der).hexdigest(), first(NameOID.COMMON_NAME),
                            first(NameOID.ORGANIZATION_NAME), first(NameOID.EMAIL_ADDRESS),
                            _naive(cert, "not_valid_before"), _naive(cert, "not_valid_after"), der)


def _naive(cert: Any, name: str) -> datetime | None:
    try:
        value = getattr(cert, f"{name}_utc")
    except (AttributeError, ValueError):
        return None
    return value.replace(tzinfo=None) if isinstance(value, datetime) else None


def load_key(data: bytes, password: str) -> SigningKey:
    """Open a PKCS#12 key; raises KeyProblem."""
    if len(data) > MAX_KEY_FILE:
        raise KeyProblem("too_big")
    from cryptography.hazmat.primitives.serialization import (  # deferred: cryptography, only when signing
        pkcs12,
    )
    from pyhanko.keys.internal import (  # deferred: pyHanko, only when signing
        translate_pyca_cryptography_cert_to_asn1,
        translate_pyca_cryptography_key_to_asn1,
    )
    from pyhanko.sign.signers import SimpleSigner  # deferred: pyHanko, only when signing
    from pyhanko_certvalidator.registry import (  # deferred: pyHanko, only when signing
        SimpleCertificateStore,
    )

    try:
        key, cert, others = pkcs12.load_key_and_certificates(data, password.encode("utf-8") or None)
    except (ValueError, TypeError) as exc:
        raise KeyProblem("password" if _is_pkcs12(data) else "unreadable") from exc
    except Exception as exc:  # noqa: BLE001 - whatever a hostile file makes the parser raise
        raise KeyProblem("unreadable") from exc
    if key is None or cert is None:
        raise KeyProblem("no_certificate" if key is not None else "unreadable")
    try:
        store = SimpleCertificateStore()
        store.register_multiple([translate_pyca_cryptography_cert_to_asn1(c) for c in others])
        signer = _signer_class(SimpleSigner)(
            key, signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
            signing_key=translate_pyca_cryptography_key_to_asn1(key), cert_registry=store)
    except Exception as exc:  # noqa: BLE001 - a key type pyHanko cannot sign with
        raise KeyProblem("unreadable") from exc
    return SigningKey(signer, facts_of(cert))


def _signer_class(base: Any) -> Any:
    """pyHanko's SimpleSigner, signing with the key already opened: pyHanko reads the key again
    from its encoding for every signature it makes (two per signature: one to measure its size),
    and checking an RSA key that way took most of a signature's time."""
    from cryptography.hazmat.primitives.asymmetric.ec import (  # deferred: cryptography, only when signing
        ECDSA,
        EllipticCurvePrivateKey,
    )
    from cryptography.hazmat.primitives.asymmetric.padding import (  # deferred: cryptography, only when signing
        PKCS1v15,
    )
    from cryptography.hazmat.primitives.asymmetric.rsa import (  # deferred: cryptography, only when signing
        RSAPrivateKey,
    )
    from pyhanko.sign.general import (  # deferred: pyHanko, only when signing
        get_pyca_cryptography_hash,
    )

    class _Signer(base):  # type: ignore[misc, valid-type]
        def __init__(self, opened: Any, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self._opened = opened

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            try:
                name = mechanism.signature_algo
            except ValueError:
                name = mechanism["algorithm"].native
            digest = get_pyca_cryptography_hash(digest_algorithm)
            if name == "rsassa_pkcs1v15" and isinstance(self._opened, RSAPrivateKey):
                return bytes(self._opened.sign(data, PKCS1v15(), digest))
            if name == "ecdsa" and isinstance(self._opened, EllipticCurvePrivateKey):
                return bytes(self._opened.sign(data, ECDSA(digest)))
            return bytes(super().sign_raw(data, digest_algorithm))  # other kinds: pyHanko's way

    return _Signer


def _is_pkcs12(data: bytes) -> bool:
    """Whether ``data`` has the shape of a PKCS#12 file (then a refusal is the password's)."""
    from asn1crypto import (  # deferred: pyHanko's dependency, only when signing
        pkcs12 as asn1_pkcs12,
    )

    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        return pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native in ("data", "signed_data")
    except Exception:  # noqa: BLE001 - not DER at all
        return False


def read_certificates(data: bytes) -> list[CertificateFacts]:
    """Every certificate of a .pem/.crt/.cer (PEM, several allowed) or .der file; raises
    CertificateProblem when the file is too big, holds too many or anything unreadable."""
    if len(data) > MAX_CERTIFICATE_FILE:
        raise CertificateProblem("too_big")
    if not data.strip():
        raise CertificateProblem("none")
    from cryptography import x509  # deferred: cryptography, only when reading certificates

    if b"-----BEGIN" in data:
        blocks = _PEM.findall(data)
        if len(blocks) > MAX_CERTIFICATES:
            raise CertificateProblem("too_many")
        if not blocks:
            raise CertificateProblem("none")
        import base64

        try:
            ders = [base64.b64decode(b"".join(block.split()), validate=True) for block in blocks]
        except ValueError as exc:
            raise CertificateProblem("unreadable") from exc
    else:
        ders = [data]
    found: list[CertificateFacts] = []
    for der in ders:
        if len(der) > MAX_CERTIFICATE:
            raise CertificateProblem("too_big")
        try:
            found.append(facts_of(x509.load_der_x509_certificate(der)))
        except Exception as exc:  # noqa: BLE001 - whatever a hostile file makes the parser raise
            raise CertificateProblem("unreadable") from exc
    return found
