"""File › Open an answers file with wrong JSON types anywhere: the app never crashes, it says what
it left out (or why it opens nothing), and the wizard only ever holds shapes it can show."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QFileDialog, QMessageBox

from partage_desktop.core.agreements.answers_shape import usable_answers
from partage_desktop.platform.resources import templates_dir
from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.ui import build_main_window
from partage_desktop.ui.wizard.window import GROUP_PAGES, Page

TEMPLATES = sorted(catalogue().templates)


def base_document(template_id: str) -> dict:
    """The template's example, with own wording too, so that every level can be broken."""
    raw = json.loads((templates_dir() / "examples" / f"{template_id}.json").read_text("utf-8"))
    template = catalogue().get(template_id)
    first = template.articles[0]
    raw["clauses"] = {"added": [{"title": "Clés", "text": "Les clés restent au bureau.", "after": first.id}],
                      "reworded": {first.clauses[0].id: "Texte à nous."}}
    return raw


BASES = {t: base_document(t) for t in TEMPLATES}


def places(node, path=()):
    """Every place of a document (containers and leaves), as key paths; never meta, which an
    opened file loses anyway (it becomes a new draft)."""
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            if path or key != "meta":
                yield from places(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from places(value, (*path, i))


def wrong_value(original, table_cell=False):
    """A value whose JSON type no place with ``original`` accepts. A cell of a table takes text or a
    number in any column (the wizard shows it as typed, to correct), so only other types are wrong."""
    odd_text = st.sampled_from(["abc", "", "\ud800", "²", "<b>&", "9" * 40])
    containers = st.one_of(st.lists(st.integers(), max_size=2), st.dictionaries(st.sampled_from(["a", "title"]),
                                                                               st.integers(), max_size=2))
    if table_cell and (isinstance(original, (str, int, float)) and not isinstance(original, bool)):
        return st.one_of(st.booleans(), containers)
    if isinstance(original, bool):
        return st.one_of(odd_text.filter(bool), st.integers(), containers)
    if isinstance(original, str):
        return st.one_of(st.booleans(), containers)
    if isinstance(original, int):
        return st.one_of(st.booleans(), st.just("abc"), st.just(10**40), containers)
    if isinstance(original, list):
        return st.one_of(st.booleans(), st.integers(), odd_text, st.dictionaries(st.just("x"), st.integers()))
    if isinstance(original, dict):
        return st.one_of(st.booleans(), st.integers(), odd_text, st.lists(st.integers(), max_size=3),
                         st.lists(odd_text, min_size=1, max_size=2))
    return st.one_of(st.booleans(), st.integers(), containers)


def set_at(doc, path, value):
    if not path:
        return value
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


@st.composite
def hostile_documents(draw):
    doc = copy.deepcopy(BASES[draw(st.sampled_from(TEMPLATES))])
    paths = list(places(doc))
    done: list[tuple] = []
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(paths))
        if any(path[:len(p)] == p for p in done):
            continue  # already inside a broken part
        if isinstance(_get(doc, path), dict) and draw(st.integers(0, 4)) == 0:
            _get(doc, path)["inconnu"] = draw(st.integers())  # a key nobody knows, at that level
            continue
        cell = len(path) == 4 and path[0] == "fields" and isinstance(path[2], int)  # fields.<table>[row].<column>
        doc = set_at(doc, path, draw(wrong_value(_get(doc, path), table_cell=cell)))
        done.append(path)
    return doc


def _get(doc, path):
    for key in path:
        doc = doc[key]
    return doc


def visit_every_step(wiz):
    """Every step the template has, initialized and asked whether it may go on, as the user's
    Next and Back would do, with no jumping over a step whose Next is disabled."""
    for page_id in wiz.pageIds():
        group = GROUP_PAGES.get(Page(page_id))
        if group is not None and not wiz.group_has_fields(group):
            continue
        page = wiz.page(page_id)
        page.initializePage()
        page.isComplete()
        page.refresh_state()


@pytest.fixture
def main_window(qtbot, data_dir):
    win = build_main_window(data_dir, "fr")
    qtbot.addWidget(win)
    win.show()
    return win


def open_file(win, monkeypatch, tmp_path, text):
    source = tmp_path / "reponses.json"
    source.write_text(text, "utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *a, **k: shown.append(f"{title}\n{text}"))
    before = list(win.wizards)
    win.findChild(object, "action:open-answers").trigger()
    opened = [w for w in win.wizards if w not in before]
    return shown, opened[0] if opened else None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(doc=hostile_documents())
def test_hostile_answers_file_never_crashes_and_always_says_so(qtbot, main_window, monkeypatch, tmp_path, doc):
    shown, wiz = open_file(main_window, monkeypatch, tmp_path, json.dumps(doc))
    assert len(shown) == 1  # refused, or opened with what was left out listed
    if wiz is None:
        assert shown[0].startswith("Impossible d'ouvrir le fichier")
        return
    assert shown[0].startswith("Des parties du fichier ont été laissées de côté")
    assert usable_answers(catalogue(), wiz.answers, "fr").left_out == []  # nothing left the wizard can't show
    visit_every_step(wiz)
    wiz.close()
    saved = drafts.load_draft(main_window.data, wiz.reference)
    assert usable_answers(catalogue(), saved, "fr").left_out == []


@pytest.mark.parametrize("case,expected", [
    ({"clauses": {"added": "abc"}}, "Clauses\u00a0: Une liste de lignes est attendue."),
    ({"clauses": {"added": ["x", {"title": "Clés", "text": "Texte"}]}}, "Clause ajoutée 1\u00a0: Un objet JSON est attendu."),
    ({"clauses": "x"}, "Clauses\u00a0: Un objet JSON est attendu."),
    ({"parties": [{"name": "Le Répit"}, "Comptoir"]}, "Partie 2\u00a0: Un objet JSON est attendu."),
])
def test_the_files_that_crashed_the_app_open_without_the_bad_part(qtbot, main_window, monkeypatch, tmp_path,
                                                                    example_answers, case, expected):
    raw = {**example_answers("pret-materiel"), **case}
    shown, wiz = open_file(main_window, monkeypatch, tmp_path, json.dumps(raw))
    assert wiz is not None and expected in shown[0]
    visit_every_step(wiz)
    while wiz.currentId() != Page.CLAUSES:
        wiz.back() if wiz.currentId() > Page.CLAUSES else wiz.next()
    wiz.close()


@pytest.mark.parametrize("text,expected", [
    ("[1, 2]", "n'est pas un fichier de réponses"),
    ('{"template": 5}', "Modèle d'entente inconnu"),
    ("{pas du json", "JSON illisible"),
])
def test_a_file_with_nothing_usable_opens_nothing_and_says_why(qtbot, main_window, monkeypatch, tmp_path,
                                                                text, expected):
    shown, wiz = open_file(main_window, monkeypatch, tmp_path, text)
    assert wiz is None and main_window.wizards == []
    assert len(shown) == 1 and expected in shown[0]


def test_text_in_a_tables_number_column_opens_as_typed_to_correct(qtbot, main_window, monkeypatch, tmp_path):
    """A table cell takes what a person may type (the row is shown and flagged in the wizard): text
    where a number belongs is not left out, so nothing is announced at opening."""
    doc = copy.deepcopy(BASES["locaux-partages"])
    doc["fields"]["keys"][2]["quantity"] = "abc"
    shown, wiz = open_file(main_window, monkeypatch, tmp_path, json.dumps(doc))
    assert shown == [] and wiz is not None
    assert wiz.answers["fields"]["keys"][2]["quantity"] == "abc"
    wiz.close()
