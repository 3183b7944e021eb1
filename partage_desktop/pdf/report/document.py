"""The funder report PDF: table of contents, the project, partners, agreements, activities,
results, indicators with charts, health check-ups, difficulties and next steps; French or English.
Embedded DejaVu fonts only; every user value is escaped before it reaches ReportLab markup."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
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

from partage_desktop.core.formatting import (
    format_date,
    format_decimal,
    format_money,
    format_percent,
)
from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.core.journal.indicators import Indicators
from partage_desktop.core.journal.markup import report_paragraphs
from partage_desktop.core.journal.report import ReportData, ReportEntry
from partage_desktop.core.resources.figures import ResourceFigures
from partage_desktop.pdf.fonts import SANS, SANS_BOLD, SERIF, SERIF_ITALIC, register_fonts
from partage_desktop.pdf.page_count import titled_footer_canvas
from partage_desktop.pdf.report.charts import SERIES, bar_chart
from partage_desktop.pdf.report.labels import labels
from partage_desktop.words import t

ACCENT = colors.HexColor("#1f4e79")


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=SERIF, fontSize=10, leading=14, spaceAfter=4)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        "compact": ParagraphStyle("compact", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "head": ParagraphStyle("head", parent=body, fontName=SANS_BOLD, fontSize=9, leading=11.5,
                               textColor=colors.white, spaceAfter=0),
        "title": ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=22, leading=28,
                                textColor=ACCENT, spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontName=SANS, fontSize=13, leading=18),
        "H1": ParagraphStyle("H1", parent=body, fontName=SANS_BOLD, fontSize=15, leading=20,
                             textColor=ACCENT, spaceBefore=14, spaceAfter=8),
        "H2": ParagraphStyle("H2", parent=body, fontName=SANS_BOLD, fontSize=11.5, leading=15,
                             spaceBefore=8, spaceAfter=4),
        "H3": ParagraphStyle("H3", parent=body, fontName=SANS_BOLD, fontSize=9.5, leading=13,
                             spaceBefore=6, spaceAfter=2),
        "meta": ParagraphStyle("meta", parent=body, fontName=SERIF_ITALIC, fontSize=9, leading=12,
                               textColor=colors.HexColor("#555555")),
        "toc1": ParagraphStyle("toc1", parent=body, fontName=SANS, fontSize=11, leading=18),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
    }


def _text(value: str) -> str:
    """A user value as safe ReportLab markup, line breaks kept."""
    return escape(value).replace("\n", "<br/>")


def _rich(value: str) -> list[str]:
    """An entry's text as paragraphs of markup: "- " lines become bullets, **bold** and *emphasis*
    are kept; everything else is escaped (a tag typed by the user prints as typed). Always well
    formed, in one pass, in paragraphs of bounded size (core.journal_markup)."""

    return report_paragraphs(value)


class _Doc(BaseDocTemplate):
    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - ReportLab API
        if isinstance(flowable, Paragraph) and flowable.style.name == "H1":
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=0)
            self.notify("TOCEntry", (0, flowable.getPlainText(), self.page, key))




def _table(rows: list[list[str]], widths: list[float], st: dict[str, ParagraphStyle], compact: bool = False,
           total_row: bool = False) -> Table:
    cell = st["compact" if compact else "cell"]
    data = [[Paragraph(_text(c), st["head"]) for c in rows[0]]]
    data += [[Paragraph(_text(c), cell) for c in row] for row in rows[1:]]
    if total_row:
        data[-1] = [Paragraph(f"<b>{_text(c)}</b>", cell) for c in rows[-1]]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    padding = 1.5 if compact else 3
    extra = [("LINEABOVE", (0, -1), (-1, -1), 1, ACCENT)] if total_row else []
    table.setStyle(TableStyle(extra + [
        ("FONT", (0, 0), (-1, -1), SERIF),  # else the table names Helvetica, unembedded
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0b7c3")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f5f9")]),
        ("TOPPADDING", (0, 0), (-1, -1), padding), ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
    ]))
    return table


def _h1(text: str, st: dict[str, ParagraphStyle]) -> list[Any]:
    """A section heading that never ends a page alone."""
    return [CondPageBreak(5 * cm), Paragraph(_text(text), st["H1"])]


def _entry_list(entries: list[ReportEntry], lang: str, st: dict[str, ParagraphStyle], empty: str,
                with_body: bool) -> list[Any]:
    if not entries:
        return [Paragraph(_text(empty), st["meta"])]
    out: list[Any] = []
    for e in entries:
        head = f"<b>{escape(format_date(e.day, lang))}</b> — " \
            + escape(t("report_entry_kind", lang, kind=vocab.label("kind", e.kind, lang)))
        out.append(Paragraph(head + _text(e.title), st["body"]))
        if with_body and e.body.strip():
            out += [Paragraph(text, st["small"]) for text in _rich(e.body)]
    return out


def _capped(report: ReportData, name: str, L: dict[str, str], number: Any,  # noqa: N803
             st: dict[str, ParagraphStyle]) -> list[Any]:
    """The sentence saying a list holds only the most recent entries, when a cap cut it."""
    shown, total = len(getattr(report, name)), report.totals.get(name, 0)
    if total <= shown:
        return []
    return [Paragraph(_text(L["capped_" + name].format(shown=number(Decimal(shown)), total=number(Decimal(total)))),
                      st["meta"])]


def _indicators(figures: Indicators, lang: str, L: dict[str, str],  # noqa: N803
                st: dict[str, ParagraphStyle]) -> list[Any]:
    """Totals, the per-partner table (rows adding up to the totals), the monthly charts of the
    whole and then of each partner."""
    money = lambda v: format_money(v, lang)  # noqa: E731
    number = lambda v: format_decimal(v, lang)  # noqa: E731
    rows = [[L["indicator"], L["value"]],
            [L["hours"], number(figures.hours)], [L["saved"], money(figures.saved)],
            [L["avoided"], money(figures.avoided)], [L["spent"], money(figures.spent)],
            [L["net"], money(figures.net)]]
    story: list[Any] = [KeepTogether([_table(rows, [10 * cm, 7 * cm], st)])]
    if figures.partners:
        story += [CondPageBreak(6 * cm), Paragraph(_text(L["per_partner"]), st["H2"])]
        rows = [[L["organization"], L["hours_short"], L["saved"], L["avoided"], L["spent"], L["net"]]]
        rows += [[p.name or L["unassigned"], number(p.hours), money(p.saved), money(p.avoided), money(p.spent),
                  money(p.net)] for p in figures.partners]
        rows.append([L["total"], number(figures.hours), money(figures.saved), money(figures.avoided),
                     money(figures.spent), money(figures.net)])
        story.append(_table(rows, [4.4 * cm, 1.8 * cm] + [2.7 * cm] * 4, st, total_row=True))
        story += [Spacer(1, 0.15 * cm), Paragraph(_text(L["shares_note"]), st["small"])]
    months = figures.months
    if not months:
        return story
    cats = [m.month for m in months]

    def money_series(points: Any) -> list[Any]:
        return [(L[k], SERIES[k], [float(getattr(m, k)) for m in points]) for k in ("saved", "avoided", "spent")]

    story += [Spacer(1, 0.4 * cm), CondPageBreak(7 * cm),
              bar_chart(L["chart_hours"], cats, [(L["hours"], SERIES["hours"], [float(m.hours) for m in months])],
                        lang),
              Spacer(1, 0.4 * cm), CondPageBreak(7 * cm),
              bar_chart(L["chart_money"], cats, money_series(months), lang, unit="$")]
    shown = [p for p in figures.partners if p.hours or p.saved or p.avoided or p.spent]
    if shown:
        story += [CondPageBreak(8 * cm), Paragraph(_text(L["per_partner_months"]), st["H2"])]
    for p in shown:
        small = dict(width=8.4 * cm, height=4.4 * cm, empty=L["chart_empty"])
        pair = Table([[bar_chart(L["chart_hours_small"], cats, [(L["hours"], SERIES["hours"],
                                                                 [float(m.hours) for m in p.months])], lang, **small),
                       bar_chart(L["chart_money_small"], cats, money_series(p.months), lang, unit="$", **small)]],
                     colWidths=[8.5 * cm, 8.5 * cm], hAlign="LEFT")
        pair.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(KeepTogether([Paragraph(_text(p.name or L["unassigned"]), st["H3"]), pair]))
    return story


def _resources(used: ResourceFigures | None, lang: str, L: dict[str, str],  # noqa: N803
               st: dict[str, ParagraphStyle]) -> list[Any]:
    """What the shared resources did in the period: loans, days used, organizations served, the
    estimated savings, then the most used resources with their use rate. Nothing while no resource
    is recorded."""
    if used is None or not used.resources:
        return []
    money = lambda v: format_money(v, lang)  # noqa: E731
    number = lambda v: format_decimal(Decimal(v), lang)  # noqa: E731
    rows = [[L["indicator"], L["value"]], [L["loans"], number(used.loans)], [L["days_used"], number(used.days_used)],
            [L["orgs_served"], number(used.organizations)], [L["saved_estimate"], money(used.saved)]]
    story: list[Any] = [CondPageBreak(6 * cm), Paragraph(_text(L["resources"]), st["H2"]),
                        KeepTogether([_table(rows, [10 * cm, 7 * cm], st)])]
    top = used.top()
    if top:
        rows = [[L["resource_col"], L["loans"], L["days_used"], L["use_rate"], L["saved_estimate"]]]
        rows += [[r.title, number(r.loans), number(r.days_used),
                  format_percent(r.use_rate, lang) if r.use_rate is not None else "—",
                  money(r.saved) if r.saved is not None else "—"] for r in top]
        story += [Spacer(1, 0.3 * cm), CondPageBreak(4 * cm), Paragraph(_text(L["top_resources"]), st["H3"]),
                  _table(rows, [6.6 * cm, 2 * cm, 2.6 * cm, 2.6 * cm, 3.2 * cm], st)]
    note = L["resources_note"].format(valued=number(used.valued_loans), loans=number(used.loans),
                                      days=number(used.period_days))
    story += [Spacer(1, 0.15 * cm), Paragraph(_text(note), st["small"])]
    return story


def render_report(report: ReportData) -> tuple[bytes, int]:
    """The PDF bytes and page count."""
    from reportlab import rl_config

    register_fonts()
    rl_config.invariant = 1
    lang = report.lang
    L = labels(lang)
    st = _styles()
    number = lambda v: format_decimal(v, lang)  # noqa: E731
    sep = t("label_separator", lang)
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
    counts = [f"{vocab.label('kind', k, lang)}{sep}{figures.kinds.get(k, 0)}" for k in vocab.KINDS]
    story.append(Paragraph(_text(L["counts"] + " " + " · ".join(counts)), st["body"]))
    story += _capped(report, "activities", L, number, st)
    if report.activities:
        rows = [[L["date"], L["kind"], L["title_col"]]]
        rows += [[format_date(e.day, lang), vocab.label("kind", e.kind, lang), e.title] for e in report.activities]
        story.append(_table(rows, [3.7 * cm, 2.2 * cm, 11.1 * cm], st, compact=True))
    else:
        story.append(Paragraph(_text(L["none"]), st["meta"]))

    story += _h1(L["h_results"], st)
    story += _capped(report, "results", L, number, st)
    story += _entry_list(report.results, lang, st, L["none"], with_body=True)

    story += _h1(L["h_indicators"], st)
    story += _indicators(figures, lang, L, st)
    story += _resources(figures.resources, lang, L, st)

    story += _h1(L["h_health"], st)
    story.append(Paragraph(_text(L["health_intro"]), st["body"]))
    for name, items in report.checkups.items():
        trend = L["trend_" + vocab.trend([c.score for c in items])] if len(items) > 1 else L["trend_single"]
        story.append(Paragraph(_text(f"{name} — {trend}" if items else name), st["H2"]))
        if not items:
            story.append(Paragraph(_text(L["no_checkup"]), st["meta"]))
            continue
        rows = [[L["date"], L["score"]]] + [[format_date(c.taken_on, lang), number(Decimal(str(c.score)))]
                                            for c in items]
        story.append(_table(rows, [8 * cm, 4 * cm], st))
    if not report.checkups:
        story.append(Paragraph(_text(L["no_checkup"]), st["meta"]))

    story += _h1(L["h_difficulties"], st)
    story += _capped(report, "difficulties", L, number, st)
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
    doc.multiBuild(story, canvasmaker=titled_footer_canvas(L["title"] + " — " + names, L["page_of"]))
    return buffer.getvalue(), doc.page
