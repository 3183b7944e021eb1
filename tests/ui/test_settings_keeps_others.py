"""Saving the settings dialog changes only what it edits: guide bookmarks (and the other
settings it does not show) survive, including bookmarks added while the dialog was open."""

from __future__ import annotations

from partage_desktop.platform.datadir import resolve
from partage_desktop.platform.settings import Settings
from partage_desktop.ui.app.settings_dialog import SettingsDialog


def test_saving_settings_keeps_the_guide_bookmarks(qtbot, data_dir):
    data = resolve(str(data_dir))
    Settings(lang="fr", guide_bookmarks=["defis", "entente-pret"], last_export_dir="exports").save(
        data.settings_file)
    dialog = SettingsDialog(data, Settings.load(data.settings_file), "fr")
    qtbot.addWidget(dialog)
    dialog.backup_dir.setText(str(data_dir / "ailleurs"))
    assert dialog.apply()
    saved = Settings.load(data.settings_file)
    assert saved.backup_dir == str(data_dir / "ailleurs")
    assert saved.guide_bookmarks == ["defis", "entente-pret"]
    assert saved.last_export_dir == "exports"


def test_bookmarks_added_while_the_dialog_is_open_survive_its_saving(qtbot, data_dir):
    data = resolve(str(data_dir))
    Settings(guide_bookmarks=["defis"]).save(data.settings_file)
    dialog = SettingsDialog(data, Settings.load(data.settings_file), "fr")
    qtbot.addWidget(dialog)
    # the guides section saves a new bookmark while the dialog is open
    later = Settings.load(data.settings_file)
    later.guide_bookmarks = ["defis", "gouvernance"]
    later.save(data.settings_file)
    dialog.backup_dir.setText(str(data_dir / "cle-usb"))
    assert dialog.apply()
    saved = Settings.load(data.settings_file)
    assert saved.guide_bookmarks == ["defis", "gouvernance"]
    assert saved.backup_dir == str(data_dir / "cle-usb")
