"""Signing certificates travel in exchange files: a key made here registers its certificate as
ours; agreements and projects sent carry ours; a partner's import previews them, adds the new
ones to the book of trusted certificates (source "exchange") with the rest, changes nothing the
second time, and refuses the whole file when a certificate is hostile."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from hostile_exchange import members_of, write_exchange
from safetydata import add_agreement

from partage_desktop.cli.main import main
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.data.session import close_all
from partage_desktop.services.exchange import agreements as exchange
from partage_desktop.services.exchange import files as exchange_files
from partage_desktop.services.exchange.project import export_project
from partage_desktop.services.journal import entries as journal
from partage_desktop.services.signing.keys import (
    create_own_signing_key,
    create_signing_key,
    export_certificate,
)
from partage_desktop.services.signing.trust import register_own_certificate, trusted_certificates
from partage_desktop.words import say


def rows(data, sql, *args):
    con = sqlite3.connect(data.database)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def certificate(name="Léa Tremblay", organization="Cuisine Hochelaga", ca=False, days=(-1, 3650),
                key_cert_sign=False) -> bytes:
    """A certificate's DER bytes, made on the spot."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization)])
    now = dt.datetime.now(dt.UTC)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(now + dt.timedelta(days=days[0])).not_valid_after(now + dt.timedelta(days=days[1]))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if key_cert_sign:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
            key_agreement=False, key_cert_sign=True, crl_sign=False, encipher_only=False, decipher_only=False),
            critical=True)
    return builder.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


@pytest.fixture(scope="module")
def our_key(tmp_path_factory):
    """Our representative's key, made once in the app's way (RSA 3072 takes a moment): its data
    folder, what it is, and its certificate's PEM file."""
    from safetydata import prepared

    root = tmp_path_factory.mktemp("nous")
    data = prepared(root / "donnees")
    info = create_own_signing_key(data, root / "cle.p12", "Marie Gagnon", "Carrefour emploi Hochelaga",
                                  "marie@carrefour.org", "mot de passe sûr", "fr")
    pem = root / "cle.cer"
    export_certificate(root / "cle.p12", "mot de passe sûr", pem, "fr")
    yield data, info, pem
    close_all()


@pytest.fixture
def ours(our_key, tmp_path):
    """Our data folder with our certificate in its book and one agreement."""
    from safetydata import prepared

    _data, info, pem = our_key
    here = prepared(tmp_path / "ici")
    assert register_own_certificate(here, pem.read_bytes(), "fr").new
    add_agreement(here, "ENT-2026-0042", versions=1)
    return here, info


def test_a_key_made_here_registers_its_certificate_as_ours(our_key, tmp_path):
    data, info, pem = our_key
    book = trusted_certificates(data)
    assert [(c.sha256, c.source, c.name) for c in book] == [(info.certificate.sha256, "ours", "Marie Gagnon")]
    # made without a data folder, a key changes no book
    create_signing_key(tmp_path / "autre.p12", "Paul Roy", "Autre", "paul@autre.org", "mot de passe sûr", "fr")
    assert len(trusted_certificates(data)) == 1
    # registering it again changes nothing
    assert not register_own_certificate(data, pem.read_bytes(), "fr").new
    assert len(trusted_certificates(data)) == 1


def test_an_agreement_sent_carries_our_certificates(ours, tmp_path):
    data, info = ours
    file = tmp_path / "envoi.partage"
    summary = exchange.export_agreement(data, "ENT-2026-0042", file, "fr")
    members = members_of(file)
    name = f"certificates/{info.certificate.sha256}.cer"
    assert summary["certificates"] == 1
    assert hashlib.sha256(members[name]).hexdigest() == info.certificate.sha256
    x509.load_der_x509_certificate(members[name])  # DER bytes
    assert json.loads(members["agreement.json"])["certificates"] == [name]
    # the manifest lists and counts it as every other member; the format version is unchanged
    import zipfile

    with zipfile.ZipFile(file) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format_version"] == 1 and manifest["holds"]["certificates"] == 1
    assert manifest["members"][name]["sha256"] == info.certificate.sha256


