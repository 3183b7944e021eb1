"""A representative's signing key: created here, kept by the user as a password-protected PKCS#12
file (.p12), its certificate exported alone (.cer) to send to partners.

The key is an RSA 3072 key with a self-signed certificate naming the representative (name,
organization, e-mail). The password protects the file and is never stored anywhere. A self-signed
certificate proves that a signed file was not changed since signing; who the signer is, partners
learn by receiving the certificate through a channel they trust and registering it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from partage_desktop.platform import atomic
from partage_desktop.platform.errors import Message, UserInputError

MIN_PASSWORD = 8
MAX_NAME = 64  # an X.509 common name or organization holds at most 64 characters
MAX_YEARS = 10
KEY_SUFFIX = ".p12"
CERTIFICATE_SUFFIX = ".cer"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class CertificateInfo:
    """What a person reads about a certificate: whose it is, how long it is valid, its fingerprint."""

    name: str
    organization: str
    email: str
    valid_from: dt.datetime
    valid_until: dt.datetime
    fingerprint: str  # SHA-256 of the certificate, as pairs of hexadecimal digits "AB:CD:…"
    path: Path | None = None


@dataclass(frozen=True)
class KeyInfo:
    """A signing key file and the certificate it holds."""

    path: Path
    certificate: CertificateInfo


def fingerprint(cert: x509.Certificate) -> str:
    digest = cert.fingerprint(hashes.SHA256()).hex().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    value = values[0].value if values else ""
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def _email(cert: x509.Certificate) -> str:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        emails = san.get_values_for_type(x509.RFC822Name)
    except x509.ExtensionNotFound:
        emails = []
    return emails[0] if emails else _attribute(cert.subject, NameOID.EMAIL_ADDRESS)


def certificate_info(cert: x509.Certificate, path: Path | None = None) -> CertificateInfo:
    return CertificateInfo(
        name=_attribute(cert.subject, NameOID.COMMON_NAME),
        organization=_attribute(cert.subject, NameOID.ORGANIZATION_NAME),
        email=_email(cert),
        valid_from=cert.not_valid_before_utc,
        valid_until=cert.not_valid_after_utc,
        fingerprint=fingerprint(cert),
        path=path,
    )


def _clean(value: str) -> str:
    return " ".join(value.split())


def _check(name: str, organization: str, email: str, password: str, years: int) -> list[Message]:
    problems: list[Message] = []
    if not name:
        problems.append(Message.of("signing_key_name_missing"))
    elif len(name) > MAX_NAME:
        problems.append(Message.of("signing_key_name_too_long", max=MAX_NAME))
    if not organization:
        problems.append(Message.of("signing_key_organization_missing"))
    elif len(organization) > MAX_NAME:
        problems.append(Message.of("signing_key_organization_too_long", max=MAX_NAME))
    if not email:
        problems.append(Message.of("signing_key_email_missing"))
    elif not _EMAIL.match(email) or not email.isascii():
        problems.append(Message.of("signing_key_email_invalid", email=email))
    if len(password) < MIN_PASSWORD:
        problems.append(Message.of("signing_key_password_short", min=MIN_PASSWORD))
    if not 1 <= years <= MAX_YEARS:
        problems.append(Message.of("signing_key_years", max=MAX_YEARS))
    return problems


def create_signing_key(out: Path, name: str, organization: str, email: str, password: str,
                       lang: str, years: int = 3, now: dt.datetime | None = None) -> KeyInfo:
    """Create a new signing key for the representative ``name`` of ``organization`` and write it to
    ``out`` (a .p12 file readable by the user only), protected by ``password``. ``lang`` is the
    language of the words of the refusals' caller; the certificate itself carries the names as typed.
    Refuses (``UserInputError``) an empty or too long name or organization, an e-mail that is not one,
    a password shorter than 8 characters; nothing is written then."""
    del lang  # the refusals are worded by whoever shows them
    name, organization, email = _clean(name), _clean(organization), email.strip()
    problems = _check(name, organization, email, password, years)
    if problems:
        raise UserInputError(problems)
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, name),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
        x509.NameAttribute(NameOID.EMAIL_ADDRESS, email),
    ])
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))  # a partner's clock a little behind
        .not_valid_after(now + dt.timedelta(days=365 * years + years // 4))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(50000)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(password.encode("utf-8"))
    )
    data = pkcs12.serialize_key_and_certificates(
        name=name.encode("utf-8"), key=key, cert=cert, cas=None, encryption_algorithm=encryption)
    out = Path(out)
    atomic.write_bytes(out, data, private=True)
    return KeyInfo(out, certificate_info(cert, out))


def _load(key: Path, password: str) -> x509.Certificate:
    key = Path(key)
    try:
        data = key.read_bytes()
    except OSError as exc:
        raise UserInputError([Message.of("signing_key_unreadable", name=key.name)]) from exc
    try:
        loaded = pkcs12.load_pkcs12(data, password.encode("utf-8"))
    except ValueError as exc:
        # cryptography says the same for a wrong password and for a file that is no PKCS#12:
        # tell them apart by trying to read the file's structure without a password.
        if _looks_like_pkcs12(data):
            raise UserInputError([Message.of("signing_key_wrong_password", name=key.name)]) from exc
        raise UserInputError([Message.of("signing_key_not_a_key", name=key.name)]) from exc
    if loaded.cert is None or loaded.key is None:
        raise UserInputError([Message.of("signing_key_not_a_key", name=key.name)])
    return loaded.cert.certificate


def _looks_like_pkcs12(data: bytes) -> bool:
    """A DER SEQUENCE whose first element is the INTEGER 3 (a PKCS#12 PFX's version)."""
    if len(data) < 8 or data[0] != 0x30:
        return False
    length = data[1]
    offset = 2 + (length & 0x7F if length & 0x80 else 0)
    return data[offset:offset + 3] == b"\x02\x01\x03"


def read_key_info(key: Path, password: str) -> KeyInfo:
    """What the key file ``key`` holds, opened with ``password``; refuses an unreadable file, a
    file that is not a signing key and a wrong password."""
    cert = _load(key, password)
    return KeyInfo(Path(key), certificate_info(cert, Path(key)))


def export_certificate(key: Path, password: str, out: Path, lang: str) -> CertificateInfo:
    """Write the certificate of the signing key ``key`` alone (PEM, .cer) to ``out``: the file to
    send to partners so that they can register it as trusted. It holds no secret."""
    del lang  # the refusals are worded by whoever shows them
    cert = _load(key, password)
    out = Path(out)
    atomic.write_bytes(out, cert.public_bytes(serialization.Encoding.PEM))
    return certificate_info(cert, out)
