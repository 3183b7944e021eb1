"""The cost-sharing key: a method, a total or a rate, one share per party, and each party's amount
computed live (the same Decimal arithmetic as the PDF, so what is shown is what prints)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.money import HUNDRED, MoneyError, compute_split, parse_typed_number
from partage_desktop.ui.app.i18n import format_money
from partage_desktop.ui.wizard.numbers import ERROR_STYLE, normalize_number, shown_number

METHODS = ("equal", "percent", "amount", "per_use")


class CostSplitEditor(QWidget):
    changed = Signal()

    def __init__(self, lang: str, party_names: Callable[[], list[str]] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.party_names = party_names or (lambda: [])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.method = QComboBox()
        self.method.setObjectName("cost-split:method")
        self.method.addItem(self.tr("— no cost sharing —"), None)
        labels = {
            "equal": self.tr("In equal shares"),
            "percent": self.tr("By percentage"),
            "amount": self.tr("Fixed amount per party"),
            "per_use": self.tr("By use, at a rate per use"),
        }
        for method in METHODS:
            self.method.addItem(labels[method], method)
        self.method.setAccessibleName(self.tr("How costs are shared"))
        self.method.currentIndexChanged.connect(self._method_changed)
        form.addRow(self.tr("&Method:"), self.method)
        self.total = QLineEdit()
        self.total.setObjectName("cost-split:total")
        self.total.setAccessibleName(self.tr("Total to share"))
        self.total.setMaximumWidth(200)
        self.total.textEdited.connect(self._edited)
        self.total_label = QLabel(self.tr("&Total to share ($):"))
        self.total_label.setBuddy(self.total)
        form.addRow(self.total_label, self.total)
        self.rate = QLineEdit()
        self.rate.setObjectName("cost-split:rate")
        self.rate.setAccessibleName(self.tr("Rate per use"))
        self.rate.setMaximumWidth(200)
        self.rate.textEdited.connect(self._edited)
        self.rate_label = QLabel(self.tr("&Rate per use ($):"))
        self.rate_label.setBuddy(self.rate)
        form.addRow(self.rate_label, self.rate)
        layout.addLayout(form)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        self.sum_label = QLabel()
        self.sum_label.setObjectName("cost-split:sum")
        self.sum_label.setWordWrap(True)
        layout.addWidget(self.sum_label)
        self.shares: list[QLineEdit] = []
        self.amounts: list[QLabel] = []
        self._method_changed()

    # ------------------------------------------------------------- parties and shares

    def refresh_parties(self) -> None:
        """Rebuild one row per party (names change on the parties step)."""
        values = [s.text() for s in self.shares]
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone at once, not only at the next event loop
                widget.deleteLater()
        self.shares, self.amounts = [], []
        head = self._share_header()
        party_head = self.tr("Party")
        amount_head = self.tr("Amount")
        for column, text in enumerate((party_head, head, amount_head)):
            label = QLabel(text)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            self.grid.addWidget(label, 0, column)
        for i, name in enumerate(self.party_names()):
            label = QLabel(name or self.tr("Party %1").replace("%1", str(i + 1)))
            label.setWordWrap(True)  # a long organization name goes on two lines, never widens the step
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance("M" * 12))
            share = QLineEdit(values[i] if i < len(values) else "")
            share.setObjectName(f"cost-split:share:{i}")
            share.setAccessibleName(f"{head} — {label.text()}")
            share.setMaximumWidth(140)
            share.textEdited.connect(self._edited)
            label.setBuddy(share)
            amount = QLabel()
            amount.setObjectName(f"cost-split:amount:{i}")
            self.grid.addWidget(label, i + 1, 0)
            self.grid.addWidget(share, i + 1, 1)
            self.grid.addWidget(amount, i + 1, 2)
            self.shares.append(share)
            self.amounts.append(amount)
        self._update()

    def _share_header(self) -> str:
        method = self.method.currentData()
        return {"percent": self.tr("Percentage"), "amount": self.tr("Amount agreed ($)"),
                "per_use": self.tr("Number of uses")}.get(method, self.tr("Share"))

    def _method_changed(self, _index: int = 0) -> None:
        method = self.method.currentData()
        self.total.setVisible(method in ("equal", "percent"))
        self.total_label.setVisible(method in ("equal", "percent"))
        self.rate.setVisible(method == "per_use")
        self.rate_label.setVisible(method == "per_use")
        self.refresh_parties()
        self.changed.emit()

    def _edited(self, _text: str = "") -> None:
        self._update()
        self.changed.emit()

    # ------------------------------------------------------------- live amounts

    def _update(self) -> None:
        method = self.method.currentData()
        editable = method in ("percent", "amount", "per_use")
        for share in self.shares:
            share.setEnabled(editable)
        for amount in self.amounts:
            amount.setText("")
        if method is None:
            self.sum_label.setText(self.tr("No costs are shared in this agreement."))
            self.sum_label.setStyleSheet("")
            return
        try:
            total = _dec(self.total.text(), self.lang) if method in ("equal", "percent") else None
            rate = _dec(self.rate.text(), self.lang) if method == "per_use" else None
            if (method in ("equal", "percent") and total is None) or (method == "per_use" and rate is None):
                raise MoneyError("missing")
            shares: list[Decimal] = []
            if method != "equal":
                parsed = [_dec(s.text(), self.lang) for s in self.shares]
                shares = [p for p in parsed if p is not None]
                if len(shares) != len(parsed):
                    raise MoneyError("share")
        except MoneyError:
            self.sum_label.setText(self.tr("Fill in every amount to see each party's share."))
            self.sum_label.setStyleSheet("")
            return
        count = len(self.shares)
        if count == 0:
            return
        if method == "percent" and sum(shares, Decimal(0)) != HUNDRED:
            shown = shown_number(f"{sum(shares, Decimal(0)).normalize():f}", self.lang)
            self.sum_label.setText(self.tr("The percentages add up to %1 %; they must add up to 100 %.")
                                   .replace("%1", shown))
            self.sum_label.setStyleSheet(ERROR_STYLE)
            return
        split = compute_split(method, count, total, shares if method != "equal" else None, rate)
        for label, value in zip(self.amounts, split.amounts, strict=True):
            label.setText(format_money(value, self.lang))
        self.sum_label.setText(self.tr("Total: %1 — the shares add up exactly to the total.")
                               .replace("%1", format_money(split.total, self.lang)))
        self.sum_label.setStyleSheet("")

    # ------------------------------------------------------------- answers value

    def value(self) -> dict[str, Any] | None:
        method = self.method.currentData()
        if method is None:
            return None
        out: dict[str, Any] = {"method": method}
        if method in ("equal", "percent"):
            out["total"] = normalize_number(self.total.text(), "money", self.lang)
        if method == "per_use":
            out["rate"] = normalize_number(self.rate.text(), "money", self.lang)
        if method != "equal":
            kind = "money" if method == "amount" else "percent"
            shares = [normalize_number(s.text(), kind, self.lang) for s in self.shares]
            out["shares"] = [int(s) if method == "per_use" and s and s.isdigit() else s for s in shares]
        return out

    def set_value(self, value: object) -> None:
        data = value if isinstance(value, dict) else {}
        self.method.blockSignals(True)
        self.method.setCurrentIndex(max(self.method.findData(data.get("method")), 0))
        self.method.blockSignals(False)
        self.total.setText(shown_number(data.get("total"), self.lang, "money"))
        self.rate.setText(shown_number(data.get("rate"), self.lang, "money"))
        self._method_changed_quietly()
        for share, raw in zip(self.shares, data.get("shares") or [], strict=False):
            share.setText(shown_number(raw, self.lang, "money" if data.get("method") == "amount" else ""))
        self._update()

    def _method_changed_quietly(self) -> None:
        self.blockSignals(True)
        self._method_changed()
        self.blockSignals(False)


def _dec(text: str, lang: str) -> Decimal | None:
    stripped = text.strip().replace("$", "").replace("%", "")
    if not stripped:
        return None
    return parse_typed_number(stripped, lang)
