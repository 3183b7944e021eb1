"""Hostile project documents inside well-formed exchange files (hypothesis): the import either
refuses with a message (exit 2 or 3, nothing written, no attachment copied) or imports whole —
never a crash (exit 1)."""

from __future__ import annotations

import copy
import json
import os
import sqlite3
from datetime import date

import pytest
from hostile_exchange import import_into_fresh_copy, members_of, set_at
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safetydata import add_agreement, prepared

from partage_desktop.services.data.session import close_all
from partage_desktop.services.exchange.project import export_project
from partage_desktop.services.journal import entries as svc
from partage_desktop.services.journal.attachments import add_attachment

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 10**18), st.floats(allow_nan=False),
                    st.text(max_size=30), st.sampled_from(["2026-02-30", "../x", "attachments/0/0-pv.pdf",
                                                           "agreements/0/agreement.json", "manifest.json", "",
                                                           "meeting", "saved", "running"]))
JSON = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                    st.dictionaries(st.text(max_size=10), inner, max_size=4)),
                    max_leaves=15)
PATHS = st.sampled_from([("name",), ("purpose",), ("stage",), ("resource_kind",), ("continuum_position",),
                         ("start_date",), ("entries",), ("entries", 0), ("entries", 0, "kind"),
                         ("entries", 0, "entry_date"), ("entries", 0, "title"), ("entries", 0, "body"),
                         ("entries", 0, "author"), ("entries", 0, "tags"), ("entries", 0, "minutes"),
                         ("entries", 0, "money_cents"), ("entries", 0, "money_kind"),
                         ("entries", 0, "money_estimate"), ("entries", 0, "attachments"),
                         ("entries", 0, "attachments", 0), ("entries", 0, "attachments", 0, "name"),
                         ("entries", 0, "attachments", 0, "member"), ("agreements",), ("agreements", 0)])


@pytest.fixture(scope="module")
def original(tmp_path_factory):
    sender = prepared(tmp_path_factory.mktemp("sender"))
    project = svc.save_project(sender, svc.ProjectData(name="Cuisine collective", stage="running"))
    entry = svc.save_entry(sender, svc.EntryData(project_id=project.id, title="Réunion", kind="meeting",
                                                 entry_date=date(2026, 3, 2), tags=("gouvernance",),
                                                 hours=((None, 60),), money_cents=100, money_kind="saved"))
    source = tmp_path_factory.mktemp("src") / "pv.pdf"
    source.write_bytes(b"%PDF-1.4")
    add_attachment(sender, entry.id, source)
    add_agreement(sender, "ENT-2026-0001", versions=1)
    con = sqlite3.connect(sender.database)
    with con:
        con.execute("UPDATE agreement SET project_id = ?", (project.id,))
    con.close()
    out = tmp_path_factory.mktemp("out") / "p.partage"
    export_project(sender, project.id, out, "fr")
    close_all()
    return members_of(out)


@settings(max_examples=int(os.environ.get("PARTAGE_HYPOTHESIS_EXAMPLES", "60")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(path=PATHS, value=st.one_of(SCALARS, JSON))
def test_hostile_project_documents_never_crash_the_import(tmp_path_factory, original, empty_database, capsys,
                                                         path, value):
    doc = json.loads(original["project.json"])
    set_at(doc, path, copy.deepcopy(value))
    members = {**original, "project.json": json.dumps(doc).encode()}
    code, data = import_into_fresh_copy(tmp_path_factory.mktemp("hostile"), empty_database, "project", members,
                                        capsys)
    con = sqlite3.connect(data.database)
    try:
        projects = con.execute("SELECT COUNT(*) FROM project").fetchone()[0]
        agreements = con.execute("SELECT COUNT(*) FROM agreement").fetchone()[0]
        stored = [r[0] for r in con.execute("SELECT stored_name FROM attachment")]
    finally:
        con.close()
    copies = sorted(p.name for p in data.attachments.iterdir()) if data.attachments.exists() else []
    if code == 0:
        assert projects == 1 and agreements <= 1 and sorted(stored) == copies
    else:
        assert (projects, agreements, stored, copies) == (0, 0, [], [])
