"""The wizard's side list: every step with its state (done, to complete, to correct), clickable,
under « Étape 3 sur 9 », and the button that deletes the draft."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.ui.wizard.page_ids import GROUP_PAGES, Page

if TYPE_CHECKING:
    from partage_desktop.ui.wizard.window import AgreementWizard

PAGE_ROLE = Qt.ItemDataRole.UserRole
SIDE_WIDTH = 190


class StepList(QWidget):
    def __init__(self, wizard: AgreementWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setObjectName("wizard:side")
        self.setFixedWidth(SIDE_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        self.count = QLabel()
        self.count.setObjectName("wizard:step-count")
        font = self.count.font()
        font.setBold(True)
        self.count.setFont(font)
        layout.addWidget(self.count)
        self.list = QListWidget()
        self.list.setObjectName("wizard:steps")
        self.list.setAccessibleName(self.tr("Steps"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(1)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        layout.addWidget(self.list, 1)
        self.delete = QPushButton(self.tr("Delete this draft…"))
        self.delete.setObjectName("action:delete-draft")
        self.delete.setToolTip(self.tr("Moves the draft to the trash of the Agreements section, where it "
                                       "can be restored."))
        self.delete.clicked.connect(wizard.delete_draft)
        layout.addWidget(self.delete)
        wizard.changed.connect(self.refresh)
        wizard.currentIdChanged.connect(lambda _id: self.refresh())

    def title_of(self, page: int) -> str:
        if page == Page.TEMPLATE:
            return self.tr("What changes") if self.wiz.amendment else self.tr("Kind of agreement")
        if page == Page.PARTIES:
            return self.tr("Parties")
        if page == Page.CLAUSES:
            return self.tr("Own wording")
        if page == Page.REVIEW:
            return self.tr("Review and export")
        template = self.wiz.template()
        group = GROUP_PAGES[Page(page)]
        spec = next((g for g in template.groups if g.id == group), None) if template else None
        return spec.title[self.wiz.lang] if spec else group

    def state_of(self, page: int) -> str:
        if page == Page.REVIEW:
            return self.tr("ready to export") if not self.wiz.export_problems() else ""
        if page == Page.TEMPLATE:
            return "✓" if self.wiz.template() is not None and not self.wiz.amendment else ""
        missing, wrong = self.wiz.step_problems(Page(page))
        if missing:
            return self.tr("to complete")
        if wrong:
            return self.tr("to correct")
        return "✓"

    def refresh(self) -> None:
        current = self.wiz.currentId()
        chosen = self.wiz.template() is not None
        if not chosen:
            self._before_choice()
            return
        steps = self.wiz.step_ids()
        if current in steps:
            self.count.setText(self.tr("Step %1 of %2").replace("%1", str([int(s) for s in steps].index(current) + 1))
                               .replace("%2", str(len(steps))))
        self.list.blockSignals(True)
        while self.list.count() > len(steps):
            self.list.takeItem(self.list.count() - 1)
        while self.list.count() < len(steps):
            self.list.addItem(QListWidgetItem())
        for row, page in enumerate(steps):
            item = self.list.item(row)
            state = self.state_of(page)
            here = page == current
            text = f"{row + 1}. {self.title_of(page)}"
            if state == "✓":
                text += "  ✓"
            elif state:
                text += f"\n     {state}"
            item.setText(("▸ " if here else "") + text)
            item.setData(PAGE_ROLE, int(page))
            item.setToolTip(self.tr("You are here") if here else self.tr("Go to this step"))
            font = QFont(self.list.font())
            font.setBold(here)
            item.setFont(font)
            item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
            if here:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.delete.setVisible(self.wiz.is_draft and self.wiz.keeps_draft())

    def _before_choice(self) -> None:
        """The steps depend on the kind of agreement: until it is chosen, only the first one shows."""
        self.count.setText(self.tr("Step 1"))
        self.list.blockSignals(True)
        self.list.clear()
        first = QListWidgetItem("▸ 1. " + self.title_of(0))
        first.setData(PAGE_ROLE, 0)
        font = QFont(self.list.font())
        font.setBold(True)
        first.setFont(font)
        self.list.addItem(first)
        note = QListWidgetItem(self.tr("The next steps depend on the kind of agreement chosen."))
        note.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(note)
        self.list.setCurrentItem(first)
        self.list.blockSignals(False)
        self.delete.setVisible(False)

    def _clicked(self, item: QListWidgetItem) -> None:
        page = item.data(PAGE_ROLE)
        if isinstance(page, int) and page != self.wiz.currentId():
            self.wiz.go_to(page)
