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
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.agreements.french import ARTICLES, guess_article, sample
from partage_desktop.core.agreements.validation import PARTY_REQUIRED
from partage_desktop.services import changes
from partage_desktop.services.organizations.address_book import list_organizations, own_organization
from partage_desktop.services.organizations.logo import own_logo, own_logo_b64
from partage_desktop.ui.app.changes import follow
from partage_desktop.ui.widgets.flow_layout import FlowLayout
from partage_desktop.ui.wizard.field_editors import ERROR_STYLE
from partage_desktop.ui.wizard.pages import StepPage

if TYPE_CHECKING:
    from partage_desktop.ui.wizard.window import AgreementWizard

PARTY_KEYS = ("name", "neq", "address", "representative", "representative_title", "email", "phone")


class PartyBox(QGroupBox):
    """One party's identification, with object names ``party:<n>:<key>`` (n: its place now), the
    buttons that move it, and how its name reads in the French text."""

    def __init__(self, page: PartiesPage, index: int) -> None:
        super().__init__()
        self.page = page
        self.index = index
        self.article_chosen = ""  # what the user picked; "" while the name's first word decides
        form = QFormLayout(self)
        # no Alt+letter on these labels: every party has the same ones; Alt+digit of the box
        # title (Party &2) goes to the party, Tab through its fields
        self.labels = {
            "name": self.tr("Legal name *"), "neq": self.tr("NEQ (10 digits)"),
            "address": self.tr("Address *"), "representative": self.tr("Representative *"),
            "representative_title": self.tr("Representative's title *"), "email": self.tr("Email"),
            "phone": self.tr("Phone"),
        }
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for key in PARTY_KEYS:
            edit = QLineEdit()
            edit.textEdited.connect(lambda _t: self.page.collect())
            label = QLabel(self.labels[key])
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
            if key == "name":
                self.article = QComboBox()
                # its choices repeat the whole name: sized to the box, not to them (the list that
                # opens shows them whole), so that a long name never makes the step scroll sideways
                self.article.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                self.article.setMinimumContentsLength(20)
                self.article.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                self.article.activated.connect(self._article_picked)
                self.article_label = QLabel(self.tr("In the text:"))
                self.article_label.setBuddy(self.article)
                form.addRow(self.article_label, self.article)
                self.edits["name"].textEdited.connect(lambda _t: self._fill_articles())
        self.up = QPushButton(self.tr("Move up"))
        self.up.clicked.connect(lambda: self.page.move_party(self.index, -1))
        self.down = QPushButton(self.tr("Move down"))
        self.down.clicked.connect(lambda: self.page.move_party(self.index, 1))
        self.swap = QPushButton()
        self.swap.clicked.connect(lambda: self.page.swap_party(self.index))
        self.remove = QPushButton(self.tr("Remove this party"))
        self.remove.clicked.connect(lambda: self.page.remove_party(self.index))
        row = QHBoxLayout()
        for button in (self.up, self.down, self.swap, self.remove):
            row.addWidget(button)
        row.addStretch(1)
        form.addRow("", row)
        self.renumber(index, "", False)

    def renumber(self, index: int, role: str, ours: bool) -> None:
        """Place ``index`` (from 0), playing ``role`` (« Prêteur »; "" when all are equal): the
        title, the object names and, for screen readers, the names of every field and button."""
        self.index = index
        n = str(index + 1)
        title = (self.tr("Party %1 — %2").replace("%2", role) if role else self.tr("Party %1"))
        if ours:
            title = self.tr("%1 (our organization)").replace("%1", title)
        self.setTitle(title.replace("%1", ("&" if index < 9 else "") + n))
        who = (self.tr("Party %1 (%2)").replace("%2", role) if role else self.tr("Party %1")).replace("%1", n)
        self.who = who
        for key, edit in self.edits.items():
            edit.setObjectName(f"party:{index}:{key}")
            edit.setAccessibleName(f"{who} — {self.labels[key].replace(' *', '')}")
        self.article.setObjectName(f"party:{index}:article")
        reads = self.tr("How the name reads in the text")
        self.article.setAccessibleName(f"{who} — {reads}")
        self.up.setObjectName(f"party:{index}:up")
        self.down.setObjectName(f"party:{index}:down")
        self.swap.setObjectName(f"party:{index}:swap")
        self.remove.setObjectName(f"party:{index}:remove")
        other = 2 if index == 0 else 1
        self.swap.setText(self.tr("Swap with party %1").replace("%1", str(other)))
        for button, text in ((self.up, self.tr("Move %1 up")), (self.down, self.tr("Move %1 down")),
                             (self.swap, self.tr("Swap %1 with party %2").replace("%2", str(other))),
                             (self.remove, self.tr("Remove %1"))):
            button.setAccessibleName(text.replace("%1", who))

    def set_party(self, party: dict[str, str]) -> None:
        party = party if isinstance(party, dict) else {}
        for key, edit in self.edits.items():
            edit.setText(str(party.get(key) or ""))
        article = party.get("article")
        self.article_chosen = article if article in ARTICLES else ""
        self._fill_articles()

    def _fill_articles(self) -> None:
        """The four ways the name can read, shown with the name itself; the one chosen (or guessed
        from the first word: Maison → la, Comptoir → le) is current."""
        name = self.edits["name"].text().strip()
        current = self.article_chosen or guess_article(name)
        self.article.blockSignals(True)
        self.article.clear()
        for article in ARTICLES:
            self.article.addItem(sample(name, article), article)
        self.article.setCurrentIndex(max(0, self.article.findData(current)))
        self.article.blockSignals(False)

    def _article_picked(self, _index: int) -> None:
        self.article_chosen = self.article.currentData()
        self.page.collect()

    def party(self) -> dict[str, str]:
        out = {key: edit.text().strip() for key, edit in self.edits.items() if edit.text().strip()}
        if self.article_chosen:
            out["article"] = self.article_chosen
        return out


