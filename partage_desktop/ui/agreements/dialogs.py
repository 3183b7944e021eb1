"""Dialogs of the agreements section: mark signed, terminate, compare two versions, verify a copy."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.agreements.compare import ADDED, CHANGED, Comparison
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import PartageError
from partage_desktop.services.agreements.copies import check_fingerprint, check_pdf
from partage_desktop.ui.app.sections import fit_screen
from partage_desktop.ui.widgets.date_field import DateField
from partage_desktop.ui.widgets.plain_text import html
from partage_desktop.ui.widgets.tasks import TaskRunner
from partage_desktop.words import say_error


def _date_edit(name: str, accessible: str, value: date) -> DateField:
    editor = DateField()
    editor.set_value(value)
    editor.setObjectName(name)
    editor.setAccessibleName(accessible)
    return editor


def _ok_needs_a_date(editor: DateField, buttons: QDialogButtonBox) -> None:
    """The dialog's OK waits while the date typed cannot be read (the field says why)."""
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    editor.line.textEdited.connect(lambda _t: ok.setEnabled(not editor.problem()))


def _to_date(editor: DateField) -> date:
    value = editor.value()
    assert value is not None  # a required date field keeps its last date
    return value


class SignDialog(QDialog):
    """The signature date and, optionally, the scanned signed copy."""

    def __init__(self, reference: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign-dialog")
        self.setWindowTitle(self.tr("Mark %1 as signed").replace("%1", reference))
        self.setMinimumWidth(560)
        self.scan: Path | None = None
        form = QFormLayout()
        self.signed_on = _date_edit("sign:date", self.tr("Signature date"), today)
        self.signed_on.setMaximumDate(QDate(today.year, today.month, today.day))
        date_label = QLabel(self.tr("&Signature date (when the last party signed):"))
        date_label.setBuddy(self.signed_on)
        form.addRow(date_label, self.signed_on)
        self.scan_label = QLabel(self.tr("No scanned copy attached (optional)."))
        self.scan_label.setObjectName("sign:scan-label")
        self.scan_label.setWordWrap(True)
        choose = QPushButton(self.tr("&Attach the scanned signed copy…"))
        choose.setObjectName("sign:scan")
        choose.clicked.connect(self.choose_scan)
        column = QVBoxLayout()
        column.addWidget(choose, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.scan_label)
        form.addRow(self.tr("Scan:"), column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark as &signed"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        _ok_needs_a_date(self.signed_on, buttons)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Record that every party signed the printed agreement. A copy of the scan "
                               "is kept in Partage's data folder."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choose_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Scanned signed copy"), "",
                                              self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"))
        if path:
            self.scan = Path(path)
            self.scan_label.setText(self.scan.name)

    def value(self) -> date:
        return _to_date(self.signed_on)


class TerminateDialog(QDialog):
    def __init__(self, reference: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("terminate-dialog")
        self.setWindowTitle(self.tr("Terminate %1").replace("%1", reference))
        layout = QVBoxLayout(self)
        warning = QLabel(self.tr("Terminating records that the parties ended this agreement before its "
                                 "term, as its termination article provides. It cannot be undone."))
        warning.setWordWrap(True)
        layout.addWidget(warning)
        form = QFormLayout()
        self.on = _date_edit("terminate:date", self.tr("Termination date"), today)
        label = QLabel(self.tr("&Termination date:"))
        label.setBuddy(self.on)
        form.addRow(label, self.on)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Terminate the agreement"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        _ok_needs_a_date(self.on, buttons)
        layout.addWidget(buttons)

    def value(self) -> date:
        return _to_date(self.on)


class CompareDialog(QDialog):
    """Changed fields and clauses side by side: what, before, after."""

    def __init__(self, title: str, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare-dialog")
        self.setWindowTitle(title)
        fit_screen(self, 960, 620)
        kinds = {CHANGED: self.tr("changed"), ADDED: self.tr("added"), "removed": self.tr("removed")}
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("compare-table")
        self.table.setAccessibleName(self.tr("Differences between the two versions"))
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Before"), self.tr("After")])
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 230)
        rows: list[tuple[str, str, str]] = [(c.label, c.before, c.after) for c in comparison.fields]
        for c in comparison.clauses:
            number = c.number_after or c.number_before
            what = self.tr("Clause %1 (%2), %3").replace("%1", number or "—").replace("%2", c.article) \
                .replace("%3", kinds[c.kind])
            if c.edited:
                what += " — " + self.tr("own wording")
            rows.append((what, c.before, c.after))
        for what, before, after in rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for col, text in enumerate((what, before or "—", after or "—")):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(r, col, item)
        self.table.resizeRowsToContents()
        summary = QLabel(self.tr("%1 detail(s) and %2 clause(s) differ.")
                         .replace("%1", str(len(comparison.fields))).replace("%2", str(len(comparison.clauses)))
                         if not comparison.empty else self.tr("The two versions are identical."))
        summary.setObjectName("compare-summary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


class VerifyCopyDialog(QDialog):
    """Choose a PDF or type the fingerprint printed on a paper copy; the check runs off the UI thread."""

    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verify-dialog")
        self.setWindowTitle(self.tr("Verify a copy"))
        fit_screen(self, 660, 460)
        self.data, self.lang, self.tasks = data, lang, tasks
        intro = QLabel(self.tr("Is this copy the one you recorded, unaltered? Choose the PDF file you "
                               "received, or type the fingerprint printed at the bottom of a paper copy."))
        intro.setWordWrap(True)
        choose = QPushButton(self.tr("Choose a &PDF…"))
        choose.setObjectName("verify:choose-pdf")
        choose.clicked.connect(self.choose_pdf)
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("verify:fingerprint")
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        self.fingerprint.setPlaceholderText("7K3F-Q9M2-XW4P-8D1C")
        self.fingerprint.returnPressed.connect(self.check_fingerprint)
        label = QLabel(self.tr("&Fingerprint:"))
        label.setBuddy(self.fingerprint)
        check = QPushButton(self.tr("&Check"))
        check.setObjectName("verify:check")
        check.clicked.connect(self.check_fingerprint)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.fingerprint, 1)
        row.addWidget(check)
        self.verdict = QLabel()
        self.verdict.setTextFormat(Qt.TextFormat.RichText)  # the verdict in colour; the message escaped
        self.verdict.setObjectName("verify:result")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = ""
        self.signatures = SignaturesView()
        self.signatures.hide()
        self.signature_check = None  # the signatures of the PDF last verified (a SignatureCheck)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(choose)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.signatures, 1)
        layout.addStretch(0)
        layout.addWidget(buttons)

    def choose_pdf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Copy to verify"), "", self.tr("PDF files (*.pdf)"))
        if path:
            self.verify_pdf(Path(path))

    def verify_pdf(self, path: Path) -> None:
        self._start(lambda: check_pdf(self.data, path, self.lang))

    def check_fingerprint(self) -> None:
        text = self.fingerprint.text().strip()
        if text:
            self._start(lambda: check_fingerprint(self.data, text, self.lang))

    def _start(self, work) -> None:  # noqa: ANN001
        self.status = "busy"
        self.verdict.setText(_html(self.tr("Checking…")))
        self.signatures.hide()
        self.signature_check = None
        self.tasks.run(work, self._done, self._failed)

    def _done(self, outcome) -> None:  # noqa: ANN001
        self.signature_check = getattr(outcome, "signatures", None)  # a signed PDF's signatures
        self.signatures.show_check(self.signature_check)
        self.status = outcome.status
        # green only for a copy identical to the version recorded here (or a typed fingerprint
        # found here); a genuine export this folder cannot vouch for is a warning, never green
        colour = "#1b5e20" if outcome.ok else "#8a4b00" if outcome.warning else "#b00020"
        marks = {
            "identical": self.tr("Identical to the recorded version"),
            "found": self.tr("Found"),
            "mismatch": self.tr("Warning: does not match the recorded version"),
            "unknown": self.tr("Not recorded here"),
            "unchecked": self.tr("Recorded here, but never checked"),
        }
        mark = marks.get(outcome.status, self.tr("Not verified"))
        if getattr(outcome, "signatures_broken", False):
            mark = self.tr("Warning: changed after it was signed")
        self.verdict.setText(f"<b style='color:{colour}'>{mark}</b><br>{_html(outcome.message)}")

    def _failed(self, exc: BaseException) -> None:
        self.status = "error"
        message = say_error(exc, self.lang) if isinstance(exc, (PartageError, OSError)) else self.tr("The copy could not be checked.")
        self.verdict.setText(_html(message))


def _html(text: str) -> str:
    return html(text)


class SignaturesView(QScrollArea):
    """The electronic signatures of a verified PDF, in plain words: for each, who signed for which
    party, when (as the signer's computer said), intact or not, trusted or not; first and in red,
    anything added to the file after a signature."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verify:signatures-area")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.label = QLabel()
        self.label.setObjectName("verify:signatures")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWidget(self.label)

    def text(self) -> str:
        return self.label.text()

    def show_check(self, check) -> None:  # noqa: ANN001 - a SignatureCheck, or None
        if check is None or (not check.signatures and not check.added_after):
            self.label.clear()
            self.hide()
            return
        parts = []
        if check.changed or check.added_after:
            colour = "#b00020" if check.changed else "#8a4b00"
            title = self.tr("Warning: the file was changed after it was signed") if check.changed \
                else self.tr("Added after the last signature")
            parts.append(f"<p style='color:{colour}'><b>{_html(title)}</b><br>"
                         + "<br>".join(_html(line) for line in check.added_after) + "</p>")
        count = len(check.signatures)
        if count:
            heading = self.tr("Electronic signature") if count == 1 else \
                self.tr("%1 electronic signatures").replace("%1", str(count))
            items = []
            for report in check.signatures:
                if report.good and report.trusted:
                    mark, colour = self.tr("Intact, trusted signer"), "#1b5e20"
                elif report.good:
                    mark, colour = self.tr("Intact, signer not among your trusted certificates"), "#8a4b00"
                else:
                    mark, colour = self.tr("Not intact"), "#b00020"
                items.append(f"<li><b style='color:{colour}'>{_html(mark)}</b><br>{_html(report.message)}</li>")
            parts.append(f"<p><b>{_html(heading)}</b></p><ol>{''.join(items)}</ol>")
            if check.hint:
                parts.append(f"<p>{_html(check.hint)}</p>")
            parts.append("<p>" + _html(self.tr(
                "The time of a signature is the one the signer's computer showed: no independent service "
                "confirms it.")) + "</p>")
        self.label.setText("".join(parts))
        self.show()
