"""Wizard steps: the kind of sharing, the parties, and one step per group of template fields."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ..core.validation import PARTY_REQUIRED, condition_holds
from ..services.catalogue import catalogue
from .field_editors import ERROR_STYLE, FieldEditor

if TYPE_CHECKING:
    from .wizard import AgreementWizard

PARTY_KEYS = ("name", "neq", "address", "representative", "representative_title", "email", "phone")


class StepPage(QWizardPage):
    """A step with a scrolling body, the reason Next is disabled, and the autosave state."""

    def __init__(self, wizard: AgreementWizard) -> None:
        super().__init__()
        self.wiz = wizard
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body_widget = QWidget()
        self.body = QVBoxLayout(self.body_widget)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(self.body_widget)
        outer.addWidget(scroll, 1)
        self.reason = QLabel()
        self.reason.setObjectName("wizard:reason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(ERROR_STYLE)
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
        return ""

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self.blocking_reason()


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
        self.list.setMinimumHeight(380)
        self.list.currentItemChanged.connect(self._chosen)
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

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.wiz.set_template(item.data(Qt.ItemDataRole.UserRole))
        self.refresh_state()

    def _open_guide(self) -> None:
        template = self.wiz.template()
        self.wiz.help_requested.emit(f"guide:{template.guides[0]}" if template and template.guides
                                     else "wizard.template")

    def blocking_reason(self) -> str:
        return "" if self.wiz.template() else self.tr("Choose a kind of agreement to continue.")


class PartyBox(QGroupBox):
    """One party's identification, with object names ``party:<n>:<key>``."""

    def __init__(self, page: PartiesPage, index: int) -> None:
        super().__init__()
        self.page = page
        self.index = index
        form = QFormLayout(self)
        labels = {
            "name": self.tr("Legal &name *"), "neq": self.tr("NE&Q (10 digits)"),
            "address": self.tr("&Address *"), "representative": self.tr("&Representative *"),
            "representative_title": self.tr("Representative's &title *"), "email": self.tr("&Email"),
            "phone": self.tr("&Phone"),
        }
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for key in PARTY_KEYS:
            edit = QLineEdit()
            edit.setObjectName(f"party:{index}:{key}")
            edit.setAccessibleName(labels[key].replace("&", "").replace(" *", ""))
            edit.textEdited.connect(lambda _t: self.page.collect())
            label = QLabel(labels[key])
            label.setBuddy(edit)
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(1)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(label, column)
            self.edits[key] = edit
            self.errors[key] = error
        self.remove = QPushButton(self.tr("Remove this party"))
        self.remove.setObjectName(f"party:{index}:remove")
        self.remove.clicked.connect(lambda: self.page.remove_party(self.index))
        row = QHBoxLayout()
        row.addWidget(self.remove)
        row.addStretch(1)
        form.addRow("", row)

    def set_party(self, party: dict[str, str]) -> None:
        party = party if isinstance(party, dict) else {}
        for key, edit in self.edits.items():
            edit.setText(str(party.get(key) or ""))

    def party(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits.items() if edit.text().strip()}


