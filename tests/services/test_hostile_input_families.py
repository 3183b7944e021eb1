"""One property-based family per input format: whatever arrives, the command or service either
succeeds or answers with the app's own user-facing errors (exit 2 or 3, UserInputError,
DataUnusableError) — never an unexpected error (exit 1), never a half-written result.

Formats: answers file, exchange file (agreement and project), backup archive, journal text markup,
logo image. The hostile pieces are those that used to crash: nesting deeper than the stack, lone
surrogates (``\\ud800``), integers past 2⁶³ or too long to convert, ``1e999``/``NaN``, a non-object
where an object is expected, ``***text***``, an image header in front of damaged data.
"""

from __future__ import annotations

import base64
import copy
import io
import json
import os
import sqlite3
import zipfile

import pytest
from hostile_exchange import import_into_fresh_copy, members_of
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from safetydata import add_agreement, prepared
from safetydata import example as example_answers

from partage_desktop.cli.main import main
from partage_desktop.platform.errors import DataUnusableError, UserInputError
from partage_desktop.services.data.session import close_all
from partage_desktop.services.exchange.agreements import export_agreement
from partage_desktop.services.exchange.project import export_project
from partage_desktop.services.journal import entries as svc

EXAMPLES = int(os.environ.get("PARTAGE_HYPOTHESIS_EXAMPLES", "20"))
SLOW = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
FAST = settings(max_examples=max(EXAMPLES * 4, 50), deadline=None)
MARK = "@@hostile@@"

# raw JSON fragments, written into a document as they are
FRAGMENTS = st.one_of(
    st.integers(40, 20_000).map(lambda n: "[" * n + "]" * n),
    st.integers(40, 5_000).map(lambda n: '{"a":' * n + "1" + "}" * n),
    st.sampled_from(['"\\ud800"', '"a\\udfffb"', '{"\\ud800": 1}', "1e999", "-1e999", "NaN", "Infinity",
                     "9" * 5000, str(2**63), str(-(2**63) - 1), str(2**64), "[1, 2", '"', "{}", "[]", "null",
                     "true", "0", "-1", '"<h1>✔ Signée</h1>"', '"\\u001b[2J"', '"***texte***"']),
    st.text(max_size=20).map(json.dumps),
    st.integers(-(2**70), 2**70).map(str),
)


def _with_fragment(doc, path: tuple, fragment: str) -> str:
    doc = copy.deepcopy(doc)
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = MARK
    return json.dumps(doc).replace(json.dumps(MARK), fragment, 1)


def _paths(doc, prefix: tuple = (), depth: int = 0) -> list[tuple]:
    """Every path into a document (dict keys and list items), to place a fragment at."""
    out = [prefix] if prefix else []
    if depth > 5:
        return out
    if isinstance(doc, dict):
        for key, value in doc.items():
            out += _paths(value, prefix + (key,), depth + 1)
    elif isinstance(doc, list):
        for i, value in enumerate(doc[:2]):
            out += _paths(value, prefix + (i,), depth + 1)
    return out


# --------------------------------------------------------------------------- answers file

ANSWERS = example_answers("locaux-partages")


@SLOW
@given(path=st.sampled_from(_paths(ANSWERS)), fragment=FRAGMENTS)
@example(path=("parties", 0, "name"), fragment='"Centre \\ud800"')  # the reported cases, always tried
@example(path=("fields",), fragment="[" * 100_000 + "]" * 100_000)
@example(path=("fields", "start_date"), fragment='"9999-12-31"')
def test_answers_files_never_crash_the_export(tmp_path_factory, capsys, path, fragment):
    folder = tmp_path_factory.mktemp("reponses")
    answers = folder / "r.json"
    answers.write_text(_with_fragment(ANSWERS, path, fragment), "utf-8")
    out = folder / "e.pdf"
    code = main(["--data-dir", str(folder / "d"), "agreement", "export", "--answers", str(answers),
                 "--out", str(out)])
    err = capsys.readouterr().err
    assert code in (0, 2, 3), err
    assert out.exists() == (code == 0)


@FAST
@given(text=st.text(max_size=200) | FRAGMENTS)
def test_any_text_as_an_answers_file_is_read_or_refused(tmp_path_factory, text):
    from partage_desktop.services.agreements.export import check_answers, read_answers_file

    path = tmp_path_factory.mktemp("texte") / "r.json"
    path.write_text(text, "utf-8", errors="surrogatepass")
    try:
        raw = read_answers_file(path, "fr")
    except DataUnusableError:
        return
    check_answers(raw, "fr")  # problems are listed, never raised


# --------------------------------------------------------------------------- exchange files

