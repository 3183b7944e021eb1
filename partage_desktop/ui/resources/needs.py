"""The needs tab: what we are looking for. Open needs first (most urgent at the top); found and
withdrawn ones on request. Withdrawing and deleting can be undone from the bar under the list."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.resources.vocabulary import URGENCY, label
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.resources import needs
from partage_desktop.services.resources.content import catalogue
from partage_desktop.ui.app.i18n import format_date
from partage_desktop.ui.app.sections import heading, scrolled
from partage_desktop.ui.resources.list_tab import ListTab
from partage_desktop.ui.widgets.tasks import TaskRunner
from partage_desktop.words import error_lines


class NeedsTab(ListTab):
    make_agreement = Signal(dict)  # {"need_id": id}
    first_sort = (3, Qt.SortOrder.DescendingOrder)  # the most urgent first (column Urgency)

    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(data, lang, parent)
        self.tasks = tasks
        self.views: dict[int, needs.NeedView] = {}
        # quantity and status are in the detail (a status other than « looking » follows the title):
        # the title keeps a readable width beside the detail on a 1024-pixel screen
        self.columns = (self.tr("Title"), self.tr("Category"), self.tr("Wanted"), self.tr("Urgency"))
        self.view.setObjectName("needs-list")
        self.view.setAccessibleName(self.tr("Our needs"))
        self.filter.setObjectName("needs-filter")
        self.filter.setPlaceholderText(self.tr("Title, category, place…"))
        self.filter.setAccessibleName(self.tr("Filter the needs"))
        self.filter_label.setText(self.tr("Fi&lter:"))
        self.show_closed.setText(self.tr("Show found and &withdrawn"))
        self.show_closed.setObjectName("needs-show-closed")
        self.empty.setText(self.tr("No need written down yet. Say what your organization is looking for "
                                   "— a room on Thursdays, a van for a move, someone who knows accounting — "
                                   "and partners' offers that match will be suggested."))
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setObjectName("needs-undo")
        self.new_button = QPushButton(self.tr("&New need"))
        self.new_button.setObjectName("needs-new")
        self.new_button.clicked.connect(self.new)
        left = QWidget()
        column = self.list_layout()
        column.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        left.setLayout(column)
        self.detail_title = heading("", 2)
        self.detail = QLabel()
        self.detail.setObjectName("needs-detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = self._button(self.tr("&Open"), "needs-open", self.open_current)
        self.found_button = self._button(self.tr("Mar&k as found"), "needs-found", lambda: self._set("found"))
        self.withdraw_button = self._button(self.tr("Wi&thdraw"), "needs-withdraw", self.toggle_withdrawn)
        self.agreement_button = self._button(self.tr("&Make an agreement"), "needs-make-agreement",
                                             lambda: self.make_agreement.emit({"need_id": self.current_id()}))
        self.delete_button = self._button(self.tr("&Delete…"), "needs-delete", self.delete_current)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.detail_title)
        right_layout.addWidget(self.detail)
        for button in (self.open_button, self.found_button, self.withdraw_button, self.agreement_button,
                       self.delete_button):
            right_layout.addWidget(button)
        right_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scrolled(right, "needs-detail-scroll", keep_width=True))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([450, 300])  # the detail keeps a readable width on a 1024-pixel screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)
        self.setFocusProxy(self.view)

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _window(self, n: needs.NeedView) -> str:
        if n.wanted_from and n.wanted_to:
            return self.tr("%1 to %2").replace("%1", format_date(n.wanted_from, self.lang, short=True)) \
                .replace("%2", format_date(n.wanted_to, self.lang, short=True))
        if n.wanted_from:
            return self.tr("from %1").replace("%1", format_date(n.wanted_from, self.lang, short=True))
        if n.wanted_to:
            return self.tr("until %1").replace("%1", format_date(n.wanted_to, self.lang, short=True))
        return ""

    def rows(self) -> list[tuple[Any, list[Any], str]]:
        found = needs.list_needs(self.data, self.lang, include_closed=self.show_closed.isChecked())
        self.views = {n.id: n for n in found}
        out = []
        for n in found:
            region = catalogue().region_name(n.region, self.lang) if n.region else ""
            words = " ".join((n.title, n.description, n.category_label, n.address, region, n.mrc))
            window = (self._window(n), (n.wanted_from or n.wanted_to or date.max).isoformat())
            urgency = (label("urgency", n.urgency, self.lang), URGENCY.index(n.urgency) if n.urgency in URGENCY else 0)
            title = n.title if n.status == "open" else f"{n.title} ({label('need_status', n.status, self.lang)})"
            out.append((n.id, [title, n.category_label, window, urgency], words))
        return out

    def selection_changed(self) -> None:
        n = self.views.get(self.current_id())
        for button in (self.open_button, self.found_button, self.withdraw_button, self.agreement_button,
                       self.delete_button):
            button.setEnabled(n is not None)
        self.found_button.setEnabled(n is not None and n.status == "open")
        self.withdraw_button.setText(self.tr("&Reopen") if n and n.status != "open" else self.tr("Wi&thdraw"))
        self.detail_title.setText(n.title if n else "")
        self.detail.setText(self._describe(n) if n else "")

    def _describe(self, n: needs.NeedView) -> str:
        none = self.tr("no category")
        lines = [f"{label('kind', n.kind, self.lang)} · {n.category_label or none}",
                 self.tr("Quantity: %1 · Urgency: %2").replace("%1", str(n.quantity))
                 .replace("%2", label("urgency", n.urgency, self.lang))]
        if self._window(n):
            lines.append(self.tr("Wanted: %1").replace("%1", self._window(n)))
        lines.append(self.tr("Substitutes accepted") if n.substitutes_ok else self.tr("No substitutes"))
        if n.contribution:
            lines.append(self.tr("We offer: %1").replace("%1", n.contribution))
        if n.expires_on:
            lines.append(self.tr("Expires on %1").replace("%1", format_date(n.expires_on, self.lang)))
        if n.description:
            lines += ["", n.description]
        return "\n".join(lines)

    def new(self) -> None:
        self._edit(None)

    def open_current(self) -> None:
        if self.current_id() is not None:
            self._edit(self.current_id())

    def _edit(self, need_id: int | None) -> None:
        from partage_desktop.ui.resources.need_dialog import (
            NeedDialog,  # deferred: only when a need is opened
        )

        try:
            dialog = NeedDialog(self.data, self.lang, need_id, self)
        except UserInputError as exc:
            QMessageBox.information(self, self.tr("Needs"), "\n".join(error_lines(exc, self.lang)))
            self.refresh()
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(select=dialog.saved_id)
        self.view.setFocus()

    def _set(self, status: str) -> None:
        n = self.views.get(self.current_id())
        if n is None:
            return
        needs.set_need_status(self.data, n.id, status)
        if status != "open":
            words = self.tr("“%1” marked as found.") if status == "found" else self.tr("“%1” withdrawn.")
            self.offer_undo(words.replace("%1", n.title), lambda: self._reopen(n.id))
        self.refresh(select=n.id)

    def _reopen(self, need_id: int) -> None:
        needs.set_need_status(self.data, need_id, "open")
        self.refresh(select=need_id)

    def toggle_withdrawn(self) -> None:
        n = self.views.get(self.current_id())
        if n is not None:
            self._set("open" if n.status != "open" else "withdrawn")

    def delete_current(self) -> None:
        n = self.views.get(self.current_id())
        if n is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete a need"),
                          self.tr("Delete “%1”? You can undo right after.").replace("%1", n.title), parent=self)
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("needs-confirm-delete")
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is not delete:
            return
        kept = needs.delete_need(self.data, n.id)
        self.offer_undo(self.tr("“%1” deleted.").replace("%1", n.title), lambda: self._put_back(kept))
        self.refresh()
        self.view.setFocus()

    def _put_back(self, kept: dict[str, Any]) -> None:
        values = {k: v for k, v in kept.items() if k != "status"}
        need_id = needs.save_need(self.data, values, lang=self.lang)
        if kept.get("status", "open") != "open":
            needs.set_need_status(self.data, need_id, kept["status"])
        self.refresh(select=need_id)
