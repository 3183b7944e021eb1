"""One resource of ours, every field on five tabs that each fit a 1024×600 screen (a tab scrolls when
the window is smaller). Saved whole when the person presses Enregistrer, or not at all: the problems
are shown under their fields, in the person's language, and the first one gets the focus."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.resources import categories, inventory, photos
from partage_desktop.services.resources.problems import InvalidFields
from partage_desktop.ui.app.sections import fit_screen
from partage_desktop.ui.resources import form_parts as parts
from partage_desktop.words import error_lines, say

PHOTO_ROLE = Qt.ItemDataRole.UserRole
THUMB = 96


def thumbnail(raw: bytes) -> QIcon:
    image = QImage.fromData(QByteArray(raw))
    return QIcon(QPixmap.fromImage(image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation)))


class PhotoList(QWidget):
    """The resource's photos as thumbnails; new ones are re-encoded when picked (a file that is no
    photo is refused at once, with the reason) and kept with the resource when it is saved."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.removed: list[int] = []
        self.view = QListWidget()
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(THUMB, THUMB))
        self.view.setMovement(QListView.Movement.Static)
        self.view.setMinimumHeight(THUMB + 36)
        self.add_button = QPushButton(self.tr("&Add a photo…"))
        self.add_button.setObjectName("resource:add-photo")
        self.add_button.clicked.connect(self.pick)
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(self.tr("Re&move the photo"))
        self.remove_button.setObjectName("resource:remove-photo")
        self.remove_button.clicked.connect(self.remove_current)
        self.remove_button.setAutoDefault(False)
        self.hint = QLabel(self.tr("At most %1 photos. Each is copied without its hidden details "
                                   "(place, camera) and made lighter.").replace("%1", str(photos.MAX_PHOTOS)))
        self.hint.setWordWrap(True)
        self.error: QLabel | None = None  # the form's problem label for the photos, given by the dialog
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self.view.currentItemChanged.connect(lambda *_: self._update())
        self.setFocusProxy(self.view)
        self._update()

    def load(self, data: DataDir, photo_ids: tuple[int, ...]) -> None:
        for photo_id in photo_ids:
            self._add_item(inventory.photo_bytes(data, photo_id), photo_id)
        self._update()

    def _add_item(self, raw: bytes, key: Any) -> None:
        item = QListWidgetItem(thumbnail(raw), "")
        item.setData(PHOTO_ROLE, key)
        item.setData(PHOTO_ROLE + 1, raw)
        item.setToolTip(self.tr("Photo %1").replace("%1", str(self.view.count() + 1)))
        self.view.addItem(item)
        self.view.setCurrentItem(item)

    def new_photos(self) -> list[bytes]:
        return [self.view.item(i).data(PHOTO_ROLE + 1) for i in range(self.view.count())
                if self.view.item(i).data(PHOTO_ROLE) is None]

    def pick(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Add a photo"), "",
                                              self.tr("Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp)"))
        if name:
            self.add_file(name)

    def add_file(self, name: str) -> bool:
        try:
            with open(name, "rb") as file:
                raw = file.read(photos.MAX_INPUT_BYTES + 1)
            photo = photos.reencode(raw)
        except photos.PhotoRefused as exc:
            self._say(error_lines(exc, self.lang)[0])
            return False
        except OSError:
            self._say(self.tr("This file cannot be read."))
            return False
        self._say("")
        self._add_item(photo.data, None)
        self._update()
        return True

    def _say(self, text: str) -> None:
        if self.error is not None:
            parts.show_problems({"photos": self.error}, {"photos": text})

    def remove_current(self) -> None:
        item = self.view.currentItem()
        if item is None:
            return
        if item.data(PHOTO_ROLE) is not None:
            self.removed.append(int(item.data(PHOTO_ROLE)))
        self.view.takeItem(self.view.row(item))
        self._update()

    def _update(self) -> None:
        self.add_button.setEnabled(self.view.count() < photos.MAX_PHOTOS)
        self.remove_button.setEnabled(self.view.currentItem() is not None)


