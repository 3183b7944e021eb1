"""Indicators of the journal: figures, monthly charts of the whole or of one partner, the
per-partner table, what the shared resources did (loans, days used, organizations served, estimated
savings, use rate per resource) and the partnership health check-ups, for the project and period
chosen above."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.formatting import format_date as long_date
from partage_desktop.core.formatting import format_percent
from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.core.journal.vocabulary import Scope
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.journal import indicators as service
from partage_desktop.services.journal.content import health_questions
from partage_desktop.ui.app.i18n import format_date, format_money
from partage_desktop.ui.app.sections import heading
from partage_desktop.ui.journal.chart import BarChart
from partage_desktop.ui.widgets.tasks import TaskRunner

RESOURCE_ROWS = 100  # resources listed by use, most used first; the figures above count them all
COLORS = {"hours": QColor("#6d4c41"), "saved": QColor("#2e7d32"), "avoided": QColor("#1f4e79"),
          "spent": QColor("#c62828")}


class CheckupDialog(QDialog):
    """The ten questions of the partnership health check-up, each answered 1 to 5."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-checkup")
        self.setWindowTitle(self.tr("Partnership health check-up"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("1 = not at all, 5 = completely")), 0, 0, 1, 6)
        self.groups: dict[str, QButtonGroup] = {}
        for row, question in enumerate(health_questions(), start=1):
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
    """Figures, charts, the per-partner table and check-ups of the project and period chosen above
    the tabs: the same project and period the funder report covers."""

    WHOLE = "whole"  # the chart choice "the whole project"; None is "Not attributed"

    def __init__(self, data: DataDir, lang: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-indicators")
        self.data, self.lang, self.tasks = data, lang, tasks
        self.project_id: int | None = None
        self.date_from: date | None = None
        self.date_to: date | None = None
        self.current: service.Indicators | None = None
        self._generation = 0
        self.period = QLabel()
        self.period.setObjectName("journal-indicators-period")
        self.period.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setObjectName("journal-figures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)
        self.chart_for = QComboBox()
        self.chart_for.setObjectName("journal-chart-for")
        self.chart_for.setMinimumWidth(280)
        self.chart_for.currentIndexChanged.connect(lambda _: self._draw_charts())
        chart_for_label = QLabel(self.tr("Chart&s for:"))
        chart_for_label.setBuddy(self.chart_for)
        self.chart_for.setAccessibleName(self.tr("Charts for"))
        self.hours_chart = BarChart(self.tr("Hours invested per month"), lang)
        self.money_chart = BarChart(self.tr("Savings, avoided costs and spending per month"), lang, unit="$")
        self.partners = QTableWidget(0, 6)
        self.partners.setObjectName("journal-partner-figures")
        self.partners.setAccessibleName(self.tr("By partner"))
        self.partners.setHorizontalHeaderLabels([self.tr("Organization"), self.tr("Hours"), self.tr("Savings"),
                                                 self.tr("Avoided costs"), self.tr("Spending"), self.tr("Net benefit")])
        header = self.partners.horizontalHeader()  # the names take what the figures leave
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.partners.verticalHeader().hide()
        self.partners.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.partners.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.partners.cellClicked.connect(self._partner_clicked)
        shares = QLabel(self.tr("Hours count for the organization that invested them. An entry's amount is divided "
                                "equally among the partners named on it (to the cent); the amount of an entry that "
                                "names no partner goes to “Not attributed”. The rows add up to the totals. Click a "
                                "row to see that partner month by month."))
        shares.setObjectName("journal-shares-note")
        shares.setWordWrap(True)
        self.resources_heading = heading(self.tr("Shared resources"), 2)
        self.resources_heading.setObjectName("journal-resources-heading")
        self.resource_figures = QLabel()
        self.resource_figures.setObjectName("journal-resource-figures")
        self.resource_figures.setTextFormat(Qt.TextFormat.RichText)
        self.resource_figures.setWordWrap(True)
        self.resource_use = QTableWidget(0, 5)
        self.resource_use.setObjectName("journal-resource-use")
        self.resource_use.setAccessibleName(self.tr("Use of each resource"))
        self.resource_use.setHorizontalHeaderLabels([self.tr("Resource"), self.tr("Loans"), self.tr("Days used"),
                                                     self.tr("Use rate"), self.tr("Estimated savings")])
        header = self.resource_use.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.resource_use.verticalHeader().hide()
        self.resource_use.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.resource_use.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.resources_note = QLabel(self.tr(
            "A loan is a booking that was picked up. A day counts when any part of it is used. The use rate is "
            "the days a resource was booked (approved or lent) over the days of the period. The savings are an "
            "estimate: the value per day typed on a resource times the days it was lent; resources without a "
            "value add nothing."))
        self.resources_note.setObjectName("journal-resources-note")
        self.resources_note.setWordWrap(True)
        self.health = QLabel()
        self.health.setObjectName("journal-health")
        self.health.setWordWrap(True)
        self.checkup_button = QPushButton(self.tr("Do a &health check-up…"))
        self.checkup_button.setObjectName("journal-new-checkup")
        self.checkup_button.clicked.connect(self.new_checkup)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.period)
        layout.addWidget(self.figures)
        choose = QHBoxLayout()
        choose.addWidget(chart_for_label)
        choose.addWidget(self.chart_for)
        choose.addStretch(1)
        layout.addLayout(choose)
        charts = QHBoxLayout()
        charts.addWidget(self.hours_chart)
        charts.addWidget(self.money_chart)
        layout.addLayout(charts)
        layout.addWidget(heading(self.tr("By partner"), 2))
        layout.addWidget(self.partners)
        layout.addWidget(shares)
        for widget in (self.resources_heading, self.resource_figures, self.resource_use, self.resources_note):
            layout.addWidget(widget)
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
        self._show_resources(None)

    def show_for(self, project_id: int | None, date_from: date | None = None, date_to: date | None = None) -> None:
        """Load the figures of ``project_id`` (None: all projects) between the two days (open ends
        when None) off the UI thread."""
        self.project_id, self.date_from, self.date_to = project_id, date_from, date_to
        self.checkup_button.setEnabled(project_id is not None)
        self._generation += 1
        generation = self._generation
        if date_from and date_to and date_from > date_to:
            self.period.setText(self.tr("The start date (%1) is after the end date (%2): swap them above to see "
                                        "the indicators of that period.")
                                .replace("%1", long_date(date_from, self.lang))
                                .replace("%2", long_date(date_to, self.lang)))
            self._clear()
            return
        self.period.setText(self._period_text())
        scope = Scope(project_id, date_from, date_to)

        def show(result: Any) -> None:
            if generation == self._generation:  # a newer request replaced this one
                self._show(result)

        self.tasks.run(lambda: (service.indicators(self.data, scope),
                                service.checkups(self.data, project_id, date_from, date_to) if project_id else []),
                       show)

    def _period_text(self) -> str:
        if self.date_from is None and self.date_to is None:
            return self.tr("Period: the whole journal. Choose dates above (From, to) to see a period; the funder "
                           "report covers the same period.")
        start = long_date(self.date_from, self.lang) if self.date_from else "…"
        end = long_date(self.date_to, self.lang) if self.date_to else "…"
        return self.tr("Period: from %1 to %2, as chosen above; the funder report covers the same period.") \
            .replace("%1", start).replace("%2", end)

    def _clear(self) -> None:
        self.current = None
        self.figures.setText("")
        self.partners.setRowCount(0)
        self._fit_table()
        self.chart_for.clear()
        self.chart_for.setEnabled(False)
        self.hours_chart.set_data([], [], self.tr("Hours invested per month"))
        self.money_chart.set_data([], [], self.tr("Savings, avoided costs and spending per month"))
        self.health.setText("")
        self._show_resources(None)

    def _show(self, result: tuple[service.Indicators, list[service.Checkup]]) -> None:
        figures, checkups = result
        self.current = figures
        money = lambda v: format_money(v, self.lang)  # noqa: E731
        hours = self._hours(figures.hours)
        self.figures.setText(
            f"<p><b>{self.tr('Hours invested')}</b> : {hours} h &nbsp; · &nbsp; <b>{self.tr('Savings')}</b> : "
            f"{money(figures.saved)} &nbsp; · &nbsp; <b>{self.tr('Avoided costs')}</b> : {money(figures.avoided)}"
            f" &nbsp; · &nbsp; <b>{self.tr('Spending')}</b> : {money(figures.spent)}</p>"
            f"<p style='font-size:large'><b>{self.tr('Net benefit')}</b> : {money(figures.net)}</p>"
            if self.lang == "fr" else
            f"<p><b>Hours invested</b>: {hours} h &nbsp; · &nbsp; <b>Savings</b>: {money(figures.saved)} &nbsp; · "
            f"&nbsp; <b>Avoided costs</b>: {money(figures.avoided)} &nbsp; · &nbsp; <b>Spending</b>: "
            f"{money(figures.spent)}</p><p style='font-size:large'><b>Net benefit</b>: {money(figures.net)}</p>")
        keep = self.chart_for.currentData() if self.chart_for.count() else self.WHOLE
        self.chart_for.blockSignals(True)
        self.chart_for.clear()
        self.chart_for.addItem(self.tr("All projects") if self.project_id is None else self.tr("The whole project"),
                               self.WHOLE)
        for p in figures.partners:
            self.chart_for.addItem(p.name or self.tr("Not attributed"), p.organization_id)
        self.chart_for.setCurrentIndex(max(0, self.chart_for.findData(keep)))
        self.chart_for.setEnabled(True)
        self.chart_for.blockSignals(False)
        self._draw_charts()
        rows = [(p.name or self.tr("Not attributed"), p.hours, p.saved, p.avoided, p.spent, p.net)
                for p in figures.partners]
        if rows:
            rows.append((self.tr("Total"), figures.hours, figures.saved, figures.avoided, figures.spent, figures.net))
        self.partners.setRowCount(len(rows))
        for row, (name, *values) in enumerate(rows):
            cells = [name, self._hours(values[0])] + [money(v) for v in values[1:]]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row == len(figures.partners):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.partners.setItem(row, column, item)
        self._fit_table()
        self._show_resources(figures.resources)
        self._show_health(checkups)

    def _show_resources(self, used: service.ResourceFigures | None) -> None:
        """Loans, days, organizations served and estimated savings, then each resource's use (most
        used first); hidden while no resource is recorded."""
        shown = used is not None and bool(used.resources)
        for widget in (self.resources_heading, self.resource_figures, self.resource_use, self.resources_note):
            widget.setVisible(shown)
        if used is None or not shown:
            self.resource_use.setRowCount(0)
            return
        sep = "\u00a0: " if self.lang == "fr" else ": "
        money = format_money(used.saved, self.lang)
        parts = [(self.tr("Loans"), str(used.loans)), (self.tr("Days used"), str(used.days_used)),
                 (self.tr("Organizations served"), str(used.organizations)),
                 (self.tr("Estimated savings"), money)]
        listed = used.resources[:RESOURCE_ROWS]
        more = "" if len(listed) == len(used.resources) else "<p>" + self.tr(
            "The table lists the %1 most used of the %2 resources.").replace("%1", str(len(listed))).replace(
            "%2", str(len(used.resources))) + "</p>"
        self.resource_figures.setText("<p>" + " &nbsp; · &nbsp; ".join(f"<b>{k}</b>{sep}{v}" for k, v in parts)
                                      + "</p>" + more)
        self.resource_use.setRowCount(len(listed))
        for row, use in enumerate(listed):
            cells = [use.title, str(use.loans), str(use.days_used),
                     format_percent(use.use_rate, self.lang) if use.use_rate is not None else "—",
                     format_money(use.saved, self.lang) if use.saved is not None else "—"]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.resource_use.setItem(row, column, item)
        table = self.resource_use
        rows = sum(table.rowHeight(r) for r in range(min(table.rowCount(), 12))) \
            or table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2)

    def _fit_table(self) -> None:
        """As tall as its rows (the Total row always in view), the page scrolling instead."""
        table = self.partners
        rows = sum(table.rowHeight(r) for r in range(table.rowCount())) or table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2)

    def _hours(self, value: Decimal) -> str:
        return str(value).replace(".", ",") if self.lang == "fr" else str(value)

    def _draw_charts(self) -> None:
        figures = self.current
        if figures is None:
            return
        choice = self.chart_for.currentData()
        partner = figures.partner(choice) if choice != self.WHOLE else None
        months = list(partner.months) if partner is not None else figures.months
        suffix = f" — {self.chart_for.currentText()}" if partner is not None else ""
        cats = [m.month for m in months]
        self.hours_chart.set_data(cats, [(self.tr("Hours invested"), COLORS["hours"],
                                          [float(m.hours) for m in months])],
                                  self.tr("Hours invested per month") + suffix)
        self.money_chart.set_data(cats, [(self.tr("Savings"), COLORS["saved"], [float(m.saved) for m in months]),
                                         (self.tr("Avoided costs"), COLORS["avoided"], [float(m.avoided) for m in months]),
                                         (self.tr("Spending"), COLORS["spent"], [float(m.spent) for m in months])],
                                  self.tr("Savings, avoided costs and spending per month") + suffix)

    def _partner_clicked(self, row: int, _column: int) -> None:
        if self.current is not None and row < len(self.current.partners):
            self.chart_for.setCurrentIndex(self.chart_for.findData(self.current.partners[row].organization_id))
        else:
            self.chart_for.setCurrentIndex(0)  # the Total row: the whole project

    def _show_health(self, checkups: list[service.Checkup]) -> None:
        if self.project_id is None:
            self.health.setText(self.tr("Choose a project to see its health check-ups."))
        elif not checkups and (self.date_from or self.date_to):
            self.health.setText(self.tr("No check-up was done in this period. Ten quick questions on trust, fairness, "
                                        "communication, roles and satisfaction; repeat it every few months to see "
                                        "the trend."))
        elif not checkups:
            self.health.setText(self.tr("No check-up yet. Ten quick questions on trust, fairness, communication, "
                                        "roles and satisfaction; repeat it every few months to see the trend."))
        else:
            trend = {"up": self.tr("improving"), "down": self.tr("declining"), "steady": self.tr("steady")}[
                vocab.trend([c.score for c in checkups])]
            history = " → ".join(f"{format_date(c.taken_on, self.lang)} : {c.score:.0f}/100" if self.lang == "fr"
                                 else f"{format_date(c.taken_on, self.lang)}: {c.score:.0f}/100" for c in checkups[-5:])
            self.health.setText(self.tr("Trend: %1. %2").replace("%1", trend).replace("%2", history))

    def new_checkup(self) -> None:
        if self.project_id is None:
            return
        dialog = CheckupDialog(self.lang, self)
        if dialog.exec() and dialog.answers():
            service.save_checkup(self.data, self.project_id, date.today(), dialog.answers())
            self.show_for(self.project_id, self.date_from, self.date_to)
