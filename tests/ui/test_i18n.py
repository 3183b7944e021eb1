"""Every French translation is present and finished, and the shipped .qm matches the .ts."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from partage_desktop.ui.app import i18n

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402


def unfinished(ts: Path) -> list[str]:
    out = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or \
                not all((form or "").strip() for form in forms):
            out.append(message.find("source").text)
    return out


def test_french_translations_are_complete():
    assert unfinished(translations.TS) == []


def test_code_has_no_string_missing_from_the_ts(tmp_path):
    copy = tmp_path / "partage_fr.ts"
    shutil.copy(translations.TS, copy)
    translations.lupdate(copy, extra=("-no-obsolete",))
    assert unfinished(copy) == [], "run: python packaging/translations.py, then translate"


def test_shipped_qm_is_up_to_date(tmp_path):
    qm = tmp_path / "partage_fr.qm"
    translations.lrelease(translations.TS, qm)
    assert qm.read_bytes() == translations.QM.read_bytes(), "run: python packaging/translations.py"


@pytest.mark.parametrize("lang,expected", [("fr", "22 novembre 2026"), ("en", "November 22, 2026")])
def test_dates_with_qlocale(lang, expected):
    assert i18n.format_date(date(2026, 11, 22), lang) == expected


@pytest.mark.parametrize("lang,expected", [("fr", "1er juin 2025"), ("en", "June 1, 2025")])
def test_first_of_the_month_reads_as_in_the_pdf(lang, expected):
    assert i18n.format_date(date(2025, 6, 1), lang) == expected


def test_negative_amounts_have_a_minus_sign_not_parentheses():
    assert i18n.format_money(Decimal("-2094"), "fr") == "\u22122\u00a0094,00\u00a0$"
    assert i18n.format_money(Decimal("-2094"), "en") == "\u2212$2,094.00"


def test_money_with_qlocale():
    assert i18n.format_money(Decimal("1234.56"), "fr").replace("\u202f", " ").replace("\u00a0", " ") == "1 234,56 $"
    assert i18n.format_money(Decimal("1234.56"), "en") == "$1,234.56"


def _tr_literals() -> set[tuple[str, str]]:
    """Every ``self.tr("literal")`` in the UI code, found by the parser (f-strings included, which
    lupdate may skip)."""
    import ast

    found = set()
    for path in sorted((ROOT / "partage_desktop" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.add((path.name, node.args[0].value))
    return found


def test_every_tr_call_in_the_code_is_in_the_ts():
    sources = {message.findtext("source") for message in ET.parse(translations.TS).iter("message")}
    missing = sorted(f"{name}: {text}" for name, text in _tr_literals() if text not in sources)
    assert missing == [], "lupdate did not see these (write the tr() call outside an f-string)"
