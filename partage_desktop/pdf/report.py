"""The funder report PDF: table of contents, the project, partners, agreements, activities,
results, indicators with charts, health check-ups, difficulties and next steps; French or English.
Embedded DejaVu fonts only; every user value is escaped before it reaches ReportLab markup."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from ..core import journal as vocab
from ..core.formatting import format_date, format_decimal, format_money
from ..services.journal_report import ReportData, ReportEntry
from .fonts import SANS, SANS_BOLD, SERIF, SERIF_ITALIC, register_fonts
from .report_labels import labels

ACCENT = colors.HexColor("#1f4e79")
SERIES = {"saved": colors.HexColor("#2e7d32"), "avoided": colors.HexColor("#1f4e79"),
          "spent": colors.HexColor("#c62828"), "hours": colors.HexColor("#6d4c41")}


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=SERIF, fontSize=10, leading=14, spaceAfter=4)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        "head": ParagraphStyle("head", parent=body, fontName=SANS_BOLD, fontSize=9, leading=11.5,
                               textColor=colors.white, spaceAfter=0),
        "title": ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=22, leading=28,
                                textColor=ACCENT, spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontName=SANS, fontSize=13, leading=18),
        "H1": ParagraphStyle("H1", parent=body, fontName=SANS_BOLD, fontSize=15, leading=20,
                             textColor=ACCENT, spaceBefore=14, spaceAfter=8),
        "H2": ParagraphStyle("H2", parent=body, fontName=SANS_BOLD, fontSize=11.5, leading=15,
                             spaceBefore=8, spaceAfter=4),
        "meta": ParagraphStyle("meta", parent=body, fontName=SERIF_ITALIC, fontSize=9, leading=12,
                               textColor=colors.HexColor("#555555")),
        "toc1": ParagraphStyle("toc1", parent=body, fontName=SANS, fontSize=11, leading=18),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
    }


def _text(value: str) -> str:
    """A user value as safe ReportLab markup, line breaks kept."""
    return escape(value).replace("\n", "<br/>")


class _Doc(BaseDocTemplate):
    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - ReportLab API
        if isinstance(flowable, Paragraph) and flowable.style.name == "H1":
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=0)
            self.notify("TOCEntry", (0, flowable.getPlainText(), self.page, key))


def _canvas_class(footer: str, page_of: str) -> type:
    class NumberedCanvas(rl_canvas.Canvas):
        """Defers drawing each page's footer until the page count is known ("Page X de Y")."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(SANS, 8)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawString(2 * cm, 1.2 * cm, footer)
                self.drawRightString(LETTER[0] - 2 * cm, 1.2 * cm,
                                     page_of.format(page=self._pageNumber, pages=total))
                super().showPage()
            super().save()

    return NumberedCanvas