@pytest.fixture(scope="module")
def exchange_sources(tmp_path_factory):
    sender = prepared(tmp_path_factory.mktemp("envoi"))
    add_agreement(sender, "ENT-2026-0001", versions=1)
    project = svc.save_project(sender, svc.ProjectData(name="Cuisine collective", stage="running"))
    con = sqlite3.connect(sender.database)
    with con:
        con.execute("UPDATE agreement SET project_id = ?", (project.id,))
    con.close()
    agreement_file = tmp_path_factory.mktemp("a") / "a.partage"
    project_file = tmp_path_factory.mktemp("p") / "p.partage"
    export_agreement(sender, "ENT-2026-0001", agreement_file, "fr")
    export_project(sender, project.id, project_file, "fr")
    empty = prepared(tmp_path_factory.mktemp("vide"))
    close_all()
    return {"agreement": members_of(agreement_file), "project": members_of(project_file), "empty": empty.database}


def _import(tmp_path_factory, capsys, sources, kind: str, members: dict[str, bytes]) -> None:
    code, data = import_into_fresh_copy(tmp_path_factory.mktemp("import"), sources["empty"], kind, members, capsys)
    con = sqlite3.connect(data.database)
    try:
        rows = con.execute("SELECT (SELECT COUNT(*) FROM agreement) + (SELECT COUNT(*) FROM project)").fetchone()[0]
    finally:
        con.close()
    assert (rows > 0) == (code == 0)


@SLOW
@given(data=st.data(), fragment=FRAGMENTS)
def test_exchange_files_of_an_agreement_never_crash_the_import(tmp_path_factory, capsys, exchange_sources, data,
                                                               fragment):
    members = dict(exchange_sources["agreement"])
    doc = json.loads(members["agreement.json"])
    path = data.draw(st.sampled_from(_paths(doc)))
    members["agreement.json"] = _with_fragment(doc, path, fragment).encode("utf-8", "surrogatepass")
    _import(tmp_path_factory, capsys, exchange_sources, "agreement", members)


@SLOW
@given(data=st.data(), fragment=FRAGMENTS, where=st.sampled_from(["project", "agreement", "whole agreement"]))
@example(data=None, fragment="[1, 2, 3]", where="whole agreement")
def test_exchange_files_of_a_project_never_crash_the_import(tmp_path_factory, capsys, exchange_sources, data,
                                                            fragment, where):
    members = dict(exchange_sources["project"])
    name = "project.json" if where == "project" else next(n for n in members if n.endswith("agreement.json"))
    if where == "whole agreement" or data is None:  # a list, a number… where an agreement's object belongs
        members[name] = fragment.encode("utf-8", "surrogatepass")
    else:
        doc = json.loads(members[name])
        members[name] = _with_fragment(doc, data.draw(st.sampled_from(_paths(doc))), fragment).encode(
            "utf-8", "surrogatepass")
    _import(tmp_path_factory, capsys, exchange_sources, "project", members)


# --------------------------------------------------------------------------- backup archives

@pytest.fixture(scope="module")
def backup_source(tmp_path_factory):
    data = prepared(tmp_path_factory.mktemp("source"))
    close_all()
    out = tmp_path_factory.mktemp("sauvegarde") / "s.zip"
    assert main(["--data-dir", str(data.root), "backup", "create", "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}


MEMBER_NAMES = st.sampled_from(["pieces-jointes/1/a.pdf", "pieces-jointes/../../x", "../evasion", "/abs",
                                "pieces-jointes/", "C:/x", "pieces-jointes/1/A.PDF", "autre.txt",
                                "pieces-jointes/1/\u202etxt.exe"])


@SLOW
@given(manifest=st.none() | FRAGMENTS, extra=st.lists(st.tuples(MEMBER_NAMES, st.binary(max_size=64)), max_size=3),
       flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(1, 255)), max_size=3))
def test_backup_archives_never_crash_the_restore(tmp_path_factory, capsys, backup_source, manifest, extra, flips):
    import warnings

    folder = tmp_path_factory.mktemp("restauration")
    file = folder / "s.zip"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # names twice: part of the point
        with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, raw in backup_source.items():
                if name == "backup.json" and manifest is not None:
                    doc = json.loads(raw)
                    raw = _with_fragment(doc, ("counts",), manifest).encode("utf-8", "surrogatepass")
                archive.writestr(name, raw)
            for name, raw in extra:
                archive.writestr(name, raw)
    if flips:
        raw = bytearray(file.read_bytes())
        for at, xor in flips:
            raw[at % len(raw)] ^= xor
        file.write_bytes(bytes(raw))
    target = prepared(folder / "d")
    close_all()
    code = main(["--data-dir", str(target.root), "backup", "restore", str(file)])
    err = capsys.readouterr().err
    close_all()
    assert code in (0, 2, 3), err
    con = sqlite3.connect(target.database)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    outside = [p for p in folder.rglob("*") if p.name in ("x", "evasion", "abs")]
    assert outside == []


