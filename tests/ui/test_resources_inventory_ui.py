"""The inventory and needs tabs and their dialogs, used as a person does: mouse clicks on the rows,
Enter and Delete on the list, Escape in a dialog, typing in French and English, on a 1024×600 screen."""

from __future__ import annotations

import io
from datetime import date

import pytest
from keyboard_input import type_text
from PIL import Image
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton, QWidget

from partage_desktop.platform import datadir
from partage_desktop.services.data.database import prepare
from partage_desktop.services.organizations import address_book
from partage_desktop.services.resources import categories, inventory, needs
from partage_desktop.ui.widgets.mnemonics import clashes, mnemonic_of

SMALL = (1024, 600)


@pytest.fixture
def data(data_dir):
    folder = datadir.resolve(str(data_dir))
    prepare(folder, "fr")
    return folder


def _resources(data):
    ids = {}
    ids["van"] = inventory.save_resource(data, {"kind": "vehicle", "title": "Fourgonnette Ford Transit",
                                                "other_names": "camion", "pricing": "fee", "fee_cents": 8500})
    ids["room"] = inventory.save_resource(data, {"kind": "premises", "title": "Salle du conseil"})
    ids["tent"] = inventory.save_resource(data, {"kind": "equipment", "title": "Tente événementielle",
                                                 "quantity": 4})
    return ids


def when_modal(qtbot, act, kind=QDialog, failures=None):
    """Run ``act(dialog)`` once a modal ``kind`` is up (the code under test waits in its exec). A
    failure inside ``act`` closes the dialog (no test waits forever) and is raised by ``check``."""
    failures = FAILURES

    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            try:
                widget.activateWindow()  # as the window system does for a dialog that opens
                qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
                act(widget)
                if widget.isVisible():
                    raise AssertionError(f"{widget.objectName() or widget} is still open")
            except BaseException as exc:  # noqa: BLE001 - raised again by check()
                failures.append(exc)
                widget.done(0)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


FAILURES: list[BaseException] = []


@pytest.fixture(autouse=True)
def check():
    FAILURES.clear()
    yield
    if FAILURES:
        raise FAILURES[0]


def click_row(qtbot, view, row, double=False):
    index = view.model().index(row, 0)
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def titles(tab):
    return [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]


