"""What the signature tests share: representatives' signing keys made on the spot (a self-signed
certificate in a PKCS#12 file, as the app makes them), an exported agreement carrying empty
signature fields ``party-1``, ``party-2``…, and the ways someone could change a signed file."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Key:
    p12: Path
    pem: Path
    password: str
    name: str
    organization: str
    sha256: str


def make_key(folder: Path, stem: str, name: str, organization: str, email: str, password: str,
             rsa_key: bool = False) -> Key:
    """A representative's key: PKCS#12 file (password-protected) and certificate (PEM)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048) if rsa_key \
        else ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
                         x509.NameAttribute(NameOID.EMAIL_ADDRESS, email)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    p12 = folder / f"{stem}.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        name.encode(), key, cert, None, serialization.BestAvailableEncryption(password.encode())))
    pem = folder / f"{stem}.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    import hashlib

    return Key(p12, pem, password, name, organization,
               hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest())


def with_fields(pdf: bytes, parties: int) -> bytes:
    """An export with an empty signature field per party on its last page (what every export
    carries once the archival work is merged; made here until then)."""
    from pypdf import PdfReader

    from partage_desktop.pdf.signing.fields import add_empty_fields

    last = len(PdfReader(io.BytesIO(pdf)).pages) - 1
    boxes = [(f"party-{i + 1}", last, (72 + (i % 2) * 240, 90 + (i // 2) * 60, 292 + (i % 2) * 240,
                                         135 + (i // 2) * 60)) for i in range(parties)]
    return add_empty_fields(pdf, boxes)


def exported_with_fields(raw: dict, lang: str = "fr") -> bytes:
    from partage_desktop.services.agreements.export import render_pdf

    return with_fields(render_pdf(raw, lang).pdf, len(raw["parties"]))


def flip_byte(pdf: bytes, at: int) -> bytes:
    return pdf[:at] + bytes([pdf[at] ^ 0x01]) + pdf[at + 1:]


def signed_range(pdf: bytes, which: int = -1) -> tuple[int, int, int, int]:
    """The /ByteRange of a signature (the last one by default): a, b, c, d."""
    import re

    ranges = re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    return tuple(int(x) for x in ranges[which])  # type: ignore[return-value]


def change_a_page(pdf: bytes, page: int = 0) -> bytes:
    """An incremental update that draws something more on a page (as an editor would)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    page_ref = writer.find_page_for_modification(page)[0]
    page_obj = page_ref.get_object()
    stream = generic.StreamObject(stream_data=b"q 1 0 0 rg 100 100 200 50 re f Q")
    ref = writer.add_object(stream)
    contents = page_obj.raw_get("/Contents")
    items = list(contents.get_object()) if isinstance(contents.get_object(), generic.ArrayObject) else [contents]
    page_obj["/Contents"] = generic.ArrayObject([*items, ref])
    writer.mark_update(page_ref)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def attach_file(pdf: bytes, name: str = "annexe-ajoutee.txt") -> bytes:
    """An incremental update that attaches a file to the document."""
    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    data = embed.EmbeddedFileObject.from_file_data(writer, b"ajout apres signature", mime_type="text/plain")
    embed.embed_file(writer, embed.FileSpec(file_spec_string=name, embedded_data=data))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