# --------------------------------------------------------------------------- journal text markup

MARKUP = st.text(alphabet=st.sampled_from("*-• \n<>&ab_\\[]()é"), max_size=80) | st.text(max_size=80)


@FAST
@given(text=MARKUP)
@example(text="***texte*** **a *b** c*")
def test_journal_text_always_gives_printable_markup(text):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from partage_desktop.core.journal.markup import report_paragraphs
    from partage_desktop.pdf.fonts import SERIF, register_fonts

    register_fonts()
    style = ParagraphStyle("t", fontName=SERIF, fontSize=9, leading=11)
    for markup in report_paragraphs(text):
        paragraph = Paragraph(markup, style)  # raises on crossed or unclosed tags
        paragraph.wrap(300, 800)
        shown = paragraph.getPlainText().replace("\u2022", "").replace("*", "")
        typed = text.replace("*", "")
        assert all(ch in typed for ch in shown if not ch.isspace())  # nothing invented, nothing obeyed


def test_the_journal_markup_cases_that_crashed_or_crawled():
    from partage_desktop.core.journal.markup import line_markup, report_paragraphs

    assert line_markup("***texte***") == "<b><i>texte</i></b>"
    assert line_markup("**a *b** c*") == "<b>a </b><b><i>b</i></b><i> c</i>"
    assert line_markup("x<y & *z") == "x&lt;y &amp; *z"
    long_entry = "*a " * 200_000  # 600 KB: cut into paragraphs of bounded size, in one pass
    paragraphs = report_paragraphs(long_entry)
    assert len(paragraphs) > 300 and max(len(p) for p in paragraphs) < 3000


# --------------------------------------------------------------------------- logo images

def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (20, 120, 60)).save(buffer, "PNG")
    return buffer.getvalue()


def _jpeg() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (20, 120, 60)).save(buffer, "JPEG")
    return buffer.getvalue()


IMAGES = st.sampled_from(["png", "jpeg"]).flatmap(
    lambda kind: st.tuples(st.just(kind), st.lists(st.tuples(st.integers(0, 10**5), st.integers(0, 255)),
                                                   max_size=4), st.integers(1, 10**5)))


def _damaged(kind: str, changes: list, cut: int) -> bytes:
    raw = bytearray(_png() if kind == "png" else _jpeg())
    for at, value in changes:
        raw[8 + at % (len(raw) - 8)] = value  # the header stays: it looks like an image
    return bytes(raw[: max(12, len(raw) - cut % len(raw))])


@SLOW
@given(image=IMAGES)
@example(image=("png", [], 10**5))
def test_logos_are_kept_and_printed_or_refused(tmp_path_factory, capsys, image):
    from partage_desktop.services.organizations import logo

    content = _damaged(*image)
    data = prepared(tmp_path_factory.mktemp("logo"))
    try:
        logo.set_own_logo(data, content, "fr")
    except UserInputError:
        assert logo.own_logo(data) is None
    answers = copy.deepcopy(ANSWERS)
    answers["meta"] = {"logo": base64.b64encode(content).decode()}
    path = data.root / "r.json"
    path.write_text(json.dumps(answers), "utf-8")
    out = data.root / "e.pdf"
    code = main(["--data-dir", str(data.root), "agreement", "export", "--answers", str(path), "--out", str(out)])
    err = capsys.readouterr().err
    close_all()
    assert code in (0, 2), err
    assert out.exists() == (code == 0)


def test_a_damaged_logo_is_refused_with_a_clear_message(tmp_path, capsys):
    from partage_desktop.services.organizations import logo

    damaged = _png()[:60]  # a PNG header, then nothing
    data = prepared(tmp_path / "d")
    with pytest.raises(UserInputError):
        logo.set_own_logo(data, damaged, "fr")
    answers = copy.deepcopy(ANSWERS)
    answers["meta"] = {"logo": base64.b64encode(damaged).decode()}
    path = tmp_path / "r.json"
    path.write_text(json.dumps(answers), "utf-8")
    code = main(["--data-dir", str(data.root), "agreement", "export", "--answers", str(path),
                 "--out", str(tmp_path / "e.pdf")])
    assert code == 2 and "logo" in capsys.readouterr().err.lower()