def test_a_project_sent_carries_our_certificates(ours, tmp_path):
    data, info = ours
    project = journal.save_project(data, journal.ProjectData(name="Cuisine collective", purpose="Cuisiner",
                                                             stage="running"))
    file = tmp_path / "projet.partage"
    assert export_project(data, project.id, file, "fr")["certificates"] == 1
    members = members_of(file)
    assert json.loads(members["project.json"])["certificates"] == [f"certificates/{info.certificate.sha256}.cer"]


def test_the_partner_previews_imports_once_and_nothing_the_second_time(ours, tmp_path):
    from safetydata import prepared

    data, info = ours
    file = tmp_path / "envoi.partage"
    exchange.export_agreement(data, "ENT-2026-0042", file, "fr")
    there = prepared(tmp_path / "partenaire")
    plan = exchange_files.preview_import(there, file, "fr")
    assert [(c.info.sha256, c.new, c.expired) for c in plan.certificates] == [(info.certificate.sha256, True, False)]
    text = "\n".join(plan.lines("fr", dry_run=True))
    assert "1 certificat de signature joint (1 nouveau" in text
    assert f"nouveau\u00a0: Marie Gagnon (Carrefour emploi Hochelaga), empreinte {info.certificate.short}" in text
    assert "comparez d'abord leur empreinte avec le partenaire" in text  # importing trusts: how to be sure
    assert rows(there, "SELECT COUNT(*) FROM trusted_certificate") == [(0,)]  # a preview writes nothing

    exchange_files.import_file(there, file, "fr")
    assert rows(there, "SELECT sha256, source FROM trusted_certificate") == [(info.certificate.sha256, "exchange")]
    assert rows(there, "SELECT reference FROM agreement") == [("ENT-2026-0042",)]

    again = exchange_files.preview_import(there, file, "fr")
    assert [c.new for c in again.certificates] == [False]
    assert "déjà dans le carnet" in "\n".join(again.lines("fr", dry_run=True))
    assert "comparez d'abord" not in "\n".join(again.lines("fr", dry_run=True))  # nothing new to trust
    before = rows(there, "SELECT * FROM trusted_certificate")
    second = exchange_files.import_file(there, file, "fr")
    assert not second.applied and rows(there, "SELECT * FROM trusted_certificate") == before


def test_a_certificate_already_in_the_book_keeps_its_entry(ours, tmp_path):
    data, info = ours
    file = tmp_path / "envoi.partage"
    exchange.export_agreement(data, "ENT-2026-0042", file, "fr")
    exchange.import_agreement_file(data, file, "fr")  # our own file, back home
    assert rows(data, "SELECT source FROM trusted_certificate") == [("ours",)]


def test_a_certificate_is_new_enough_for_an_import(ours, tmp_path):
    """The agreement is already here, the certificate not: the import adds the certificate alone."""
    from safetydata import prepared

    data, info = ours
    there = prepared(tmp_path / "partenaire")
    plain = tmp_path / "sans-certificat.partage"
    exchange.export_agreement(data, "ENT-2026-0042", tmp_path / "envoi.partage", "fr")
    members = members_of(tmp_path / "envoi.partage")
    doc = json.loads(members["agreement.json"])
    doc.pop("certificates")
    write_exchange(plain, "agreement", {"agreement.json": json.dumps(doc).encode(),
                                        **{k: v for k, v in members.items() if k.startswith("versions/")}})
    exchange_files.import_file(there, plain, "fr")
    assert rows(there, "SELECT COUNT(*) FROM trusted_certificate") == [(0,)]
    plan = exchange_files.import_file(there, tmp_path / "envoi.partage", "fr")
    assert plan.applied and plan.items[0].action == "unchanged"
    assert rows(there, "SELECT source FROM trusted_certificate") == [("exchange",)]


def test_a_project_import_adds_the_certificates_in_the_same_import(ours, tmp_path):
    from safetydata import prepared

    data, info = ours
    project = journal.save_project(data, journal.ProjectData(name="Cuisine collective", purpose="Cuisiner",
                                                             stage="running"))
    file = tmp_path / "projet.partage"
    export_project(data, project.id, file, "fr")
    there = prepared(tmp_path / "partenaire")
    plan = exchange_files.preview_import(there, file, "en")
    assert "1 signing certificate enclosed (1 new" in "\n".join(plan.lines("en", dry_run=True))
    done = exchange_files.import_file(there, file, "fr")
    assert done.applied and [c.new for c in done.certificates] == [True]
    assert rows(there, "SELECT source FROM trusted_certificate") == [("exchange",)]
    assert rows(there, "SELECT name FROM project") == [("Cuisine collective",)]
    assert not exchange_files.import_file(there, file, "fr").applied


