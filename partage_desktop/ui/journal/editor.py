"""The entry editor: saves itself within a second of the last change ("Enregistré à 14 h 32").
What can be read is saved at once; a field that cannot be read is marked with what to write, and
leaving the entry then asks before that value is given up. Also undo in the text, attachments,
challenge tags and the way to the entry's revision history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QDate, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.formatting import format_date
from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.journal import entries as service
from partage_desktop.services.journal.content import prompt_template
from partage_desktop.ui.app.i18n import locale_for
from partage_desktop.ui.journal.attachment_list import AttachmentList
from partage_desktop.ui.journal.challenges import ChallengeTags, split_tags
from partage_desktop.ui.journal.fields import HoursBox, MoneyRow
from partage_desktop.ui.widgets.date_field import DateField
from partage_desktop.ui.widgets.flow_layout import FlowLayout

AUTOSAVE_MS = 700
ORG_ROLE = Qt.ItemDataRole.UserRole
MAX_TITLE = 300
NARROW = 480  # below this width, labels go above their fields


def saved_at_text(moment: datetime, lang: str) -> str:
    return f"{moment.hour} h {moment.minute:02d}" if lang == "fr" else \
        locale_for("en").toString(QTime(moment.hour, moment.minute, moment.second), "h:mm AP")


class EntryEditor(QWidget):
    """Edits one entry. ``saved`` carries the entry id after each save. ``partners_of(project id,
    entry)`` gives the organizations to list for an entry moved to that project."""

    saved = Signal(int)
    trash_requested = Signal(int)
    history_requested = Signal(int)

    def __init__(self, data: DataDir, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-editor")
        self.data, self.lang = data, lang
        self.entry: service.EntryData | None = None
        self.problems: list[str] = []  # what was typed but cannot be saved, in the user's words
        self._loading = False
        self._first_save = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)
        self.partners_of: Callable[[int, service.EntryData], list[tuple[int, str]]] = lambda _p, _e: []

        self.project = QComboBox()  # moving an entry to another project is one more change, saved like the rest
        self.project.setObjectName("journal-entry-project")
        self.project.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.project.setMinimumContentsLength(12)
        self.kind = QComboBox()
        self.kind.setObjectName("journal-kind")
        for key, text in vocab.choices("kind", lang):
            self.kind.addItem(text, key)
        self.day = DateField(lang)
        self.day.setObjectName("journal-date")
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
        self.challenges = ChallengeTags(self.tags, lang)
        self.challenges.changed.connect(self.changed)
        self.partners = QListWidget()
        self.partners.setObjectName("journal-partners")
        self.partners.setMaximumHeight(84)
        self.hours = HoursBox(lang)
        self.money = MoneyRow(lang)
        self.attachments = AttachmentList(data)
        self.attachments.message.connect(lambda text: self.state.setText(text))

        form = QFormLayout()
        rows = [(self.tr("&Type:"), self.kind), (self.tr("&Date:"), self.day), (self.tr("T&itle:"), self.title),
                (self.tr("Au&thor:"), self.author), (self.tr("Te&xt:"), self.body), (self.tr("Ta&gs:"), self.tags),
                ("", self.challenges), (self.tr("&Partners concerned:"), self.partners),
                (self.tr("Hours in&vested:"), self.hours), (self.tr("&Money:"), self.money),
                (self.tr("Attach&ments:"), self.attachments)]
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(self.hours.table if widget is self.hours else self.money.amount if widget is self.money
                           else self.attachments.list if widget is self.attachments else widget)
            if widget is not self.money and text:
                widget.setAccessibleName(text.replace("&", "").rstrip(" :\u00a0"))
            form.addRow(label, widget)
        project_label = QLabel(self.tr("Pr&oject:"))  # first: which project the entry belongs to
        project_label.setBuddy(self.project)
        self.project.setAccessibleName(project_label.text().replace("&", "").rstrip(" :\u00a0"))
        form.insertRow(0, project_label, self.project)
        self.private = QCheckBox(self.tr("P&rivate: never sent to partner organizations"))
        self.private.setObjectName("journal-private")
        self.private.setAccessibleName(self.tr("Private entry"))
        self.private.setToolTip(self.tr("A private entry stays on this computer: it is left out of "
                                        "the exchange files you send to partners."))
        form.addRow("", self.private)

        self.state: QLabel = QLabel()  # typed here: a lambda above uses it before this line runs
        self.state.setObjectName("journal-save-state")
        self.state.setWordWrap(True)
        self.not_listed = QLabel()  # the entry shown is not in the list beside it (the filters hide it)
        self.not_listed.setObjectName("journal-not-listed")
        self.not_listed.setWordWrap(True)
        self.not_listed.setStyleSheet("color: #8a5a00; font-weight: bold")
        self.not_listed.hide()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName("journal-undo")
        self.undo_button.clicked.connect(self.body.undo)
        self.body.undoAvailable.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.setObjectName("journal-history")
        self.history_button.clicked.connect(lambda: self.entry and self.entry.id and
                                            self.history_requested.emit(self.entry.id))
        self.trash_button = QPushButton(self.tr("Move to tr&ash"))
        self.trash_button.setObjectName("journal-trash-entry")
        self.trash_button.clicked.connect(lambda: self.entry and self.entry.id and
                                          self.trash_requested.emit(self.entry.id))
        button_bar = QWidget()
        buttons = FlowLayout(button_bar)  # on two rows rather than out of sight in a narrow editor
        room = QWidget()  # takes what the row leaves: the buttons stay on the right
        room.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for b in (room, self.undo_button, self.history_button, self.trash_button):
            buttons.addWidget(b)
        # the fields scroll (a small screen, a long text), the state and the buttons stay in sight below
        self.form = form
        fields = QWidget()
        fields.setLayout(form)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("journal-editor-fields")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(fields)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.not_listed)
        layout.addWidget(self.state)
        layout.addWidget(button_bar)

        for w in (self.title, self.author, self.tags):
            w.textEdited.connect(self.changed)
        self.body.textChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.money.changed.connect(self.changed)
        self.private.toggled.connect(self.changed)
        self.project.currentIndexChanged.connect(self._project_changed)
        self.day.dateChanged.connect(self.changed)
        self.partners.itemChanged.connect(self.changed)
        self.hours.changed.connect(self.changed)
        self.setEnabled(False)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Wide enough for the widest field with its label above it (the fields scroll up and down only)."""
        hint = super().minimumSizeHint()
        items = (self.form.itemAt(i) for i in range(self.form.count()))
        widest = max((w.minimumSizeHint().width() for item in items
                      if item is not None and (w := item.widget()) is not None and not w.isHidden()), default=0)
        layout = self.layout()
        assert layout is not None  # set in __init__
        fm, m = self.form.contentsMargins(), layout.contentsMargins()
        width = widest + fm.left() + fm.right() + self.scroll_area.verticalScrollBar().sizeHint().width() + m.left() + m.right()
        return QSize(max(hint.width(), width), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        """Narrow (a small screen): each label above its field, so that the fields keep their width."""
        narrow = event.size().width() < NARROW
        policy = QFormLayout.RowWrapPolicy.WrapAllRows if narrow else QFormLayout.RowWrapPolicy.DontWrapRows
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)
        super().resizeEvent(event)

    # --- loading

    def set_projects(self, projects: list[tuple[str, int]]) -> None:
        """The projects an entry can belong to, as (name, id)."""
        self._loading = True
        self.project.clear()
        for name, project_id in projects:
            self.project.addItem(name, project_id)
        self._show_project()
        self._loading = False

    def _show_project(self) -> None:
        if self.entry is not None:
            self.project.setCurrentIndex(self.project.findData(self.entry.project_id))

    def load(self, entry: service.EntryData, partners: list[tuple[int, str]]) -> None:
        """Show ``entry`` (saved or new); ``partners`` are the organizations to list: the project's,
        and any other the entry names."""
        self.timer.stop()
        self._loading = True
        self.entry = entry
        self.problems = []
        self._first_save = True
        self.setEnabled(True)
        self.not_listed.hide()
        self._show_project()
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        self.day.setDate(QDate(entry.entry_date.year, entry.entry_date.month, entry.entry_date.day))
        self.title.setText(entry.title)
        self.author.setText(entry.author)
        self.body.setPlainText(entry.body)
        self.tags.setText(", ".join(entry.tags))
        self._list_partners(partners, entry.partner_ids, entry.hours)
        self.money.load(entry.money_cents, entry.money_kind, entry.money_estimate)
        self.private.setChecked(entry.private)
        self._kind_shown()
        self.state.setText(self.tr("Saved") if entry.id else
                           self.tr("New entry: it is saved as soon as you write in it."))
        self._enable_saved_actions()
        self._loading = False

    def _list_partners(self, partners: list[tuple[int, str]], checked: tuple[int, ...],
                       hours: tuple[tuple[int | None, int], ...] | None) -> None:
        self.partners.clear()
        for org_id, name in partners:
            item = QListWidgetItem(name)
            item.setData(ORG_ROLE, org_id)
            item.setCheckState(Qt.CheckState.Checked if org_id in checked else Qt.CheckState.Unchecked)
            self.partners.addItem(item)
        if hours is not None:
            self.hours.load(partners, hours)

    def _project_changed(self) -> None:
        """The entry moves to the project chosen: its partners become that project's, plus those the
        entry already names (nothing checked or counted is dropped); saved like any other change."""
        if self._loading or self.entry is None or self.project.currentData() is None:
            return
        entry, _problems = self.current()
        self._loading = True
        # hours typed that cannot be read yet stay in their table, to be corrected there
        keep_typed = self.hours.error.isVisible()
        self._list_partners(self.partners_of(entry.project_id, entry), entry.partner_ids,
                            None if keep_typed else entry.hours)
        self._loading = False
        self.changed()

    def clear(self, message: str = "") -> None:
        """Show no entry (the one shown left the list); what was typed is saved first by the caller."""
        self.timer.stop()
        self._loading = True
        self.entry = None
        self.problems = []
        for w in (self.title, self.author, self.tags):
            w.clear()
        self.body.setPlainText("")
        self.partners.clear()
        self.hours.load([], ())
        self.money.load(None, None, "")
        self.attachments.show_entry(None)
        self.not_listed.hide()
        self.state.setText(message)
        self._loading = False
        self.setEnabled(False)

    def flag_not_listed(self, text: str) -> None:
        """Say that the entry shown is not in the list (``text`` says why); "" takes the flag away."""
        self.not_listed.setText(text)
        self.not_listed.setVisible(bool(text))

    def _enable_saved_actions(self) -> None:
        saved = bool(self.entry and self.entry.id)
        self.history_button.setEnabled(saved)
        self.trash_button.setEnabled(saved)
        self.attachments.show_entry(self.entry.id if self.entry else None)

    def _kind_changed(self) -> None:
        if not self._loading and self.entry is not None:
            # an entry whose text is still a bare template gets the new type's prompts
            text = self.body.toPlainText()
            if not text.strip() or any(text == prompt_template(k, self.lang) for k in vocab.KINDS):
                self.body.setPlainText(prompt_template(self.kind.currentData(), self.lang))
        self._kind_shown()
        self.changed()

    def _kind_shown(self) -> None:
        self.challenges.setVisible(self.kind.currentData() == "difficulty")
        self.challenges.sync()
        self.title.setPlaceholderText(self.default_title())

    def default_title(self) -> str:
        """What an entry left without a title is called: its type and date ("Réunion du 1er juin 2026")."""
        q = self.day.date()
        return self.tr("%1 of %2").replace("%1", vocab.label("kind", self.kind.currentData(), self.lang)) \
            .replace("%2", format_date(date(q.year(), q.month(), q.day()), self.lang))

    # --- saving

    def changed(self, *_args: object) -> None:
        if self._loading or self.entry is None:
            return
        if self.sender() is self.day:
            self.title.setPlaceholderText(self.default_title())
        self.state.setText(self.tr("Editing…"))
        self.timer.start()

    def current(self) -> tuple[service.EntryData, list[str]]:
        """The entry as typed, and what cannot be saved: a field that cannot be read keeps its
        last saved value in the entry, and its problem is shown next to it."""
        assert self.entry is not None
        problems: list[str] = []
        cents, money_kind, problem = self.money.read(self.entry.money_cents, self.entry.money_kind)
        problems += [problem] if problem else []
        hours, problem = self.hours.read(self.entry.hours)
        problems += [problem] if problem else []
        title = self.title.text()
        if len(" ".join(title.split())) > MAX_TITLE:
            problems.append(self.tr("The title is too long (at most %1 characters): shorten it.")
                            .replace("%1", str(MAX_TITLE)))
            title = self.entry.title
        if not title.strip():
            title = self.default_title()
        partners = tuple(self.partners.item(i).data(ORG_ROLE) for i in range(self.partners.count())
                         if self.partners.item(i).checkState() == Qt.CheckState.Checked)
        qdate = self.day.date()
        project_id = self.project.currentData()
        entry = replace(self.entry, project_id=self.entry.project_id if project_id is None else project_id,
                        kind=self.kind.currentData(), title=title, author=self.author.text(),
                        entry_date=date(qdate.year(), qdate.month(), qdate.day()), body=self.body.toPlainText(),
                        tags=tuple(split_tags(self.tags.text())), partner_ids=partners, hours=hours,
                        money_cents=cents, money_kind=money_kind, money_estimate=self.money.estimate.text().strip(),
                        private=self.private.isChecked())
        return entry, problems

    def _written_in(self) -> bool:
        """Has anything been written in this new entry (beyond its type's prompts)?"""
        templates = {prompt_template(k, self.lang).strip() for k in vocab.KINDS}
        return bool(self.title.text().strip() or self.body.toPlainText().strip() not in templates or
                    self.tags.text().strip() or self.author.text().strip() or self.money.amount.text().strip() or
                    self.money.estimate.text().strip() or
                    any(item is not None and item.text().strip()
                        for item in (self.hours.table.item(r, 1) for r in range(self.hours.table.rowCount()))))

    def save_now(self) -> bool:
        """Save all that can be saved. True when everything typed is saved."""
        self.timer.stop()
        if self.entry is None or self.entry.id is None and not self._written_in():
            self.problems = []
            return True
        entry, self.problems = self.current()
        try:
            saved = service.save_entry(self.data, entry, new_revision=self._first_save)
        except service.JournalInputError as exc:  # checked above; this is the last safety net
            self.problems.append(self.tr("Not saved: check the title, the hours and the amount (%1).")
                                 .replace("%1", ", ".join(exc.fields)))
            self.state.setText(self.problems[-1])
            return False
        self._first_save = False
        was_new = self.entry.id is None
        self.entry = replace(saved, body=entry.body, title=entry.title)
        at = saved_at_text(datetime.now(), self.lang)
        self.state.setText(self.tr("Saved at %1, except what is marked in red: correct it to save it.")
                           .replace("%1", at) if self.problems else self.tr("Saved at %1").replace("%1", at))
        if was_new:
            self._enable_saved_actions()
        self.saved.emit(saved.id or 0)
        return not self.problems

    def flush(self) -> bool:
        """Save what is waiting (before switching entries or closing). True when all is saved."""
        if self.timer.isActive():
            return self.save_now()
        return not self.problems

    def leave(self) -> bool:
        """May the user leave this entry? Saves what can be; if a value typed cannot be saved,
        asks whether to stay and correct it (the default) or leave without it."""
        if self.flush() or self.entry is None:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Part of this entry is not saved"),
                          self.tr("Everything else in the entry is saved, but not this:"), parent=self)
        box.setObjectName("journal-leave-question")
        box.setInformativeText("\n".join(self.problems))
        stay = box.addButton(self.tr("&Stay and correct it"), QMessageBox.ButtonRole.RejectRole)
        stay.setObjectName("leave-stay")
        go = box.addButton(self.tr("&Leave without it"), QMessageBox.ButtonRole.DestructiveRole)
        go.setObjectName("leave-anyway")
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        if box.clickedButton() is go:
            self.problems = []
            return True
        (self.money.amount if self.money.error.isVisible() else self.hours.table
         if self.hours.error.isVisible() else self.title).setFocus()
        return False

    def attach(self, path: str) -> bool:
        return self.attachments.attach(path)
