"""Hostile cases against trust: forged copies that claim a recorded reference and version, short
fingerprints, exchange files that smuggle PDFs or unsign a signed agreement, identifiers with a
final newline, and genuine copies written by another release of Partage."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from dataclasses import replace
from datetime import date

import pytest
from safetydata import add_agreement

from partage_desktop.cli.main import main
from partage_desktop.core.agreements.fingerprint import (
    canonical_text,
    fingerprint_of,
    full_hash,
    legacy_fingerprint_of,
    normalize_fingerprint,
)
from partage_desktop.platform import datadir
from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import versions as av
from partage_desktop.services.agreements.copies import check_pdf_bytes
from partage_desktop.services.agreements.export import render_pdf
from partage_desktop.services.data.database import prepare
from partage_desktop.services.data.session import close_all

TODAY = date(2026, 11, 23)


def recorded(data, example_answers, template="pret-materiel"):
    ref = drafts.create_draft(data, example_answers(template), today=TODAY)
    return ref, av.export_version(data, ref, "fr")


def forged_pdf(answers: dict, amount: str = "1.00") -> bytes:
    """A genuine Partage export of other answers (the van's value) claiming the same reference and
    version."""
    changed = json.loads(json.dumps(answers))
    changed["fields"]["items"][0]["value"] = amount
    return render_pdf(changed, changed["lang"]).pdf


def rows(data, sql, *args):
    con = sqlite3.connect(data.database)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


# ---------------------------------------------------------------- 1. three different answers


def test_a_forged_export_with_the_recorded_reference_and_version_is_a_warning(data, example_answers, tmp_path,
                                                                             capsys):
    ref, exported = recorded(data, example_answers)
    answers = av.version_answers(data, ref, 1, "fr")
    forged = forged_pdf(answers)

    check = check_pdf_bytes(data, forged, "fr")
    assert check.status == "mismatch" and check.exit_code == 4 and not check.ok and check.warning
    assert (check.reference, check.version) == (ref, 1)
    assert "ne correspond PAS" in check.message and exported.fingerprint in check.message
    path = tmp_path / "forge.pdf"
    path.write_bytes(forged)
    capsys.readouterr()
    assert main(["--data-dir", str(data.root), "agreement", "verify", str(path), "--json"]) == 4
    said = json.loads(capsys.readouterr().out)
    assert said["status"] == "mismatch" and said["recorded"][0]["fingerprint"] == exported.fingerprint

    # the recorded one is identical (exit 0), and only it
    good = tmp_path / "bonne.pdf"
    good.write_bytes(exported.pdf)
    assert main(["--data-dir", str(data.root), "agreement", "verify", str(good), "--lang", "en"]) == 0
    assert "identical to version 1" in capsys.readouterr().out


def test_a_genuine_export_unknown_here_is_neither_identical_nor_altered(data, example_answers, tmp_path, capsys):
    ref, exported = recorded(data, example_answers)
    elsewhere = datadir.resolve(str(tmp_path / "ailleurs"))
    prepare(elsewhere, "fr")
    check = check_pdf_bytes(elsewhere, exported.pdf, "en")
    assert check.status == "unknown" and check.exit_code == 5 and "not recorded here" in check.message
    # a version number this folder does not have is unknown too, not identical
    answers = av.version_answers(data, ref, 1, "fr")
    answers["meta"]["version"] = 2
    later = render_pdf(answers, "fr").pdf
    assert check_pdf_bytes(data, later, "fr").status == "unknown"
    # a data folder with no database at all: nothing is created, the copy is unknown here
    empty = tmp_path / "vide"
    path = tmp_path / "copie.pdf"
    path.write_bytes(exported.pdf)
    assert main(["--data-dir", str(empty), "agreement", "verify", str(path)]) == 5
    assert not (empty / "partage.sqlite3").exists()


def test_a_forged_amendment_with_the_recorded_reference_and_version_is_a_warning(data, example_answers):
    from partage_desktop.core.agreements.amendment import ParentInfo, build_amendment
    from partage_desktop.pdf.agreement.amendment import render_amendment
    from partage_desktop.services.agreements.amendments import start_amendment
    from partage_desktop.services.agreements.export import check_answers

    parent, _ = recorded(data, example_answers)
    av.mark_signed(data, parent, date(2026, 11, 20), "fr", today=TODAY)
    ref = start_amendment(data, parent, "fr")
    answers = drafts.load_draft(data, ref)
    answers["fields"]["end_date"] = "2027-12-22"
    drafts.save_draft(data, ref, answers)
    exported = av.export_version(data, ref, "fr")
    assert check_pdf_bytes(data, exported.pdf, "fr").status == "identical"

    # the same amendment number, reference and version, with another end date
    details = av.details(data, parent, "fr")
    info = ParentInfo(parent, 1, details.versions[0].fingerprint, details.title, details.signed_on)
    before = check_answers(av.version_answers(data, parent, 1, "fr"), "fr").answers
    other = av.version_answers(data, ref, 1, "fr")
    other["fields"]["end_date"] = "2028-12-22"
    after = check_answers(other, "fr").answers
    forged = render_amendment(build_amendment(1, info, before, after))[0]
    check = check_pdf_bytes(data, forged, "en")
    assert check.status == "mismatch" and check.exit_code == 4 and "amendment" in check.message


# ---------------------------------------------------------------- 2. full hash, 80-bit print


def test_the_printed_fingerprint_has_80_bits_and_earlier_prints_are_its_first_60():
    canonical = canonical_text({"a": 1})
    printed = fingerprint_of(canonical)
    assert len(printed.replace("-", "")) == 16  # 16 × 5 bits
    assert printed.startswith(legacy_fingerprint_of(canonical))
    assert len(legacy_fingerprint_of(canonical).replace("-", "")) == 12
    assert normalize_fingerprint(printed.lower().replace("-", " ")) == printed
    assert len(full_hash(canonical)) == 64


def test_the_same_reference_version_and_fingerprint_with_other_content_is_caught_by_the_full_hash(
        data, example_answers):
    """What a fingerprint collision would give: the recorded fingerprint on other content."""
    ref, exported = recorded(data, example_answers)
    forged = forged_pdf(av.version_answers(data, ref, 1, "fr"))
    forged_print = check_pdf_bytes(data, forged, "fr").fingerprint
    con = sqlite3.connect(data.database)
    with con:  # the record now shows the forged copy's printed fingerprint; its full hash stays
        con.execute("UPDATE agreement_version SET fingerprint = ?", (forged_print,))
    con.close()
    check = check_pdf_bytes(data, forged, "fr")
    assert check.status == "mismatch" and check.exit_code == 4


def test_versions_frozen_before_the_full_hash_keep_verifying_after_the_migration(tmp_path, example_answers):
    """A 0007 database with a version printed with 12 characters: the migration computes its full
    hash from the stored answers; the old PDF is still the recorded version, and exporting the
    same answers again does not freeze a new version."""
    from alembic import command

    from partage_desktop.core.agreements.fingerprint import canonical_json
    from partage_desktop.core.agreements.render import build_document
    from partage_desktop.pdf.agreement.draw import render_agreement
    from partage_desktop.services.agreements.export import check_answers
    from partage_desktop.store.engine import make_engine, sqlite_url
    from partage_desktop.store.schema.migrate import alembic_config

    data = datadir.resolve(str(tmp_path / "donnees"))
    data.root.mkdir(parents=True)
    engine = make_engine(sqlite_url(data.database))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007_exchange_base")
    engine.dispose()
    raw = example_answers("pret-materiel")
    raw["meta"] = {"reference": "ENT-2025-0001", "version": 1}
    answers = check_answers(raw, "fr").answers
    canonical = canonical_json(answers)
    old_print = legacy_fingerprint_of(canonical)
    old_pdf = render_agreement(replace(build_document(answers), fingerprint=old_print))
    con = sqlite3.connect(data.database)
    with con:
        con.execute("INSERT INTO agreement (reference, template_id, title, status, lang, answers_json, "
                    "created_at, updated_at) VALUES ('ENT-2025-0001', 'pret-materiel', 'Prêt', 'ready', 'fr', ?, "
                    "'2025-01-01', '2025-01-01')", (json.dumps(raw),))
        con.execute("INSERT INTO agreement_version (agreement_id, number, template_id, template_version, "
                    "answers_json, fingerprint, pdf, created_at) VALUES (1, 1, 'pret-materiel', ?, ?, ?, ?, "
                    "'2025-01-02')", (answers.template.version, canonical, old_print, old_pdf))
    con.close()
    prepare(data, "fr")
    try:
        assert rows(data, "SELECT sha256, unchecked FROM agreement_version") == [(full_hash(canonical), 0)]
        check = check_pdf_bytes(data, old_pdf, "fr")
        assert check.status == "identical" and check.fingerprint == old_print
        again = av.export_version(data, "ENT-2025-0001", "fr")
        assert (again.number, again.created, again.fingerprint) == (1, False, old_print)
        # a forged copy printing the same 12 characters over other content is still caught
        forged = forged_pdf(raw)
        assert check_pdf_bytes(data, forged, "fr").status == "mismatch"
    finally:
        close_all()


# ---------------------------------------------------------------- 7. another release wrote it


def test_a_genuine_copy_written_by_another_release_is_identical(data, example_answers, monkeypatch):
    from pypdf import PdfReader, PdfWriter

    import partage_desktop.pdf.agreement.draw as pdf_agreement
    from partage_desktop.core.agreements.render import build_document
    from partage_desktop.services.agreements.export import check_answers, verify_pdf_bytes

    ref, exported = recorded(data, example_answers)
    answers = check_answers(av.version_answers(data, ref, 1, "fr"), "fr").answers
    monkeypatch.setattr(pdf_agreement, "__version__", "0.9.1-ancienne")
    older = pdf_agreement.render_agreement(build_document(answers))
    monkeypatch.undo()
    assert older != exported.pdf and "0.9.1-ancienne" in PdfReader(io.BytesIO(older)).metadata["/Creator"]
    assert verify_pdf_bytes(older, "fr").ok
    assert check_pdf_bytes(data, older, "fr").status == "identical"
    # rewritten by another PDF tool (new producer, object numbers, compression): still the same pages

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(exported.pdf)))
    writer.add_metadata({"/Producer": "Autre outil 3.0", "/Creator": "Autre outil"})
    out = io.BytesIO()
    writer.write(out)
    assert check_pdf_bytes(data, out.getvalue(), "fr").status == "identical"


# ---------------------------------------------------------------- 3. what arrives is checked


def exchange_of(here, reference, path):
    assert main(["--data-dir", str(here.root), "exchange", "export", "--agreement", reference,
                 "--out", str(path)]) == 0
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n != "manifest.json"}


def rebuild(path, members):
    import hashlib

    listed = {n: {"sha256": hashlib.sha256(raw).hexdigest(), "size": len(raw)} for n, raw in members.items()}
    manifest = {"format": "partage-exchange", "format_version": 1, "kind": "agreement", "members": listed,
                "holds": {"agreements": 1}}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        for name, raw in members.items():
            archive.writestr(name, raw)
    return path


def test_an_incoming_version_pdf_that_shows_other_content_is_refused(two_folders, tmp_path, capsys):
    here, there = two_folders
    add_agreement(here, versions=1, status="ready")
    members = exchange_of(here, "ENT-2026-0001", tmp_path / "a.partage")
    doc = json.loads(members["agreement.json"])
    capsys.readouterr()
    # a genuine export of other answers in place of version 1's PDF
    answers = {k: v for k, v in doc["versions"][0]["answers"].items() if k != "template_version"}
    members["versions/1.pdf"] = forged_pdf(answers, "99.00")
    bad = rebuild(tmp_path / "b.partage", members)
    assert main(["--data-dir", str(there.root), "exchange", "import", str(bad)]) == 2
    assert "son PDF ne montre pas le contenu" in capsys.readouterr().err
    assert rows(there, "SELECT COUNT(*) FROM agreement") == [(0,)]
    # the same with one page of the true PDF edited
    from safetydata import edited_amount

    members["versions/1.pdf"] = edited_amount(exchange_of(here, "ENT-2026-0001", tmp_path / "c.partage")
                                              ["versions/1.pdf"])
    assert main(["--data-dir", str(there.root), "exchange", "import", str(rebuild(tmp_path / "d.partage",
                                                                                   members))]) == 2
    assert rows(there, "SELECT COUNT(*) FROM agreement_version") == [(0,)]


def other_template_version(doc: dict, fingerprint: str | None = None) -> tuple[dict, bytes]:
    """Version 1 as if made with template version 0.9: answers, fingerprint and a PDF that carries them."""
    from partage_desktop.core.agreements.render import build_document
    from partage_desktop.pdf.agreement.draw import render_agreement
    from partage_desktop.services.agreements.export import check_answers

    version = doc["versions"][0]
    answers = dict(version["answers"], template_version="0.9")
    canonical = canonical_text(answers)
    validated = check_answers({k: v for k, v in answers.items() if k != "template_version"}, "fr").answers
    printed = fingerprint or fingerprint_of(canonical)
    pdf = render_agreement(replace(build_document(validated), fingerprint=printed, attachment_json=canonical))
    version.update(answers=answers, template_version="0.9", fingerprint=printed)
    version.pop("sha256", None)
    return doc, pdf


def test_a_version_of_another_template_version_is_kept_apart_labelled_and_never_vouched_for(
        two_folders, tmp_path, capsys):
    here, there = two_folders
    add_agreement(here, versions=1, status="ready")
    members = exchange_of(here, "ENT-2026-0001", tmp_path / "a.partage")

    # with any fingerprint: refused
    doc, pdf = other_template_version(json.loads(members["agreement.json"]), fingerprint="AAAA-BBBB-CCCC-DDDD")
    members.update({"agreement.json": json.dumps(doc).encode(), "versions/1.pdf": pdf})
    capsys.readouterr()
    assert main(["--data-dir", str(there.root), "exchange", "import",
                 str(rebuild(tmp_path / "b.partage", members))]) == 2
    assert "AAAA-BBBB-CCCC-DDDD" in capsys.readouterr().err

    # with its true fingerprint: kept, marked unchecked, and said so
    doc, pdf = other_template_version(json.loads(exchange_of(here, "ENT-2026-0001", tmp_path / "c.partage")
                                                 ["agreement.json"]))
    members.update({"agreement.json": json.dumps(doc).encode(), "versions/1.pdf": pdf})
    good = rebuild(tmp_path / "d.partage", members)
    capsys.readouterr()
    assert main(["--data-dir", str(there.root), "exchange", "import", str(good), "--dry-run", "--lang", "en"]) == 0
    assert "made with another template version, kept apart unchecked" in capsys.readouterr().out
    assert main(["--data-dir", str(there.root), "exchange", "import", str(good), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["agreements"][0]["unchecked_versions"] == [1]
    assert rows(there, "SELECT unchecked FROM agreement_version") == [(1,)]
    check = check_pdf_bytes(there, pdf, "en")
    assert check.status == "unchecked" and check.exit_code == 6 and "could never be checked" in check.message

    # its PDF carrying other content than the version: refused
    doc, _ = other_template_version(json.loads(exchange_of(here, "ENT-2026-0001", tmp_path / "e.partage")
                                               ["agreement.json"]))
    _, other_pdf = other_template_version(json.loads(json.dumps(doc).replace("(v1)", "(v1 bis)")))
    members.update({"agreement.json": json.dumps(doc).encode(), "versions/1.pdf": other_pdf})
    capsys.readouterr()
    fresh = datadir.resolve(str(tmp_path / "autre"))
    prepare(fresh, "fr")
    assert main(["--data-dir", str(fresh.root), "exchange", "import",
                 str(rebuild(tmp_path / "f.partage", members))]) == 2


# ---------------------------------------------------------------- 4. signed stays signed


def test_a_partner_file_never_turns_our_signed_agreement_back_into_a_draft(two_folders, tmp_path, capsys):
    from partage_desktop.services.exchange.agreements import _local_state, state_hash

    here, _ = two_folders
    add_agreement(here, versions=1, status="ready")
    av.mark_signed(here, "ENT-2026-0001", date(2026, 11, 20), "fr", today=TODAY)
    members = exchange_of(here, "ENT-2026-0001", tmp_path / "a.partage")
    doc = json.loads(members["agreement.json"])
    from sqlalchemy import select

    from partage_desktop.services.data.session import session_scope
    from partage_desktop.store.models import Agreement

    with session_scope(here) as session:  # the hostile file claims to be based on our very state
        ours = session.scalars(select(Agreement)).one()
        doc["based_on"] = state_hash(_local_state(session, ours))
    doc["status"], doc["signed_on"] = "draft", None
    doc["answers"]["fields"]["items"][0]["value"] = "1.00"
    members["agreement.json"] = json.dumps(doc).encode()
    hostile = rebuild(tmp_path / "b.partage", members)
    before = rows(here, "SELECT status, signed_on, answers_json FROM agreement WHERE reference = 'ENT-2026-0001'")
    capsys.readouterr()
    assert main(["--data-dir", str(here.root), "exchange", "import", str(hostile), "--dry-run", "--lang", "en"]) == 0
    preview = capsys.readouterr().out
    assert "is signed here" in preview and "ENT-2026-0001-R1" in preview and "update" not in preview
    assert main(["--data-dir", str(here.root), "exchange", "import", str(hostile)]) == 0
    close_all()
    assert rows(here, "SELECT status, signed_on, answers_json FROM agreement WHERE reference = 'ENT-2026-0001'") \
        == before
    assert before[0][:2] == ("signed", "2026-11-20")
    assert rows(here, "SELECT status FROM agreement WHERE reference = 'ENT-2026-0001-R1'") == [("draft",)]
    # the same file again: the copy is not made twice, ours still untouched
    assert rows(here, "SELECT COUNT(*) FROM agreement_version v JOIN agreement a ON a.id = v.agreement_id "
                      "WHERE a.reference = 'ENT-2026-0001'") == [(1,)]


def test_an_update_preview_names_the_status_and_draft_it_replaces(two_folders, tmp_path, capsys):
    here, there = two_folders
    add_agreement(here, versions=1, status="ready")
    first = tmp_path / "a.partage"
    exchange_of(here, "ENT-2026-0001", first)
    assert main(["--data-dir", str(there.root), "exchange", "import", str(first)]) == 0
    av.mark_signed(there, "ENT-2026-0001", date(2026, 11, 20), "fr", today=TODAY)
    back = tmp_path / "b.partage"
    exchange_of(there, "ENT-2026-0001", back)
    capsys.readouterr()
    assert main(["--data-dir", str(here.root), "exchange", "import", str(back), "--dry-run", "--lang", "en"]) == 0
    assert "status: Ready to sign → Signed" in capsys.readouterr().out


# ---------------------------------------------------------------- 5. identifiers matched whole


def test_a_reference_with_a_final_newline_is_refused_everywhere(two_folders, tmp_path, capsys, example_answers):
    from partage_desktop.core.identifiers import is_reference, record_id
    from partage_desktop.services.agreements.export import check_answers
    from partage_desktop.services.organizations.address_book import NEQ

    here, there = two_folders
    assert is_reference("ENT-2025-0001") and not is_reference("ENT-2025-0001\n")
    with pytest.raises(ValueError):
        record_id("12\n")
    assert NEQ.fullmatch("1234567890") and not NEQ.fullmatch("1234567890\n")
    assert not NEQ.fullmatch("١٢٣٤٥٦٧٨٩٠")  # other scripts' digits are not an NEQ
    raw = example_answers()
    raw["meta"] = {"reference": "ENT-2025-0001\n", "version": 1}
    assert any(p.path == "meta.reference" for p in check_answers(raw, "fr").errors)

    add_agreement(here, reference="ENT-2025-0001", versions=1, status="ready")
    members = exchange_of(here, "ENT-2025-0001", tmp_path / "a.partage")
    assert main(["--data-dir", str(there.root), "exchange", "import", str(tmp_path / "a.partage")]) == 0
    doc = json.loads(members["agreement.json"])
    doc["reference"] = "ENT-2025-0001\n"
    members["agreement.json"] = json.dumps(doc).encode()
    capsys.readouterr()
    assert main(["--data-dir", str(there.root), "exchange", "import",
                 str(rebuild(tmp_path / "b.partage", members))]) == 2
    assert rows(there, "SELECT reference FROM agreement") == [("ENT-2025-0001",)]
    assert main(["--data-dir", str(here.root), "exchange", "export", "--project", "1\n",
                 "--out", str(tmp_path / "p.partage")]) == 2


def test_identifiers_in_templates_and_backups_are_matched_whole(tmp_path):
    from partage_desktop.core.identifiers import FIELD_ID, TEMPLATE_VERSION
    from partage_desktop.store.safety.backup import NAME

    assert FIELD_ID.fullmatch("end_date") and not FIELD_ID.fullmatch("end_date\n")
    assert TEMPLATE_VERSION.fullmatch("1.2") and not TEMPLATE_VERSION.fullmatch("1.2\n")
    assert not TEMPLATE_VERSION.fullmatch("١.٢")
    assert NAME.fullmatch("sauvegarde-20261122-101500-auto.zip")
    assert not NAME.fullmatch("sauvegarde-20261122-101500-auto.zip\n")


def with_annotation(pdf: bytes, draws: bool, signature: bool, extra: dict | None = None) -> bytes:
    """The PDF with a widget (a signature field, or another one) on its first page, drawing
    something or nothing (``extra``: more keys for the widget)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, StreamObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    stream = StreamObject()
    stream.set_data(b"BT /F1 12 Tf 0 0 Td (18 000,00 $) Tj ET" if draws else b"")
    stream.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                   NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(200),
                                                     FloatObject(20)])})
    widget = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/FT"): NameObject("/Sig" if signature else "/Tx"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (100, 100, 300, 120)]),
        NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(stream)}),
    })
    widget.update({NameObject(k): v for k, v in (extra or {}).items()})
    writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(widget)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_only_an_empty_signature_field_is_left_out_of_what_a_page_shows(data, example_answers):
    _ref, exported = recorded(data, example_answers)
    assert check_pdf_bytes(data, with_annotation(exported.pdf, draws=False, signature=True),
                           "fr").status == "identical"
    # anything drawn over a page counts, even posing as a signature
    assert check_pdf_bytes(data, with_annotation(exported.pdf, draws=True, signature=True), "fr").status == "altered"
    assert check_pdf_bytes(data, with_annotation(exported.pdf, draws=True, signature=False),
                           "fr").status == "altered"


def test_an_empty_signature_field_that_a_viewer_would_paint_counts(data, example_answers):
    """No appearance stream, yet a background or border colour (/MK), a border or a value: viewers
    paint it over the page (a white box can hide an amount), so the copy is no longer identical."""
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    _ref, exported = recorded(data, example_answers)
    white = ArrayObject([FloatObject(1), FloatObject(1), FloatObject(1)])
    for extra in ({"/MK": DictionaryObject({NameObject("/BG"): white})},
                  {"/MK": DictionaryObject({NameObject("/BC"): white})},
                  {"/BS": DictionaryObject({NameObject("/W"): NumberObject(40)})},
                  {"/C": white},
                  {"/V": TextStringObject("signed")}):
        pdf = with_annotation(exported.pdf, draws=False, signature=True, extra=extra)
        assert check_pdf_bytes(data, pdf, "fr").status == "altered", extra
