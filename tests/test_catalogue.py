"""The one catalogue of the words outside the Qt widgets (resources/i18n/messages): every message
code the code base asks for exists in French and in English, finished; no message is left unused;
both languages take the same placeholders; plurals follow each language's rule; the shipped .mo
files are compiled from the .po files as they are."""

from __future__ import annotations

import ast
import re
import string
import sys
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from partage_desktop.words import t, tn

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "partage_desktop"
MESSAGES = ROOT / "resources" / "i18n" / "messages"
LANGS = ("fr", "en")
# A placeholder that a language may leave out is named in the entry's comment: a system's own report
# (English whatever the language), or a word of one language's grammar (« représentée »).
OPTIONAL = re.compile(r"may be left out: (\w+(?:, \w+)*)")
CODE_HEAD = re.compile(r"[a-z]+(_[a-z]+)*_")  # the family of codes an f-string picks from
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402


@cache
def catalogue(lang: str) -> Catalog:
    with (MESSAGES / lang / "LC_MESSAGES" / "partage.po").open("rb") as po:
        return read_po(po, abort_invalid=True)


def messages(lang: str) -> dict[str, Message]:
    return {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalogue(lang) if m.id}


def forms(message: Message) -> list[str]:
    return list(message.string) if message.pluralizable else [message.string]


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


@cache
def uses() -> tuple[dict[str, set[str]], set[str], set[str]]:
    """What the package asks the catalogue for: literal codes by function (t or tn; ``Message.of`` and
    ``Message.plural``, worded later by ``say``, count as t and tn), the constant
    heads of codes built with an f-string (``f"copy_{status}_{kind}"``), and every string constant
    (codes chosen through a variable, such as ``key = "db_damaged"``)."""
    literal: dict[str, set[str]] = {"t": set(), "tn": set(), "template": set()}
    prefixes: set[str] = set()
    constants: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            if isinstance(node, ast.JoinedStr) and isinstance(node.values[0], ast.Constant) \
                    and CODE_HEAD.fullmatch(str(node.values[0].value)):
                prefixes.add(str(node.values[0].value))
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else \
                node.func.attr if isinstance(node.func, ast.Attribute) else None
            if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id == "Message":  # a code worded later: Message.of / Message.plural
                name = {"of": "t", "plural": "tn"}.get(node.func.attr)
            if name not in ("t", "tn", "template"):
                continue
            first = node.args[0]
            choices = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
            for choice in choices:
                if isinstance(choice, ast.Constant) and isinstance(choice.value, str):
                    literal[name].add(choice.value)
                elif isinstance(choice, ast.JoinedStr):
                    assert isinstance(choice.values[0], ast.Constant), f"{path}: a code starts with its family"
    return literal, prefixes, constants


def test_the_code_base_asks_for_messages_this_test_can_see():
    literal, prefixes, _ = uses()
    assert len(literal["t"]) > 100 and len(literal["tn"]) > 10 and len(prefixes) >= 5


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_the_code_asks_for_is_there_and_finished(lang):
    literal, prefixes, _ = uses()
    found = messages(lang)
    missing = sorted((literal["t"] | literal["tn"] | literal["template"]) - set(found))
    assert missing == []
    unfinished = sorted(code for code, m in found.items() if m.fuzzy or not all(f.strip() for f in forms(m)))
    assert unfinished == []
    assert [p for p in prefixes if not any(code.startswith(p) for code in found)] == []


def test_plural_messages_are_asked_for_with_a_number():
    literal, _, _ = uses()
    found = messages("fr")
    assert sorted(c for c in literal["tn"] if not found[c].pluralizable) == []
    assert sorted(c for c in literal["t"] if found[c].pluralizable) == []


def test_no_message_is_left_unused():
    literal, prefixes, constants = uses()
    used = literal["t"] | literal["tn"] | literal["template"] | constants
    unused = sorted(code for code in messages("fr")
                    if code not in used and not any(code.startswith(p) for p in prefixes))
    assert unused == []


def test_both_languages_have_the_same_messages_and_placeholders():
    french, english = messages("fr"), messages("en")
    assert set(french) == set(english)
    differ = {}
    for code, message in french.items():
        other = english[code]
        assert message.pluralizable == other.pluralizable, code
        ours = set().union(*(placeholders(f) for f in forms(message)))
        theirs = set().union(*(placeholders(f) for f in forms(other)))
        optional = {name for note in message.auto_comments + other.auto_comments
                    for found in OPTIONAL.finditer(note) for name in found.group(1).split(", ")}
        if ours - optional != theirs - optional:
            differ[code] = (sorted(ours), sorted(theirs))
    assert differ == {}


@pytest.mark.parametrize(("lang", "rule"), [("fr", "(n > 1)"), ("en", "(n != 1)")])
def test_plural_entries_have_both_forms_of_the_language_rule(lang, rule):
    assert (catalogue(lang).num_plurals, catalogue(lang).plural_expr) == (2, rule)
    for code, message in messages(lang).items():
        if message.pluralizable:
            assert len(message.string) == 2 and all(form.strip() for form in message.string), code


def test_real_plural_rules():
    assert [tn("count_agreements", n, "fr") for n in (0, 1, 2)] == ["0 entente", "1 entente", "2 ententes"]
    assert [tn("count_agreements", n, "en") for n in (0, 1, 2)] == ["0 agreements", "1 agreement", "2 agreements"]
    assert tn("problems_header", 1, "en") == "The answers file has one problem; no PDF was created:"
    assert tn("problems_header", 3, "en") == "The answers file has 3 problems; no PDF was created:"


def test_french_typography_is_in_the_catalogue():
    # « … » with no-break spaces, a no-break space before a colon (read as it is, not re-spaced)
    assert t("out_dir_missing", "fr", path="x") == "Le dossier de destination «\u00a0x\u00a0» n'existe pas."
    assert t("usage_error", "fr", detail="d").startswith("Commande incorrecte\u00a0: d\n")


def test_another_language_reads_in_french():
    assert t("no_log", "de") == t("no_log", "fr") == "aucun journal n'a pu être écrit"
    assert t("no_log", "en") == "no log could be written"


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_mo_is_compiled_from_the_po(lang):
    po = MESSAGES / lang / "LC_MESSAGES" / "partage.po"
    assert po in translations.catalogues()
    assert translations.compiled(po) == po.with_suffix(".mo").read_bytes(), "run: python packaging/translations.py"


def test_agreement_statuses_have_one_source():
    """The command line, the PDF and the agreements list word a status the same way: from the
    catalogue, not from a second table in the Qt translations."""
    from partage_desktop.core.agreements.lifecycle import STATUSES, status_label

    assert [status_label(s, "fr") for s in STATUSES] == ["Brouillon", "Prête à signer", "Signée", "Échue", "Résiliée"]
    assert [status_label(s, "en") for s in STATUSES] == ["Draft", "Ready to sign", "Signed", "Expired", "Terminated"]
    ts = (ROOT / "resources" / "i18n" / "partage_fr.ts").read_text("utf-8")
    assert "<source>Ready to sign</source>" not in ts and "<source>Terminated</source>" not in ts


def test_words_is_a_leaf_that_imports_only_platform():
    imported = set()
    for path in (PACKAGE / "words").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    ours = {name for name in imported if name.startswith("partage_desktop")}
    assert ours and all(name.startswith(("partage_desktop.platform", "partage_desktop.words")) for name in ours), ours
