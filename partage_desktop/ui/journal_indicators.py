"""Indicators of the journal: figures, monthly charts drawn with QPainter (QtCharts is not
shipped, to keep the install small), per-partner table and the partnership health check-ups."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import journal as vocab
from ..core.journal import Scope
from ..datadir import DataDir
from ..services import journal_indicators as service
from .i18n import format_date, format_money, locale_for
from .sections import heading
from .tasks import TaskRunner

COLORS = {"hours": QColor("#6d4c41"), "saved": QColor("#2e7d32"), "avoided": QColor("#1f4e79"),
          "spent": QColor("#c62828")}


class BarChart(QWidget):
    """Grouped bars per month with a legend; colours are paired with legend text, never alone."""

    def __init__(self, title: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.locale = locale_for(lang)
        self.categories: list[str] = []
        self.series: list[tuple[str, QColor, list[float]]] = []
        self.setMinimumHeight(190)

    def set_data(self, categories: list[str], series: list[tuple[str, QColor, list[float]]]) -> None:
        self.categories, self.series = categories, series
        self.setAccessibleName(self.title)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        p.setPen(self.palette().text().color())
        bold = p.font()
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRectF(0, 0, w, 18), Qt.AlignmentFlag.AlignLeft, self.title)
        bold.setBold(False)
        p.setFont(bold)
        left, top, bottom = 48.0, 26.0, h - 40.0
        peak = max([v for _, _, vals in self.series for v in vals] + [0.0]) or 1.0
        p.drawLine(int(left), int(bottom), w - 4, int(bottom))
        p.drawText(QRectF(0, top - 6, left - 4, 14), Qt.AlignmentFlag.AlignRight, self.locale.toString(round(peak)))
        p.drawText(QRectF(0, bottom - 8, left - 4, 14), Qt.AlignmentFlag.AlignRight, "0")
        if not self.categories:
            p.drawText(QRectF(left, top, w - left, bottom - top), Qt.AlignmentFlag.AlignCenter, self.tr("No data yet"))
        n = max(1, len(self.categories))
        group = (w - left - 4) / n
        bar = max(1.0, group * 0.8 / max(1, len(self.series)))
        step = max(1, int(n // max(1, (w - left) // 48)))
        for i, category in enumerate(self.categories):
            for j, (_, color, values) in enumerate(self.series):
                height = (bottom - top) * values[i] / peak if values[i] > 0 else 0
                p.fillRect(QRectF(left + i * group + group * 0.1 + j * bar, bottom - height, bar, height), color)
            if i % step == 0:
                p.drawText(QRectF(left + i * group - 10, bottom + 2, group + 20, 14), Qt.AlignmentFlag.AlignCenter,
                           category)
        x = left
        for name, color, _ in self.series:
            p.fillRect(QRectF(x, h - 16, 10, 10), color)
            p.drawText(QRectF(x + 14, h - 19, 200, 16), Qt.AlignmentFlag.AlignLeft, name)
            x += 24 + p.fontMetrics().horizontalAdvance(name)
        p.end()


class CheckupDialog(QDialog):
    """The ten questions of the partnership health check-up, each answered 1 to 5."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-checkup")
        self.setWindowTitle(self.tr("Partnership health check-up"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("1 = not at all, 5 = completely")), 0, 0, 1, 6)
        self.groups: dict[str, QButtonGroup] = {}
        for row, question in enumerate(vocab.HEALTH_QUESTIONS, start=1):
            label = QLabel(question.text(lang))
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            for value in range(1, 6):
                button = QRadioButton(str(value))
                button.setObjectName(f"checkup:{question.id}:{value}")
                button.setAccessibleName(f"{question.text(lang)} {value}")
                group.addButton(button, value)
                grid.addWidget(button, row, value)
            self.groups[question.id] = group
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def answers(self) -> dict[str, int]:
        return {qid: g.checkedId() for qid, g in self.groups.items() if g.checkedId() > 0}


