"""A representative's signing key: created as a password-protected .p12 readable by the user only,
its certificate exported alone for partners, clear refusals for what a person gets wrong."""

from __future__ import annotations

import os
import stat

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.signing.keys import (
    create_signing_key,
    export_certificate,
    read_key_info,
)
from partage_desktop.words import say_error

PASSWORD = "Érable-2026 sûr"


@pytest.fixture(scope="module")
def key(tmp_path_factory):
    out = tmp_path_factory.mktemp("keys") / "signature.p12"
    info = create_signing_key(out, "  Hélène   Côté ", "Carrefour d'entraide Hochelaga",
                              "helene.cote@carrefour.org", PASSWORD, "fr")
    return out, info


def test_the_key_names_the_representative_and_can_sign(key):
    out, info = key
    loaded = pkcs12.load_pkcs12(out.read_bytes(), PASSWORD.encode())
    cert = loaded.cert.certificate
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Hélène Côté"
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == \
        "Carrefour d'entraide Hochelaga"
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.RFC822Name) == ["helene.cote@carrefour.org"]
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    assert loaded.key.key_size == 3072
    assert (info.certificate.name, info.certificate.email) == ("Hélène Côté", "helene.cote@carrefour.org")
    years = (info.certificate.not_after - info.certificate.not_before).days / 365
    assert 2.9 < years < 3.1
    assert len(info.certificate.sha256) == 64


@pytest.mark.skipif(os.name != "posix", reason="Unix permissions")
def test_the_key_file_is_private_and_holds_no_readable_password(key):
    out, _ = key
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert PASSWORD.encode() not in out.read_bytes()
    assert [p.name for p in out.parent.iterdir()] == ["signature.p12"]  # no temporary file left


def test_reading_the_key_back_and_exporting_its_certificate(key, tmp_path):
    out, info = key
    assert read_key_info(out, PASSWORD).certificate == info.certificate
    cer = tmp_path / "Hélène Côté.cer"
    exported = export_certificate(out, PASSWORD, cer, "fr")
    cert = x509.load_pem_x509_certificate(cer.read_bytes())
    assert exported.sha256 == info.certificate.sha256
    assert b"PRIVATE" not in cer.read_bytes()
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Hélène Côté"


def test_a_wrong_password_is_named_as_such(key, tmp_path):
    out, _ = key
    with pytest.raises(UserInputError) as caught:
        read_key_info(out, "pas le bon")
    assert "mot de passe" in say_error(caught.value, "fr")
    assert "password" in say_error(caught.value, "en")
    with pytest.raises(UserInputError):
        export_certificate(out, "pas le bon", tmp_path / "x.cer", "fr")
    assert not (tmp_path / "x.cer").exists()


def test_a_file_that_is_no_key_and_a_missing_file(tmp_path):
    text = tmp_path / "notes.p12"
    text.write_text("pas une clé", "utf-8")
    with pytest.raises(UserInputError) as caught:
        read_key_info(text, PASSWORD)
    assert say_error(caught.value, "fr").startswith("«\u00a0notes.p12\u00a0» n'est pas une clé")
    with pytest.raises(UserInputError) as caught:
        read_key_info(tmp_path / "absente.p12", PASSWORD)
    assert "Impossible de lire la clé de signature" in say_error(caught.value, "fr")


@pytest.mark.parametrize(("name", "org", "email", "password", "expected"), [
    ("  ", "Org", "a@b.org", "longenough", "Indiquez le nom de la personne"),
    ("Ana", "", "a@b.org", "longenough", "Indiquez le nom de l'organisme"),
    ("Ana", "Org", "", "longenough", "Indiquez le courriel"),
    ("Ana", "Org", "ana at org", "longenough", "n'est pas une adresse courriel"),
    ("Ana", "Org", "a@b.org", "court", "au moins 8 caractères"),
    ("A" * 65, "Org", "a@b.org", "longenough", "au plus 64 caractères"),
])
def test_refusals_name_the_field_and_write_nothing(tmp_path, name, org, email, password, expected):
    out = tmp_path / "cle.p12"
    with pytest.raises(UserInputError) as caught:
        create_signing_key(out, name, org, email, password, "fr")
    assert expected in say_error(caught.value, "fr")
    assert list(tmp_path.iterdir()) == []