def test_an_expired_certificate_is_kept_and_said_expired(tmp_path, two_folders):
    here, there = two_folders
    add_agreement(here, "ENT-2026-0005", versions=1)
    exchange.export_agreement(here, "ENT-2026-0005", tmp_path / "a.partage", "fr")
    members = members_of(tmp_path / "a.partage")
    der = certificate(days=(-800, -30))
    name = f"certificates/{hashlib.sha256(der).hexdigest()}.cer"
    doc = json.loads(members["agreement.json"])
    doc["certificates"] = [name]
    file = tmp_path / "expire.partage"
    write_exchange(file, "agreement", {**members, "agreement.json": json.dumps(doc).encode(), name: der})
    plan = exchange_files.preview_import(there, file, "fr")
    assert [c.expired for c in plan.certificates] == [True]
    assert "expiré" in "\n".join(plan.lines("fr", dry_run=True))
    exchange_files.import_file(there, file, "fr")
    assert rows(there, "SELECT COUNT(*) FROM trusted_certificate") == [(1,)]


# ---------------------------------------------------------------- hostile certificates: the whole file refused


def _hostile(kind: str):
    good = certificate()
    good_name = f"certificates/{hashlib.sha256(good).hexdigest()}.cer"
    if kind == "not_a_certificate":
        raw = b"\x30\x82\x01\x00" + b"pas un certificat" * 10
        return {f"certificates/{hashlib.sha256(raw).hexdigest()}.cer": raw}, None, "n'est pas un certificat lisible"
    if kind == "huge":
        raw = b"\x30" * (65 * 1024)
        return {f"certificates/{hashlib.sha256(raw).hexdigest()}.cer": raw}, None, "trop volumineux"
    if kind == "wrong_name":
        return {f"certificates/{'0' * 64}.cer": good}, None, "ne correspond pas à son empreinte"
    if kind == "odd_name":
        return {"certificates/partenaire.cer": good}, None, "ne correspond pas à son empreinte"
    if kind == "too_many":
        many = {}
        for i in range(21):
            der = certificate(name=f"Personne {i}")
            many[f"certificates/{hashlib.sha256(der).hexdigest()}.cer"] = der
        return many, None, "au plus 20"
    if kind == "authority":
        der = certificate(name="Autorité", ca=True)
        return {f"certificates/{hashlib.sha256(der).hexdigest()}.cer": der}, None, "autorité de certification"
    if kind == "signs_certificates":
        der = certificate(name="Autorité", key_cert_sign=True)
        return {f"certificates/{hashlib.sha256(der).hexdigest()}.cer": der}, None, "autorité de certification"
    if kind == "not_listed":
        return {good_name: good}, [], "sans être annoncé"
    if kind == "listed_not_a_list":
        return {good_name: good}, good_name, "certificates"
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["not_a_certificate", "huge", "wrong_name", "odd_name", "too_many", "authority",
                                  "signs_certificates", "not_listed", "listed_not_a_list"])
def test_a_hostile_certificate_refuses_the_whole_file(kind, tmp_path, two_folders):
    here, there = two_folders
    add_agreement(here, "ENT-2026-0006", versions=1)
    exchange.export_agreement(here, "ENT-2026-0006", tmp_path / "a.partage", "fr")
    members = members_of(tmp_path / "a.partage")
    good = certificate(name="Bonne Personne")
    good_name = f"certificates/{hashlib.sha256(good).hexdigest()}.cer"
    extra, listed, reason = _hostile(kind)
    doc = json.loads(members["agreement.json"])
    # a good certificate beside the hostile one: it is not imported either
    doc["certificates"] = [good_name, *(extra if listed is None else listed)] if not isinstance(listed, str) \
        else listed
    file = tmp_path / "hostile.partage"
    write_exchange(file, "agreement", {**members, "agreement.json": json.dumps(doc).encode(), good_name: good,
                                       **extra})
    for action in (exchange_files.preview_import, exchange_files.import_file):
        with pytest.raises(UserInputError) as refused:
            action(there, file, "fr")
        assert reason in "\n".join(say(m, "fr") for m in refused.value.problems)
    assert rows(there, "SELECT COUNT(*) FROM trusted_certificate") == [(0,)]
    assert rows(there, "SELECT COUNT(*) FROM agreement") == [(0,)]


