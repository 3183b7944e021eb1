"""The Agreements section's trash and the journal's share one dialog (``ui/widgets/trash_dialog.py``):
each keeps its object names and its own words, and the shared buttons and question read in French."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QPushButton

from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import trash as agreement_trash


def buttons(dialog) -> list[str]:
    return [b.text() for b in dialog.findChildren(QPushButton)]


def labels(dialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


@pytest.mark.parametrize(("lang", "words", "title", "intro"), [
    ("fr", ["&Restaurer", "&Vider la corbeille…", "Fermer"], "Vider la corbeille", "corbeille"),
    ("en", ["&Restore", "&Empty the trash…", "Close"], "Empty the trash", "Deleted drafts stay here 30 days"),
])
def test_the_agreements_trash_in_each_language(make_window, monkeypatch, lang, words, title, intro):
    from partage_desktop.ui.agreements.trash import AgreementTrashDialog

    win = make_window(lang)
    reference = drafts.create_draft(win.data, {"template": "pret-materiel", "lang": lang})
    agreement_trash.trash_draft(win.data, reference, lang)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[1:3]) or QMessageBox.StandardButton.No)
    dialog = AgreementTrashDialog(win.data, lang, win)
    assert dialog.objectName() == "agreements-trash" and buttons(dialog) == words
    assert dialog.findChild(QListWidget, "agreements-trash-list").count() == 1
    assert intro in labels(dialog) and "30" in labels(dialog)
    assert dialog.findChild(QPushButton, "agreements-trash-restore").isEnabled()
    dialog.findChild(QPushButton, "agreements-trash-empty").click()
    assert asked and asked[0][0] == title
    assert [d.reference for d in agreement_trash.trashed_drafts(win.data)] == [reference]  # answered No
    dialog.findChild(QPushButton, "agreements-trash-restore").click()
    assert dialog.restored == [reference] and dialog.changed and dialog.list.count() == 0
    assert not dialog.empty_note.isHidden() and not dialog.empty_button.isEnabled()


def test_the_journal_trash_in_french_shares_the_buttons(make_window):
    from partage_desktop.ui.journal.dialogs import TrashDialog

    win = make_window("fr")
    dialog = TrashDialog(win.data, "fr", win)
    assert dialog.objectName() == "journal-trash" and dialog.windowTitle() == "Corbeille du journal"
    assert buttons(dialog) == ["&Restaurer", "&Vider la corbeille…", "Fermer"]
    assert dialog.findChild(QListWidget, "journal-trash-list").count() == 0
    assert not dialog.findChild(QPushButton, "journal-trash-restore").isEnabled()
    assert not dialog.findChild(QPushButton, "journal-trash-empty").isEnabled()
    assert dialog.findChild(QLabel, "journal-trash-more").isHidden()