def open_tab(make_window, lang, name="resources-tab:inventory"):
    win = make_window(lang, size=SMALL, section="section:resources")
    section = win.findChild(QWidget, "section:resources")
    tab = section.show_tab(name)
    QApplication.processEvents()
    return win, section, tab


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_list_filters_folded_sorts_and_opens_with_the_mouse_and_enter(make_window, qtbot, data, lang):
    _resources(data)
    win, section, tab = open_tab(make_window, lang)
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 3)
    assert QApplication.focusWidget() is tab.view  # the section opens on the list
    assert titles(tab) == ["Fourgonnette Ford Transit", "Salle du conseil", "Tente événementielle"]
    header = tab.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2))
    assert titles(tab)[0] == "Tente événementielle"  # a click on the header sorts the other way
    type_text(qtbot, tab.filter, "EVENEMENT")  # no accents, capitals: still found
    assert titles(tab) == ["Tente événementielle"]
    tab.filter.clear()
    type_text(qtbot, tab.filter, "camion")  # another name
    assert titles(tab) == ["Fourgonnette Ford Transit"]
    tab.filter.clear()
    row = titles(tab).index("Salle du conseil")
    click_row(qtbot, tab.view, row)
    assert tab.detail_title.text() == "Salle du conseil"
    seen = []
    when_modal(qtbot, lambda d: (seen.append(d.windowTitle()), d.reject()))
    click_row(qtbot, tab.view, row, double=True)  # a double click opens
    assert seen and "Salle du conseil" in seen[0]
    when_modal(qtbot, lambda d: (seen.append(d.editors["title"].text()), QTest.keyClick(d, Qt.Key.Key_Escape)))
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Return)  # and so does Enter
    assert seen[-1] == "Salle du conseil"
    assert clashes(win) == {}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_new_resource_typed_in_the_dialog_is_saved_whole(make_window, qtbot, data, lang):
    ids = _resources(data)
    agreement_free = inventory.agreement_choices(data)
    assert agreement_free == []
    win, section, tab = open_tab(make_window, lang)
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 3)
    steps = []

    def fill(dialog):
        dialog.resize(*SMALL)
        assert dialog.width() <= 1024 and dialog.height() <= 600
        steps.append(clashes(dialog))
        ed = dialog.editors
        ed["kind"].setCurrentIndex(ed["kind"].findData("equipment"))
        type_text(qtbot, ed["title"], "Scie à onglets")
        ed["quantity"].setValue(2)
        type_text(qtbot, ed["accessories"], "Lame\nClé")
        dialog.tabs.setCurrentIndex(3)
        ed["pricing"].setCurrentIndex(ed["pricing"].findData("fee"))
        type_text(qtbot, ed["fee_cents"], "1 234,56 $" if lang == "fr" else "$1,234.56")
        type_text(qtbot, ed["deposit_cents"], "12,345" if lang == "fr" else "12.345")  # three decimals: refused
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        steps.append(dialog.tabs.tabText(3))
        steps.append((dialog.isVisible(), dialog.errors["deposit_cents"].text(),
                      dialog.tabs.currentIndex(), QApplication.focusWidget() is ed["deposit_cents"]))
        ed["deposit_cents"].clear()
        type_text(qtbot, ed["deposit_cents"], "250")
        QTest.keyClick(ed["deposit_cents"], Qt.Key.Key_Return)  # Enter saves

    when_modal(qtbot, fill)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert steps[0] == {}
    assert steps[1] == ("Conditions de prêt (à corriger)" if lang == "fr" else "Lending terms (to correct)")
    visible, problem, page, focused = steps[2]
    assert visible and page == 3 and focused
    assert problem == ("Au plus deux chiffres après la virgule" if lang == "fr"
                       else "At most two digits after the decimal point")
    saved = [r for r in inventory.list_resources(data, lang) if r.id not in ids.values()]
    assert len(saved) == 1
    new = saved[0]
    assert (new.title, new.quantity, new.accessories, new.fee_cents, new.deposit_cents) == \
        ("Scie à onglets", 2, "Lame\nClé", 123456, 25000)
    assert tab.current_id() == new.id  # the list shows it, chosen


def test_every_field_of_the_issue_has_an_editor_and_comes_back_as_saved(make_window, qtbot, data):
    from partage_desktop.services.data.session import session_scope
    from partage_desktop.store.models import Agreement, Project

    with session_scope(data) as session:
        session.add(Agreement(reference="E-2027-001", template_id="pret-materiel", title="Prêt de la fourgonnette"))
        session.add(Project(name="Cuisine collective"))
    agreement = inventory.agreement_choices(data)[0]
    project = inventory.project_choices(data)[0]
    vehicles = next(c.code for c in categories.list_categories(data, "fr") if c.kind == "vehicle")
    values = {"kind": "vehicle", "category": vehicles, "title": "Fourgonnette", "other_names": "van",
              "description": "Douze places", "quantity": 1, "accessories": "Clés", "condition": "fair",
              "care": "Plein au retour", "address": "12, rue Principale", "region": "04", "mrc": "Maskinongé",
              "pricing": "cost_sharing", "fee_cents": 4000, "fee_unit": "week", "deposit_cents": 10000,
              "insurance_required": True, "insurance_cents": 100000, "training_required": True,
              "approval_required": True, "consumable": False, "min_notice_hours": 24, "max_loan_days": 5,
              "book_ahead_days": 60, "contact_person": "Julie", "visibility": "private",
              "value_per_day_cents": 9500, "agreement_id": agreement.id, "project_id": project.id}
    resource_id = inventory.save_resource(data, values)
    from partage_desktop.ui.resources.resource_dialog import ResourceDialog

    dialog = ResourceDialog(data, "fr", resource_id)
    qtbot.addWidget(dialog)
    assert set(inventory.EDITABLE) | {"photos"} <= set(dialog.editors)
    for label in dialog.findChildren(QLabel):  # every field's label reaches it with Alt+letter
        if label.buddy() is not None:
            assert mnemonic_of(label.text()), label.text()
    for key in ("insurance_required", "training_required", "approval_required", "consumable"):
        assert mnemonic_of(dialog.editors[key].text())
    back = dialog.values()
    for key in ("fee_cents", "deposit_cents", "insurance_cents", "value_per_day_cents"):
        assert back[key].replace("\u00a0", " ") in ("40,00 $", "100,00 $", "1 000,00 $", "95,00 $")
    dialog.accept()  # saved again untouched: the same values
    after = inventory.get_resource(data, resource_id, "fr").values()
    assert after == {**values}


