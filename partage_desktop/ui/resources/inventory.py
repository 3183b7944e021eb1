"""The inventory tab: the resources we lend, a filter and a sorted list on the left, the one chosen
described on the right with what can be done with it (open, book, make an agreement, archive,
delete). Archiving and deleting can be undone from the bar under the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
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

from partage_desktop.core.resources.vocabulary import label
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.resources import inventory
from partage_desktop.services.resources.content import catalogue
from partage_desktop.ui.app.sections import heading, scrolled
from partage_desktop.ui.resources.form_parts import money_text
from partage_desktop.ui.resources.list_tab import ListTab
from partage_desktop.ui.widgets.tasks import TaskRunner
from partage_desktop.words import error_lines


class InventoryTab(ListTab):
    make_agreement = Signal(dict)  # {"resource_id": id}
    book_requested = Signal(int)  # the resource's id

    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(data, lang, parent)
        self.tasks = tasks
        self.views: dict[int, inventory.ResourceView] = {}
        # the kind is left to the category (« Véhicules et remorques ») and the detail: the title keeps
        # a readable width beside the detail on a 1024-pixel screen; the filter still finds it
        self.columns = (self.tr("Title"), self.tr("Category"), self.tr("Quantity"), self.tr("Terms"))
        self.view.setObjectName("inventory-list")
        self.view.setAccessibleName(self.tr("Our resources"))
        self.filter.setObjectName("inventory-filter")
        self.filter.setPlaceholderText(self.tr("Title, other names, category, place…"))
        self.filter.setAccessibleName(self.tr("Filter the resources"))
        self.filter_label.setText(self.tr("Fi&lter:"))
        self.show_closed.setText(self.tr("Show &archived"))
        self.show_closed.setObjectName("inventory-show-archived")
        self.empty.setText(self.tr("Nothing in the inventory yet. Add what your organization can lend "
                                   "— equipment, a vehicle, a room, staff time, expertise — so partners "
                                   "can find it and you can follow its bookings."))
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setObjectName("inventory-undo")

        self.new_button = QPushButton(self.tr("&New resource"))
        self.new_button.setObjectName("inventory-new")
        self.new_button.clicked.connect(self.new)
        self.categories_button = QPushButton(self.tr("Categor&ies…"))
        self.categories_button.setObjectName("inventory-categories")
        self.categories_button.clicked.connect(self.edit_categories)
        left = QWidget()
        column = self.list_layout()
        column.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.categories_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        left.setLayout(column)

        self.photo = QLabel()
        self.photo.setObjectName("inventory-photo")
        self.photo.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.detail_title = heading("", 2)
        self.detail = QLabel()
        self.detail.setObjectName("inventory-detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_button = self._button(self.tr("&Open"), "inventory-open", self.open_current)
        self.book_button = self._button(self.tr("&Book…"), "inventory-book",
                                        lambda: self.book_requested.emit(self.current_id()))
        self.agreement_button = self._button(self.tr("&Make an agreement"), "inventory-make-agreement",
                                             lambda: self.make_agreement.emit({"resource_id": self.current_id()}))
        self.archive_button = self._button(self.tr("Archi&ve"), "inventory-archive", self.toggle_archive)
        self.delete_button = self._button(self.tr("&Delete…"), "inventory-delete", self.delete_current)
        actions = QVBoxLayout()
        for button in (self.open_button, self.book_button, self.agreement_button, self.archive_button,
                       self.delete_button):
            actions.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.detail_title)
        right_layout.addWidget(self.photo)
        right_layout.addWidget(self.detail)
        right_layout.addLayout(actions)
        right_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scrolled(right, "inventory-detail-scroll", keep_width=True))
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

    # ---------------------------------------------------------------- the list

    def rows(self) -> list[tuple[Any, list[Any], str]]:
        found = inventory.list_resources(self.data, self.lang, include_archived=self.show_closed.isChecked())
        self.views = {r.id: r for r in found}
        out = []
        for r in found:
            title = r.title + (self.tr(" (archived)") if r.archived else "")
            region = catalogue().region_name(r.region, self.lang) if r.region else ""
            words = " ".join((r.title, r.other_names, r.category_label, label("kind", r.kind, self.lang),
                              r.address, region, r.mrc, r.contact_person))
            out.append((r.id, [title, r.category_label, r.quantity, self._terms(r)], words))
        return out

    def _terms(self, r: inventory.ResourceView) -> str:
        terms = label("pricing", r.pricing, self.lang)
        if r.fee_cents is not None and r.pricing != "free":
            terms += f" — {money_text(r.fee_cents, self.lang)} {label('fee_unit', r.fee_unit, self.lang)}"
        return terms

    def selection_changed(self) -> None:
        view = self.views.get(self.current_id())
        for button in (self.open_button, self.book_button, self.agreement_button, self.archive_button,
                       self.delete_button):
            button.setEnabled(view is not None)
        self.book_button.setEnabled(view is not None and not view.archived)
        self.archive_button.setText(self.tr("&Restore") if view and view.archived else self.tr("Archi&ve"))
        self.detail_title.setText(view.title if view else "")
        self.detail.setText(self._describe(view) if view else "")
        self._show_photo(view)

    def _show_photo(self, view: inventory.ResourceView | None) -> None:
        self.photo.clear()
        self.photo.setVisible(bool(view and view.photo_ids))
        if view and view.photo_ids:
            image = QImage.fromData(QByteArray(inventory.photo_bytes(self.data, view.photo_ids[0])))
            self.photo.setPixmap(QPixmap.fromImage(image.scaled(
                240, 160, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)))

    def _describe(self, r: inventory.ResourceView) -> str:
        yes, no = self.tr("yes"), self.tr("no")
        none = self.tr("no category")
        lines = [f"{label('kind', r.kind, self.lang)} · {r.category_label or none}"]
        if r.other_names:
            lines.append(self.tr("Also called: %1").replace("%1", r.other_names))
        lines.append(self.tr("Quantity: %1 · Condition: %2").replace("%1", str(r.quantity))
                     .replace("%2", label("condition", r.condition, self.lang)))
        lines.append(self.tr("Terms: %1").replace("%1", self._terms(r)))
        if r.deposit_cents is not None:
            lines.append(self.tr("Deposit: %1").replace("%1", money_text(r.deposit_cents, self.lang)))
        if r.insurance_required:
            lines.append(self.tr("Insurance required: %1").replace(
                "%1", money_text(r.insurance_cents, self.lang) if r.insurance_cents is not None else yes))
        lines.append(self.tr("Training required: %1 · Approval required: %2")
                     .replace("%1", yes if r.training_required else no).replace("%2", yes if r.approval_required else no))
        where = ", ".join(x for x in (r.mrc, catalogue().region_name(r.region, self.lang) if r.region else "") if x)
        if where:
            lines.append(self.tr("Where: %1").replace("%1", where))
        if r.contact_person:
            lines.append(self.tr("Contact: %1").replace("%1", r.contact_person))
        lines.append(label("visibility", r.visibility, self.lang))
        if r.agreement_reference:
            lines.append(self.tr("Agreement: %1").replace("%1", r.agreement_reference))
        if r.description:
            lines += ["", r.description]
        return "\n".join(lines)

    # ---------------------------------------------------------------- actions

    def new(self) -> None:
        self._edit(None)

    def open_current(self) -> None:
        if self.current_id() is not None:
            self._edit(self.current_id())

    def _edit(self, resource_id: int | None) -> None:
        from partage_desktop.ui.resources.resource_dialog import (  # deferred: only when a resource is opened
            ResourceDialog,
        )

        try:
            dialog = ResourceDialog(self.data, self.lang, resource_id, self)
        except UserInputError as exc:  # removed meanwhile (another window)
            QMessageBox.information(self, self.tr("Resources"), "\n".join(error_lines(exc, self.lang)))
            self.refresh()
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(select=dialog.saved_id)
        self.view.setFocus()

    def toggle_archive(self) -> None:
        view = self.views.get(self.current_id())
        if view is None:
            return
        if view.archived:
            inventory.restore_resource(self.data, view.id)
            self.refresh(select=view.id)
            return
        inventory.archive_resource(self.data, view.id)
        self.offer_undo(self.tr("“%1” archived.").replace("%1", view.title),
                        lambda: self._restore(view.id))
        self.refresh()

    def _restore(self, resource_id: int) -> None:
        inventory.restore_resource(self.data, resource_id)
        self.refresh(select=resource_id)

    def delete_current(self) -> None:
        view = self.views.get(self.current_id())
        if view is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete a resource"),
                          self.tr("Delete “%1”? It goes to the trash; you can undo right after.")
                          .replace("%1", view.title), parent=self)
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("inventory-confirm-delete")
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            inventory.delete_resource(self.data, view.id)
        except UserInputError as exc:
            QMessageBox.information(self, self.tr("Delete a resource"), "\n".join(error_lines(exc, self.lang)))
            return
        self.offer_undo(self.tr("“%1” deleted.").replace("%1", view.title), lambda: self._restore(view.id))
        self.refresh()
        self.view.setFocus()

    def edit_categories(self) -> None:
        from partage_desktop.ui.resources.categories_dialog import (  # deferred: only when asked
            CategoriesDialog,
        )

        CategoriesDialog(self.data, self.lang, self).exec()
        self.refresh()
