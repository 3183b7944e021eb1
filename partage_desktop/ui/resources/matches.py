"""The Resources section's « Suggested matches » tab: our needs against the partners' offers, and
the partners' needs against what we lend, best first; why each one matched; a person confirms or
dismisses (and may undo), asks to borrow (a text to copy or save: nothing is sent), and starts an
agreement from a confirmed match. Nothing is ever decided for them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.platform.datadir import DataDir
from partage_desktop.services import changes
from partage_desktop.ui.app.changes import follow
from partage_desktop.ui.app.errors import explain_failure
from partage_desktop.ui.widgets import plain_text
from partage_desktop.ui.widgets.flow_layout import FlowLayout
from partage_desktop.ui.widgets.save_files import ask_save_path, remember_dir
from partage_desktop.ui.widgets.tasks import TaskRunner
from partage_desktop.words import say

KEY_ROLE = Qt.ItemDataRole.UserRole
SCORE, NEED, OFFER, PARTNER, DECISION = range(5)


class MatchesTab(QWidget):
    make_agreement = Signal(dict)  # MakeAgreement: need_id / resource_id, board_item_id, organization_id

    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.lang, self.tasks = data, lang, tasks
        self.found: dict[tuple[str, str], Any] = {}  # (need key, offer key) -> Suggestion
        self.loaded = False
        self._loading = False
        self._again = False
        self._keep: tuple[str, str] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        intro = QLabel(self.tr(
            "Partage compares your needs with your partners' offers sheets, and their needs with what you "
            "lend. Nothing is decided for you: confirm or dismiss each suggestion."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        filters = QHBoxLayout()
        self.filter = QComboBox()
        self.filter.setObjectName("matches-filter")
        self.filter.setAccessibleName(self.tr("Show"))
        for text, value in ((self.tr("All suggestions"), ""), (self.tr("For our needs"), "we_need"),
                            (self.tr("For partners' needs"), "they_need"), (self.tr("Confirmed ones"), "confirmed")):
            self.filter.addItem(text, value)
        self.filter.currentIndexChanged.connect(lambda _: self._fill())
        label = QLabel(self.tr("&Show:"))
        label.setBuddy(self.filter)
        filters.addWidget(label)
        filters.addWidget(self.filter)
        self.show_dismissed = QCheckBox(self.tr("Also show &dismissed ones"))
        self.show_dismissed.setObjectName("matches-show-dismissed")
        self.show_dismissed.toggled.connect(lambda _: self.reload())
        filters.addWidget(self.show_dismissed)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.pages = QStackedWidget()
        self.empty = QLabel()
        self.empty.setObjectName("matches-empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self._list_page())
        layout.addWidget(self.pages, 1)
        self.follower = follow(self, data, (changes.RESOURCES, changes.ORGANIZATIONS), lambda _change: self.reload())

    # ------------------------------------------------------------ building

    def _list_page(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.view = QTreeWidget()
        self.view.setObjectName("matches-list")
        self.view.setAccessibleName(self.tr("Suggested matches"))
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHeaderLabels([self.tr("Score"), self.tr("Need"), self.tr("Offer"), self.tr("Partner"),
                                   self.tr("Decision")])
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SCORE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NEED, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OFFER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PARTNER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DECISION, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(PARTNER, 110)  # the titles need the room more; the details name the partner whole
        self.view.currentItemChanged.connect(lambda *_: self._show_current())
        self.view.itemDoubleClicked.connect(lambda *_: self._primary())
        self.view.installEventFilter(self)
        splitter.addWidget(self.view)

        details = QWidget()
        details.setObjectName("matches-details")
        box = QVBoxLayout(details)
        box.setContentsMargins(12, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("matches-title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.title)
        # the reasons scroll on a small screen rather than push the buttons away
        self.reasons = QTextBrowser()
        self.reasons.setObjectName("matches-reasons")
        self.reasons.setAccessibleName(self.tr("Why it matched"))
        self.reasons.setFrameShape(QFrame.Shape.NoFrame)
        self.reasons.setOpenLinks(False)
        self.reasons.viewport().setAutoFillBackground(False)
        box.addWidget(self.reasons, 1)
        buttons = FlowLayout()
        self.confirm_button = self._button("matches-confirm", self.tr("&Confirm"), lambda: self._decide("confirmed"))
        self.dismiss_button = self._button("matches-dismiss", self.tr("D&ismiss"), lambda: self._decide("dismissed"))
        self.undo_button = self._button("matches-undo", self.tr("&Undo the decision"), lambda: self._decide(None))
        self.request_button = self._button("matches-request", self.tr("Ask to &borrow…"), self._request)
        self.agreement_button = self._button("matches-agreement", self.tr("Make an &agreement"), self._agreement)
        for button in (self.confirm_button, self.dismiss_button, self.undo_button, self.request_button,
                       self.agreement_button):
            buttons.addWidget(button)
        box.addLayout(buttons)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        return splitter

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------ loading

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self.loaded and not self._loading:
            self.reload()

    def reload(self) -> None:
        """Read the suggestions again, in the background (a network's board may be large)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.follower.read()
        include = self.show_dismissed.isChecked()
        from partage_desktop.services.resources.matches import (  # deferred: after the first paint
            suggestions,
        )

        self.tasks.run(lambda: suggestions(self.data, self.lang, include_dismissed=include), self._loaded,
                       self._failed)

    def _loaded(self, found: list[Any]) -> None:
        self._loading = False
        self.loaded = True
        current = self._current()
        keep = self._keep or ((current.need_key, current.offer_key) if current is not None else None)
        self._keep = None
        self.found = {(s.need_key, s.offer_key): s for s in found}
        self._fill(keep)
        if self._again:
            self._again = False
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        explain_failure(self, exc, self.lang, self.tr("Suggested matches"))

    def _fill(self, keep: tuple[str, str] | None = None) -> None:
        if keep is None:
            current = self._current()
            keep = (current.need_key, current.offer_key) if current is not None else None
        wanted = self.filter.currentData()
        shown = [s for s in self.found.values()
                 if not wanted or s.direction == wanted or (wanted == "confirmed" and s.status == "confirmed")]
        self.view.blockSignals(True)
        self.view.clear()
        chosen = None
        for s in shown:
            item = QTreeWidgetItem([str(s.score), self._need_text(s), self._offer_text(s), s.partner,
                                    self._decision_text(s.status)])
            item.setData(SCORE, KEY_ROLE, (s.need_key, s.offer_key))
            item.setTextAlignment(SCORE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(NEED, self._need_text(s))
            item.setToolTip(OFFER, self._offer_text(s))
            self.view.addTopLevelItem(item)
            if (s.need_key, s.offer_key) == keep:
                chosen = item
        self.view.blockSignals(False)
        if not shown:
            self.empty.setText(self._empty_text())
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        first = chosen or self.view.topLevelItem(0)
        if first is not None:
            self.view.setCurrentItem(first)
        self._show_current()

    def _empty_text(self) -> str:
        if self.found:
            return self.tr("No suggestion in this list. Choose another one above.")
        return self.tr(
            "No suggestion yet. Suggestions appear when your open needs (Needs tab) resemble offers on your "
            "partners' sheets (Board tab), or when their needs resemble what you lend to the network "
            "(Inventory tab).")

    def _need_text(self, s: Any) -> str:
        return s.need_title if s.direction == "we_need" else self.tr("%1 (their need)").replace("%1", s.need_title)

    def _offer_text(self, s: Any) -> str:
        return s.offer_title if s.direction == "we_need" else self.tr("%1 (ours)").replace("%1", s.offer_title)

    def _decision_text(self, status: str | None) -> str:
        return {"confirmed": self.tr("Confirmed"), "dismissed": self.tr("Dismissed")}.get(status or "", "")

    # ------------------------------------------------------------ the chosen suggestion

    def _current(self) -> Any:
        item = self.view.currentItem()
        if item is None:
            return None
        return self.found.get(item.data(SCORE, KEY_ROLE))

    def _show_current(self) -> None:
        s = self._current()
        for button in (self.confirm_button, self.dismiss_button, self.undo_button, self.request_button,
                       self.agreement_button):
            button.setEnabled(s is not None)
        if s is None:
            self.title.clear()
            self.reasons.clear()
            return
        if s.direction == "we_need":
            heading = self.tr("Our need “%1” and the offer “%2” from %3")
        else:
            heading = self.tr("The need “%1” from %3 and our “%2”")
        heading = heading.replace("%1", s.need_title).replace("%2", s.offer_title).replace("%3", s.partner)
        self.title.setText(f"<b>{plain_text.html(heading)}</b>")
        score_text = self.tr("Score: %1 out of 100").replace("%1", str(s.score))
        why, check = self.tr("Why it matched"), self.tr("To check")
        parts = [f"<p>{plain_text.html(score_text)}</p>", f"<p><b>{plain_text.html(why)}</b></p>",
                 self._bullets(s.reasons)]
        if s.checks:
            parts += [f"<p><b>{plain_text.html(check)}</b></p>", self._bullets(s.checks)]
        self.reasons.setHtml("".join(parts))
        self.confirm_button.setEnabled(s.status != "confirmed")
        self.dismiss_button.setEnabled(s.status != "dismissed")
        self.undo_button.setEnabled(s.status is not None)
        self.request_button.setText(self.tr("Ask to &borrow…") if s.direction == "we_need" else self.tr("Offer to &lend…"))
        self.agreement_button.setEnabled(s.status == "confirmed")
        self.agreement_button.setToolTip("" if s.status == "confirmed" else self.tr("Confirm the match first"))
        self.confirm_button.setDefault(s.status is None)
        self.agreement_button.setDefault(s.status == "confirmed")

    def _bullets(self, messages: list[Any]) -> str:
        items = "".join(f"<li>{plain_text.html(say(m, self.lang))}</li>" for m in messages)
        return f"<ul>{items}</ul>"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._primary()
                return True
            if event.key() == Qt.Key.Key_Delete:
                if self._current() is not None:
                    self._decide("dismissed")
                return True
        return super().eventFilter(watched, event)

    def _primary(self) -> None:
        """Enter or a double click: confirm, or, once confirmed, make the agreement."""
        s = self._current()
        if s is None:
            return
        if s.status == "confirmed":
            self._agreement()
        else:
            self._decide("confirmed")

    # ------------------------------------------------------------ actions

    def _decide(self, status: str | None) -> None:
        s = self._current()
        if s is None:
            return
        from partage_desktop.services.resources.matches import (  # deferred: after the first paint
            decide,
        )

        # a dismissed suggestion leaves the list: the next one is chosen instead
        keep = (s.need_key, s.offer_key)
        current = self.view.currentItem()
        if status == "dismissed" and not self.show_dismissed.isChecked() and current is not None:
            below = self.view.itemBelow(current) or self.view.itemAbove(current)
            keep = below.data(SCORE, KEY_ROLE) if below is not None else keep
        self._keep = keep
        try:
            decide(self.data, s.need_key, s.offer_key, status)
        except Exception as exc:  # noqa: BLE001 - worded for the user, or the bug dialog
            explain_failure(self, exc, self.lang, self.tr("Suggested matches"))
        # the change announced reloads the list (follow)

    def _agreement(self) -> None:
        s = self._current()
        if s is None or s.status != "confirmed":
            return
        self.make_agreement.emit(s.origin())

    def _request(self) -> None:
        s = self._current()
        if s is None:
            return
        from partage_desktop.services.resources.matches import (  # deferred: after the first paint
            request_text,
        )

        try:
            text = request_text(self.data, self.lang, s.need_key, s.offer_key)
        except Exception as exc:  # noqa: BLE001 - worded for the user, or the bug dialog
            explain_failure(self, exc, self.lang, self.tr("Suggested matches"))
            return
        RequestDialog(self, self.data, self.lang, text, s.direction == "we_need").exec()


class RequestDialog(QDialog):
    """The request text to copy into an e-mail or save: Partage sends nothing itself."""

    def __init__(self, parent: QWidget, data: DataDir, lang: str, text: str, borrow: bool) -> None:
        super().__init__(parent)
        self.setObjectName("matches-request-dialog")
        self.data, self.lang = data, lang
        self.setWindowTitle(self.tr("Ask to borrow") if borrow else self.tr("Offer to lend"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Partage sends nothing: copy this text into an email to the partner, or save it."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("matches-request-text")
        self.text.setAccessibleName(self.tr("Request text"))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("matches-request-copy")
        self.copy_button.clicked.connect(self.copy)
        self.save_button = buttons.addButton(self.tr("&Save…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("matches-request-save")
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.copy_button.setDefault(True)
        self.resize(560, 420)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

    def save(self) -> None:
        target = ask_save_path(self, self.data, self.tr("Save the request"), self.tr("request.txt"),
                               self.tr("Text (*.txt)"), ".txt")
        if target is None:
            return
        from partage_desktop.platform.atomic import write_text  # deferred: only when saving

        try:
            write_text(Path(target), self.text.toPlainText())
        except OSError as exc:
            explain_failure(self, exc, self.lang, self.tr("Save the request"))
            return
        remember_dir(self.data, Path(target).parent)