def test_photos_added_in_the_dialog_are_kept_and_a_bad_file_is_refused_next_to_the_field(make_window, qtbot, data, tmp_path):
    resource_id = inventory.save_resource(data, {"kind": "equipment", "title": "Perceuse"})
    good = tmp_path / "perceuse.jpg"
    image = Image.new("RGB", (640, 480), (10, 90, 200))
    exif = Image.Exif()
    exif[0x010F] = "Marque secrète"
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    good.write_bytes(out.getvalue())
    bad = tmp_path / "virus.jpg"
    bad.write_bytes(b"MZ\x90\x00 not a photo at all")
    from partage_desktop.ui.resources.resource_dialog import ResourceDialog

    dialog = ResourceDialog(data, "fr", resource_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    assert not dialog.photo_list.add_file(str(bad))
    assert dialog.errors["photos"].isVisible()
    assert dialog.errors["photos"].text().startswith("Ce fichier n'est pas une photo lisible")
    assert dialog.photo_list.add_file(str(good))
    assert not dialog.errors["photos"].isVisible()
    dialog.accept()
    photo_ids = inventory.get_resource(data, resource_id, "fr").photo_ids
    assert len(photo_ids) == 1
    assert "Marque secrète".encode() not in inventory.photo_bytes(data, photo_ids[0])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_delete_asks_first_and_archive_and_delete_can_be_undone(make_window, qtbot, data, lang, monkeypatch):
    ids = _resources(data)
    win, section, tab = open_tab(make_window, lang)
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 3)
    click_row(qtbot, tab.view, titles(tab).index("Salle du conseil"))
    # Delete, then "keep it": nothing happens
    when_modal(qtbot, lambda box: box.reject(), kind=QMessageBox)
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    assert len(inventory.list_resources(data, lang)) == 3
    # Delete, confirmed
    when_modal(qtbot, lambda box: qtbot.mouseClick(box.findChild(QPushButton, "inventory-confirm-delete"),
                                                   Qt.MouseButton.LeftButton), kind=QMessageBox)
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    assert "Salle du conseil" not in titles(tab)
    assert tab.undo_bar.isVisible()
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert "Salle du conseil" in titles(tab) and tab.detail_title.text() == "Salle du conseil"
    # archive, then restore from the undo bar
    qtbot.mouseClick(tab.archive_button, Qt.MouseButton.LeftButton)
    assert "Salle du conseil" not in titles(tab)
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert "Salle du conseil" in titles(tab)
    # the actions say what they start from
    asked = []
    section.make_agreement.connect(asked.append)
    tab.book_requested.connect(asked.append)
    qtbot.mouseClick(tab.agreement_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.book_button, Qt.MouseButton.LeftButton)
    assert asked == [{"resource_id": ids["room"]}, ids["room"]]