class IndicatorsPanel(QWidget):
    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-indicators")
        self.data, self.lang, self.tasks = data, lang, tasks
        self.project_id: int | None = None
        self.figures = QLabel()
        self.figures.setObjectName("journal-figures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.hours_chart = BarChart(self.tr("Hours invested per month"), lang)
        self.money_chart = BarChart(self.tr("Savings, avoided costs and spending per month"), lang)
        self.partners = QTableWidget(0, 6)
        self.partners.setObjectName("journal-partner-figures")
        self.partners.setHorizontalHeaderLabels([self.tr("Organization"), self.tr("Hours"), self.tr("Savings"),
                                                 self.tr("Avoided costs"), self.tr("Spending"), self.tr("Net benefit")])
        self.partners.horizontalHeader().setStretchLastSection(True)
        self.partners.setColumnWidth(0, 260)
        self.partners.verticalHeader().hide()
        self.partners.setMinimumHeight(120)
        self.health = QLabel()
        self.health.setObjectName("journal-health")
        self.health.setWordWrap(True)
        self.checkup_button = QPushButton(self.tr("Do a &health check-up…"))
        self.checkup_button.setObjectName("journal-new-checkup")
        self.checkup_button.clicked.connect(self.new_checkup)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.figures)
        charts = QHBoxLayout()
        charts.addWidget(self.hours_chart)
        charts.addWidget(self.money_chart)
        layout.addLayout(charts)
        layout.addWidget(heading(self.tr("By partner"), 2))
        layout.addWidget(self.partners)
        layout.addWidget(heading(self.tr("Partnership health"), 2))
        layout.addWidget(self.health)
        row = QHBoxLayout()
        row.addWidget(self.checkup_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_for(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.checkup_button.setEnabled(project_id is not None)
        self.tasks.run(lambda: (service.indicators(self.data, Scope(project_id)),
                                service.checkups(self.data, project_id) if project_id else []), self._show)

    def _show(self, result: tuple[service.Indicators, list[service.Checkup]]) -> None:
        figures, checkups = result
        money = lambda v: format_money(v, self.lang)  # noqa: E731
        hours = f"{figures.hours}".replace(".", ",") if self.lang == "fr" else f"{figures.hours}"
        self.figures.setText(
            f"<p><b>{self.tr('Hours invested')}</b> : {hours} h &nbsp; · &nbsp; <b>{self.tr('Savings')}</b> : "
            f"{money(figures.saved)} &nbsp; · &nbsp; <b>{self.tr('Avoided costs')}</b> : {money(figures.avoided)}"
            f" &nbsp; · &nbsp; <b>{self.tr('Spending')}</b> : {money(figures.spent)}</p>"
            f"<p style='font-size:large'><b>{self.tr('Net benefit')}</b> : {money(figures.net)}</p>"
            if self.lang == "fr" else
            f"<p><b>Hours invested</b>: {hours} h &nbsp; · &nbsp; <b>Savings</b>: {money(figures.saved)} &nbsp; · "
            f"&nbsp; <b>Avoided costs</b>: {money(figures.avoided)} &nbsp; · &nbsp; <b>Spending</b>: "
            f"{money(figures.spent)}</p><p style='font-size:large'><b>Net benefit</b>: {money(figures.net)}</p>")
        months = figures.months[-18:]
        cats = [m.month[2:] for m in months]
        self.hours_chart.set_data(cats, [(self.tr("Hours invested"), COLORS["hours"], [float(m.hours) for m in months])])
        self.money_chart.set_data(cats, [(self.tr("Savings"), COLORS["saved"], [float(m.saved) for m in months]),
                                         (self.tr("Avoided costs"), COLORS["avoided"], [float(m.avoided) for m in months]),
                                         (self.tr("Spending"), COLORS["spent"], [float(m.spent) for m in months])])
        self.partners.setRowCount(len(figures.partners))
        for row, p in enumerate(figures.partners):
            values = [p.name or self.tr("(no organization given)"), str(p.hours).replace(".", ",")
                      if self.lang == "fr" else str(p.hours), money(p.saved), money(p.avoided), money(p.spent),
                      money(p.net)]
            for column, value in enumerate(values):
                self.partners.setItem(row, column, QTableWidgetItem(value))
        if self.project_id is None:
            self.health.setText(self.tr("Choose a project to see its health check-ups."))
        elif not checkups:
            self.health.setText(self.tr("No check-up yet. Ten quick questions on trust, fairness, communication, "
                                        "roles and satisfaction; repeat it every few months to see the trend."))
        else:
            trend = {"up": self.tr("improving"), "down": self.tr("declining"), "steady": self.tr("steady")}[
                vocab.trend([c.score for c in checkups])]
            history = " → ".join(f"{format_date(c.taken_on, self.lang)} : {c.score:.0f}/100" if self.lang == "fr"
                                 else f"{format_date(c.taken_on, self.lang)}: {c.score:.0f}/100" for c in checkups[-5:])
            self.health.setText(self.tr("Trend: %1. %2").replace("%1", trend).replace("%2", history))

    def new_checkup(self) -> None:
        if self.project_id is None:
            return
        dialog = CheckupDialog(self.lang, self)
        if dialog.exec() and dialog.answers():
            service.save_checkup(self.data, self.project_id, date.today(), dialog.answers())
            self.show_for(self.project_id)
