"""Archival versions in the data folder: a version's PDF is dated with its own export date and
authored by our organization, drawing it again gives the same bytes, and an exchange file's
versions keep the layout their pages were drawn with."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from datetime import date, datetime

import pikepdf
from pdfa_check import pdfa_findings
from pikepdf import pdfa

from partage_desktop.cli.main import main
from partage_desktop.core.agreements.render import build_document
from partage_desktop.pdf.agreement.draw import render_agreement
from partage_desktop.pdf.agreement.layouts import ARCHIVAL, CURRENT, LEGACY
from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import versions as av
from partage_desktop.services.agreements.amendments import start_amendment
from partage_desktop.services.agreements.copies import check_pdf_bytes
from partage_desktop.services.agreements.export import check_answers
from partage_desktop.services.organizations.address_book import (
    OrganizationData,
    list_organizations,
    save_organization,
)

TODAY = date(2026, 11, 23)
OURS = "Carrefour emploi Hochelaga-Maisonneuve"


def rows(data, sql, *args):
    con = sqlite3.connect(data.database)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def info_of(pdf: bytes) -> dict[str, str]:
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        meta = opened.open_metadata()
        return {"author": str(opened.docinfo.Author), "created": str(opened.docinfo.CreationDate),
                "modified": str(opened.docinfo.ModDate), "creator": list(meta["dc:creator"]),
                "xmp_created": meta["xmp:CreateDate"]}


def stored(data, reference):
    return rows(data, "SELECT v.created_at, v.layout, v.pdf FROM agreement_version v JOIN agreement a "
                      "ON a.id = v.agreement_id WHERE a.reference = ? ORDER BY v.number", reference)


def test_a_version_is_dated_by_its_export_and_authored_by_our_organization(data, example_answers, tmp_path):
    # no organization marked as ours yet: "Partage"
    first = drafts.create_draft(data, example_answers("pret-materiel"), today=TODAY)
    exported = av.export_version(data, first, "fr")
    assert info_of(exported.pdf)["author"] == "Partage"

    save_organization(data, OrganizationData(legal_name=OURS, is_own=True))
    save_organization(data, OrganizationData(legal_name="Autre organisme partenaire"))
    ref = drafts.create_draft(data, example_answers("locaux-partages"), today=TODAY)
    exported = av.export_version(data, ref, "fr")
    (created_at, layout, pdf), = stored(data, ref)
    assert layout == CURRENT == ARCHIVAL and bytes(pdf) == exported.pdf
    when = datetime.fromisoformat(created_at)
    assert when.microsecond == 0
    found = info_of(exported.pdf)
    assert found["author"] == OURS and found["creator"] == [OURS]
    stamp = when.strftime("D:%Y%m%d%H%M%S")
    assert found["created"].startswith(stamp) and found["modified"].startswith(stamp)  # not 1 January 2000
    assert datetime.fromisoformat(found["xmp_created"]).replace(tzinfo=None) == when
    assert not pdfa_findings(exported.pdf)
    assert check_pdf_bytes(data, exported.pdf, "fr").status == "identical"


def test_drawing_a_stored_version_again_gives_its_bytes_even_later_and_renamed(data, example_answers):
    save_organization(data, OrganizationData(legal_name=OURS, is_own=True))
    ref = drafts.create_draft(data, example_answers("pret-materiel"), today=TODAY)
    exported = av.export_version(data, ref, "fr")
    # our organization renamed since, and time has passed: the version stays as it was exported
    own = next(o for o in list_organizations(data) if o.is_own)
    save_organization(data, OrganizationData(legal_name="Nouveau nom", is_own=True, id=own.id))
    assert av.redraw_version(data, ref, 1, "fr") == exported.pdf
    # exporting unchanged answers again returns the same version, byte for byte
    again = av.export_version(data, ref, "fr")
    assert not again.created and again.pdf == exported.pdf


def test_an_amendment_version_is_archival_and_draws_again_the_same(data, example_answers):
    parent = drafts.create_draft(data, example_answers("pret-materiel"), today=TODAY)
    av.export_version(data, parent, "fr")
    av.mark_signed(data, parent, date(2026, 11, 20), "fr", today=TODAY)
    ref = start_amendment(data, parent, "fr")
    answers = drafts.load_draft(data, ref)
    answers["fields"]["end_date"] = "2027-12-22"
    drafts.save_draft(data, ref, answers)
    exported = av.export_version(data, ref, "fr")
    (created_at, layout, _), = stored(data, ref)
    assert layout == ARCHIVAL
    assert info_of(exported.pdf)["created"].startswith(datetime.fromisoformat(created_at).strftime("D:%Y%m%d%H%M%S"))
    assert not pdfa_findings(exported.pdf)
    assert av.redraw_version(data, ref, 1, "fr") == exported.pdf
    assert check_pdf_bytes(data, exported.pdf, "fr").status == "identical"


def exchange_members(data, reference, path):
    assert main(["--data-dir", str(data.root), "exchange", "export", "--agreement", reference,
                 "--out", str(path)]) == 0
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def rebuild(path, members):
    import hashlib

    members = {n: raw for n, raw in members.items() if n != "manifest.json"}
    listed = {n: {"sha256": hashlib.sha256(raw).hexdigest(), "size": len(raw)} for n, raw in members.items()}
    manifest = {"format": "partage-exchange", "format_version": 1, "kind": "agreement", "members": listed,
                "holds": {"agreements": 1}}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        for name, raw in members.items():
            archive.writestr(name, raw)
    return path


def test_incoming_versions_keep_the_layout_their_pages_match(two_folders, example_answers, tmp_path, capsys):
    here, there = two_folders
    ref = drafts.create_draft(here, example_answers("pret-materiel"), today=TODAY)
    archival = av.export_version(here, ref, "fr")
    members = exchange_members(here, ref, tmp_path / "a.partage")
    assert main(["--data-dir", str(there.root), "exchange", "import", str(tmp_path / "a.partage")]) == 0
    (created_at, layout, pdf), = stored(there, ref)
    assert layout == ARCHIVAL and bytes(pdf) == archival.pdf
    assert created_at == stored(here, ref)[0][0]
    assert av.redraw_version(there, ref, 1, "fr") == archival.pdf  # its date and author travelled with it

    # the same version as an earlier release exported it (layout 1): accepted, recorded as layout 1
    answers = check_answers(av.version_answers(here, ref, 1, "fr"), "fr").answers
    members["versions/1.pdf"] = render_agreement(build_document(answers), LEGACY)
    other = tmp_path / "autre"
    assert main(["--data-dir", str(other), "exchange", "import", str(rebuild(tmp_path / "b.partage", members))]) == 0
    capsys.readouterr()
    from partage_desktop.platform import datadir

    folder = datadir.resolve(str(other))
    (_, layout, pdf), = stored(folder, ref)
    assert layout == LEGACY and bytes(pdf) == members["versions/1.pdf"]


def test_a_version_received_without_its_pdf_is_drawn_again_with_its_date(two_folders, example_answers, tmp_path):
    here, there = two_folders
    ref = drafts.create_draft(here, example_answers("pret-materiel"), today=TODAY)
    av.export_version(here, ref, "fr")
    members = exchange_members(here, ref, tmp_path / "a.partage")
    doc = json.loads(members["agreement.json"])
    doc["versions"][0]["pdf"] = None
    members.pop("versions/1.pdf")
    members["agreement.json"] = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    assert main(["--data-dir", str(there.root), "exchange", "import", str(rebuild(tmp_path / "b.partage", members))]) == 0
    (created_at, layout, pdf), = stored(there, ref)
    assert pdf is None and layout == CURRENT
    drawn = av.version_pdf(there, ref, 1, "fr")
    assert info_of(drawn)["created"].startswith(datetime.fromisoformat(created_at).strftime("D:%Y%m%d%H%M%S"))
    assert drawn == av.version_pdf(there, ref, 1, "fr")
    assert check_pdf_bytes(there, drawn, "fr").status == "identical"


def test_board_resolutions_are_archival_and_dated_as_their_version(data, example_answers, tmp_path):
    from partage_desktop.services.agreements.resolutions import board_resolutions

    save_organization(data, OrganizationData(legal_name=OURS, is_own=True))
    ref = drafts.create_draft(data, example_answers("locaux-partages"), today=TODAY)
    av.export_version(data, ref, "fr")
    (created_at, _, _), = stored(data, ref)
    items = board_resolutions(data, ref, 1, "fr")
    for item in items:
        path = tmp_path / item.file_name
        path.write_bytes(item.pdf)
        report = pdfa.validate_written(path, "3b")
        assert report.passed and not report.findings, report.findings
        found = info_of(item.pdf)
        assert found["author"] == OURS
        assert found["created"].startswith(datetime.fromisoformat(created_at).strftime("D:%Y%m%d%H%M%S"))
    assert [i.pdf for i in board_resolutions(data, ref, 1, "fr")] == [i.pdf for i in items]


def test_a_command_line_export_names_our_organization_without_creating_a_database(data, example_answers,
                                                                                   tmp_path):
    answers = tmp_path / "reponses.json"
    answers.write_text(json.dumps(example_answers("pret-materiel"), ensure_ascii=False), "utf-8")
    empty = tmp_path / "vide"
    assert main(["--data-dir", str(empty), "agreement", "export", "--answers", str(answers),
                 "--out", str(tmp_path / "a.pdf")]) == 0
    assert info_of((tmp_path / "a.pdf").read_bytes())["author"] == "Partage"
    assert not (empty / "partage.sqlite3").exists()
    save_organization(data, OrganizationData(legal_name=OURS, is_own=True))
    assert main(["--data-dir", str(data.root), "agreement", "export", "--answers", str(answers),
                 "--out", str(tmp_path / "b.pdf")]) == 0
    exported = (tmp_path / "b.pdf").read_bytes()
    assert info_of(exported)["author"] == OURS and not pdfa_findings(exported)
    assert rows(data, "SELECT COUNT(*) FROM agreement") == [(0,)]  # nothing recorded
