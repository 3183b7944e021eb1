"""The booking dialogs: asking for a booking (one, or every week for a term for rooms and staff
time), and one booking's page with its next steps as buttons (approve, refuse, pick up with the
accessories checklist, condition and photo, return with condition, incident and hours, close,
renew, cancel).

``new_booking`` and ``open_booking`` are what the calendar (``new_booking_requested``,
``booking_activated``) and the inventory (``book_requested``) connect to. Both open a window-modal
dialog and return it at once (the caller never waits in a nested event loop).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.resources.bookings import format_span, format_when
from partage_desktop.core.resources.vocabulary import choices, label
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.journal.entries import list_projects
from partage_desktop.services.organizations.address_book import list_organizations
from partage_desktop.services.resources import bookings
from partage_desktop.ui.app import i18n
from partage_desktop.ui.widgets.tasks import TaskRunner
from partage_desktop.words import error_lines

DATETIME_FORMAT = {"fr": "d MMM yyyy  HH:mm", "en": "MMM d, yyyy  h:mm AP"}
DATE_FORMAT = {"fr": "d MMM yyyy", "en": "MMM d, yyyy"}


def _qdt(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _py(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def _datetime_edit(name: str, value: datetime, lang: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(_qdt(value))
    edit.setObjectName(name)
    edit.setLocale(i18n.locale_for(lang))
    edit.setDisplayFormat(DATETIME_FORMAT.get(lang, DATETIME_FORMAT["fr"]))
    edit.setCalendarPopup(True)
    return edit


def _problems_label() -> QLabel:
    problems = QLabel()
    problems.setObjectName("booking:problems")
    problems.setWordWrap(True)
    problems.setTextFormat(Qt.TextFormat.PlainText)
    problems.setStyleSheet("color: #a61b1b;")
    problems.hide()
    return problems


def _show_problems(where: QLabel, exc: UserInputError, lang: str) -> None:
    where.setText("\n".join("• " + line for line in error_lines(exc, lang)))
    where.show()
    window = where.window()
    if window is not None:
        window.adjustSize()


def _next_hour(now: datetime | None = None) -> datetime:
    now = now or datetime.now()
    return now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)


class NewBookingDialog(QDialog):
    """Ask for a booking of a resource: when, for whom, for which project; every week until a
    date for rooms and staff time. ``booked(list of booking ids)`` once written."""

    booked = Signal(list)

    def __init__(self, parent: QWidget | None, data: DataDir, lang: str, resource_id: int | None = None,
                 start: datetime | None = None, end: datetime | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("booking-new")
        self.data, self.lang = data, lang
        self.booking_ids: list[int] = []
        self.setWindowTitle(self.tr("New booking"))
        self.setMinimumWidth(540)
        self.resources = bookings.resource_choices(data, lang)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.resource = QComboBox()
        self.resource.setObjectName("booking:resource")
        for choice in self.resources:
            self.resource.addItem(choice.title, choice.id)
        if resource_id is not None:
            index = self.resource.findData(resource_id)
            if index >= 0:
                self.resource.setCurrentIndex(index)
        start = start or _next_hour()
        end = end if end is not None and end > start else start + timedelta(hours=3)
        self.start = _datetime_edit("booking:start", start, lang)
        self.end = _datetime_edit("booking:end", end, lang)
        self.quantity = QSpinBox()
        self.quantity.setObjectName("booking:quantity")
        self.quantity.setRange(1, 1)
        self.borrower = QComboBox()
        self.borrower.setObjectName("booking:borrower")
        self.borrower.setEditable(True)
        self.borrower.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.borrower.addItem("", None)
        for org in list_organizations(data):
            if not org.is_own and org.id is not None:
                self.borrower.addItem(org.legal_name, org.id)
        line = self.borrower.lineEdit()
        assert line is not None  # editable
        line.setPlaceholderText(self.tr("Us, or a partner from the address book, or a name"))
        self.project = QComboBox()
        self.project.setObjectName("booking:project")
        self.project.addItem(self.tr("No project"), None)
        for project in list_projects(data):
            self.project.addItem(project.name, project.id)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("booking:purpose")
        self.repeat = QCheckBox(self.tr("Re&peat every week until"))
        self.repeat.setObjectName("booking:repeat")
        self.until = QDateEdit(QDate(start.year, start.month, start.day).addMonths(3))
        self.until.setObjectName("booking:until")
        self.until.setLocale(i18n.locale_for(lang))
        self.until.setDisplayFormat(DATE_FORMAT.get(lang, DATE_FORMAT["fr"]))
        self.until.setCalendarPopup(True)
        self.until.setEnabled(False)
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat)
        repeat_row.addWidget(self.until, 1)
        self.repeat_hint = QLabel()
        self.repeat_hint.setObjectName("booking:repeat-hint")
        self.repeat_hint.setWordWrap(True)
        for text, widget in ((self.tr("&Resource:"), self.resource), (self.tr("&Start:"), self.start),
                             (self.tr("&End:"), self.end), (self.tr("Qua&ntity:"), self.quantity),
                             (self.tr("&Borrower:"), self.borrower), (self.tr("Pro&ject:"), self.project),
                             (self.tr("P&urpose:"), self.purpose)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(" :"))
            form.addRow(caption, widget)
        form.addRow("", repeat_row)
        layout.addLayout(form)
        layout.addWidget(self.repeat_hint)
        self.problems = _problems_label()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Re&quest the booking"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("booking:request")
        self.ok.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resource.currentIndexChanged.connect(self._resource_changed)
        self.repeat.toggled.connect(self._repeat_changed)
        self.start.dateTimeChanged.connect(self._start_changed)
        self._resource_changed()
        if not self.resources:
            self.ok.setEnabled(False)
            self.problems.setText(self.tr("No resource to book yet: add one in the inventory first."))
            self.problems.show()

    def _choice(self) -> bookings.ResourceChoice | None:
        index = self.resource.currentIndex()
        return self.resources[index] if 0 <= index < len(self.resources) else None

    def _resource_changed(self) -> None:
        choice = self._choice()
        self.quantity.setRange(1, max(choice.quantity, 1) if choice else 1)
        recurring = bool(choice and choice.recurring)
        self.repeat.setEnabled(recurring)
        if not recurring:
            self.repeat.setChecked(False)
        self._repeat_changed()

    def _start_changed(self) -> None:
        self._repeat_changed()

    def _repeat_changed(self) -> None:
        self.until.setEnabled(self.repeat.isChecked())
        choice = self._choice()
        if choice is not None and not choice.recurring:
            self.repeat_hint.setText(self.tr("Weekly bookings are for rooms and staff time."))
        elif self.repeat.isChecked():
            day = i18n.locale_for(self.lang).dayName(self.start.date().dayOfWeek())
            self.repeat_hint.setText(self.tr("Every %1 at the same hours, from the start date until the date chosen.")
                                     .replace("%1", day))
        else:
            self.repeat_hint.setText("")
        self.repeat_hint.setVisible(bool(self.repeat_hint.text()))

    def borrower_choice(self) -> tuple[int | None, str]:
        """(organization id, name typed): an address-book entry chosen as it is, else the name."""
        text = " ".join(self.borrower.currentText().split())
        index = self.borrower.findText(text, Qt.MatchFlag.MatchFixedString)
        if text and index > 0:
            return self.borrower.itemData(index), ""
        return None, text

    def accept(self) -> None:
        choice = self._choice()
        if choice is None:
            return
        organization_id, borrower = self.borrower_choice()
        start, end = _py(self.start.dateTime()), _py(self.end.dateTime())
        same: dict[str, Any] = dict(organization_id=organization_id, borrower=borrower,
                                    quantity=self.quantity.value(), purpose=self.purpose.text(),
                                    project_id=self.project.currentData())
        try:
            if self.repeat.isChecked():
                until = self.until.date()
                self.booking_ids = bookings.request_series(
                    self.data, choice.id, start.date(), date(until.year(), until.month(), until.day()),
                    start.weekday(), start.time(), end.time(), **same)
            else:
                self.booking_ids = [bookings.request_booking(self.data, choice.id, start, end, **same)]
        except UserInputError as exc:
            _show_problems(self.problems, exc, self.lang)
            return
        self.booked.emit(self.booking_ids)
        super().accept()


class _StepDialog(QDialog):
    """A small form for one step (pick up, return, renew): ``act()`` writes it; a refusal stays
    in the dialog, shown under the fields."""

    def __init__(self, parent: QWidget, lang: str, title: str, name: str, act: Callable[[], None],
                 ok_text: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.lang, self._act = lang, act
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.problems = _problems_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName(f"{name}:ok")
        self.ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.layout_.addWidget(self.problems)
        self.layout_.addWidget(self.buttons)

    def row(self, text: str, widget: QWidget) -> None:
        caption = QLabel(text)
        caption.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(" :"))
        self.form.addRow(caption, widget)

    def accept(self) -> None:
        try:
            self._act()
        except UserInputError as exc:
            _show_problems(self.problems, exc, self.lang)
            return
        super().accept()


def _condition_combo(name: str, lang: str, current: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for code, words in choices("condition", lang):
        combo.addItem(words, code)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else combo.findData("good"))
    return combo


class BookingDialog(QDialog):
    """One booking: what, when, for whom, where it stands, and a button per next step."""

    make_agreement = Signal(dict)  # {"booking_id": id}: see ui/resources/section.py

    def __init__(self, parent: QWidget | None, data: DataDir, lang: str, booking_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("booking-open")
        self.setMinimumWidth(520)
        self.data, self.lang, self.booking_id = data, lang, booking_id
        self.photo_path: Path | None = None
        self.step: QDialog | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("booking:summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.problems = _problems_label()
        layout.addWidget(self.problems)
        self.steps = QHBoxLayout()
        layout.addLayout(self.steps)
        close_row = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_row.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close_row.rejected.connect(self.reject)
        # a loan that should be written down: the wizard, filled from the resource, the borrower and the dates
        self.agreement_button = close_row.addButton(self.tr("Make an agreem&ent"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.agreement_button.setObjectName("booking:make-agreement")
        self.agreement_button.clicked.connect(self._make_agreement)
        layout.addWidget(close_row)
        self.buttons: dict[str, QPushButton] = {}
        self.refresh()

    def _make_agreement(self) -> None:
        self.make_agreement.emit({"booking_id": self.booking_id})
        self.accept()  # the wizard opens in front of the window, not behind this dialog

    def step_words(self) -> dict[str, str]:
        return {"approve": self.tr("&Approve"), "refuse": self.tr("&Decline"), "pick_up": self.tr("&Picked up…"),
                "return": self.tr("&Returned…"), "close": self.tr("Close the &loan"),
                "renew": self.tr("Re&new…"), "cancel": self.tr("Cancel the &booking")}

    def refresh(self) -> None:
        try:
            view = bookings.get_booking(self.data, self.booking_id, self.lang)
        except UserInputError as exc:  # gone meanwhile (the demo removed, a restore)
            self.summary.setText("")
            _show_problems(self.problems, exc, self.lang)
            return
        self.view = view
        self.setWindowTitle(self.tr("Booking no. %1").replace("%1", str(view.id)))
        lines = [f"{view.resource_title}", format_span(view.starts_at, view.ends_at, self.lang),
                 self.tr("For: %1").replace("%1", view.who),
                 self.tr("Status: %1").replace("%1", view.status_label)]
        if view.overdue:
            lines[-1] += " — " + self.tr("overdue")
        if view.quantity > 1:
            lines.append(self.tr("Quantity: %1").replace("%1", str(view.quantity)))
        if view.project_name:
            lines.append(self.tr("Project: %1").replace("%1", view.project_name))
        if view.purpose:
            lines.append(view.purpose)
        if view.picked_up_at:
            given = [name for name, ok in view.pickup_checklist.items() if ok]
            lines.append(self.tr("Picked up on %1; condition: %2").replace("%1", format_when(view.picked_up_at, self.lang))
                         .replace("%2", label("condition", view.pickup_condition, self.lang)))
            if view.pickup_checklist:
                lines.append(self.tr("Accessories handed over: %1").replace(
                    "%1", ", ".join(given) if given else self.tr("none")))
        if view.returned_at:
            lines.append(self.tr("Returned on %1; condition: %2").replace("%1", format_when(view.returned_at, self.lang))
                         .replace("%2", label("condition", view.return_condition, self.lang)))
            if view.incident:
                lines.append(self.tr("Incident: %1").replace("%1", view.incident))
        if view.renewals:
            lines.append(self.tr("Renewed %n time(s)", "", view.renewals))
        if view.status == "closed":
            lines.append(self.tr("A journal entry was written to the project.") if view.journal_entry_id
                         else self.tr("No journal entry: the loan belongs to no project."))
        self.summary.setText("\n".join(lines))
        while self.steps.count():
            item = self.steps.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop, and the step is done
                widget.deleteLater()
        self.buttons = {}
        words = self.step_words()
        for action in view.next_actions:
            button = QPushButton(words[action])
            button.setObjectName(f"booking:{action}")
            button.setAccessibleName(words[action].replace("&", "").rstrip("…"))
            button.clicked.connect(lambda _=False, a=action: self.do(a))
            self.steps.addWidget(button)
            self.buttons[action] = button
        self.steps.addStretch(1)
        if view.next_actions:
            self.buttons[view.next_actions[0]].setDefault(True)
        self.adjustSize()  # the summary grows with each step

    def _run(self, work: Callable[[], Any]) -> None:
        try:
            work()
        except UserInputError as exc:
            _show_problems(self.problems, exc, self.lang)
            return
        self.problems.hide()
        self.refresh()

    def do(self, action: str) -> None:
        if action in ("approve", "refuse", "cancel"):
            status = {"approve": "approved", "refuse": "refused", "cancel": "cancelled"}[action]
            self._run(lambda: bookings.set_status(self.data, self.booking_id, status))
        elif action == "close":
            self._run(lambda: bookings.close_booking(self.data, self.booking_id, self.lang))
        elif action == "pick_up":
            self._open_step(self._pick_up_dialog())
        elif action == "return":
            self._open_step(self._return_dialog())
        elif action == "renew":
            self._open_step(self._renew_dialog())

    def _open_step(self, dialog: QDialog) -> None:
        self.step = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def _pick_up_dialog(self) -> QDialog:
        view = self.view
        boxes: list[QCheckBox] = []
        photo_label = QLabel(self.tr("No photo"))
        photo_label.setObjectName("pickup:photo-name")
        self.photo_path = None

        def act() -> None:
            raw = self.photo_path.read_bytes() if self.photo_path is not None else None
            bookings.pick_up(self.data, self.booking_id, checklist={b.text().replace("&&", "&"): b.isChecked()
                                                                   for b in boxes},
                             condition=condition.currentData(), note=note.toPlainText(), photo=raw)

        dialog = _StepDialog(self, self.lang, self.tr("Picked up"), "pickup", act, self.tr("&Record the pick-up"))
        if view.accessories:
            checks = QWidget()
            column = QVBoxLayout(checks)
            column.setContentsMargins(0, 0, 0, 0)
            for n, name in enumerate(view.accessories):
                box = QCheckBox(name.replace("&", "&&"))
                box.setObjectName(f"pickup:accessory:{n}")
                column.addWidget(box)
                boxes.append(box)
            dialog.row(self.tr("Accessories handed over:"), checks)
        condition = _condition_combo("pickup:condition", self.lang, "good")
        dialog.row(self.tr("&Condition:"), condition)
        note = QPlainTextEdit()
        note.setObjectName("pickup:note")
        note.setTabChangesFocus(True)
        note.setFixedHeight(60)
        dialog.row(self.tr("&Note:"), note)
        photo_row = QWidget()
        row = QHBoxLayout(photo_row)
        row.setContentsMargins(0, 0, 0, 0)
        choose = QPushButton(self.tr("C&hoose a photo…"))
        choose.setObjectName("pickup:photo")

        def pick() -> None:
            name, _ = QFileDialog.getOpenFileName(dialog, self.tr("Photo of the resource"), "",
                                                  self.tr("Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp)"))
            if name:
                self.photo_path = Path(name)
                photo_label.setText(self.photo_path.name)

        choose.clicked.connect(pick)
        row.addWidget(choose)
        row.addWidget(photo_label, 1)
        dialog.row(self.tr("Photo:"), photo_row)
        dialog.finish()
        return dialog

    def _return_dialog(self) -> QDialog:
        condition = _condition_combo("return:condition", self.lang, self.view.pickup_condition or "good")
        incident = QPlainTextEdit()
        incident.setObjectName("return:incident")
        incident.setTabChangesFocus(True)
        incident.setFixedHeight(60)
        hours = QDoubleSpinBox()
        hours.setObjectName("return:hours")
        hours.setLocale(i18n.locale_for(self.lang))
        hours.setRange(0, 10_000)
        hours.setDecimals(2)
        hours.setSingleStep(0.5)

        def act() -> None:
            minutes = round(hours.value() * 60)
            bookings.return_booking(self.data, self.booking_id, condition=condition.currentData(),
                                    incident=incident.toPlainText(), hours_minutes=minutes or None)

        dialog = _StepDialog(self, self.lang, self.tr("Returned"), "return", act, self.tr("&Record the return"))
        dialog.row(self.tr("&Condition:"), condition)
        dialog.row(self.tr("&Incident:"), incident)
        dialog.row(self.tr("&Hours we spent:"), hours)
        dialog.finish()
        return dialog

    def _renew_dialog(self) -> QDialog:
        end = _datetime_edit("renew:end", self.view.ends_at + timedelta(days=1), self.lang)

        def act() -> None:
            bookings.renew(self.data, self.booking_id, _py(end.dateTime()))

        dialog = _StepDialog(self, self.lang, self.tr("Renew"), "renew", act, self.tr("&Renew"))
        dialog.row(self.tr("&New end:"), end)
        dialog.finish()
        return dialog


def new_booking(parent: QWidget | None, data: DataDir, lang: str, tasks: TaskRunner | None,
                resource_id: int | None = None, start: datetime | None = None,
                end: datetime | None = None) -> NewBookingDialog:
    """Open the new booking dialog (window-modal) and return it; ``booked`` tells the ids written."""
    dialog = NewBookingDialog(parent, data, lang, resource_id, start, end)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_booking(parent: QWidget | None, data: DataDir, lang: str, tasks: TaskRunner | None,
                 booking_id: int) -> BookingDialog:
    """Open one booking's dialog (window-modal) and return it."""
    dialog = BookingDialog(parent, data, lang, booking_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

