"""Member names of exchange archives (hypothesis): an accepted name never leads outside the folder
it would be read into, and archives with any other name are refused whole."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partage_desktop.store.exchange import ExchangeRefused, read_archive, safe_member_name

PIECES = st.sampled_from(["..", ".", "", "/", "\\", "C:", "c:", "a", "pièce jointe.pdf", "~", " ", "\x00", "\n",
                          "con", "..\\..", "%2e%2e", "\u2025", "ﹰ", "a/../..", "//server/share"])
NAMES = st.one_of(st.text(min_size=1, max_size=40), st.lists(PIECES, min_size=1, max_size=6).map("".join),
                  st.lists(PIECES, min_size=1, max_size=6).map("/".join))


@settings(max_examples=400, deadline=None)
@given(NAMES)
def test_accepted_names_stay_inside(name):
    if not safe_member_name(name):
        return
    base = Path("/srv/base").resolve()
    target = Path(os.path.normpath(base / name))
    assert target == base or base in target.parents
    assert not Path(name).is_absolute() and ".." not in Path(name).parts


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(NAMES)
def test_archives_with_any_name_are_read_or_refused_whole(tmp_path_factory, name):
    folder = tmp_path_factory.mktemp("names")
    raw = b"content"
    manifest = {"format": "partage-exchange", "format_version": 1, "kind": "agreement",
                "members": {name: {"sha256": hashlib.sha256(raw).hexdigest(), "size": len(raw)}}}
    path = folder / "a.partage"
    try:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("manifest.json", json.dumps(manifest))
            archive.writestr(name, raw)
    except (ValueError, UnicodeEncodeError, IndexError):
        return  # the zip module itself cannot write such a name
    before = sorted(p.name for p in folder.parent.iterdir())
    try:
        content = read_archive(path)
    except ExchangeRefused as exc:
        assert exc.reason in {"unsafe_path", "checksum", "missing", "not_exchange"}
    else:
        assert safe_member_name(name)
        assert list(content.members) == [name]
    assert sorted(p.name for p in folder.parent.iterdir()) == before  # nothing extracted anywhere


@pytest.mark.parametrize("name", ["../x", "/x", "C:/x", "a\\b", "a//b", "./x", "x/", "a/ ", "nul\x00"])
def test_known_bad_names(name):
    assert not safe_member_name(name)


@pytest.mark.parametrize("name", ["agreement.json", "versions/1.pdf", "pieces-jointes/procès-verbal 2026.pdf"])
def test_good_names(name):
    assert safe_member_name(name)
