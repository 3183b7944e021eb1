"""The entry editor: saves itself within a second of the last change ("Enregistré à 14 h 32"),
with undo in the text, attachments and the way to the entry's revision history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import journal as vocab
from ..core.money import MoneyError, parse_decimal
from ..datadir import DataDir
from ..services import journal as service
from ..services import journal_attachments as files
from .i18n import locale_for

AUTOSAVE_MS = 700
ORG_ROLE = Qt.ItemDataRole.UserRole


def saved_at_text(moment: datetime, lang: str) -> str:
    return f"{moment.hour} h {moment.minute:02d}" if lang == "fr" else \
        locale_for("en").toString(moment.time(), "h:mm AP")


class EntryEditor(QWidget):
    """Edits one entry. ``saved`` carries the entry id after each save."""

    saved = Signal(int)
    trash_requested = Signal(int)
    history_requested = Signal(int)

    def __init__(self, data: DataDir, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-editor")
        self.data, self.lang = data, lang
        self.entry: service.EntryData | None = None
        self.project_partners: list[tuple[int, str]] = []
        self._loading = False
        self._first_save = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)

        self.kind = QComboBox()
        self.kind.setObjectName("journal-kind")
        for key, text in vocab.choices("kind", lang):
            self.kind.addItem(text, key)
        self.day = QDateEdit()
        self.day.setObjectName("journal-date")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.title = QLineEdit()
        self.title.setObjectName("journal-title")
        self.author = QLineEdit()
        self.author.setObjectName("journal-author")
        self.body = QPlainTextEdit()
        self.body.setObjectName("journal-body")
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(self.tr("What happened? Lists: start lines with “- ”; emphasis: *word*."))
        self.tags = QLineEdit()
        self.tags.setObjectName("journal-tags")
        self.tags.setPlaceholderText(self.tr("Separate tags with commas"))
        self.challenges = QLabel()
        self.challenges.setWordWrap(True)
        self.partners = QListWidget()
        self.partners.setObjectName("journal-partners")
        self.partners.setMaximumHeight(84)
        self.hours = QTableWidget(0, 2)
        self.hours.setObjectName("journal-hours")
        self.hours.setHorizontalHeaderLabels([self.tr("Organization"), self.tr("Hours")])
        self.hours.horizontalHeader().setStretchLastSection(True)
        self.hours.verticalHeader().hide()
        self.hours.setMaximumHeight(110)
        self.hours.setColumnWidth(0, 230)
        self.hours.setWordWrap(False)
        self.money = QLineEdit()
        self.money.setObjectName("journal-money")
        self.money.setPlaceholderText(self.tr("Amount in dollars"))
        self.money_kind = QComboBox()
        self.money_kind.setObjectName("journal-money-kind")
        for key, text in vocab.choices("money", lang):
            self.money_kind.addItem(text, key)
        self.estimate = QLineEdit()
        self.estimate.setObjectName("journal-estimate")
        self.estimate.setPlaceholderText(self.tr("How was it estimated? (quote, market price…)"))
        self.attachments = QListWidget()
        self.attachments.setObjectName("journal-attachments")
        self.attachments.setMaximumHeight(70)
        self.attachments.itemActivated.connect(self.open_attachment)

        form = QFormLayout()
        rows = [(self.tr("&Type:"), self.kind), (self.tr("&Date:"), self.day), (self.tr("T&itle:"), self.title),
                (self.tr("Au&thor:"), self.author), (self.tr("Te&xt:"), self.body), (self.tr("Ta&gs:"), self.tags),
                ("", self.challenges), (self.tr("&Partners concerned:"), self.partners),
                (self.tr("Hours in&vested:"), self.hours)]
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(" :\u00a0"))
            form.addRow(label, widget)
        money_row = QHBoxLayout()
        money_row.addWidget(self.money, 1)
        money_row.addWidget(self.money_kind)
        money_label = QLabel(self.tr("&Money:"))
        money_label.setBuddy(self.money)
        self.money.setAccessibleName(self.tr("Amount in dollars"))
        self.money_kind.setAccessibleName(self.tr("Kind of amount"))
        self.estimate.setAccessibleName(self.tr("How the amount was estimated"))
        form.addRow(money_label, money_row)
        form.addRow("", self.estimate)
        self.money_error = QLabel()
        self.money_error.setObjectName("journal-money-error")
        self.money_error.setStyleSheet("color: #b00020")
        self.money_error.hide()
        form.addRow("", self.money_error)
        attach_label = QLabel(self.tr("Attach&ments:"))
        attach_label.setBuddy(self.attachments)
        self.attachments.setAccessibleName(self.tr("Attachments"))
        form.addRow(attach_label, self.attachments)
        self.private = QCheckBox(self.tr("P&rivate: never sent to partner organizations"))
        self.private.setObjectName("journal-private")
        self.private.setAccessibleName(self.tr("Private entry"))
        self.private.setToolTip(self.tr("A private entry stays on this computer: it is left out of "
                                        "the exchange files you send to partners."))
        form.addRow("", self.private)

        self.state = QLabel()
        self.state.setObjectName("journal-save-state")
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName("journal-undo")
        self.undo_button.clicked.connect(self.body.undo)
        self.body.undoAvailable.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.attach_button = QPushButton(self.tr("Attach a &file…"))
        self.attach_button.setObjectName("journal-attach")
        self.attach_button.clicked.connect(self.choose_attachment)
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.setObjectName("journal-history")
        self.history_button.clicked.connect(lambda: self.entry and self.entry.id and
                                            self.history_requested.emit(self.entry.id))
        self.trash_button = QPushButton(self.tr("Move to tr&ash"))
        self.trash_button.setObjectName("journal-trash-entry")
        self.trash_button.clicked.connect(lambda: self.entry and self.entry.id and
                                          self.trash_requested.emit(self.entry.id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        for b in (self.undo_button, self.attach_button, self.history_button, self.trash_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

        for w in (self.title, self.author, self.tags, self.money, self.estimate):
            w.textEdited.connect(self.changed)
        self.body.textChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.money_kind.currentIndexChanged.connect(self.changed)
        self.private.toggled.connect(self.changed)
        self.day.dateChanged.connect(self.changed)
        self.partners.itemChanged.connect(self.changed)
        self.hours.itemChanged.connect(self.changed)
        self.setEnabled(False)

    # --- loading

    def load(self, entry: service.EntryData, partners: list[tuple[int, str]]) -> None:
        """Show ``entry`` (saved or new); ``partners`` are the project's (id, name)."""
        self.timer.stop()
        self._loading = True
        self.entry = entry
        self.project_partners = partners
        self._first_save = True
        self.setEnabled(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        self.day.setDate(QDate(entry.entry_date.year, entry.entry_date.month, entry.entry_date.day))
        self.title.setText(entry.title)
        self.author.setText(entry.author)
        self.body.setPlainText(entry.body)
        self.tags.setText(", ".join(entry.tags))
        self.partners.clear()
        minutes = dict(entry.hours)
        self.hours.setRowCount(len(partners))
        for row, (org_id, name) in enumerate(partners):
            item = QListWidgetItem(name)
            item.setData(ORG_ROLE, org_id)
            item.setCheckState(_checked(org_id in entry.partner_ids))
            self.partners.addItem(item)
            org = QTableWidgetItem(name)
            org.setFlags(org.flags() & ~_editable())
            org.setData(ORG_ROLE, org_id)
            self.hours.setItem(row, 0, org)
            self.hours.setItem(row, 1, QTableWidgetItem(_hours_text(minutes.get(org_id), self.lang)))
        self.money.setText(_money_text(entry.money_cents, self.lang))
        self.money_kind.setCurrentIndex(max(0, self.money_kind.findData(entry.money_kind or "saved")))
        self.estimate.setText(entry.money_estimate)
        self.private.setChecked(entry.private)
        self.money_error.hide()
        self._refresh_attachments()
        self._show_challenges()
        self.state.setText(self.tr("Saved") if entry.id else self.tr("New entry: give it a title to save it."))
        self.history_button.setEnabled(bool(entry.id))
        self.trash_button.setEnabled(bool(entry.id))
        self.attach_button.setEnabled(bool(entry.id))
        self._loading = False

    def _kind_changed(self) -> None:
        self._show_challenges()
        self.changed()

    def _show_challenges(self) -> None:
        is_difficulty = self.kind.currentData() == "difficulty"
        self.challenges.setVisible(is_difficulty)
        if is_difficulty:
            self.challenges.setText(self.tr("Challenges named in the guides: %1").replace(
                "%1", ", ".join(vocab.CHALLENGE_TAGS[self.lang])))

    def _refresh_attachments(self) -> None:
        self.attachments.clear()
        if self.entry and self.entry.id:
            for a in files.list_attachments(self.data, self.entry.id):
                item = QListWidgetItem(a.original_name)
                item.setData(ORG_ROLE, a)
                self.attachments.addItem(item)

    # --- saving

    def changed(self, *_args: object) -> None:
        if self._loading or self.entry is None:
            return
        self.state.setText(self.tr("Editing…"))
        self.timer.start()

    def current(self) -> service.EntryData | None:
        """The entry as typed, or None (with the reason shown) when it cannot be saved yet."""
        assert self.entry is not None
        money_cents = None
        self.money_error.hide()
        if self.money.text().strip():
            try:
                money_cents = int((parse_decimal(self.money.text().replace("$", "")) * 100).to_integral_value())
            except MoneyError:
                self.money_error.setText(self.tr("Write the amount in dollars, for example 1250,50."))
                self.money_error.show()
                return None
        hours: list[tuple[int | None, int]] = []
        for row in range(self.hours.rowCount()):
            org, value = self.hours.item(row, 0), self.hours.item(row, 1)
            text = value.text().strip().replace("h", "") if value else ""
            if not text:
                continue
            try:
                hours.append((org.data(ORG_ROLE), int(parse_decimal(text) * 60)))
            except MoneyError:
                self.money_error.setText(self.tr("Write hours as a number, for example 1,5."))
                self.money_error.show()
                return None
        partners = tuple(self.partners.item(i).data(ORG_ROLE) for i in range(self.partners.count())
                         if self.partners.item(i).checkState() == _checked(True))
        qdate = self.day.date()
        return replace(self.entry, kind=self.kind.currentData(), title=self.title.text(), author=self.author.text(),
                       entry_date=date(qdate.year(), qdate.month(), qdate.day()), body=self.body.toPlainText(),
                       tags=tuple(t for t in self.tags.text().split(",")), partner_ids=partners,
                       hours=tuple(hours), money_cents=money_cents,
                       money_kind=self.money_kind.currentData() if money_cents is not None else None,
                       money_estimate=self.estimate.text().strip(), private=self.private.isChecked())

    def save_now(self) -> bool:
        self.timer.stop()
        if self.entry is None:
            return False
        entry = self.current()
        if entry is None:
            self.state.setText(self.tr("Not saved: correct the amount or hours."))
            return False
        if not entry.title.strip():
            self.state.setText(self.tr("Not saved yet: give the entry a title."))
            return False
        try:
            saved = service.save_entry(self.data, entry, new_revision=self._first_save)
        except service.JournalInputError:
            self.state.setText(self.tr("Not saved: check the title, the hours and the amount."))
            return False
        self._first_save = False
        was_new = self.entry.id is None
        self.entry = replace(saved, body=entry.body, title=entry.title)
        self.state.setText(self.tr("Saved at %1").replace("%1", saved_at_text(datetime.now(), self.lang)))
        if was_new:
            for b in (self.history_button, self.trash_button, self.attach_button):
                b.setEnabled(True)
        self.saved.emit(saved.id or 0)
        return True

    def flush(self) -> None:
        """Save now if a change is waiting (before switching entries or closing)."""
        if self.timer.isActive():
            self.save_now()

    # --- attachments

    def choose_attachment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.attach(path)

    def attach(self, path: str) -> bool:
        from pathlib import Path

        if self.entry is None or self.entry.id is None:
            return False
        try:
            files.add_attachment(self.data, self.entry.id, Path(path))
        except files.AttachmentError as exc:
            messages = {
                "missing": self.tr("The file “%1” no longer exists. Check that it was not moved or renamed."),
                "not_a_file": self.tr("“%1” is a folder, not a file. Choose a file."),
                "too_big": self.tr("The file “%1” is too big to attach (limit: 100 MB). Keep it in a shared "
                                   "folder and note its location in the entry."),
                "unreadable": self.tr("The file “%1” could not be read. Close it in the other program, "
                                      "then try again."),
                "no_space": self.tr("The disk is full: “%1” could not be copied. Free some space, then try again."),
            }
            self.state.setText(messages.get(exc.reason, messages["unreadable"]).replace("%1", Path(path).name))
            return False
        self._refresh_attachments()
        self.state.setText(self.tr("File attached: %1").replace("%1", Path(path).name))
        return True

    def open_attachment(self, item: QListWidgetItem) -> None:
        try:
            path = files.attachment_path(self.data, item.data(ORG_ROLE))
        except files.AttachmentError:
            self.state.setText(self.tr("The copy of this file is missing from the data folder."))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _checked(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


def _editable() -> Qt.ItemFlag:
    return Qt.ItemFlag.ItemIsEditable


def _hours_text(minutes: int | None, lang: str) -> str:
    if not minutes:
        return ""
    text = f"{Decimal(minutes) / 60:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "fr" else text


def _money_text(cents: int | None, lang: str) -> str:
    if cents is None:
        return ""
    text = f"{Decimal(cents) / 100:.2f}"
    return text.replace(".", ",") if lang == "fr" else text
