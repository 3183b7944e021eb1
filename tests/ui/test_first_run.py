"""The first-start assistant driven as a new user would: language, our organization, folders, demo."""

from __future__ import annotations

import pytest
from keyboard_input import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWizard

from partage_desktop.platform import datadir
from partage_desktop.platform.settings import Settings
from partage_desktop.services.data.database import prepare
from partage_desktop.services.organizations import address_book as org_service
from partage_desktop.ui.app import first_run, i18n
from partage_desktop.ui.app.first_run import FirstRunWizard, Page


@pytest.fixture
def data(data_dir):
    d = datadir.resolve(str(data_dir))
    prepare(d, "fr")
    return d


@pytest.fixture
def wizard(qtbot, qapp, data):
    i18n.install(qapp, "fr")
    w = FirstRunWizard(data, Settings(), "fr")
    qtbot.addWidget(w)
    w.show()
    yield w
    i18n.install(qapp, "fr")


def click(qtbot, wizard, which):
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def test_french_is_preselected_and_english_rewrites_every_text(wizard, qtbot):
    combo = wizard.findChild(QComboBox, "first-run:language")
    assert combo.currentData() == "fr"
    assert wizard.currentPage().title() == "Bienvenue dans Partage"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Suivant >"
    combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: wizard.currentPage().title() == "Welcome to Partage")  # events are posted
    assert wizard.windowTitle() == "Getting started with Partage"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "&Skip"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    # the organization form (shared with the Organizations section) was made again in English
    assert wizard.currentPage().title() == "Our organization"
    assert wizard.organization.form.editors["legal_name"].accessibleName() == "Legal name"


def test_our_organization_is_checked_next_to_the_field_then_saved(wizard, qtbot, data):
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Page.ORGANIZATION
    type_text(qtbot, wizard.findChild(QLineEdit, "org:legal_name"), "Société d'entraide Éveil")
    qtbot.keyClicks(wizard.findChild(QLineEdit, "org:neq"), "12345")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Page.ORGANIZATION  # blocked: the NEQ is wrong
    error = wizard.findChild(QLabel, "org-error:neq")
    assert error.isVisible() and "10 chiffres" in error.text()
    assert org_service.own_organization(data) is None
    neq = wizard.findChild(QLineEdit, "org:neq")
    neq.clear()
    qtbot.keyClicks(neq, "1145678901")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Page.DATA
    own = org_service.own_organization(data)
    assert own is not None and own.legal_name == "Société d'entraide Éveil" and own.neq == "1145678901"
    # going back and forth does not make a second organization
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert len(org_service.list_organizations(data)) == 1


def test_later_leaves_the_profile_empty(wizard, qtbot, data):
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.findChild(QLineEdit, "org:legal_name"), "Half typed")
    later = wizard.findChild(QCheckBox, "first-run:org-later")
    later.setChecked(True)
    assert not wizard.organization.form.isEnabled()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Page.DATA
    assert org_service.list_organizations(data) == []


def test_folders_are_shown_and_the_choices_are_saved_once_finished(wizard, qtbot, data, tmp_path):
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.findChild(QLineEdit, "first-run:data-dir").text() == str(data.root)
    assert wizard.findChild(QLabel, "first-run:portable").isHidden()
    backup = wizard.findChild(QLineEdit, "first-run:backup-dir")
    assert backup.text() == str(data.backups)
    backup.setText(str(tmp_path / "cle-usb"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Page.DEMO
    assert first_run.first_run_needed(data)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    saved = wizard.save()
    assert saved.first_run_done and saved.lang == "fr" and saved.backup_dir == str(tmp_path / "cle-usb")
    assert not first_run.first_run_needed(data)


def test_skipping_is_remembered_with_the_language(wizard, qtbot, data):
    wizard.findChild(QComboBox, "first-run:language").setCurrentIndex(1)
    qtbot.waitUntil(lambda: wizard.buttonText(QWizard.WizardButton.CancelButton) == "&Skip")
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert not wizard.isVisible()
    saved = wizard.save()
    assert saved.lang == "en" and saved.first_run_done and saved.backup_dir == ""
    assert Settings.load(data.settings_file).lang == "en"


def test_other_settings_survive_the_assistant(qtbot, qapp, data):
    Settings(guide_bookmarks=["continuum"], last_export_dir="/x").save(data.settings_file)
    w = FirstRunWizard(data, Settings.load(data.settings_file), "fr")
    qtbot.addWidget(w)
    w.save()
    kept = Settings.load(data.settings_file)
    assert kept.guide_bookmarks == ["continuum"] and kept.last_export_dir == "/x" and kept.first_run_done


def test_demo_data_is_offered_and_loaded_beside_our_own_organization(qtbot, qapp, data):
    org_service.save_organization(data, org_service.OrganizationData(legal_name="Notre OBNL", is_own=True))
    w = FirstRunWizard(data, Settings(), "fr")
    qtbot.addWidget(w)
    box = w.findChild(QCheckBox, "first-run:demo")
    assert box.isEnabled() and not box.isChecked()  # never loaded unless asked
    assert not w.choices().load_demo
    box.setChecked(True)
    assert w.choices().load_demo
    assert first_run.load_demo_data(data, "fr", None) is True
    orgs = org_service.list_organizations(data)
    assert len(orgs) > 1
    assert [o.legal_name for o in orgs if o.is_own] == ["Notre OBNL"]
    from partage_desktop.services.agreements.listing import list_agreements

    assert list_agreements(data)


def test_a_failing_demo_load_is_reported_not_raised(qtbot, qapp, data, monkeypatch):
    import partage_desktop.services.demo.sample as demo

    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(demo, "create_demo", broken)
    shown = []
    monkeypatch.setattr(first_run.QMessageBox, "warning", lambda *args: shown.append(args[2]))
    i18n.install(qapp, "fr")
    assert first_run.load_demo_data(data, "fr", None) is False
    assert shown and "journal des erreurs" in shown[0]


def test_portable_mode_is_explained(qtbot, qapp, tmp_path, monkeypatch):
    app_dir = tmp_path / "cle"
    app_dir.mkdir()
    (app_dir / "portable.txt").write_text("")
    monkeypatch.setattr(datadir, "app_folder", lambda: app_dir)
    monkeypatch.delenv(datadir.ENV_VAR, raising=False)
    data = datadir.resolve(None)
    datadir.ensure_writable(data)
    prepare(data, "fr")
    w = FirstRunWizard(data, Settings(), "fr")
    qtbot.addWidget(w)
    assert not w.findChild(QLabel, "first-run:portable").isHidden()
    assert "clé USB" in w.findChild(QLabel, "first-run:portable").text()


def test_smoke_start_never_shows_the_assistant(data_dir, monkeypatch, qapp):
    from partage_desktop.ui.app import startup

    def refuse(*_args):
        raise AssertionError("the first-run assistant must not open during --smoke")

    monkeypatch.setattr(first_run, "run_first_run", refuse)
    monkeypatch.setattr("partage_desktop.ui.app.smoke.run_smoke", lambda app, window, started, shot: 0)
    assert startup.run_gui(datadir.resolve(str(data_dir)), "fr", smoke=True) == 0
    assert first_run.first_run_needed(datadir.resolve(str(data_dir)))
