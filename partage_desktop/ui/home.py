"""The home screen: where to start, recent agreements and what needs attention."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..store.quick import HomeSnapshot
from . import i18n
from .sections import heading


class HomeSection(QWidget):
    def __init__(self, lang: str, navigate: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section:home")
        self.lang = lang
        self.snapshot: HomeSnapshot | None = None
        self.backup_warning: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(heading(self.tr("Welcome to Partage")))
        intro = QLabel(self.tr(
            "Share equipment, premises, staff or know-how with other organizations, and do it "
            "well: understand the options, agree in writing, and keep track of how it goes."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        start = QGroupBox(self.tr("Where to start"))
        grid = QGridLayout(start)
        buttons = (
            (self.tr("&Create an agreement"), self.tr("Fill in an agreement step by step and print it for signature."), "section:agreements"),
            (self.tr("Read the &guides"), self.tr("What resource sharing is, which form fits, how to go about it."), "section:guides"),
            (self.tr("&Write in the journal"), self.tr("Note what happened, what it cost and what it saved."), "section:journal"),
        )
        for row, (text, hint, target) in enumerate(buttons):
            button = QPushButton(text)
            button.setObjectName(f"home:{target.split(':')[1]}")
            button.setAccessibleName(text.replace("&", ""))
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _=False, t=target: navigate(t))
            grid.addWidget(button, row, 0)
            label = QLabel(hint)
            label.setWordWrap(True)
            label.setBuddy(button)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addWidget(start)

        self.recent_box = QGroupBox(self.tr("Recent agreements"))
        recent_layout = QVBoxLayout(self.recent_box)
        self.recent = QListWidget()
        self.recent.setObjectName("home-recent")
        self.recent.setAccessibleName(self.tr("Recent agreements"))
        self.recent_empty = QLabel(self.tr(
            "No agreement yet. An agreement puts in writing who shares what, for how long and who "
            "pays what; start with “Create an agreement”."))
        self.recent_empty.setWordWrap(True)
        recent_layout.addWidget(self.recent)
        recent_layout.addWidget(self.recent_empty)
        layout.addWidget(self.recent_box)

        self.reminders_box = QGroupBox(self.tr("Needs attention"))
        reminders_layout = QVBoxLayout(self.reminders_box)
        self.reminders = QListWidget()
        self.reminders.setObjectName("home-reminders")
        self.reminders.setAccessibleName(self.tr("Needs attention"))
        self.reminders.setWordWrap(True)
        self.reminders_empty = QLabel(self.tr(
            "Nothing to watch for now: no agreement ends, needs a renewal notice or plans a follow-up "
            "meeting in the next 60 days."))
        self.reminders_empty.setWordWrap(True)
        reminders_layout.addWidget(self.reminders)
        reminders_layout.addWidget(self.reminders_empty)
        layout.addWidget(self.reminders_box)
        layout.addStretch(1)

    def set_backup_warning(self, warning: str | None) -> None:
        """Backing up has stopped (services.backup.backup_warning): first in "Needs attention"."""
        self.backup_warning = warning
        if self.snapshot is not None:
            self.show_snapshot(self.snapshot)

    def show_snapshot(self, snapshot: HomeSnapshot) -> None:
        self.snapshot = snapshot
        self.recent.clear()
        for item in snapshot.recent:
            self.recent.addItem(f"{item.reference} — {item.title}")
        self.recent.setVisible(bool(snapshot.recent))
        self.recent_empty.setVisible(not snapshot.recent)
        self.reminders.clear()
        if self.backup_warning:
            item = QListWidgetItem("⚠ " + self.backup_warning)
            item.setData(Qt.ItemDataRole.UserRole, "backup-warning")
            item.setToolTip(self.backup_warning)
            self.reminders.addItem(item)
        for line in self.reminder_lines(snapshot):
            self.reminders.addItem(line)
        self.reminders.setVisible(self.reminders.count() > 0)
        self.reminders_empty.setVisible(self.reminders.count() == 0)
        for widget in (self.recent, self.reminders):
            widget.setMaximumHeight(max(1, widget.count()) * 28 + 8)
        if self.backup_warning:  # the warning wraps over several lines
            self.reminders.setMaximumHeight(self.reminders.maximumHeight() + 2 * 28)
        self.recent_box.setProperty("loaded", True)
        self.recent_empty.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def reminder_lines(self, snapshot: HomeSnapshot) -> list[str]:
        """Ends, renewal notice deadlines and the next follow-up meetings, soonest first."""
        formats = {
            "ends": self.tr("%1 ends on %2"),
            "renewal_notice": self.tr("%1: last day to give notice of non-renewal, %2"),
            "meeting": self.tr("%1: follow-up meeting planned around %2"),
        }
        lines = []
        shown = set()
        for item in snapshot.reminders:
            when = i18n.format_date(item.on, self.lang)
            lines.append(formats[item.kind].replace("%1", f"{item.reference} — {item.title}").replace("%2", when))
            shown.add((item.kind, item.reference))
        # agreements ready to sign but not yet signed still show their end
        for item in snapshot.ending_soon:
            if ("ends", item.reference) not in shown:
                when = i18n.format_date(item.end_date, self.lang)
                lines.append(formats["ends"].replace("%1", f"{item.reference} — {item.title}").replace("%2", when))
        return lines