def _table(rows: list[list[str]], widths: list[float], st: dict[str, ParagraphStyle]) -> Table:
    data = [[Paragraph(_text(c), st["head"]) for c in rows[0]]]
    data += [[Paragraph(_text(c), st["cell"]) for c in row] for row in rows[1:]]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SERIF),  # else the table names Helvetica, unembedded
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0b7c3")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f5f9")]),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def bar_chart(title: str, categories: list[str], series: list[tuple[str, colors.Color, list[float]]],
              width: float = 16 * cm, height: float = 6 * cm, unit: str = "") -> Drawing:
    """Grouped bars, one group per category, with a legend; drawn with shapes (fonts embedded)."""
    d = Drawing(width, height, initialFontName=SANS)
    d.add(String(0, height - 10, title, fontName=SANS_BOLD, fontSize=9))
    left, bottom, top = 1.6 * cm, 1.1 * cm, height - 1.1 * cm
    peak = max([v for _, _, values in series for v in values] + [0.0]) or 1.0
    d.add(Line(left, bottom, width, bottom, strokeColor=colors.grey, strokeWidth=0.5))
    d.add(String(2, top - 3, f"{peak:,.0f}{unit}".replace(",", "\u00a0"), fontName=SANS, fontSize=7))
    d.add(String(2, bottom - 3, "0", fontName=SANS, fontSize=7))
    n = max(1, len(categories))
    group = (width - left) / n
    bar = max(1.0, group * 0.8 / max(1, len(series)))
    step = max(1, n // 12)
    for i, category in enumerate(categories):
        for j, (_, color, values) in enumerate(series):
            h = (top - bottom) * (values[i] / peak) if values[i] > 0 else 0
            d.add(Rect(left + i * group + group * 0.1 + j * bar, bottom, bar, h, fillColor=color, strokeColor=None))
        if i % step == 0:
            d.add(String(left + i * group + group / 2, bottom - 10, category, fontName=SANS, fontSize=6.5,
                         textAnchor="middle"))
    x = left
    for name, color, _ in series:
        d.add(Rect(x, 2, 8, 8, fillColor=color, strokeColor=None))
        d.add(String(x + 11, 3, name, fontName=SANS, fontSize=7.5))
        x += 11 + len(name) * 4.5 + 14
    return d


def _h1(text: str, st: dict[str, ParagraphStyle]) -> list[Any]:
    """A section heading that never ends a page alone."""
    return [CondPageBreak(5 * cm), Paragraph(_text(text), st["H1"])]


def _entry_list(entries: list[ReportEntry], lang: str, st: dict[str, ParagraphStyle], empty: str,
                with_body: bool) -> list[Any]:
    if not entries:
        return [Paragraph(_text(empty), st["meta"])]
    out: list[Any] = []
    for e in entries:
        head = f"<b>{escape(format_date(e.day, lang))}</b> — {escape(vocab.label('kind', e.kind, lang))} : " \
            if lang == "fr" else f"<b>{escape(format_date(e.day, lang))}</b> — {escape(vocab.label('kind', e.kind, lang))}: "
        out.append(Paragraph(head + _text(e.title), st["body"]))
        if with_body and e.body.strip():
            out.append(Paragraph(_text(e.body.strip()), st["small"]))
    return out


def render_report(report: ReportData) -> tuple[bytes, int]:
    """The PDF bytes and page count."""
    from reportlab import rl_config

    register_fonts()
    rl_config.invariant = 1
    lang = report.lang
    L = labels(lang)
    st = _styles()
    money = lambda v: format_money(v, lang)  # noqa: E731
    number = lambda v: format_decimal(v, lang)  # noqa: E731
    names = ", ".join(p["name"] for p in report.projects) or L["all_projects"]
    period = L["period_all"]
    if report.scope.date_from or report.scope.date_to:
        period = L["period"].format(start=format_date(report.scope.date_from, lang) if report.scope.date_from else "…",
                                    end=format_date(report.scope.date_to, lang) if report.scope.date_to else "…")
    story: list[Any] = [
        Paragraph(_text(L["title"]), st["title"]),
        Paragraph(_text(names), st["subtitle"]),
        Paragraph(_text(period), st["body"]),
        Paragraph(_text(L["made_on"].format(day=format_date(report.today, lang))), st["meta"]),
        Spacer(1, 0.6 * cm),
        Paragraph(_text(L["contents"]), st["H2"]),
    ]
    toc = TableOfContents()
    toc.levelStyles = [st["toc1"]]
    toc.dotsMinLevel = 0
    toc.tableStyle = TableStyle([("FONT", (0, 0), (-1, -1), SANS), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    story += [toc, PageBreak()]

    story += _h1(L["h_project"], st)
    for p in report.projects:
        story.append(Paragraph(_text(p["name"]), st["H2"]))
        facts = [
            (L["stage"], vocab.label("stage", p["stage"], lang)),
            (L["resource"], vocab.label("resource", p["resource"], lang) if p["resource"] else "—"),
            (L["continuum"], vocab.label("continuum", p["continuum"], lang) if p["continuum"] else "—"),
            (L["start"], format_date(p["start"], lang) if p["start"] else "—"),
        ]
        sep = "\u00a0: " if lang == "fr" else ": "
        story += [Paragraph(f"<b>{escape(k)}</b>{sep}{_text(v)}", st["body"]) for k, v in facts]
        if p["purpose"]:
            story.append(Paragraph(_text(p["purpose"]), st["body"]))

    story += _h1(L["h_partners"], st)
    if report.partners:
        rows = [[L["organization"], L["neq"], L["representative"]]]
        rows += [[o["name"], o["neq"] or "—", ", ".join(x for x in (o["representative"], o["title"]) if x) or "—"]
                 for o in report.partners]
        story.append(_table(rows, [7 * cm, 3 * cm, 7 * cm], st))
    else:
        story.append(Paragraph(_text(L["none"]), st["meta"]))

    story += _h1(L["h_agreements"], st)
    if report.agreements:
        rows = [[L["reference"], L["agreement"], L["version"], L["fingerprint"]]]
        rows += [[a["reference"], a["title"], a["version"], a["fingerprint"]] for a in report.agreements]
        story.append(_table(rows, [4.2 * cm, 7 * cm, 1.8 * cm, 4 * cm], st))
    else:
        story.append(Paragraph(_text(L["no_agreements"]), st["meta"]))

    figures = report.figures
    assert figures is not None
    story += _h1(L["h_activities"], st)
    counts = [f"{vocab.label('kind', k, lang)} : {figures.kinds.get(k, 0)}" if lang == "fr"
              else f"{vocab.label('kind', k, lang)}: {figures.kinds.get(k, 0)}" for k in vocab.KINDS]
    story.append(Paragraph(_text(L["counts"] + " " + " · ".join(counts)), st["body"]))
    story += _entry_list(report.activities, lang, st, L["none"], with_body=False)

    story += _h1(L["h_results"], st)
    story += _entry_list(report.results, lang, st, L["none"], with_body=True)

    story += _h1(L["h_indicators"], st)
    rows = [[L["indicator"], L["value"]],
            [L["hours"], number(figures.hours)], [L["saved"], money(figures.saved)],
            [L["avoided"], money(figures.avoided)], [L["spent"], money(figures.spent)],
            [L["net"], money(figures.net)]]
    story += [KeepTogether([_table(rows, [10 * cm, 7 * cm], st)])]
    if figures.partners:
        story.append(Paragraph(_text(L["per_partner"]), st["H2"]))
        rows = [[L["organization"], L["hours_short"], L["saved"], L["avoided"], L["spent"], L["net"]]]
        rows += [[p.name or L["unassigned"], number(p.hours), money(p.saved), money(p.avoided), money(p.spent),
                  money(p.net)] for p in figures.partners]
        story.append(_table(rows, [4.6 * cm, 1.9 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm, 2.7 * cm], st))
    months = figures.months[-24:]
    if months:
        cats = [m.month[2:] for m in months]
        story += [Spacer(1, 0.4 * cm), CondPageBreak(7 * cm),
                  bar_chart(L["chart_hours"], cats, [(L["hours"], SERIES["hours"], [float(m.hours) for m in months])]),
                  Spacer(1, 0.4 * cm), CondPageBreak(7 * cm),
                  bar_chart(L["chart_money"], cats, [(L[k], SERIES[k], [float(getattr(m, k)) for m in months])
                                                     for k in ("saved", "avoided", "spent")], unit=" $")]

    story += _h1(L["h_health"], st)
    story.append(Paragraph(_text(L["health_intro"]), st["body"]))
    any_checkup = False
    for name, items in report.checkups.items():
        if not items:
            continue
        any_checkup = True
        trend = vocab.trend([c.score for c in items])
        story.append(Paragraph(_text(f"{name} — {L['trend_' + trend]}"), st["H2"]))
        rows = [[L["date"], L["score"]]] + [[format_date(c.taken_on, lang), number(Decimal(str(c.score)))]
                                            for c in items]
        story.append(_table(rows, [8 * cm, 4 * cm], st))
    if not any_checkup:
        story.append(Paragraph(_text(L["no_checkup"]), st["meta"]))

    story += _h1(L["h_difficulties"], st)
    story += _entry_list(report.difficulties, lang, st, L["none"], with_body=True)

    story += _h1(L["h_next"], st)
    if report.next_steps:
        story += [Paragraph("• " + _text(s), st["body"]) for s in report.next_steps]
    else:
        story.append(Paragraph(_text(L["none"]), st["meta"]))

    buffer = io.BytesIO()
    doc = _Doc(buffer, pagesize=LETTER, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
               bottomMargin=2 * cm, title=L["title"] + " — " + names, author="Partage", subject=L["title"],
               lang="fr-CA" if lang == "fr" else "en-CA", initialFontName=SERIF, invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="main")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.multiBuild(story, canvasmaker=_canvas_class(L["title"] + " — " + names[:80], L["page_of"]))
    return buffer.getvalue(), doc.page