def test_a_hostile_certificate_refuses_a_project_file(ours, tmp_path, two_folders):
    data, _info = ours
    _here, there = two_folders
    project = journal.save_project(data, journal.ProjectData(name="Cuisine collective", purpose="Cuisiner",
                                                             stage="running"))
    export_project(data, project.id, tmp_path / "p.partage", "fr")
    members = members_of(tmp_path / "p.partage")
    der = certificate(name="Autorité", ca=True)
    name = f"certificates/{hashlib.sha256(der).hexdigest()}.cer"
    doc = json.loads(members["project.json"])
    doc["certificates"].append(name)
    file = tmp_path / "hostile.partage"
    write_exchange(file, "project", {**members, "project.json": json.dumps(doc).encode(), name: der})
    with pytest.raises(UserInputError) as refused:
        exchange_files.import_file(there, file, "en")
    assert "certificate authority" in "\n".join(say(m, "en") for m in refused.value.problems)
    assert rows(there, "SELECT COUNT(*) FROM trusted_certificate") == [(0,)]
    assert rows(there, "SELECT COUNT(*) FROM project") == [(0,)]


# ---------------------------------------------------------------- command line


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", ["1 certificat de signature joint (1 nouveau pour le carnet des certificats de confiance)\u00a0:",
            "nouveau\u00a0: Marie Gagnon (Carrefour emploi Hochelaga), empreinte "]),
    ("en", ["1 signing certificate enclosed (1 new to the book of trusted certificates):",
            "new: Marie Gagnon (Carrefour emploi Hochelaga), fingerprint "]),
])
def test_the_dry_run_lists_the_certificates(ours, tmp_path, capsys, lang, expected):
    from safetydata import prepared

    data, info = ours
    file = tmp_path / "envoi.partage"
    exchange.export_agreement(data, "ENT-2026-0042", file, "fr")
    there = prepared(tmp_path / "partenaire")
    capsys.readouterr()
    code = main(["--data-dir", str(there.root), "--lang", lang, "exchange", "import", str(file), "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0
    for text in expected:
        assert text in out
    assert info.certificate.short in out  # groups of four
    assert rows(there, "SELECT COUNT(*) FROM trusted_certificate") == [(0,)]
    main(["--data-dir", str(there.root), "--lang", lang, "exchange", "import", str(file), "--dry-run", "--json"])
    shown = json.loads(capsys.readouterr().out)
    assert [(c["sha256"], c["new"]) for c in shown["certificates"]] == [(info.certificate.sha256, True)]


def test_the_checks_that_do_not_know_certificates_accept_a_file_carrying_them(ours, tmp_path):
    """A release before certificates travelled reads such a file and ignores them: the archive's
    checks and the agreement's (the same in that release) accept the listed members and the key."""
    from partage_desktop.services.exchange.agreement_check import _check_incoming
    from partage_desktop.store.exchange import read_archive

    data, info = ours
    file = tmp_path / "envoi.partage"
    exchange.export_agreement(data, "ENT-2026-0042", file, "fr")
    content = read_archive(file)
    doc = content.json("agreement.json")
    assert doc["certificates"] and content.manifest["format_version"] == 1
    pdfs = {k: v for k, v in content.members.items() if k.startswith("versions/")}
    assert _check_incoming(doc, pdfs, "fr") == []


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", "Il joint aussi notre certificat de signature, pour que le partenaire reconnaisse nos signatures."),
    ("en", "It also carries our signing certificate, so that the partner recognizes our signatures."),
])
def test_the_export_says_it_carries_our_certificate(ours, tmp_path, capsys, lang, expected):
    data, _info = ours
    file = tmp_path / "envoi.partage"
    code = main(["--data-dir", str(data.root), "--lang", lang, "exchange", "export", "--agreement", "ENT-2026-0042",
                 "--out", str(file)])
    assert code == 0 and expected in capsys.readouterr().out
    assert any(n.startswith("certificates/") for n in members_of(file))
