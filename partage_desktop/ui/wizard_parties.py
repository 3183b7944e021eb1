"""Wizard step: who signs — our organization, then the partners, from the address book or typed."""

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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.validation import PARTY_REQUIRED
from .field_editors import ERROR_STYLE
from .wizard_pages import StepPage

if TYPE_CHECKING:
    from .wizard import AgreementWizard

PARTY_KEYS = ("name", "neq", "address", "representative", "representative_title", "email", "phone")


class PartyBox(QGroupBox):
    """One party's identification, with object names ``party:<n>:<key>``."""

    def __init__(self, page: PartiesPage, index: int) -> None:
        super().__init__()
        self.page = page
        self.index = index
        form = QFormLayout(self)
        # no Alt+letter on these labels: every party has the same ones; Alt+digit of the box
        # title (Party &2) goes to the party, Tab through its fields
        labels = {
            "name": self.tr("Legal name *"), "neq": self.tr("NEQ (10 digits)"),
            "address": self.tr("Address *"), "representative": self.tr("Representative *"),
            "representative_title": self.tr("Representative's title *"), "email": self.tr("Email"),
            "phone": self.tr("Phone"),
        }
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for key in PARTY_KEYS:
            edit = QLineEdit()
            edit.setObjectName(f"party:{index}:{key}")
            edit.setAccessibleName(labels[key].replace(" *", ""))
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
        # the address book comes first: picking a partner fills the first empty party
        self.pick_row = QWidget()
        row = QHBoxLayout(self.pick_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.pick = QComboBox()
        self.pick.setObjectName("party:pick")
        self.pick.setAccessibleName(self.tr("Partner from the address book"))
        self.use = QPushButton(self.tr("&Use this partner"))
        self.use.setObjectName("action:use-partner")
        self.use.clicked.connect(self.use_partner)
        pick_label = QLabel(self.tr("Partner from the &address book:"))
        pick_label.setBuddy(self.pick)
        row.addWidget(pick_label)
        row.addWidget(self.pick, 1)
        row.addWidget(self.use)
        self.body.addWidget(self.pick_row)
        self.boxes_layout = QVBoxLayout()
        self.body.addLayout(self.boxes_layout)
        self.add = QPushButton(self.tr("A&dd a party"))
        self.add.setObjectName("action:add-party")
        self.add.clicked.connect(self.add_party)
        self.body.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
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
        for i, partner in enumerate(self._partners):
            self.pick.addItem(partner["name"], i)
        self.pick_row.setVisible(bool(self._partners))
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
            box.setTitle(title.replace("%1", ("&" if i < 9 else "") + str(i + 1)))
            box.set_party(party)
        self._limits()
        self._tab_order()

    def _tab_order(self) -> None:
        """Address book, then each party's fields, then Add a party and the logo: the boxes are
        made after the page, so Qt's default order would put them after the wizard's buttons."""
        chain: list[QWidget] = [self.pick, self.use]
        for box in self.boxes:
            chain += [*box.edits.values(), box.remove]
        chain += [self.add, self.logo]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _limits(self) -> None:
        template = self.wiz.template()
        low, high = (template.min_parties, template.max_parties) if template else (2, 12)
        for box in self.boxes:
            box.remove.setEnabled(len(self.boxes) > low)
        self.add.setEnabled(len(self.boxes) < high)
        self.add.setToolTip("" if len(self.boxes) < high else
                            self.tr("This kind of agreement has at most %1 parties.").replace("%1", str(high)))
        self.use.setEnabled(len(self.boxes) < high or self._first_empty() is not None)

    def collect(self) -> None:
        for box in self.boxes:
            for key, edit in box.edits.items():
                if edit.hasFocus() or edit.text():
                    self.touched.add(f"parties[{box.index}].{key}")
        self.wiz.set_parties([box.party() for box in self.boxes])

    def first_focus(self) -> QWidget | None:
        """The address book while a partner is still to be chosen, else the first field to fill."""
        empty = self._first_empty()
        if empty is not None and self.pick_row.isVisible():
            return self.pick
        for box in self.boxes:
            for key in PARTY_REQUIRED:
                if not box.edits[key].text().strip():
                    return box.edits[key]
        return self.boxes[0].edits["name"] if self.boxes else None

    def _first_empty(self) -> int | None:
        """The first party other than ours with nothing typed in it yet."""
        return next((box.index for box in self.boxes[1:] if not box.party()), None)

    def add_party(self) -> None:
        """A new, empty party at the end."""
        parties = [box.party() for box in self.boxes]
        parties.append({})
        self._show(parties)
        self.wiz.set_parties(parties)
        self.boxes[-1].edits["name"].setFocus()

    def use_partner(self) -> None:
        """The partner chosen in the address book fills the first empty party (a new one only
        when every party is already filled in)."""
        index = self.pick.currentData()
        if not isinstance(index, int):
            return
        partner = {k: v for k, v in self._partners[index].items() if v}
        parties = [box.party() for box in self.boxes]
        target = self._first_empty()
        if target is None:
            parties.append(partner)
            target = len(parties) - 1
        else:
            parties[target] = partner
        self._show(parties)
        self.wiz.set_parties(parties)
        self.boxes[target].edits["name"].setFocus()

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
        return self.tr("To complete: %1").replace("%1", str(problems[0])) + more
