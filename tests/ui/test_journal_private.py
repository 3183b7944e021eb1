"""The journal editor's "Private" box: ticking it is saved, and the entry stays out of exchange files."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox

from partage_desktop.platform import datadir
from partage_desktop.services.data.database import prepare
from partage_desktop.services.journal import entries as svc
from partage_desktop.ui import build_main_window


def test_ticking_private_is_saved_and_keeps_the_entry_home(qtbot, data_dir, tmp_path):
    from partage_desktop.services.exchange.project import project_members

    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    project = svc.save_project(data, svc.ProjectData(name="Locaux partagés"))
    entry = svc.save_entry(data, svc.EntryData(project_id=project.id, title="Tensions avec le partenaire",
                                               entry_date=date(2026, 3, 2)))
    assert [e["title"] for e in project_members(data, project.id, "fr")[0]["entries"]] == [entry.title]
    win = build_main_window(data_dir, "fr")
    qtbot.addWidget(win)
    win.show()
    win.show_section("section:journal")
    section = win.findChild(object, "section:journal")
    qtbot.waitUntil(lambda: section.editor.entry is not None and section.editor.entry.id == entry.id, timeout=5000)
    box = section.editor.findChild(QCheckBox, "journal-private")
    assert box is not None and box.accessibleName() and not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    qtbot.waitUntil(lambda: svc.get_entry(data, entry.id).private, timeout=3000)
    doc, _members = project_members(data, project.id, "fr")
    assert doc["entries"] == [] and doc["private_left_out"] == 1
    win.close()
