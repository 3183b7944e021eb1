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

from partage_desktop.pdf.signing.keys import KeyProblem, facts_of, load_key
from partage_desktop.platform import atomic
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.services.signing.trust import CertificateInfo, register_own_certificate

MIN_PASSWORD = 8
MAX_NAME = 64  # an X.509 common name or organization holds at most 64 characters
MAX_YEARS = 10
KEY_SUFFIX = ".p12"
CERTIFICATE_SUFFIX = ".cer"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class KeyInfo:
    """A signing key file and the certificate it holds."""

    path: Path
    certificate: CertificateInfo


def _info(cert: x509.Certificate) -> CertificateInfo:
    f = facts_of(cert)
    return CertificateInfo(f.sha256, f.name, f.organization, f.email, f.not_before, f.not_after)


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
    return _create(out, name, organization, email, password, years, now)[0]


def create_own_signing_key(data: DataDir, out: Path, name: str, organization: str, email: str, password: str,
                           lang: str, years: int = 3, now: dt.datetime | None = None) -> KeyInfo:
    """``create_signing_key``, then the certificate registered in the book of the data folder
    ``data`` as ours (source ``ours``): our own signatures show as trusted here, and every exchange
    file we send carries it to partners."""
    info, cert = _create(out, name, organization, email, password, years, now)
    register_own_certificate(data, cert.public_bytes(serialization.Encoding.DER), lang)
    return info


def _create(out: Path, name: str, organization: str, email: str, password: str, years: int,
            now: dt.datetime | None) -> tuple[KeyInfo, x509.Certificate]:
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
    return KeyInfo(out, _info(cert)), cert


def _load(key: Path, password: str) -> x509.Certificate:
    key = Path(key)
    try:
        data = key.read_bytes()
    except OSError as exc:
        raise UserInputError([Message.of("signing_key_unreadable", name=key.name)]) from exc
    try:
        opened = load_key(data, password)
    except KeyProblem as exc:
        code = "signing_key_wrong_password" if exc.reason == "password" else "signing_key_not_a_key"
        raise UserInputError([Message.of(code, name=key.name)]) from exc
    return x509.load_der_x509_certificate(opened.facts.der)


def read_key_info(key: Path, password: str) -> KeyInfo:
    """What the key file ``key`` holds, opened with ``password``; refuses an unreadable file, a
    file that is not a signing key and a wrong password."""
    cert = _load(key, password)
    return KeyInfo(Path(key), _info(cert))


def export_certificate(key: Path, password: str, out: Path, lang: str) -> CertificateInfo:
    """Write the certificate of the signing key ``key`` alone (PEM, .cer) to ``out``: the file to
    send to partners so that they can register it as trusted. It holds no secret."""
    del lang  # the refusals are worded by whoever shows them
    cert = _load(key, password)
    out = Path(out)
    atomic.write_bytes(out, cert.public_bytes(serialization.Encoding.PEM))
    return _info(cert)
