"""One of our needs: what we are looking for, where, when, how many, how urgently, and what we offer
in return. One scrolling page; saved whole or not at all, each problem under its field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.resources import categories, inventory, needs
from partage_desktop.services.resources.problems import InvalidFields
from partage_desktop.ui.app.sections import fit_screen
from partage_desktop.ui.resources import form_parts as parts
from partage_desktop.ui.widgets.date_field import DateField
from partage_desktop.words import error_lines, say

DATES = ("wanted_from", "wanted_to", "expires_on")


class NeedDialog(QDialog):
    def __init__(self, data: DataDir, lang: str, need_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("need-dialog")
        self.data, self.lang, self.need_id = data, lang, need_id
        self.saved_id: int | None = None
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        form = parts.Form("need", self.editors, self.errors, {})
        none = self.tr("(none)")
        page, rows = form.page()
        self.page = page
        form.add(rows, "kind", self.tr("&Kind:"), parts.vocabulary_combo("kind", lang))
        form.add(rows, "category", self.tr("Cate&gory:"),
                 parts.combo([("", none), *((c.code, c.label) for c in categories.list_categories(data, lang))]))
        form.add(rows, "title", self.tr("&Title:"), QLineEdit())
        form.add(rows, "description", self.tr("&Description:"), QPlainTextEdit())
        form.add(rows, "quantity", self.tr("&Quantity:"), parts.spin(1, needs.MAX_QUANTITY))
        form.add(rows, "wanted_from", self.tr("Wanted &from:"), DateField(lang, optional=True))
        form.add(rows, "wanted_to", self.tr("Wanted &until:"), DateField(lang, optional=True))
        form.add(rows, "substitutes_ok", self.tr("Su&bstitutes accepted"), QCheckBox())
        form.add(rows, "urgency", self.tr("Urgenc&y:"), parts.vocabulary_combo("urgency", lang))
        form.add(rows, "contribution", self.tr("C&ontribution offered:"), QPlainTextEdit())
        form.add(rows, "expires_on", self.tr("E&xpires on:"), DateField(lang, optional=True))
        form.add(rows, "address", self.tr("&Address:"), QPlainTextEdit())
        form.add(rows, "region", self.tr("&Region:"), parts.region_combo(lang, none))
        form.add(rows, "mrc", self.tr("R&CM (MRC):"), QLineEdit())
        form.add(rows, "visibility", self.tr("&Visibility:"), parts.vocabulary_combo("visibility", lang))
        form.add(rows, "project_id", self.tr("&Project:"),
                 parts.combo([(None, none), *((c.id, c.label) for c in inventory.project_choices(data))]))
        self.editors["contribution"].setToolTip(self.tr("What we give in return: a share of the costs, "
                                                        "a service, a mention…"))
        self.status = QLabel()
        self.status.setObjectName("need-dialog-status")
        self.status.setStyleSheet(parts.ERROR_STYLE)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        save.setObjectName("need-dialog-save")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(page, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        save.setDefault(True)  # once in the dialog: Enter saves from any field
        self.load()
        fit_screen(self, 680, 560)

    def load(self) -> None:
        if self.need_id is None:
            self.setWindowTitle(self.tr("New need"))
            values: dict[str, Any] = {"kind": "equipment", "quantity": 1, "urgency": "normal",
                                      "substitutes_ok": True, "visibility": "network"}
        else:
            view = needs.get_need(self.data, self.need_id, self.lang)
            self.setWindowTitle(self.tr("Need “%1”").replace("%1", view.title))
            values = view.values()
            parts.set_combo(self.editors["category"], values["category"],  # type: ignore[arg-type]
                            view.category_label if values["category"] else None)
        for key, value in values.items():
            parts.set_value(self.editors[key], value)
        self.editors["title"].setFocus()

    def values(self) -> dict[str, Any]:
        return {key: parts.value_of(self.editors[key]) for key in needs.EDITABLE}

    def accept(self) -> None:
        typed = {key: self.editors[key].problem() for key in DATES if self.editors[key].problem()}  # type: ignore[attr-defined]
        try:
            if typed:
                raise InvalidFields({})
            self.saved_id = needs.save_need(self.data, self.values(), self.need_id, lang=self.lang)
        except InvalidFields as exc:
            problems = {key: say(message, self.lang) for key, message in exc.fields.items()}
            self.show_problems({**problems, **typed})
            return
        except UserInputError as exc:
            self.status.setText("\n".join(error_lines(exc, self.lang)))
            return
        super().accept()

    def show_problems(self, problems: dict[str, str]) -> None:
        parts.show_problems(self.errors, problems)
        self.status.setText(self.tr("Please correct the fields marked in red.") if problems else "")
        first = next((key for key in self.editors if key in problems), None)
        if first is not None:
            self.page.ensureWidgetVisible(self.editors[first])  # type: ignore[attr-defined]
            self.editors[first].setFocus()