class PartiesPage(StepPage):
    def __init__(self, wizard: AgreementWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Who signs the agreement?"))
        self.setSubTitle(self.tr("Our organization comes first, then the partners. Pick a partner "
                                 "from the address book or type a new one."))
        self.touched: set[str] = set()
        self.boxes: list[PartyBox] = []
        self.boxes_layout = QVBoxLayout()
        self.body.addLayout(self.boxes_layout)
        row = QHBoxLayout()
        self.pick = QComboBox()
        self.pick.setObjectName("party:pick")
        self.pick.setAccessibleName(self.tr("Partner from the address book"))
        self.add = QPushButton(self.tr("&Add a party"))
        self.add.setObjectName("action:add-party")
        self.add.clicked.connect(self.add_party)
        pick_label = QLabel(self.tr("Add from the address &book:"))
        pick_label.setBuddy(self.pick)
        row.addWidget(pick_label)
        row.addWidget(self.pick, 1)
        row.addWidget(self.add)
        self.body.addLayout(row)
        self.logo = QCheckBox(self.tr("Print our &logo at the top of the agreement"))
        self.logo.setObjectName("wizard:logo")
        self.logo.toggled.connect(self._logo_toggled)
        self.body.addWidget(self.logo)
        self._partners: list[dict[str, str]] = []

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        from ..services.organizations import list_organizations, own_organization

        template = self.wiz.template()
        given = self.wiz.answers.get("parties")
        parties = [p if isinstance(p, dict) else {} for p in (given if isinstance(given, list) else [])]
        if not parties:
            own = own_organization(self.wiz.data)
            parties = [own.as_party() if own else {}, {}]
            parties = [{k: v for k, v in p.items() if v} for p in parties]
        if template is not None:
            while len(parties) < template.min_parties:
                parties.append({})
        self._partners = [o.as_party() for o in list_organizations(self.wiz.data) if not o.is_own]
        self.pick.clear()
        self.pick.addItem(self.tr("— a new organization —"), None)
        for i, partner in enumerate(self._partners):
            self.pick.addItem(partner["name"], i)
        self._show(parties)
        self.wiz.set_parties([p for p in parties])
        from ..services.logo import own_logo

        self.logo.blockSignals(True)
        meta = self.wiz.answers.get("meta")
        self.logo.setChecked(isinstance(meta, dict) and bool(meta.get("logo")))
        self.logo.setVisible(own_logo(self.wiz.data) is not None or self.logo.isChecked())
        self.logo.blockSignals(False)

    def _logo_toggled(self, on: bool) -> None:
        from ..services.logo import own_logo_b64

        meta = self.wiz.answers.get("meta")
        meta = dict(meta) if isinstance(meta, dict) else {}
        logo = own_logo_b64(self.wiz.data) if on else ""
        if logo:
            meta["logo"] = logo
        else:
            meta.pop("logo", None)
        self.wiz.answers["meta"] = meta
        self.wiz.edited()

    def _show(self, parties: list[dict[str, Any]]) -> None:
        while len(self.boxes) > len(parties):
            box = self.boxes.pop()
            box.setParent(None)
            box.deleteLater()
        while len(self.boxes) < len(parties):
            box = PartyBox(self, len(self.boxes))
            self.boxes_layout.addWidget(box)
            self.boxes.append(box)
        for i, (box, party) in enumerate(zip(self.boxes, parties, strict=True)):
            title = self.tr("Party %1 — our organization") if i == 0 else self.tr("Party %1")
            box.setTitle(title.replace("%1", str(i + 1)))
            box.set_party(party)
        self._limits()

    def _limits(self) -> None:
        template = self.wiz.template()
        low, high = (template.min_parties, template.max_parties) if template else (2, 12)
        for box in self.boxes:
            box.remove.setEnabled(len(self.boxes) > low)
        self.add.setEnabled(len(self.boxes) < high)
        self.add.setToolTip("" if len(self.boxes) < high else
                            self.tr("This kind of agreement has at most %1 parties.").replace("%1", str(high)))

    def collect(self) -> None:
        for box in self.boxes:
            for key, edit in box.edits.items():
                if edit.hasFocus() or edit.text():
                    self.touched.add(f"parties[{box.index}].{key}")
        self.wiz.set_parties([box.party() for box in self.boxes])

    def add_party(self) -> None:
        parties = [box.party() for box in self.boxes]
        index = self.pick.currentData()
        parties.append(dict(self._partners[index]) if isinstance(index, int) else {})
        parties[-1] = {k: v for k, v in parties[-1].items() if v}
        self._show(parties)
        self.wiz.set_parties(parties)
        self.boxes[-1].edits["name"].setFocus()

    def remove_party(self, index: int) -> None:
        parties = [box.party() for box in self.boxes]
        del parties[index]
        self.touched = {t for t in self.touched if not t.startswith(f"parties[{index}]")}
        self._show(parties)
        self.wiz.set_parties(parties)

    def refresh_state(self) -> None:
        for box in self.boxes:
            for key, error in box.errors.items():
                place = f"parties[{box.index}].{key}"
                messages = self.wiz.problems(place)
                if key in PARTY_REQUIRED and place not in self.touched:
                    messages = [m for m in messages if box.edits[key].text()]
                error.setText("\n".join(messages))
                error.setVisible(bool(messages))
        super().refresh_state()

    def blocking_reason(self) -> str:
        problems = [p for p in self.wiz.validation().errors if p.path.startswith("parties")]
        if not problems:
            return ""
        others = len(problems) - 1
        more = "" if not others else self.tr(" (and one other problem)") if others == 1 else \
            self.tr(" (and %1 other problems)").replace("%1", str(others))
        return self.tr("To continue: %1").replace("%1", str(problems[0])) + more


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
            return self.tr("To continue, fill in: %1.").replace("%1", ", ".join(dict.fromkeys(missing)))
        if other:
            return self.tr("To continue, correct the field marked in red.") if other == 1 else \
                self.tr("To continue, correct the %1 fields marked in red.").replace("%1", str(other))
        return ""
