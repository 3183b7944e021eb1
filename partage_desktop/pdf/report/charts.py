"""The funder report's bar charts: one bar group per month of the period (months without entries
at zero), month labels thinned to what fits ("janv. 2025" / "Jan 2025"), axis amounts in each
language's format; drawn with shapes so the embedded fonts are used."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth

from partage_desktop.core.journal.figures import (
    axis_amount,
    label_step,
    labelled,
    month_label,
    nice_ceiling,
)
from partage_desktop.pdf.fonts import SANS, SANS_BOLD

SERIES = {"saved": colors.HexColor("#2e7d32"), "avoided": colors.HexColor("#1f4e79"),
          "spent": colors.HexColor("#c62828"), "hours": colors.HexColor("#6d4c41")}
GRID = colors.HexColor("#d5dae1")
LABEL_SIZE = 6.5


def bar_chart(title: str, months: list[str], series: list[tuple[str, colors.Color, list[float]]], lang: str,
              width: float = 16 * cm, height: float = 6 * cm, unit: str = "", empty: str = "") -> Drawing:
    """Grouped bars, one group per month (``YYYY-MM``), with a legend under the axis; ``empty``
    is written across a chart with nothing to show."""
    d = Drawing(width, height, initialFontName=SANS)
    blank = not any(v > 0 for _, _, values in series for v in values)
    d.add(String(0, height - 10, title, fontName=SANS_BOLD, fontSize=9 if width > 10 * cm else 8))
    peak = nice_ceiling(max([v for _, _, values in series for v in values] + [0.0]))
    ticks = [axis_amount(peak, lang, unit), axis_amount(peak / 2, lang, unit)]
    left = max(stringWidth(t, SANS, 7) for t in ticks) + 6
    right, bottom, top = width - 2, 1.2 * cm, height - 0.9 * cm
    lines = [(peak, ticks[0]), (peak / 2, ticks[1]), (0.0, axis_amount(0, lang, unit))]
    for value, text in lines[-1:] if blank else lines:
        y = bottom + (top - bottom) * value / peak
        d.add(Line(left, y, right, y, strokeColor=GRID if value else colors.grey, strokeWidth=0.5))
        d.add(String(left - 4, y - 2.5, text, fontName=SANS, fontSize=7, textAnchor="end"))
    if blank and empty:
        d.add(String((left + right) / 2, (top + bottom) / 2, empty, fontName=SANS, fontSize=7.5, textAnchor="middle",
                     fillColor=colors.HexColor("#555555")))
    n = max(1, len(months))
    group = (right - left) / n
    bar = max(0.5, group * 0.8 / max(1, len(series)))
    widest = max([stringWidth(month_label(m, lang), SANS, LABEL_SIZE) for m in months] + [1.0])
    marks = labelled(months, label_step(len(months), int((right - left) // (widest * 1.4 + 8))))
    for i, month in enumerate(months):
        x = left + i * group
        for j, (_, color, values) in enumerate(series):
            h = (top - bottom) * (values[i] / peak) if values[i] > 0 else 0
            d.add(Rect(x + group * 0.1 + j * bar, bottom, bar, h, fillColor=color, strokeColor=None))
        if marks[i]:
            text = month_label(month, lang)
            middle = min(max(x + group / 2, left + stringWidth(text, SANS, LABEL_SIZE) / 2),
                         right - stringWidth(text, SANS, LABEL_SIZE) / 2)
            d.add(Line(x + group / 2, bottom, x + group / 2, bottom - 3, strokeColor=colors.grey, strokeWidth=0.5))
            d.add(String(middle, bottom - 11, text, fontName=SANS, fontSize=LABEL_SIZE, textAnchor="middle"))
    x = left
    for name, color, _ in series:
        d.add(Rect(x, 2, 7, 7, fillColor=color, strokeColor=None))
        d.add(String(x + 10, 3, name, fontName=SANS, fontSize=7))
        x += 10 + stringWidth(name, SANS, 7) + 12
    return d
