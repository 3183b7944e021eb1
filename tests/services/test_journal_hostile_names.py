"""Hostile text through the journal's real writers (hypothesis): CSV cells never start a formula,
attachment names are one plain segment wherever they are written or shown (the copy in the data
folder, the name in the journal, the member of an exchange file, an imported attachment)."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safetydata import prepared

from partage_desktop.core.journal.vocabulary import Scope
from partage_desktop.core.safe_names import safe_file_name
from partage_desktop.services.data.session import close_all
from partage_desktop.services.journal import entries as svc
from partage_desktop.services.journal.attachments import add_attachment
from partage_desktop.services.journal.export import csv_text
from partage_desktop.store.exchange import safe_member_name

FORMULA = ("=", "+", "-", "@", "\t", "\r")
TEXT = st.one_of(
    st.text(min_size=1, max_size=60),
    st.tuples(st.sampled_from(["=", "+", "-", "@", "＝", "\t"]),
              st.sampled_from(["HYPERLINK(\"http://x\")", "SUM(A1:A9)", "1+1", "cmd|' /C calc'!A0"])).map("".join),
)
NAMES = st.one_of(
    st.text(min_size=1, max_size=80).filter(lambda s: "/" not in s and "\x00" not in s),
    st.lists(st.sampled_from(["..", ".", " ", "CON", "nul", "\u202e", "gnp", ".exe", "é", "?", "*", ":", "|",
                              "<", ">", "\ufeff", "a" * 90, ".pdf", "\x07"]), min_size=1, max_size=6).map("".join),
)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    data = prepared(tmp_path_factory.mktemp("hostile") / "donnees")
    p = svc.save_project(data, svc.ProjectData(name="=Projet"))
    yield data, p
    close_all()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TEXT, body=TEXT, author=TEXT, lang=st.sampled_from(["fr", "en"]))
def test_csv_export_never_hands_excel_a_formula(project, title, body, author, lang):
    data, p = project
    if not title.strip():
        title = "=" + title + "x"
    entry = svc.save_entry(data, svc.EntryData(project_id=p.id, title=title, body=body, author=author[:150],
                                               entry_date=date(2026, 5, 1), tags=("=cmd", "@x")))
    try:
        text, _count = csv_text(data, Scope(project_id=p.id), lang)
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";" if lang == "fr" else ","))
        [row] = [r for r in rows[1:] if r[0] == str(entry.id)]
        for column in (2, 4, 5, 6, 7, 11, 12):  # project, title, author, tags, partners, estimate, text
            assert not row[column].startswith(FORMULA), (column, row[column])
        assert row[4] in (entry.title, "'" + entry.title)  # shown as typed, nothing lost
        assert row[12] in (entry.body, "'" + entry.body)
        assert row[2] == "'=Projet"
    finally:
        svc.trash_entry(data, entry.id)
        svc.empty_trash(data)


def _plain_segment(name: str) -> bool:
    return bool(name) and safe_file_name(name) == name and safe_member_name(name)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(NAMES)
def test_attachment_names_are_plain_wherever_they_go(project, tmp_path_factory, raw):
    from partage_desktop.services.exchange.project import project_members

    data, p = project
    entry = svc.save_entry(data, svc.EntryData(project_id=p.id, title="Pièce", entry_date=date(2026, 5, 2)))
    folder = tmp_path_factory.mktemp("source")
    try:
        source = folder / raw
        source.write_bytes(b"contenu")
    except (OSError, ValueError):
        return  # a name this file system itself refuses cannot reach the journal
    try:
        attached = add_attachment(data, entry.id, source)
        assert _plain_segment(attached.stored_name)
        assert (data.attachments / attached.stored_name).parent == data.attachments
        assert _plain_segment(attached.original_name) and "\u202e" not in attached.original_name
        doc, members = project_members(data, p.id, "fr")
        names = [a["member"] for e in doc["entries"] for a in e["attachments"]]
        assert names and all(safe_member_name(n) for n in names)
        assert all(members[n] == b"contenu" for n in names)
    finally:
        svc.trash_entry(data, entry.id)
        svc.empty_trash(data)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(NAMES)
def test_an_imported_attachment_name_is_made_plain(tmp_path_factory, raw):
    """A partner's archive names its attachment as it likes: it arrives as one plain segment."""
    import hashlib
    import json
    import zipfile

    from partage_desktop.services.exchange.project import import_project

    folder = tmp_path_factory.mktemp("recu")
    doc = {"name": "Projet reçu", "purpose": "", "resource_kind": "", "continuum_position": "", "stage": "running",
           "start_date": None, "agreements": [],
           "entries": [{"kind": "note", "entry_date": "2026-05-03", "author": "", "title": "Avec pièce", "body": "",
                        "money_cents": None, "money_kind": None, "money_estimate": "", "minutes": None, "tags": [],
                        "attachments": [{"name": raw, "member": "attachments/0/0-fichier"}]}]}
    members = {"project.json": json.dumps(doc).encode(), "attachments/0/0-fichier": b"octets"}
    manifest = {"format": "partage-exchange", "format_version": 1, "kind": "project", "holds": {},
                "members": {n: {"sha256": hashlib.sha256(r).hexdigest(), "size": len(r)} for n, r in members.items()}}
    path = folder / "recu.partage"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        for n, r in members.items():
            z.writestr(n, r)
    data = prepared(folder / "donnees")
    try:
        if len(raw) > 255:
            return
        import_project(data, path, "fr")
        import sqlite3

        con = sqlite3.connect(data.database)
        [(original, stored)] = con.execute("SELECT original_name, stored_name FROM attachment").fetchall()
        con.close()
        assert _plain_segment(original) and _plain_segment(stored)
        assert (data.attachments / stored).read_bytes() == b"octets"
    finally:
        close_all()
