"""The main window driven as a user would: sections, navigation, language, empty home screen."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QPushButton

from partage_desktop.ui import build_main_window

SECTIONS = ["section:home", "section:guides", "section:agreements", "section:journal", "section:resources",
            "section:organizations"]


def texts(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_sections_exist_with_their_automation_names(window):
    assert window.section_names() == SECTIONS
    for name in SECTIONS:
        assert window.findChild(object, name) is not None


def test_home_is_french_and_empty_but_real(window):
    assert window.current_section() == "section:home"
    assert "Bienvenue dans Partage" in texts(window)
    assert "Aucune entente pour l'instant" in texts(window)
    assert window.findChild(QListWidget, "home-recent").isHidden()
    assert window.windowTitle().startswith("Partage — le partage")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&Fichier"


def test_home_buttons_and_navigation_list_switch_sections(window, qtbot):
    qtbot.mouseClick(window.findChild(QPushButton, "home:agreements"), Qt.MouseButton.LeftButton)
    [wizard] = window.wizards  # "Créer une entente" opens the agreement wizard
    assert wizard.isVisible() and wizard.objectName() == "agreement-wizard"
    wizard.close()
    nav = window.findChild(QListWidget, "navigation")
    nav.setCurrentRow(2)
    assert window.current_section() == "section:agreements"
    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert window.current_section() == "section:journal"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "section:home"


def test_english_window(qtbot, data_dir):
    win = build_main_window(data_dir, "en")
    qtbot.addWidget(win)
    win.show()
    assert "Welcome to Partage" in texts(win)
    assert [win.nav.item(i).text() for i in range(win.nav.count())] == [
        "Home", "Guides", "Agreements", "Journal", "Resources", "Organizations"]


def test_switching_language_in_settings_is_saved_for_next_start(window, qtbot, monkeypatch, data_dir):
    from partage_desktop.ui.app.settings_dialog import SettingsDialog

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    opened = []

    def run_dialog(dialog):
        opened.append(dialog)
        assert not dialog.apply_button.isEnabled()  # nothing changed yet
        dialog.language.setCurrentIndex(1)  # English
        assert dialog.apply_button.isEnabled()
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", run_dialog)
    action = window.findChild(QAction, "action:settings")
    action.trigger()
    assert opened and asked
    saved = json.loads((data_dir / "parametres.json").read_text("utf-8"))
    assert saved["lang"] == "en"
    # the next start follows the saved language, and switching back works the same way
    from partage_desktop.platform.settings import Settings

    assert Settings.load(data_dir / "parametres.json").lang == "en"


def test_every_input_in_settings_has_an_accessible_name(qtbot, data_dir):
    from partage_desktop.platform.datadir import resolve
    from partage_desktop.platform.settings import Settings
    from partage_desktop.ui.app.settings_dialog import SettingsDialog

    dialog = SettingsDialog(resolve(str(data_dir)), Settings(), "fr")
    qtbot.addWidget(dialog)
    for name in ("settings:language", "settings:data-dir", "settings:backup-dir"):
        assert dialog.findChild(object, name).accessibleName()
