"""An amendment's first step: « Que voulez-vous changer ? » — the steps to change, each marked
when it already differs from the signed agreement; a click goes there."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

from partage_desktop.ui.wizard.page_ids import Page
from partage_desktop.ui.wizard.pages import StepPage

if TYPE_CHECKING:
    from partage_desktop.ui.wizard.window import AgreementWizard

PAGE_ROLE = Qt.ItemDataRole.UserRole


def changed_places(before: dict[str, Any], after: dict[str, Any]) -> set[str]:
    """The places (``parties``, ``fields.<id>``, ``clauses``) where two answers documents differ,
    compared as typed: it works on incomplete answers too."""
    places = {key for key in ("parties", "clauses") if before.get(key) != after.get(key)}
    old, new = before.get("fields"), after.get("fields")
    old = old if isinstance(old, dict) else {}
    new = new if isinstance(new, dict) else {}
    places |= {f"fields.{key}" for key in set(old) | set(new) if old.get(key) != new.get(key)}
    return places


class AmendPage(StepPage):
    def __init__(self, wizard: AgreementWizard) -> None:
        super().__init__(wizard)
        info = wizard.amendment
        assert info is not None
        self.setTitle(self.tr("What do you want to change?"))
        self.setSubTitle(self.tr("This amendment changes agreement %1 (version %2, as signed). Choose what "
                                 "changes; everything else stays as signed.")
                         .replace("%1", info.parent_reference).replace("%2", str(info.parent_version)))
        self.list = QListWidget()
        self.list.setObjectName("amend:choices")
        self.list.setAccessibleName(self.tr("What changes"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.itemClicked.connect(self._go)
        self.list.itemActivated.connect(self._go)
        label = QLabel(self.tr("&What changes:"))
        label.setBuddy(self.list)
        self.body.addWidget(label)
        self.body.addWidget(self.list)
        # Back to this step does not initialize it again: mark what changed meanwhile
        wizard.currentIdChanged.connect(self._step_changed)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.refresh_state()

    def _step_changed(self, _id: int) -> None:
        """Back to this step does not initialize it again: mark what changed meanwhile."""
        if self.wiz.currentPage() is self:
            self.refresh_state()

    def refresh_state(self) -> None:
        info = self.wiz.amendment
        assert info is not None
        changed = {self.wiz.page_for(place) for place in changed_places(info.parent_answers, self.wiz.answers)}
        self.list.clear()
        for page in self.wiz.step_ids():
            if page in (Page.TEMPLATE, Page.REVIEW):
                continue
            text = self.wiz.steps.title_of(page)
            if page in changed:
                text += " — " + self.tr("changed")
            item = QListWidgetItem(text)
            item.setData(PAGE_ROLE, int(page))
            self.list.addItem(item)
        super().refresh_state()

    def blocking_reason(self) -> str:
        if self.wiz.amendment_unchanged():
            return self.tr("Nothing changes yet: choose what the amendment changes.")
        return ""

    def _go(self, item: QListWidgetItem) -> None:
        page = item.data(PAGE_ROLE)
        if isinstance(page, int):
            self.wiz.go_to(page)
