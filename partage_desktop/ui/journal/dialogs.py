"""Journal dialogs: a sharing project's details, an entry's revision history, the trash."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.core.journal.vocabulary import EntryFilter
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.journal import entries as service
from partage_desktop.services.organizations.address_book import list_organizations
from partage_desktop.ui.app.i18n import format_date, locale_for
from partage_desktop.ui.widgets.date_field import DateField
from partage_desktop.ui.widgets.trash_dialog import TrashListDialog

ROLE = Qt.ItemDataRole.UserRole
TRASH_LISTED = 500  # the trash lists the most recent; emptying it deletes them all


def _local(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC).astimezone()


class ChooseProjectDialog(QDialog):
    """Which project a new entry is for, asked when the journal lists all projects."""

    def __init__(self, projects: list[tuple[str, int]], default: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-choose-project")
        self.setWindowTitle(self.tr("New entry"))
        self.setMinimumWidth(380)
        self.combo = QComboBox()
        self.combo.setObjectName("journal-choose-project-list")
        for name, project_id in projects:
            self.combo.addItem(name, project_id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(default)))
        label = QLabel(self.tr("Which sharing &project is this entry for?"))
        label.setBuddy(self.combo)
        label.setWordWrap(True)
        self.combo.setAccessibleName(label.text().replace("&", ""))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        write = buttons.addButton(self.tr("&Write the entry"), QDialogButtonBox.ButtonRole.AcceptRole)
        write.setObjectName("journal-choose-project-ok")
        write.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)
        self.combo.setFocus()

    def project_id(self) -> int | None:
        return self.combo.currentData()


class ProjectDialog(QDialog):
    """Creates or edits a sharing project; partners come from the organization address book."""

    def __init__(self, data: DataDir, lang: str, project: service.ProjectData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-project-dialog")
        self.setWindowTitle(self.tr("Sharing project"))
        self.setMinimumWidth(640)
        self.data, self.lang = data, lang
        self.project = project or service.ProjectData(name="")
        self.name = QLineEdit(self.project.name)
        self.name.setObjectName("project:name")
        self.partners = QListWidget()
        self.partners.setObjectName("project:partners")
        for org in list_organizations(data):
            item = QListWidgetItem(org.legal_name)
            item.setData(ROLE, org.id)
            item.setCheckState(Qt.CheckState.Checked if org.id in self.project.partner_ids else Qt.CheckState.Unchecked)
            self.partners.addItem(item)
        self.no_partners = QLabel(self.tr("No organization in the address book yet: add them in the "
                                          "Organizations section, then come back."))
        self.no_partners.setWordWrap(True)
        self.partners.setMaximumHeight(130)
        self.agreements = QListWidget()
        self.agreements.setObjectName("project:agreements")
        for a in service.agreement_choices(data):
            item = QListWidgetItem(f"{a.reference} — {a.title}")
            item.setData(ROLE, a.id)
            item.setCheckState(Qt.CheckState.Checked if a.id in self.project.agreement_ids else Qt.CheckState.Unchecked)
            self.agreements.addItem(item)
        self.agreements.setMaximumHeight(90)
        self.resource = self._combo("project:resource", "resource", self.project.resource_kind, blank=True)
        self.continuum = self._combo("project:continuum", "continuum", self.project.continuum_position, blank=True)
        self.stage = self._combo("project:stage", "stage", self.project.stage)
        self.start = DateField(lang)
        self.start.setObjectName("project:start")
        self.start.set_value(self.project.start_date or date.today())
        self.purpose = QPlainTextEdit(self.project.purpose)
        self.purpose.setObjectName("project:purpose")
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(80)
        self.error = QLabel()
        self.error.setObjectName("project:error")
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        form = QFormLayout()
        for text, widget in ((self.tr("&Name:"), self.name), (self.tr("&Partners:"), self.partners),
                             ("", self.no_partners), (self.tr("&Resource shared:"), self.resource),
                             (self.tr("Position on the &continuum:"), self.continuum), (self.tr("&Stage:"), self.stage),
                             (self.tr("S&tart date:"), self.start), (self.tr("P&urpose:"), self.purpose),
                             (self.tr("Linked a&greements:"), self.agreements)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(" :\u00a0"))
            form.addRow(label, widget)
        form.setRowVisible(self.agreements, self.agreements.count() > 0)
        form.setRowVisible(self.no_partners, self.partners.count() == 0)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.saved: service.ProjectData | None = None

    def _combo(self, name: str, group: str, current: str, blank: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        if blank:
            combo.addItem(self.tr("(not decided)"), "")
        for key, text in vocab.choices(group, self.lang):
            combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def accept(self) -> None:
        if self.start.problem():
            self.start.setFocus()
            return
        q = self.start.date()
        partners = tuple(self.partners.item(i).data(ROLE) for i in range(self.partners.count())
                         if self.partners.item(i).checkState() == Qt.CheckState.Checked)
        project = service.ProjectData(
            id=self.project.id, name=self.name.text(), purpose=self.purpose.toPlainText(),
            resource_kind=self.resource.currentData(), continuum_position=self.continuum.currentData(),
            stage=self.stage.currentData(), start_date=date(q.year(), q.month(), q.day()), partner_ids=partners,
            agreement_ids=tuple(self.agreements.item(i).data(ROLE) for i in range(self.agreements.count())
                                if self.agreements.item(i).checkState() == Qt.CheckState.Checked))
        try:
            self.saved = service.save_project(self.data, project)
        except service.JournalInputError as exc:
            self.error.setText(self.tr("Give the project a name.") if "name" in exc.fields
                               else self.tr("Check the project's details."))
            self.error.show()
            self.name.setFocus()
            return
        super().accept()


class RevisionsDialog(QDialog):
    """An entry's earlier texts, newest first; one can be put back (the current text is kept too)."""

    def __init__(self, data: DataDir, lang: str, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-revisions")
        self.setWindowTitle(self.tr("Revision history"))
        self.resize(640, 420)
        self.data, self.lang, self.entry_id = data, lang, entry_id
        self.list = QListWidget()
        self.list.setObjectName("journal-revision-list")
        self.list.setAccessibleName(self.tr("Earlier versions"))
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("journal-revision-preview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Text of the selected version"))
        for rev in service.revisions(data, entry_id):
            moment = _local(rev.created_at)
            when = f"{format_date(moment.date(), lang)}, {locale_for(lang).toString(QTime(moment.hour, moment.minute), 'HH:mm')}"
            item = QListWidgetItem(f"{when} — {rev.title}")
            item.setData(ROLE, rev)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(
            lambda item, _p: self.preview.setPlainText(item.data(ROLE).body if item else ""))
        self.empty = QLabel(self.tr("No earlier version yet: one is kept each time you come back to edit "
                                    "this entry, and every ten minutes while you write."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.list.count() == 0)
        self.restore_button = QPushButton(self.tr("&Restore this version"))
        self.restore_button.setObjectName("journal-revision-restore")
        self.restore_button.setEnabled(self.list.count() > 0)
        self.restore_button.clicked.connect(self.restore)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.preview, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addLayout(buttons)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restored: service.EntryData | None = None

    def restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.restored = service.restore_revision(self.data, item.data(ROLE).id)
        self.accept()


class TrashDialog(TrashListDialog):
    """Entries moved to the trash: restore one, or empty the trash for good (after confirmation)."""

    def __init__(self, data: DataDir, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.lang = data, lang
        self.total = 0
        self.more = QLabel()
        self.more.setObjectName("journal-trash-more")
        self.build(
            "journal-trash", self.tr("Journal trash"),
            self.tr("Entries stay here %1 days, then are deleted for good.").replace("%1", str(service.TRASH_DAYS)),
            self.tr("Entries in the trash"), self.more, 380)

    def items(self) -> Iterator[tuple[str, object]]:
        self.total = service.trash_count(self.data)
        for row in service.entries_page(self.data, EntryFilter(trashed=True), 0, TRASH_LISTED):
            yield f"{format_date(row.entry_date, self.lang)} — {row.title} ({row.project})", row.id

    def refreshed(self) -> None:
        self.more.setText(self.tr("The %1 most recent are listed, of %2 in the trash.")
                          .replace("%1", locale_for(self.lang).toString(self.list.count()))
                          .replace("%2", locale_for(self.lang).toString(self.total)))
        self.more.setVisible(self.total > self.list.count())

    def restore_one(self, key: object) -> None:
        assert isinstance(key, int)  # the entry's id, set by items()
        service.restore_entry(self.data, key)

    def empty_question(self) -> str:
        n = service.trash_count(self.data)  # all of them are deleted, not only those listed
        # English is the source language: its singular needs its own message.
        if n == 1:
            return self.tr("Delete the entry in the trash for good, with its attached files? This cannot be "
                           "undone.")
        return self.tr("Delete the %Ln entries in the trash for good, with their attached files? This cannot be "
                       "undone.", "", n)

    def empty_all(self) -> None:
        service.empty_trash(self.data)