class ResourceDialog(QDialog):
    def __init__(self, data: DataDir, lang: str, resource_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resource-dialog")
        self.data, self.lang, self.resource_id = data, lang, resource_id
        self.saved_id: int | None = None
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.pages: dict[str, QWidget] = {}
        form = parts.Form("resource", self.editors, self.errors, self.pages)
        none = self.tr("(none)")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("resource-dialog-tabs")

        page, rows = form.page()
        form.add(rows, "kind", self.tr("&Kind:"), parts.vocabulary_combo("kind", lang))
        category = parts.combo([("", none), *((c.code, c.label) for c in categories.list_categories(data, lang))])
        form.add(rows, "category", self.tr("Cate&gory:"), category)
        form.add(rows, "title", self.tr("&Title:"), QLineEdit())
        other = form.add(rows, "other_names", self.tr("&Other names:"), QLineEdit())
        other.setPlaceholderText(self.tr("What else people call it, separated by commas"))  # type: ignore[attr-defined]
        form.add(rows, "description", self.tr("&Description:"), QPlainTextEdit())
        form.add(rows, "quantity", self.tr("&Quantity:"), parts.spin(1, inventory.MAX_QUANTITY))
        form.add(rows, "condition", self.tr("Co&ndition:"), parts.vocabulary_combo("condition", lang))
        accessories = form.add(rows, "accessories", self.tr("&Accessories (one per line):"), QPlainTextEdit())
        accessories.setToolTip(self.tr("Checked one by one when the resource is picked up and returned"))
        form.add(rows, "care", self.tr("Ca&re instructions:"), QPlainTextEdit())
        self.tabs.addTab(page, self.tr("General"))

        page, rows = form.page()
        self.photo_list = PhotoList(lang)
        form.add(rows, "photos", self.tr("&Photos:"), self.photo_list.view, extra=self.photo_list)
        self.photo_list.error = self.errors["photos"]
        self.tabs.addTab(page, self.tr("Photos"))

        page, rows = form.page()
        form.add(rows, "address", self.tr("&Address:"), QPlainTextEdit())
        form.add(rows, "region", self.tr("&Region:"), parts.region_combo(lang, none))
        form.add(rows, "mrc", self.tr("R&CM (MRC):"), QLineEdit())
        form.add(rows, "contact_person", self.tr("Contact &person:"), QLineEdit())
        form.add(rows, "visibility", self.tr("&Visibility:"), parts.vocabulary_combo("visibility", lang))
        self.tabs.addTab(page, self.tr("Place and contact"))

        page, rows = form.page()
        pricing = form.add(rows, "pricing", self.tr("&Lending terms:"), parts.vocabulary_combo("pricing", lang))
        fee = QLineEdit()
        fee_unit = parts.vocabulary_combo("fee_unit", lang)
        fee_row = QWidget()
        fee_layout = QHBoxLayout(fee_row)
        fee_layout.setContentsMargins(0, 0, 0, 0)
        fee_layout.addWidget(fee, 1)
        per = QLabel(self.tr("Fee &unit:"))
        per.setBuddy(fee_unit)
        fee_layout.addWidget(per)
        fee_layout.addWidget(fee_unit)
        form.add(rows, "fee_cents", self.tr("&Fee:"), fee, extra=fee_row)
        fee_unit.setObjectName("resource:fee_unit")
        fee_unit.setAccessibleName(self.tr("Fee unit"))
        self.editors["fee_unit"] = fee_unit
        self.pages["fee_unit"] = self.pages["fee_cents"]
        form.add(rows, "deposit_cents", self.tr("&Deposit:"), QLineEdit())
        insured = form.add(rows, "insurance_required", self.tr("&Insurance required"), QCheckBox())
        form.add(rows, "insurance_cents", self.tr("Insurance a&mount:"), QLineEdit())
        form.add(rows, "training_required", self.tr("&Training required"), QCheckBox())
        form.add(rows, "approval_required", self.tr("A&pproval required"), QCheckBox())
        form.add(rows, "consumable", self.tr("&Consumable (not given back)"), QCheckBox())
        form.add(rows, "min_notice_hours", self.tr("Minimum &notice (hours):"), parts.spin(0, inventory.MAX_NOTICE_HOURS))
        no_limit = self.tr("No limit")
        form.add(rows, "max_loan_days", self.tr("Lon&gest loan (days):"), parts.spin(0, inventory.MAX_DAYS, no_limit))
        form.add(rows, "book_ahead_days", self.tr("&Bookable ahead (days):"), parts.spin(0, inventory.MAX_DAYS, no_limit))
        self.tabs.addTab(page, self.tr("Lending terms"))

        page, rows = form.page()
        agreements = parts.combo([(None, none), *((c.id, c.label) for c in inventory.agreement_choices(data))])
        form.add(rows, "agreement_id", self.tr("Governing &agreement:"), agreements)
        projects = parts.combo([(None, none), *((c.id, c.label) for c in inventory.project_choices(data))])
        form.add(rows, "project_id", self.tr("Pro&ject its loans belong to:"), projects)
        value = form.add(rows, "value_per_day_cents", self.tr("Market &value per day:"), QLineEdit())
        value.setToolTip(self.tr("What borrowing it elsewhere would cost per day: each finished loan's "
                                 "savings are estimated from it"))
        self.tabs.addTab(page, self.tr("Agreement and project"))
        for key in ("fee_cents", "deposit_cents", "insurance_cents", "value_per_day_cents"):
            self.editors[key].setPlaceholderText(  # type: ignore[attr-defined]
                "1 234,56 $".replace(" ", "\u00a0") if lang == "fr" else "$1,234.56")

        self.titles = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        self.status = QLabel()
        self.status.setObjectName("resource-dialog-status")
        self.status.setStyleSheet(parts.ERROR_STYLE)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setObjectName("resource-dialog-save")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)  # once in the dialog: Enter saves from any field

        pricing.currentIndexChanged.connect(lambda _: self._follow())  # type: ignore[attr-defined]
        insured.toggled.connect(lambda _: self._follow())  # type: ignore[attr-defined]
        self.load()
        fit_screen(self, 720, 560)

    def load(self) -> None:
        if self.resource_id is None:
            self.setWindowTitle(self.tr("New resource"))
            values: dict[str, Any] = {"kind": "equipment", "quantity": 1, "condition": "good", "pricing": "free",
                                      "fee_unit": "day", "visibility": "network"}
        else:
            view = inventory.get_resource(self.data, self.resource_id, self.lang)
            self.setWindowTitle(self.tr("Resource “%1”").replace("%1", view.title))
            values = view.values()
            for key in ("fee_cents", "deposit_cents", "insurance_cents", "value_per_day_cents"):
                values[key] = parts.money_text(values[key], self.lang)
            parts.set_combo(self.editors["category"], values["category"],  # type: ignore[arg-type]
                            view.category_label if values["category"] else None)
            parts.set_combo(self.editors["agreement_id"], values["agreement_id"],  # type: ignore[arg-type]
                            view.agreement_reference or None)
            self.photo_list.load(self.data, view.photo_ids)
        for key, value in values.items():
            if key in self.editors:
                parts.set_value(self.editors[key], value)
        self._follow()
        self.tabs.setCurrentIndex(0)
        self.editors["title"].setFocus()

    def _follow(self) -> None:
        """A fee is typed only when the loan is not free; an insurance amount only when required."""
        free = self.editors["pricing"].currentData() == "free"  # type: ignore[attr-defined]
        self.editors["fee_cents"].setEnabled(not free)
        self.editors["fee_unit"].setEnabled(not free)
        self.editors["insurance_cents"].setEnabled(self.editors["insurance_required"].isChecked())  # type: ignore[attr-defined]

    def values(self) -> dict[str, Any]:
        out = {}
        for key in inventory.EDITABLE:
            out[key] = parts.value_of(self.editors[key], empty_is_none=key in ("max_loan_days", "book_ahead_days"))
        return out

    def accept(self) -> None:
        try:
            self.saved_id = inventory.save_resource(
                self.data, self.values(), self.resource_id, lang=self.lang,
                add_photos=self.photo_list.new_photos(), remove_photos=self.photo_list.removed)
        except InvalidFields as exc:
            self.show_problems({key: say(message, self.lang) for key, message in exc.fields.items()})
            return
        except UserInputError as exc:
            self.status.setText("\n".join(error_lines(exc, self.lang)))
            return
        super().accept()

    def show_problems(self, problems: dict[str, str]) -> None:
        parts.show_problems(self.errors, problems)
        # a tab holding a problem says so in words, as its fields do
        marked = {self.pages[key] for key in problems if key in self.pages}
        for index in range(self.tabs.count()):
            title = self.titles[index]
            if self.tabs.widget(index) in marked:
                title = self.tr("%1 (to correct)").replace("%1", title)
            self.tabs.setTabText(index, title)
        first = next((key for key in self.editors if key in problems and key in self.errors), None)
        self.status.setText(self.tr("Please correct the fields marked in red.") if problems else "")
        if first is not None:
            self.tabs.setCurrentWidget(self.pages[first])
            self.editors[first].setFocus()
