"""The Organizations section: our own profile and the partner address book."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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

from ..datadir import DataDir
from ..services import organizations as service
from .sections import heading

ID_ROLE = Qt.ItemDataRole.UserRole
FIELDS = ("legal_name", "neq", "address", "representative", "representative_title", "email", "phone")


class OrganizationForm(QWidget):
    """Editor for one organization, with each problem shown next to its field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "legal_name": self.tr("&Legal name:"),
            "neq": self.tr("&NEQ (10 digits):"),
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
        self.is_own = QCheckBox(self.tr("This is &our organization"))
        self.is_own.setObjectName("org:is_own")
        form.addRow(self.is_own)
        self.current_id: int | None = None

    def value(self, key: str) -> str:
        editor = self.editors[key]
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    def data(self) -> service.OrganizationData:
        return service.OrganizationData(id=self.current_id, is_own=self.is_own.isChecked(),
                                        **{k: self.value(k) for k in FIELDS})

    def load(self, org: service.OrganizationData | None) -> None:
        self.current_id = org.id if org else None
        for key, editor in self.editors.items():
            text = getattr(org, key) if org else ""
            editor.setPlainText(text) if isinstance(editor, QPlainTextEdit) else editor.setText(text)
        self.is_own.setChecked(bool(org and org.is_own))
        self.show_problems(service.OrganizationProblems())

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
        self.loaded = False
        self.search = QLineEdit()
        self.search.setObjectName("organizations-search")
        self.search.setPlaceholderText(self.tr("Search by name, NEQ or person"))
        self.search.setAccessibleName(self.tr("Search organizations"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.refresh())
        self.show_archived = QCheckBox(self.tr("Show &archived"))
        self.show_archived.toggled.connect(lambda _: self.refresh())
        self.list = QListWidget()
        self.list.setObjectName("organizations-list")
        self.list.setAccessibleName(self.tr("Organizations"))
        self.list.currentItemChanged.connect(self._select)
        self.empty = QLabel(self.tr("No organization yet. Start with yours: its name, address and "
                                    "representative will fill every agreement; then add your partners."))
        self.empty.setWordWrap(True)
        new = QPushButton(self.tr("&New organization"))
        new.setObjectName("organizations-new")
        new.clicked.connect(self.new)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.show_archived)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(new)

        self.form = OrganizationForm()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("organizations-save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.archive_button = QPushButton(self.tr("Ar&chive"))
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
        from .logo_box import LogoBox

        self.logo_box = LogoBox(data, lang)
        right_layout.addWidget(self.logo_box)
        right_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([320, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if not self.loaded:
            self.loaded = True
            self.refresh()
        super().showEvent(event)

    def refresh(self, select_id: int | None = None) -> None:
        rows = service.list_organizations(self.data, self.show_archived.isChecked(), self.search.text())
        self.list.blockSignals(True)
        self.list.clear()
        for org in rows:
            text = org.legal_name + (self.tr(" (our organization)") if org.is_own else "")
            text += self.tr(" — archived") if org.archived else ""
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, org)
            self.list.addItem(item)
            if org.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not rows and not self.search.text())
        if self.list.currentItem() is None and self.list.count() and select_id is None:
            self.list.setCurrentRow(0)
        elif not self.list.count():
            self.form.load(None)
        self._update_archive_button()

    def _select(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        self.form.load(current.data(ID_ROLE) if current else None)
        self.status.clear()
        self._update_archive_button()

    def _update_archive_button(self) -> None:
        current = self.list.currentItem()
        org = current.data(ID_ROLE) if current else None
        self.archive_button.setEnabled(bool(org and org.id))
        self.archive_button.setText(self.tr("Restore") if org and org.archived else self.tr("Ar&chive"))

    def new(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentItem(None)
        self.form.load(None)
        self.form.editors["legal_name"].setFocus()

    def save(self) -> bool:
        org = service.clean(self.form.data())
        problems = service.check(org)
        self.form.show_problems(problems)
        if problems:
            self.status.setText(self.tr("Please correct the fields marked in red."))
            return False
        duplicates = service.find_duplicates(self.data, org)
        if duplicates and org.id is None:
            answer = QMessageBox.question(self, self.tr("Possible duplicate"), self.tr(
                "“%1” looks like an organization already in the address book. Add it anyway?")
                .replace("%1", duplicates[0].legal_name))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        saved = service.save_organization(self.data, org)
        self.refresh(select_id=saved.id)
        self.form.load(saved)
        self.status.setText(self.tr("Saved."))
        self.changed.emit()
        return True

    def toggle_archive(self) -> None:
        current = self.list.currentItem()
        org = current.data(ID_ROLE) if current else None
        if not org or org.id is None:
            return
        service.set_archived(self.data, org.id, not org.archived)
        self.refresh()
