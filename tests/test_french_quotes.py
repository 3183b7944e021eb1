"""French quotes « » hold their words with no-break spaces (U+00A0 or U+202F), never ordinary
spaces, in every text a user reads: the interface's translations, the message catalogues (as
they are printed, after their French spacing), the guides and the agreement templates."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "partage_fr.ts"
# « followed, or » preceded, by an ordinary space (or any spacing that is not a no-break space)
BAD = re.compile(r"«[^\S\u00a0\u202f]|[^\S\u00a0\u202f]»")


def offenders(texts):
    return [text for text in texts if BAD.search(text)]


def test_the_pattern_finds_ordinary_spaces_and_accepts_no_break_ones():
    assert offenders(["« %1 »", "«\u00a0%1 »", "«\u00a0%1\u00a0»", "«\u202f-\u202f»", "a\n» b"]) == \
        ["« %1 »", "«\u00a0%1 »", "a\n» b"]


def test_the_interface_translations():
    translations = []
    for message in ET.parse(TS).iter("message"):
        node = message.find("translation")
        if node is not None:
            translations += [node.text or ""] + [n.text or "" for n in node.iter("numerusform")]
    assert len(translations) > 500
    assert offenders(translations) == []


def _render(text: str) -> str:
    """A catalogue text with every placeholder filled, as t() prints it."""
    names = {field for _, field, _, _ in string.Formatter().parse(text) if field}
    return text.format(**{name.split(".")[0].split("[")[0]: 2 for name in names})


def test_the_message_catalogues_as_printed():
    from babel.messages.pofile import read_po

    from partage_desktop.pdf.report.labels import labels as report_labels
    from partage_desktop.platform.resources import resource_path

    with resource_path("i18n", "messages", "fr", "LC_MESSAGES", "partage.po").open("rb") as po:
        catalogue = [m for m in read_po(po) if m.id]
    printed = [_render(text) for m in catalogue for text in (m.string if m.pluralizable else (m.string,))]
    assert len(printed) > 100
    printed += list(report_labels("fr").values())
    assert offenders(printed) == []


@pytest.mark.parametrize("english", [
    "argument --limit: invalid int value: 'abc'",
    "argument command: invalid choice: 'frobnicate' (choose from 'export', 'list')",
])
def test_command_line_usage_errors(english):
    from partage_desktop.cli.main import _french_usage

    french = _french_usage(english)
    assert "«" in french and offenders([french]) == []


def test_refusal_details():
    from zipfile import BadZipFile

    from partage_desktop.store.errors import system_detail
    from partage_desktop.words import say

    assert offenders([say(system_detail(BadZipFile("Bad CRC-32 for file 'agreement.json'")), "fr")]) == []


def test_the_guides_and_templates():
    files = sorted((ROOT / "resources" / "guides" / "fr").rglob("*.md"))
    assert files
    assert [f.name for f in files if BAD.search(f.read_text("utf-8"))] == []
    from partage_desktop.core.agreements.template_loader import load_catalogue
    from partage_desktop.platform.resources import templates_dir

    catalogue = load_catalogue(templates_dir())
    french: list[str] = []

    def walk(value: object, seen: set[int]) -> None:
        if id(value) in seen:
            return
        seen.add(id(value))
        if isinstance(value, dict):
            if isinstance(value.get("fr"), str):
                french.append(value["fr"])
            for v in value.values():
                walk(v, seen)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v, seen)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name), seen)

    walk(catalogue, set())
    assert len(french) > 100
    assert offenders(french) == []
