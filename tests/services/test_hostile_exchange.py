"""Hostile agreement documents inside well-formed exchange files (hypothesis): the import either
refuses with a message (exit 2 or 3, nothing written) or imports whole — never a crash (exit 1)."""

from __future__ import annotations

import copy
import json
import os
import sqlite3

import pytest
from hostile_exchange import import_into_fresh_copy, members_of, set_at, write_exchange
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safetydata import add_agreement, prepared

from partage_desktop.cli.main import main
from partage_desktop.platform.lock import DataFolderLock
from partage_desktop.services.data.session import close_all
from partage_desktop.services.exchange import agreements as exchange

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 10**12), st.floats(allow_nan=False),
                    st.text(max_size=30), st.sampled_from(["2026-02-30", "../x", "versions/1.pdf", "ENT-1", ""]))
JSON = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                    st.dictionaries(st.text(max_size=10), inner, max_size=4)),
                    max_leaves=15)
PATHS = st.sampled_from([("reference",), ("title",), ("status",), ("lang",), ("template_id",), ("answers",),
                         ("start_date",), ("parties",), ("parties", 0), ("parties", 0, "position"),
                         ("parties", 0, "name"), ("versions",), ("versions", 0), ("versions", 0, "number"),
                         ("versions", 0, "fingerprint"), ("versions", 0, "pdf"), ("versions", 0, "answers"),
                         ("versions", 0, "created_at"), ("versions", 0, "template_version"),
                         ("answers", "parties"), ("versions", 0, "answers", "fields")])


@pytest.fixture(scope="module")
def original(tmp_path_factory):
    sender = prepared(tmp_path_factory.mktemp("sender"))
    add_agreement(sender, "ENT-2026-0001", versions=1)
    out = tmp_path_factory.mktemp("out") / "a.partage"
    exchange.export_agreement(sender, "ENT-2026-0001", out, "fr")
    close_all()
    return members_of(out)


@settings(max_examples=int(os.environ.get("PARTAGE_HYPOTHESIS_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(path=PATHS, value=st.one_of(SCALARS, JSON))
def test_hostile_agreement_documents_never_crash_the_import(tmp_path_factory, original, empty_database, capsys,
                                                           path, value):
    doc = json.loads(original["agreement.json"])
    set_at(doc, path, copy.deepcopy(value))
    members = {**original, "agreement.json": json.dumps(doc).encode()}
    code, data = import_into_fresh_copy(tmp_path_factory.mktemp("hostile"), empty_database, "agreement", members,
                                        capsys)
    con = sqlite3.connect(data.database)
    try:
        count = con.execute("SELECT COUNT(*) FROM agreement").fetchone()[0]
    finally:
        con.close()
    assert count == (1 if code == 0 else 0)


def test_import_is_refused_while_partage_is_open(tmp_path, original, capsys):
    data = prepared(tmp_path / "donnees")
    file = tmp_path / "a.partage"
    write_exchange(file, "agreement", original)
    with DataFolderLock(data.root):
        assert main(["--data-dir", str(data.root), "exchange", "import", str(file)]) == 3
        assert "déjà ouvert" in capsys.readouterr().err
        assert main(["--data-dir", str(data.root), "exchange", "import", str(file), "--dry-run"]) == 0
    close_all()
