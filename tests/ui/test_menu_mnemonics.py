"""Alt+letter in the main window's menus: within one menu (File, with the Agreements and Journal
actions it receives once the sections are built; Go; Help) and in the menu bar itself, no two
entries share a letter, in French as in English (Qt would only cycle between them)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from partage_desktop.ui.widgets.mnemonics import mnemonic_of


def _clashes(texts: list[str]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for text in texts:
        letter = mnemonic_of(text)
        if letter:
            seen.setdefault(letter, []).append(text)
    return {k: v for k, v in seen.items() if len(v) > 1}


def _menus(menu: QMenu) -> list[QMenu]:
    found = [menu]
    for action in menu.actions():
        if action.menu() is not None:
            found += _menus(action.menu())
    return found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_two_entries_of_a_menu_share_a_mnemonic(make_window, lang):
    win = make_window(lang)
    win.build_sections()  # the Agreements section adds its actions to File
    bar = win.menuBar()
    assert _clashes([a.text() for a in bar.actions()]) == {}
    file_texts = [a.text() for a in win.file_menu.actions()]
    assert win.agreements.export_action.text() in file_texts  # the sections' actions are there
    assert win.new_entry_action.text() in file_texts
    checked = 0
    for top in bar.actions():
        assert top.menu() is not None
        for menu in _menus(top.menu()):
            texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
            assert _clashes(texts) == {}, (lang, menu.title())
            checked += 1
    assert checked >= 3