def test_categories_are_edited_in_both_languages_from_the_tab(make_window, qtbot, data):
    win, section, tab = open_tab(make_window, "fr")
    done = []

    def edit(dialog):
        assert clashes(dialog) == {}
        dialog.editors["label_fr"].clear()
        type_text(qtbot, dialog.editors["label_fr"], "Matériel de son")
        dialog.editors["label_en"].clear()
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        done.append(dialog.errors["label_en"].text())  # the English name is required
        type_text(qtbot, dialog.editors["label_en"], "Sound gear")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        done.append(dialog.current_code())
        dialog.reject()

    when_modal(qtbot, edit)
    qtbot.mouseClick(tab.categories_button, Qt.MouseButton.LeftButton)
    assert done[0] == "Obligatoire"
    found = {c.code: c for c in categories.list_categories(data, "en")}
    assert found[done[1]].label == "Sound gear" and found[done[1]].label_fr == "Matériel de son"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_needs_tab_new_need_found_and_undo(make_window, qtbot, data, lang):
    needs.save_need(data, {"kind": "equipment", "title": "Chaises pliantes", "quantity": 40, "urgency": "low"})
    win, section, tab = open_tab(make_window, lang, "resources-tab:needs")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    problems = []

    def fill(dialog):
        assert clashes(dialog) == {}
        type_text(qtbot, dialog.editors["title"], "Salle pour 40 personnes")
        dialog.editors["urgency"].setCurrentIndex(dialog.editors["urgency"].findData("high"))
        type_text(qtbot, dialog.editors["wanted_from"].line, "2027-03-10")
        type_text(qtbot, dialog.editors["wanted_to"].line, "2027-03-01")
        qtbot.mouseClick(dialog.findChild(QPushButton, "need-dialog-save"), Qt.MouseButton.LeftButton)
        problems.append(dialog.errors["wanted_to"].text())
        dialog.editors["wanted_to"].line.clear()
        type_text(qtbot, dialog.editors["wanted_to"].line, "2027-03-31")
        qtbot.mouseClick(dialog.findChild(QPushButton, "need-dialog-save"), Qt.MouseButton.LeftButton)

    when_modal(qtbot, fill)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert problems == ["Cette date précède la date de début" if lang == "fr" else "This date is before the start date"]
    assert titles(tab)[0] == "Salle pour 40 personnes"  # urgent first
    new = needs.get_need(data, tab.current_id(), lang)
    assert (new.wanted_from, new.wanted_to, new.urgency) == (date(2027, 3, 10), date(2027, 3, 31), "high")
    qtbot.mouseClick(tab.found_button, Qt.MouseButton.LeftButton)
    assert titles(tab) == ["Chaises pliantes"]
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert len(titles(tab)) == 2
    assert clashes(win) == {}  # before the wizard opens: it is a window of its own, with its own keys
    asked = []
    section.make_agreement.connect(asked.append)
    click_row(qtbot, tab.view, titles(tab).index("Chaises pliantes"))
    qtbot.mouseClick(tab.agreement_button, Qt.MouseButton.LeftButton)
    assert asked == [{"need_id": tab.current_id()}]


def test_our_organization_region_is_chosen_in_the_profile(make_window, qtbot, data):
    address_book.save_organization(data, address_book.OrganizationData(legal_name="Centre Soleil", is_own=True))
    win = make_window("fr", size=SMALL, section="section:organizations")
    section = win.findChild(QWidget, "section:organizations")
    qtbot.waitUntil(lambda: section.list.count() == 1)
    region = section.form.region
    region.setCurrentIndex(region.findData("04"))
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert address_book.own_organization(data).region == "04"
    assert region.currentText() == "04 – Mauricie"


def test_deleting_a_need_asks_first_and_can_be_undone(make_window, qtbot, data):
    needs.save_need(data, {"kind": "equipment", "title": "Chaises pliantes", "quantity": 40, "region": "06"})
    win, section, tab = open_tab(make_window, "en", "resources-tab:needs")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    click_row(qtbot, tab.view, 0)
    when_modal(qtbot, lambda box: QTest.keyClick(box, Qt.Key.Key_Escape), kind=QMessageBox)
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)  # Escape keeps it
    assert titles(tab) == ["Chaises pliantes"]
    when_modal(qtbot, lambda box: qtbot.mouseClick(box.findChild(QPushButton, "needs-confirm-delete"),
                                                   Qt.MouseButton.LeftButton), kind=QMessageBox)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert titles(tab) == [] and needs.list_needs(data, "en", include_closed=True) == []
    assert tab.empty.isVisible()
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    back = needs.list_needs(data, "en")
    assert [(n.title, n.quantity, n.region) for n in back] == [("Chaises pliantes", 40, "06")]
    assert tab.current_id() == back[0].id
