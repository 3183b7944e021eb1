"""The entry editor's figures: the amount with its kind and estimate, and the hours invested per
organization. Each reads what was typed, keeps the last saved value of a field it cannot read,
and says next to the field, in the user's words, what to write instead."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.formatting import format_money
from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.core.journal.hours import MAX_HOURS, HoursError, format_hours, parse_hours
from partage_desktop.core.money import MAX_AMOUNT, AmountError, parse_amount_cents

ORG_ROLE = Qt.ItemDataRole.UserRole
ERROR_STYLE = "color: #b00020"
BAD_CELL = QColor("#fde0e0")


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def money_text(cents: int | None, lang: str) -> str:
    if cents is None:
        return ""
    text = f"{Decimal(cents) / 100:.2f}"
    return text.replace(".", ",") if lang == "fr" else text


class MoneyRow(QWidget):
    """Amount in dollars, its kind (saved, spent, avoided) and how it was estimated."""

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.amount = QLineEdit()
        self.amount.setObjectName("journal-money")
        self.amount.setPlaceholderText(self.tr("Amount in dollars"))
        self.amount.setAccessibleName(self.tr("Amount in dollars"))
        self.kind = QComboBox()
        self.kind.setObjectName("journal-money-kind")
        self.kind.setAccessibleName(self.tr("Kind of amount"))
        for key, text in vocab.choices("money", lang):
            self.kind.addItem(text, key)
        self.estimate = QLineEdit()
        self.estimate.setObjectName("journal-estimate")
        self.estimate.setPlaceholderText(self.tr("How was it estimated? (quote, market price…)"))
        self.estimate.setAccessibleName(self.tr("How the amount was estimated"))
        self.error = error_label("journal-money-error")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount, 1)
        row.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.estimate)
        layout.addWidget(self.error)
        self.amount.textEdited.connect(self.changed)
        self.estimate.textEdited.connect(self.changed)
        self.kind.currentIndexChanged.connect(self.changed)

    def load(self, cents: int | None, kind: str | None, estimate: str) -> None:
        self.amount.setText(money_text(cents, self.lang))
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind or "saved")))
        self.estimate.setText(estimate)
        self.error.hide()

    def read(self, saved_cents: int | None, saved_kind: str | None) -> tuple[int | None, str | None, str]:
        """(cents, kind, problem): on a problem, the saved amount and kind are kept."""
        text = self.amount.text()
        self.error.hide()
        if not text.strip():
            return None, None, ""
        try:
            cents = parse_amount_cents(text, self.lang)
        except AmountError as exc:
            problem = self._problem(exc.reason, text.strip())
            self.error.setText(problem)
            self.error.show()
            return saved_cents, saved_kind, problem
        return cents, self.kind.currentData(), ""

    def _problem(self, reason: str, text: str) -> str:
        if reason == "negative":
            return self.tr("Write the amount without a minus sign; to record money spent, choose “%1”.") \
                .replace("%1", vocab.label("money", "spent", self.lang))
        if reason == "too_big":
            return self.tr("The amount “%1” is too large (at most %2). Check the number of digits.") \
                .replace("%1", text).replace("%2", format_money(MAX_AMOUNT, self.lang))
        if reason == "too_precise":
            return self.tr("Write cents with two digits at most, for example 12.50 (not “%1”).").replace("%1", text)
        return self.tr("“%1” is not an amount: write it in dollars, for example 1,250.50.").replace("%1", text)


class HoursBox(QWidget):
    """Hours invested per organization of the project, typed as 1.5, 1 h 30 or 90 min."""

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("journal-hours")
        self.table.setHorizontalHeaderLabels([self.tr("Organization"), self.tr("Hours")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(110)
        self.table.setColumnWidth(0, 230)
        self.table.setWordWrap(False)
        self.table.setToolTip(self.tr("Write hours as 1.5, 1 h 30 or 90 min."))
        self.error = error_label("journal-hours-error")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        self.table.itemChanged.connect(self._item_changed)
        self._loading = False

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt API
        self.table.setAccessibleName(name)

    def _item_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def load(self, partners: list[tuple[int, str]], hours: tuple[tuple[int | None, int], ...]) -> None:
        self._loading = True
        minutes = dict(hours)
        self.table.setRowCount(len(partners))
        for row, (org_id, name) in enumerate(partners):
            org = QTableWidgetItem(name)
            org.setFlags(org.flags() & ~Qt.ItemFlag.ItemIsEditable)
            org.setData(ORG_ROLE, org_id)
            self.table.setItem(row, 0, org)
            self.table.setItem(row, 1, QTableWidgetItem(format_hours(minutes.get(org_id), self.lang)))
        self.error.hide()
        self._loading = False

    def read(self, saved: tuple[tuple[int | None, int], ...]) -> tuple[tuple[tuple[int | None, int], ...], str]:
        """((organization, minutes)…, problems): a cell that cannot be read keeps its saved hours;
        hours of organizations no longer listed are kept as they are."""
        before = dict(saved)
        shown: set[int | None] = set()
        out: list[tuple[int | None, int]] = []
        problems: list[str] = []
        self._loading = True
        for row in range(self.table.rowCount()):
            org, cell = self.table.item(row, 0), self.table.item(row, 1)
            assert org is not None  # every row is made with its organization's cell
            org_id = org.data(ORG_ROLE)
            shown.add(org_id)
            text = cell.text() if cell else ""
            try:
                minutes = parse_hours(text)
                problem = ""
            except HoursError as exc:
                minutes = before.get(org_id, 0)
                problem = self._problem(exc.reason, org.text(), text.strip())
                problems.append(problem)
            if cell is not None:
                cell.setBackground(QBrush(BAD_CELL) if problem else QBrush())
                cell.setToolTip(problem)
            if minutes:
                out.append((org_id, minutes))
        self._loading = False
        out.extend((o, m) for o, m in saved if o not in shown)
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        return tuple(out), "\n".join(problems)

    def _problem(self, reason: str, org: str, text: str) -> str:
        if reason == "negative":
            return self.tr("Hours of “%1”: write them without a minus sign.").replace("%1", org)
        if reason == "too_big":
            return self.tr("Hours of “%1”: “%2” is more than %3 hours, surely a typo.").replace("%1", org) \
                .replace("%2", text).replace("%3", f"{MAX_HOURS:,}".replace(",", "\u00a0" if self.lang == "fr" else ","))
        return self.tr("Hours of “%1”: “%2” cannot be read; write 1.5, 1 h 30 or 90 min.") \
            .replace("%1", org).replace("%2", text)
