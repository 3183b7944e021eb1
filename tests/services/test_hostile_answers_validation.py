"""Hostile answers files (hypothesis): validation never crashes, and ``agreement export`` either
writes a PDF or lists problems (exit 2/3) with no output file — never a traceback (exit 1)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partage_desktop.cli.main import main
from partage_desktop.platform.errors import DataUnusableError
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.services.agreements.export import check_answers, read_answers_file
from partage_desktop.words import say_error

TEMPLATES = sorted(catalogue().templates)
NASTY = st.sampled_from(["", " ", "<b>", "&amp;", "../../etc/passwd", "C:\\Windows", "\x00", "\u202e", "é" * 500,
                         "9" * 40, "2026-02-30", "-1", "1e309", "NaN", "{{ x }}", "%(x)s", "${x}", "\ud7ff"])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=60), NASTY)
JSON = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=5),
                                                    st.dictionaries(st.text(max_size=12), inner, max_size=5)),
                    max_leaves=25)
PARTY = st.dictionaries(st.sampled_from(["name", "neq", "address", "representative", "representative_title",
                                         "email", "phone", "extra"]), st.one_of(SCALARS, JSON), max_size=8)
ENVELOPE = st.fixed_dictionaries({
    "template": st.one_of(st.sampled_from(TEMPLATES), SCALARS),
    "lang": st.one_of(st.sampled_from(["fr", "en"]), SCALARS),
    "parties": st.one_of(st.lists(PARTY, max_size=6), JSON),
    "fields": st.one_of(st.dictionaries(st.text(max_size=20), JSON, max_size=8), JSON),
}, optional={"clauses": JSON, "meta": JSON, "surprise": JSON})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(ENVELOPE, JSON))
def test_validation_never_crashes_on_hostile_answers(raw):
    result = check_answers(raw, "fr")
    assert isinstance(result.problems, list)
    if not result.errors:
        assert result.answers is not None
    for problem in result.problems:
        assert str(problem)


def _example_with(example_answers, path, value):
    raw = example_answers()
    node = raw
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return raw


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(field=st.sampled_from([("parties", 0, "name"), ("fields", "purpose"), ("fields", "start_date"),
                              ("fields", "items"), ("fields", "recall_days"), ("parties", 1, "email"),
                              ("meta",), ("clauses",)]),
       value=st.one_of(SCALARS, JSON))
def test_one_hostile_value_in_a_real_answers_file_is_named_or_accepted(tmp_path_factory, example_answers,
                                                                       field, value):
    """The export's validation path (read the file, then check it against its template)."""
    folder = tmp_path_factory.mktemp("hostile")
    answers = folder / "answers.json"
    answers.write_text(json.dumps(_example_with(example_answers, field, value), ensure_ascii=False), "utf-8")
    try:
        raw = read_answers_file(answers, "fr")
    except DataUnusableError as exc:
        assert say_error(exc, "fr").strip()
        return
    result = check_answers(raw, "fr")
    for problem in result.errors:  # every problem says where it is
        assert problem.path and problem.message


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_export_of_garbage_bytes_is_refused_cleanly(tmp_path_factory, capsys, blob):
    folder = tmp_path_factory.mktemp("garbage")
    answers = folder / "answers.json"
    answers.write_bytes(blob)
    out = folder / "out.pdf"
    code = main(["--lang", "en", "agreement", "export", "--answers", str(answers), "--out", str(out)])
    assert code in (2, 3)
    assert not out.exists()
    assert capsys.readouterr().err.strip()
