"""The Indicators tab's bar chart, drawn with QPainter (QtCharts is not shipped, to keep the install
small): one bar group per month of the period, month labels thinned to what fits, round axis."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from partage_desktop.core.journal.figures import (
    axis_amount,
    label_step,
    labelled,
    month_label,
    nice_ceiling,
)


class BarChart(QWidget):
    """Grouped bars per month (``YYYY-MM``) with a legend; colours are paired with legend text,
    never alone. ``unit`` "$" writes the axis as amounts in the user's language."""

    def __init__(self, title: str, lang: str, unit: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.lang, self.unit = title, lang, unit
        self.months: list[str] = []
        self.series: list[tuple[str, QColor, list[float]]] = []
        self.setMinimumHeight(200)
        self.setAccessibleName(title)

    def set_data(self, months: list[str], series: list[tuple[str, QColor, list[float]]],
                 title: str | None = None) -> None:
        self.months, self.series = months, series
        if title is not None:
            self.title = title
            self.setAccessibleName(title)
        self.update()

    def month_labels(self, width: float) -> list[str]:
        """The label under each month ("" for those left unlabelled so the others stay readable)."""
        texts = [month_label(m, self.lang) for m in self.months]
        widest = max([self.fontMetrics().horizontalAdvance(t) for t in texts] + [1])
        marks = labelled(self.months, label_step(len(self.months), int(width // (widest * 1.4 + 10))))
        return [t if mark else "" for t, mark in zip(texts, marks, strict=True)]

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        text_colour = self.palette().text().color()
        p.setPen(text_colour)
        bold = p.font()
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRectF(0, 0, w, 18), Qt.AlignmentFlag.AlignLeft,
                   p.fontMetrics().elidedText(self.title, Qt.TextElideMode.ElideRight, w))
        bold.setBold(False)
        p.setFont(bold)
        metrics = p.fontMetrics()
        peak = nice_ceiling(max([v for _, _, vals in self.series for v in vals] + [0.0]))
        ticks = [(peak, axis_amount(peak, self.lang, self.unit)), (peak / 2, axis_amount(peak / 2, self.lang, self.unit)),
                 (0.0, axis_amount(0, self.lang, self.unit))]
        left = max(metrics.horizontalAdvance(t) for _, t in ticks) + 10.0
        top, bottom, right = 28.0, h - 42.0, w - 4.0
        grid = QColor(text_colour)
        grid.setAlpha(50)
        blank = not any(v > 0 for _, _, vals in self.series for v in vals)
        for value, text in ticks[-1:] if blank else ticks:
            y = bottom - (bottom - top) * value / peak
            p.setPen(grid if value else text_colour)
            p.drawLine(int(left), int(y), int(right), int(y))
            p.setPen(text_colour)
            p.drawText(QRectF(0, y - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        if blank:
            p.drawText(QRectF(left, top, right - left, bottom - top), Qt.AlignmentFlag.AlignCenter,
                       self.tr("Nothing recorded in this period"))
        n = max(1, len(self.months))
        group = (right - left) / n
        bar = max(1.0, group * 0.8 / max(1, len(self.series)))
        for i, text in enumerate(self.month_labels(right - left)):
            x = left + i * group
            for j, (_, color, values) in enumerate(self.series):
                height = (bottom - top) * values[i] / peak if values[i] > 0 else 0
                p.fillRect(QRectF(x + group * 0.1 + j * bar, bottom - height, bar, height), color)
            if text:
                half = metrics.horizontalAdvance(text) / 2 + 2
                middle = min(max(x + group / 2, left + half), right - half)
                p.drawLine(int(x + group / 2), int(bottom), int(x + group / 2), int(bottom + 3))
                p.drawText(QRectF(middle - half, bottom + 4, 2 * half, 16), Qt.AlignmentFlag.AlignCenter, text)
        x = left
        for name, color, _ in self.series:
            p.fillRect(QRectF(x, h - 16, 10, 10), color)
            p.drawText(QRectF(x + 14, h - 19, metrics.horizontalAdvance(name) + 4, 16), Qt.AlignmentFlag.AlignLeft, name)
            x += 28 + metrics.horizontalAdvance(name)
        p.end()
