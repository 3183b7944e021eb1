"""Wizard steps: the kind of sharing and one step per group of template fields (parties: wizard_parties).

Every step but the first lets the user move on with answers missing: the step says what is left
(« à compléter »), the step list marks it, and only the export waits for every answer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from partage_desktop.core.agreements.validation import condition_holds
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.ui.widgets.mnemonics import used_by
from partage_desktop.ui.wizard.field_editors import FieldEditor

if TYPE_CHECKING:
    from partage_desktop.ui.wizard.window import AgreementWizard

TODO_STYLE = "color: #7a4b00;"  # what is left to do: a note, not an error (the text says it)


def focusable(widget: QWidget | None) -> QWidget | None:
    """The widget itself when it takes the keyboard, else its first child that does."""
    if widget is None or widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
        return widget
    return next((w for w in widget.findChildren(QWidget)
                 if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()), widget)


class StepPage(QWizardPage):
    """A step with a scrolling body, what is left to do on it, and the autosave state."""

    def __init__(self, wizard: AgreementWizard) -> None:
        super().__init__()
        self.wiz = wizard
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, which scroll into view
        self.body_widget = QWidget()
        self.body = QVBoxLayout(self.body_widget)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(self.body_widget)
        self.scroll_area = scroll
        outer.addWidget(scroll, 1)
        self.reason = QLabel()
        self.reason.setObjectName("wizard:reason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(TODO_STYLE)
        outer.addWidget(self.reason)
        self.save_state = QLabel()
        self.save_state.setObjectName("wizard:saved")
        self.save_state.setStyleSheet("color: #555555;")
        outer.addWidget(self.save_state)
        wizard.saved.connect(self.save_state.setText)
        wizard.changed.connect(self._on_changed)

    def _on_changed(self) -> None:
        if self.wiz.currentPage() is self:
            self.refresh_state()

    def refresh_state(self) -> None:
        reason = self.blocking_reason()
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        self.completeChanged.emit()

    def blocking_reason(self) -> str:
        """What is left to do on this step, in a sentence ("" when nothing); it does not stop Next."""
        return ""

    def widget_for(self, path: str) -> QWidget | None:
        """The editor of one place of the answers (``fields.end_date``, ``parties[1].address``)."""
        found = re.match(r"fields\.([\w-]+)", path)
        if found:
            return self.findChild(QWidget, f"field:{found.group(1)}")
        found = re.match(r"parties\[(\d+)\](?:\.(\w+))?", path)
        if found:
            return self.findChild(QWidget, f"party:{found.group(1)}:{found.group(2) or 'name'}")
        return None

    def mark_touched(self, path: str) -> None:
        touched = getattr(self, "touched", None)
        if isinstance(touched, set):
            touched.add(path)

    def focus_place(self, path: str) -> None:
        """Show the place a problem of the review points to: its message, and the keyboard in it."""
        self.mark_touched(path)
        self.refresh_state()
        target = focusable(self.widget_for(path)) or self.first_focus()
        if target is not None:
            self.scroll_area.ensureWidgetVisible(target)
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_focus(self) -> QWidget | None:
        """Where the keyboard starts on this step: its first field."""
        for widget in self.body_widget.findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
                return widget
        return None

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return True  # missing answers are listed, not blocking: only the export waits for them


class TemplatePage(StepPage):
    def __init__(self, wizard: AgreementWizard) -> None:
        super().__init__(wizard)
        lang = wizard.lang
        self.setTitle(self.tr("What do you want to share?"))
        self.setSubTitle(self.tr("Choose the kind of agreement. They go from the simplest, a loan, to "
                                 "the most involved, a joint structure."))
        self.list = QListWidget()
        self.list.setObjectName("field:template")
        self.list.setAccessibleName(self.tr("Kind of agreement"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        places = {"pret": self.tr("Loan"), "collaboration": self.tr("Collaboration"),
                  "mutualisation": self.tr("Pooling"), "fusion": self.tr("Joint structure")}
        for template in catalogue().ordered():
            text = (f"{template.title[lang]}  ·  {places[template.continuum]}\n{template.summary[lang]}")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            item.setToolTip(template.summary[lang])
            self.list.addItem(item)
        self.list.setMinimumHeight(220)
        # the first item becoming current when the list gets the focus is no choice: only a
        # selection (a click, the arrows) is, and the draft is made once it is confirmed
        self.list.itemSelectionChanged.connect(self._selected)
        self.list.itemClicked.connect(lambda _item: self._confirm())
        self.list.itemActivated.connect(self._activated)
        label = QLabel(self.tr("&Kind of agreement:"))
        label.setBuddy(self.list)
        self.body.addWidget(label)
        self.body.addWidget(self.list)
        self.guide = QPushButton(self.tr("Read the &guide on this kind of sharing"))
        self.guide.setObjectName("wizard:open-guide")
        self.guide.clicked.connect(self._open_guide)
        self.body.addWidget(self.guide, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        current = self.wiz.answers.get("template")
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == current:
                self.list.setCurrentRow(row)
        self.refresh_state()

    def _selected(self) -> None:
        chosen = self.list.selectedItems()
        if chosen:
            self.wiz.set_template(chosen[0].data(Qt.ItemDataRole.UserRole))
        self.refresh_state()

    def _activated(self, item: QListWidgetItem) -> None:
        item.setSelected(True)
        self._confirm()

    def _confirm(self) -> None:
        if self.wiz.template() is not None:
            self.wiz.commit()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.wiz.template() is None:
            return False
        self.wiz.commit()  # Next: the choice is made, the draft gets its reference
        return True

    def _open_guide(self) -> None:
        template = self.wiz.template()
        self.wiz.help_requested.emit(f"guide:{template.guides[0]}" if template and template.guides
                                     else "wizard.template")

    def blocking_reason(self) -> str:
        return "" if self.wiz.template() else self.tr("Choose a kind of agreement to continue.")

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.wiz.template() is not None


class GroupPage(StepPage):
    """The template's fields of one group, generated; conditional fields follow the answers."""

    def __init__(self, wizard: AgreementWizard, group: str) -> None:
        super().__init__(wizard)
        self.group = group
        self.editors: list[FieldEditor] = []
        self.touched: set[str] = set()
        self.template_id: str | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        template = self.wiz.template()
        assert template is not None
        spec = next(g for g in template.groups if g.id == self.group)
        self.setTitle(spec.title[self.wiz.lang])
        self.setSubTitle(self.tr("Fields marked with an asterisk (*) are required. Press F1 for the "
                                 "guide to this step."))
        if self.template_id != template.id:
            self._build(template)
        fields = self.wiz.answers.get("fields")
        fields = fields if isinstance(fields, dict) else {}
        for editor in self.editors:
            value = fields.get(editor.spec.id, editor.spec.default)
            editor.set_value(value)
            if editor.spec.id not in fields and editor.value() is not None and editor.spec.default is not None:
                self.wiz.set_field(editor.spec.id, editor.value())
            if editor.spec.type == "cost_split":
                editor.input.refresh_parties()  # type: ignore[attr-defined]
                editor.input.set_value(value)  # type: ignore[attr-defined]
        self.refresh_state()

    def _build(self, template: Any) -> None:
        for editor in self.editors:
            editor.setParent(None)
            editor.deleteLater()
        self.editors = []
        self.touched = set()
        self.template_id = template.id
        for spec in template.fields:
            if spec.group != self.group:
                continue
            editor = FieldEditor(spec, self.wiz.lang, self.wiz.party_names)
            editor.changed.connect(lambda e=editor: self._edited(e))
            self.body.addWidget(editor)
            self.editors.append(editor)
        self._mnemonics()

    def _mnemonics(self) -> None:
        """An Alt+letter for each field's label, unique on the page: not one of the wizard's
        buttons (Next, Back, Preview…) nor one an editor already uses (the cost split's)."""
        from PySide6.QtWidgets import QAbstractButton, QWizard


        buttons = [self.wiz.button(b) for b in (
            QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.HelpButton, QWizard.WizardButton.CustomButton1)]
        buttons += self.wiz.findChildren(QAbstractButton, "action:delete-draft")  # beside the steps
        inner = [w for e in self.editors for w in (*e.input.findChildren(QLabel),
                                                    *e.input.findChildren(QAbstractButton))]
        taken = used_by([*buttons, *inner])
        for editor in self.editors:
            editor.set_mnemonic(taken)

    def mark_touched(self, path: str) -> None:
        self.touched.add(path.removeprefix("fields.").split(".")[0].split("[")[0])

    def _edited(self, editor: FieldEditor) -> None:
        self.touched.add(editor.spec.id)
        self.wiz.set_field(editor.spec.id, editor.value())

    def active_editors(self) -> list[FieldEditor]:
        values = self.wiz.parsed_values()
        count = len(self.wiz.party_names())
        return [e for e in self.editors if all(condition_holds(c, values, count) for c in e.spec.when)]

    def refresh_state(self) -> None:
        active = set(map(id, self.active_editors()))
        for editor in self.editors:
            editor.setVisible(id(editor) in active)
            messages = self.wiz.problems(f"fields.{editor.spec.id}")
            if editor.spec.id not in self.touched and editor.value() in (None, "", []):
                messages = []  # "required" waits until the user has been there (see the reason line)
            editor.show_problems(messages)
        super().refresh_state()

    def blocking_reason(self) -> str:
        active = {e.spec.id: e for e in self.active_editors()}
        missing = []
        other = 0
        for problem in self.wiz.validation().errors:
            field_id = problem.path.removeprefix("fields.").split(".")[0].split("[")[0]
            if problem.path.startswith("fields.") and field_id in active:
                if active[field_id].value() in (None, "", []):
                    missing.append(active[field_id].spec.label[self.wiz.lang])
                else:
                    other += 1
        if missing:
            return self.tr("To complete: %1. You can go on and come back to it; the export waits for it.") \
                .replace("%1", ", ".join(dict.fromkeys(missing)))
        if other:
            return self.tr("To correct: the field marked in red.") if other == 1 else \
                self.tr("To correct: the %1 fields marked in red.").replace("%1", str(other))
        return ""