class PartiesPage(StepPage):
    def __init__(self, wizard: AgreementWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Who signs the agreement?"))
        self.setSubTitle(self.tr("Our organization and its partners. Pick a partner from the address "
                                 "book or type a new one; the buttons under each party change its place."))
        self.touched: set[str] = set()
        self.boxes: list[PartyBox] = []
        self.ours: int | None = 0  # where our organization is among the parties (None: unknown)
        # first the question that puts our organization in its place (lend or borrow…), for the
        # templates whose parties play different parts
        self.question_row = QWidget()
        self.question_row.setObjectName("party:question")
        question = FlowLayout(self.question_row)  # the two answers go under the question when narrow
        self.question = QLabel()
        self.we_first = QRadioButton()
        self.we_first.setObjectName("party:we-first")
        self.we_others = QRadioButton()
        self.we_others.setObjectName("party:we-others")
        self.we_first.clicked.connect(lambda: self.place_ours(first=True))
        self.we_others.clicked.connect(lambda: self.place_ours(first=False))
        question.addWidget(self.question)
        question.addWidget(self.we_first)
        question.addWidget(self.we_others)
        self.body.addWidget(self.question_row)
        # the address book comes next: picking a partner fills the first empty party
        self.pick_row = QWidget()
        row = QHBoxLayout(self.pick_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.pick = QComboBox()
        self.pick.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pick.setMinimumContentsLength(16)  # long partner names are read in the list that opens
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
        # a partner added in Organizations (or imported) is offered here at once
        self.follower = follow(self, wizard.data, (changes.ORGANIZATIONS,), self._address_book_changed)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        template = self.wiz.template()
        given = self.wiz.answers.get("parties")
        parties = [p if isinstance(p, dict) else {} for p in (given if isinstance(given, list) else [])]
        own = own_organization(self.wiz.data)
        if not parties:
            parties = [own.as_party() if own else {}, {}]
            parties = [{k: v for k, v in p.items() if v} for p in parties]
            self.ours = 0  # ours first, typed in the first box when there is no profile yet
        else:
            own_name = " ".join((own.legal_name if own else "").split()).casefold()
            self.ours = next((i for i, p in enumerate(parties)
                              if own_name and " ".join(str(p.get("name") or "").split()).casefold() == own_name),
                             None)
        if template is not None:
            while len(parties) < template.min_parties:
                parties.append({})
        self._fill_address_book()
        self._show(parties)
        self.wiz.set_parties([p for p in parties])
        self._ask(template)

        self.logo.blockSignals(True)
        meta = self.wiz.answers.get("meta")
        self.logo.setChecked(isinstance(meta, dict) and bool(meta.get("logo")))
        self.logo.setVisible(own_logo(self.wiz.data) is not None or self.logo.isChecked())
        self.logo.blockSignals(False)

    def _fill_address_book(self) -> None:
        """The partners offered by the picker (the one chosen stays chosen)."""
        self.follower.read()
        chosen = self.pick.currentText()
        self._partners = [o.as_party() for o in list_organizations(self.wiz.data) if not o.is_own]
        self.pick.clear()
        for i, partner in enumerate(self._partners):
            self.pick.addItem(partner["name"], i)
        self.pick.setCurrentIndex(max(0, self.pick.findText(chosen)))
        self.pick_row.setVisible(bool(self._partners))

    def _address_book_changed(self, change: changes.Change) -> None:
        self._fill_address_book()
        if change.ids.get("logo") or change.touches(changes.EVERYTHING):
            self.logo.setVisible(own_logo(self.wiz.data) is not None or self.logo.isChecked())

    def _logo_toggled(self, on: bool) -> None:
        meta = self.wiz.answers.get("meta")
        meta = dict(meta) if isinstance(meta, dict) else {}
        logo = own_logo_b64(self.wiz.data) if on else ""
        if logo:
            meta["logo"] = logo
        else:
            meta.pop("logo", None)
        self.wiz.answers["meta"] = meta
        self.wiz.edited()

    def _ask(self, template: Any) -> None:
        """The lend-or-borrow question of the template (its own words), answered by where our
        organization is now."""
        lang = self.wiz.lang
        has_roles = template is not None and template.has_roles
        self.question_row.setVisible(has_roles)
        if not has_roles:
            return
        self.question.setText(template.roles["question"][lang] + ("\u00a0:" if lang == "fr" else ":"))
        self.we_first.setText(template.roles["first_we"][lang])
        self.we_others.setText(template.roles["others_we"][lang])
        for button, key in ((self.we_first, "first_we"), (self.we_others, "others_we")):
            button.setAccessibleName(f"{template.roles['question'][lang]} {template.roles[key][lang]}")
        self._answer_shown()

    def _answer_shown(self) -> None:
        for button in (self.we_first, self.we_others):
            button.setAutoExclusive(False)
            button.setChecked(False)
        if self.ours is not None:
            (self.we_first if self.ours == 0 else self.we_others).setChecked(True)
        for button in (self.we_first, self.we_others):
            button.setAutoExclusive(True)

    def place_ours(self, first: bool) -> None:
        """« We lend » puts our organization first, « we borrow » second: it swaps places with the
        party that had the role (ours is the first box when Partage could not tell)."""
        ours = self.ours if self.ours is not None else 0
        if first and ours != 0:
            self._reorder(self._swapped(ours, 0), focus=None)
        elif not first and ours == 0 and len(self.boxes) > 1:
            self._reorder(self._swapped(0, 1), focus=None)
        else:
            self.ours = ours
            self._show([box.party() for box in self.boxes])
        self._answer_shown()

    def _swapped(self, a: int, b: int) -> list[int]:
        order = list(range(len(self.boxes)))
        order[a], order[b] = order[b], order[a]
        return order

    def move_party(self, index: int, step: int) -> None:
        """Up (-1) or down (+1) one place; the keyboard stays on the button, in the party's new box."""
        target = index + step
        if 0 <= target < len(self.boxes):
            button = "up" if step < 0 else "down"
            self._reorder(self._swapped(index, target), focus=(target, button))

    def swap_party(self, index: int) -> None:
        """Party 1 with this one (party 1 with party 2 from the first box): who has which role."""
        other = 1 if index == 0 else 0
        if other < len(self.boxes):
            self._reorder(self._swapped(index, other), focus=(other, "swap"))

    def _reorder(self, order: list[int], focus: tuple[int, str] | None) -> None:
        """New places: ``order[i]`` is the old place of the party now at ``i``. What was typed,
        the fields already visited, the cost shares and which one is ours move with each party."""
        parties = [box.party() for box in self.boxes]
        new_place = {old: new for new, old in enumerate(order)}
        self.touched = {self._moved(t, new_place) for t in self.touched}
        if self.ours is not None:
            self.ours = new_place.get(self.ours, self.ours)
        self._reorder_shares(order)
        self._show([parties[old] for old in order])
        self.wiz.set_parties([parties[old] for old in order])
        self._answer_shown()
        if focus is not None:
            index, which = focus
            box = self.boxes[index]
            button = getattr(box, which)
            if not button.isEnabled():
                button = box.down if which == "up" else box.up
            button.setFocus(Qt.FocusReason.TabFocusReason)

    @staticmethod
    def _moved(place: str, new_place: dict[int, int]) -> str:
        head, _, rest = place.partition("]")
        old = int(head.removeprefix("parties["))
        return f"parties[{new_place.get(old, old)}]{rest}"

    def _reorder_shares(self, order: list[int]) -> None:
        """A cost split's shares are one per party, in the parties' order: they follow them."""
        template = self.wiz.template()
        fields = self.wiz.answers.get("fields")
        if template is None or not isinstance(fields, dict):
            return
        for spec in template.fields:
            value = fields.get(spec.id)
            if spec.type == "cost_split" and isinstance(value, dict) and isinstance(value.get("shares"), list) \
                    and len(value["shares"]) == len(order):
                fields[spec.id] = {**value, "shares": [value["shares"][old] for old in order]}

    def _show(self, parties: list[dict[str, Any]]) -> None:
        while len(self.boxes) > len(parties):
            box = self.boxes.pop()
            box.setParent(None)
            box.deleteLater()
        while len(self.boxes) < len(parties):
            box = PartyBox(self, len(self.boxes))
            self.boxes_layout.addWidget(box)
            self.boxes.append(box)
        template = self.wiz.template()
        lang = self.wiz.lang
        french = (self.wiz.answers.get("lang") or lang) == "fr"
        for i, (box, party) in enumerate(zip(self.boxes, parties, strict=True)):
            box.renumber(i, template.role_title(i, lang) if template else "", i == self.ours)
            box.set_party(party)
            box.article.setVisible(french)  # how a name reads matters to French grammar only
            box.article_label.setVisible(french)
            box.up.setEnabled(i > 0)
            box.down.setEnabled(i < len(parties) - 1)
            box.swap.setEnabled(len(parties) > 1)
        self._limits()
        self._tab_order()

    def _tab_order(self) -> None:
        """Address book, then each party's fields, then Add a party and the logo: the boxes are
        made after the page, so Qt's default order would put them after the wizard's buttons."""
        chain: list[QWidget] = [self.we_first, self.we_others, self.pick, self.use]
        for box in self.boxes:
            edits = list(box.edits.values())
            chain += [edits[0], box.article, *edits[1:], box.up, box.down, box.swap, box.remove]
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
        ours = self.ours if self.ours is not None else 0
        return next((box.index for box in self.boxes if box.index != ours and not box.party()), None)

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
        new_place = {old: old - (old > index) for old in range(len(self.boxes)) if old != index}
        self.touched = {self._moved(t, new_place) for t in self.touched}
        if self.ours is not None:
            self.ours = None if self.ours == index else new_place[self.ours]
        self._show(parties)
        self.wiz.set_parties(parties)
        self._answer_shown()

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
