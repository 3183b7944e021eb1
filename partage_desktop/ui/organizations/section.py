"""The Organizations section: our own profile and the partner address book."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.platform.datadir import DataDir
from partage_desktop.services import changes
from partage_desktop.services.organizations import address_book as service
from partage_desktop.services.resources.content import catalogue
from partage_desktop.ui.app import i18n
from partage_desktop.ui.app.changes import follow
from partage_desktop.ui.app.sections import heading, scrolled
from partage_desktop.ui.organizations.logo_box import LogoBox

ID_ROLE = Qt.ItemDataRole.UserRole
FIELDS = ("legal_name", "neq", "address", "representative", "representative_title", "email", "phone")


class OrganizationForm(QWidget):
    """Editor for one organization, with each problem shown next to its field."""

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        lang = lang or ("fr" if QLocale().language() == QLocale.Language.French else "en")
        labels = {
            "legal_name": self.tr("&Legal name:"),
            "neq": self.tr("NE&Q (10 digits):"),
            "address": self.tr("&Address:"),
            "representative": self.tr("&Representative:"),
            "representative_title": self.tr("Representative's &title:"),
            "email": self.tr("&Email:"),
            "phone": self.tr("&Phone:"),
        }
        self.messages = {
            "required": self.tr("Required."),
            "neq": self.tr("The NEQ has 10 digits, as on the enterprise register."),
            "email": self.tr("This does not look like an email address."),
            "too_long": self.tr("Too long."),
        }
        form = QFormLayout(self)
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for key in FIELDS:
            editor: QLineEdit | QPlainTextEdit = QPlainTextEdit() if key == "address" else QLineEdit()
            if isinstance(editor, QPlainTextEdit):
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(64)
            editor.setObjectName(f"org:{key}")
            editor.setAccessibleName(labels[key].replace("&", "").rstrip(" :\u00a0"))
            label = QLabel(labels[key])
            label.setBuddy(editor)
            error = QLabel()
            error.setObjectName(f"org-error:{key}")
            error.setStyleSheet("color: #b00020")
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(error)
            form.addRow(label, column)
            self.editors[key] = editor
            self.errors[key] = error
        # where we are: the network board measures partners' offers from this region
        self.region = QComboBox()
        self.region.setObjectName("org:region")
        self.region.setAccessibleName(self.tr("Region"))
        self.region.addItem(self.tr("(not given)"), "")
        for code, region in catalogue().regions.items():
            self.region.addItem(f"{code} – {region.name['en' if lang == 'en' else 'fr']}", code)
        region_label = QLabel(self.tr("Re&gion:"))
        region_label.setBuddy(self.region)
        region_error = QLabel()
        region_error.setObjectName("org-error:region")
        region_error.setStyleSheet("color: #b00020")
        region_error.hide()
        region_column = QVBoxLayout()
        region_column.setSpacing(2)
        region_column.addWidget(self.region)
        region_column.addWidget(region_error)
        form.addRow(region_label, region_column)
        self.errors["region"] = region_error
        self.messages["region"] = self.tr("Choose a region from the list.")
        self.is_own = QCheckBox(self.tr("This is &our organization"))
        self.is_own.setObjectName("org:is_own")
        form.addRow(self.is_own)
        self.current_id: int | None = None
        self._loaded: tuple[object, ...] = self._state()

    def _state(self) -> tuple[object, ...]:
        return (*(self.value(k) for k in FIELDS), self.region.currentData(), self.is_own.isChecked())

    def is_dirty(self) -> bool:
        """Whether the form holds edits not yet saved (compared with what was last loaded)."""
        return self._state() != self._loaded

    def value(self, key: str) -> str:
        editor = self.editors[key]
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    def data(self) -> service.OrganizationData:
        values: dict[str, Any] = {k: self.value(k) for k in FIELDS}
        return service.OrganizationData(id=self.current_id, is_own=self.is_own.isChecked(),
                                        region=self.region.currentData() or "", **values)

    def load(self, org: service.OrganizationData | None) -> None:
        self.current_id = org.id if org else None
        for key, editor in self.editors.items():
            text = getattr(org, key) if org else ""
            editor.setPlainText(text) if isinstance(editor, QPlainTextEdit) else editor.setText(text)
        self.is_own.setChecked(bool(org and org.is_own))
        self.region.setCurrentIndex(max(self.region.findData(org.region if org else ""), 0))
        self.show_problems(service.OrganizationProblems())
        self._loaded = self._state()

    def show_problems(self, problems: service.OrganizationProblems) -> None:
        for key, label in self.errors.items():
            problem = problems.fields.get(key)
            label.setText(self.messages.get(problem, "") if problem else "")
            label.setVisible(bool(problem))


class OrganizationsSection(QWidget):
    changed = Signal()

    def __init__(self, data: DataDir, parent: QWidget | None = None, lang: str = "fr") -> None:
        super().__init__(parent)
        self.setObjectName("section:organizations")
        self.data = data
        self.lang = lang
        self.loaded = False
        self._declined_duplicate = False
        self.search = QLineEdit()
        self.search.setObjectName("organizations-search")
        self.search.setPlaceholderText(self.tr("Search by name, NEQ or person"))
        self.search.setAccessibleName(self.tr("Search organizations"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.refresh())
        self.show_archived = QCheckBox(self.tr("Sho&w archived"))
        self.show_archived.toggled.connect(lambda _: self.refresh())
        self.list = QListWidget()
        self.list.setObjectName("organizations-list")
        self.list.setAccessibleName(self.tr("Organizations"))
        self.list.currentItemChanged.connect(self._select)
        self.empty = QLabel(self.tr("No organization yet. Start with yours: its name, address and "
                                    "representative will fill every agreement; then add your partners."))
        self.empty.setWordWrap(True)
        new = QPushButton(self.tr("New organi&zation"))
        new.setObjectName("organizations-new")
        new.clicked.connect(self.new)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.show_archived)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(new)

        self.form = OrganizationForm(lang=lang)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("organizations-save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.archive_button = QPushButton(self.tr("Archi&ve"))
        self.archive_button.setObjectName("organizations-archive")
        self.archive_button.clicked.connect(self.toggle_archive)
        self.status = QLabel()
        self.status.setObjectName("organizations-status")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(heading(self.tr("Organizations"), 2))
        right_layout.addWidget(self.form)
        right_layout.addLayout(buttons)

        self.logo_box = LogoBox(data, lang)
        right_layout.addWidget(self.logo_box)
        # our logo belongs with our organization: a partner's record does not offer it
        self.form.is_own.toggled.connect(self.logo_box.setVisible)
        self.logo_box.setVisible(self.form.is_own.isChecked())
        right_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scrolled(right, "organizations-form-scroll"))  # a short window scrolls the form
        splitter.setSizes([320, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        # partners added elsewhere (an exchange file, the demo data…): the list follows
        self.follower = follow(self, data, (changes.ORGANIZATIONS,),
                               lambda _change: self.refresh() if self.loaded else None)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if not self.loaded:
            self.loaded = True
            self.refresh()
        super().showEvent(event)

    def refresh(self, select_id: int | None = None) -> None:
        """Fill the list again (search, archive filter, after a save). The record being edited
        stays in the form: it is selected again when it is listed, and unsaved edits are never
        replaced by another record."""
        self.follower.read()
        keep_id = select_id if select_id is not None else self.form.current_id
        rows = service.list_organizations(self.data, self.show_archived.isChecked(), self.search.text())
        self.list.blockSignals(True)
        self.list.clear()
        for org in rows:
            text = org.legal_name + (self.tr(" (our organization)") if org.is_own else "")
            text += self.tr(" — archived") if org.archived else ""
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, org)
            self.list.addItem(item)
            if keep_id is not None and org.id == keep_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not rows and not self.search.text())
        if self.list.currentItem() is None and not self.form.is_dirty():
            if self.list.count():
                self.list.setCurrentRow(0)
            else:
                self.form.load(None)
        self._update_archive_button()

    def _select(self, current: QListWidgetItem | None, previous: QListWidgetItem | None = None) -> None:
        target = current.data(ID_ROLE) if current else None
        if target is not None and target.id == self.form.current_id and self.form.current_id is not None:
            self._update_archive_button()
            return
        if not self.leave_record():
            # stay on the record being edited: select it again, quietly
            self.list.blockSignals(True)
            self.list.setCurrentRow(self.list.row(previous) if previous is not None else -1)
            self.list.blockSignals(False)
            return
        if target is not None and self.list.currentItem() is not None \
                and self.list.currentItem().data(ID_ROLE).id != target.id:
            self.refresh(select_id=target.id)  # the list was rebuilt by the save
        self.form.load(target)
        self._update_archive_button()

    def leave_record(self) -> bool:
        """Before the form shows another record: save valid edits (and say so), ask about edits
        that cannot be saved. False means stay on the record being edited."""
        if not self.form.is_dirty():
            return True
        org = service.clean(self.form.data())
        problems = service.check(org)
        if problems:
            self.form.show_problems(problems)
            name = org.legal_name or self.tr("the new organization")
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changes not saved"), self.tr(
                "The changes to “%1” cannot be saved as they are: correct the fields marked in red, "
                "or discard the changes.").replace("%1", name), parent=self)
            stay = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
            stay.setObjectName("organizations-keep-editing")
            discard = box.addButton(self.tr("&Discard the changes"), QMessageBox.ButtonRole.DestructiveRole)
            discard.setObjectName("organizations-discard")
            box.setDefaultButton(stay)
            box.setEscapeButton(stay)
            box.exec()
            if box.clickedButton() is discard:
                self.form.load(None)  # nothing left to save: the caller loads the next record
                return True
            self.status.setText(self.tr("Please correct the fields marked in red."))
            return False
        saved = self._store(org, leaving=True)
        if saved is None:
            return self._declined_duplicate
        self._say_saved(saved)
        return True

    def _update_archive_button(self) -> None:
        current = self.list.currentItem()
        org = current.data(ID_ROLE) if current else None
        self.archive_button.setEnabled(bool(org and org.id))
        self.archive_button.setText(self.tr("Restore") if org and org.archived else self.tr("Archi&ve"))

    def new(self) -> None:
        if not self.leave_record():
            return
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)  # no current record (what setCurrentItem(None) does)
        self.list.blockSignals(False)
        self.form.load(None)
        self.status.clear()
        self._update_archive_button()
        self.form.editors["legal_name"].setFocus()

    def save(self) -> bool:
        org = service.clean(self.form.data())
        problems = service.check(org)
        self.form.show_problems(problems)
        if problems:
            self.status.setText(self.tr("Please correct the fields marked in red."))
            return False
        saved = self._store(org)
        if saved is None:
            return False
        self._say_saved(saved)
        return True

    def _say_saved(self, saved: service.OrganizationData) -> None:
        self.status.setText(self.tr("“%1” saved at %2.").replace("%1", saved.legal_name)
                            .replace("%2", i18n.clock_time(self.lang)))

    def _store(self, org: service.OrganizationData, leaving: bool = False) -> service.OrganizationData | None:
        """Save a valid organization; None when the user declines adding a likely duplicate (when
        leaving the record, ``_declined_duplicate`` then says whether to go on without it)."""
        duplicates = service.find_duplicates(self.data, org)
        self._declined_duplicate = False
        if duplicates and org.id is None:
            question = self.tr("“%1” looks like an organization already in the address book. Add it anyway?") \
                .replace("%1", duplicates[0].legal_name)
            if leaving:
                answer = QMessageBox.question(
                    self, self.tr("Possible duplicate"), question + "\n\n" + self.tr(
                        "No: leave without adding it. Cancel: stay on this organization."),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                    | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
                if answer == QMessageBox.StandardButton.No:
                    self._declined_duplicate = True
                    self.form.load(None)
            else:
                answer = QMessageBox.question(self, self.tr("Possible duplicate"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        saved = service.save_organization(self.data, org)
        self.form.load(saved)
        self.refresh(select_id=saved.id)
        self.changed.emit()
        return saved

    def hideEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        # leaving the section (or closing the window) keeps valid edits; invalid ones stay in the
        # form, which lives as long as the window
        if self.form.is_dirty():
            org = service.clean(self.form.data())
            if not service.check(org) and (org.id is not None or not service.find_duplicates(self.data, org)):
                saved = service.save_organization(self.data, org)
                self.form.load(saved)
                self.refresh(select_id=saved.id)
                self._say_saved(saved)
                self.changed.emit()
        super().hideEvent(event)

    def toggle_archive(self) -> None:
        current = self.list.currentItem()
        org = current.data(ID_ROLE) if current else None
        if not org or org.id is None or not self.leave_record():
            return
        service.set_archived(self.data, org.id, not org.archived)
        self.refresh()
