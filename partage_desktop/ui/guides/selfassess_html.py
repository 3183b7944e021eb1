"""Results of the self-assessment tools as rich text for a QTextBrowser (printable as is).

Labels come translated from the dialogs; everything else from the tools' content files."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from html import escape

from partage_desktop.core.formatting import format_decimal, format_money
from partage_desktop.core.guides import selfassess as sa
from partage_desktop.services.guides.library import template_titles
from partage_desktop.services.guides.selfassess import continuum_tool, readiness_tool

ACCENT = "#1f4e79"
ArticleTitle = Callable[[str], str]


def _link(article_id: str, title: ArticleTitle) -> str:
    return f'<a href="guide:{article_id}">{escape(title(article_id))}</a>'


def continuum_html(r: sa.ContinuumResult, lang: str, labels: dict[str, str], title: ArticleTitle) -> str:
    tool = continuum_tool()
    cells = []
    for stage in tool.stages:
        name = escape(tool.stage_labels[stage][lang])
        if stage == r.stage:
            cells.append(f'<td align="center" bgcolor="{ACCENT}"><font color="white"><b>▼ {name}</b></font></td>')
        else:
            cells.append(f'<td align="center" bgcolor="#dfe8f1">{name}</td>')
    position = format_decimal(Decimal(str(r.position)).quantize(Decimal("0.1")), lang)
    templates = template_titles(lang)
    also = ", ".join(f'<a href="template:{t}">{escape(templates.get(t, t))}</a>' for t in r.also)
    why = "".join(f"<li>{escape(w[lang])}</li>" for w in r.why)
    return (
        f"<h3>{escape(labels['heading'].replace('%1', tool.stage_labels[r.stage][lang]))}</h3>"
        f'<table width="100%" cellspacing="3" cellpadding="6"><tr>{"".join(cells)}</tr></table>'
        f"<p>{escape(labels['position'].replace('%1', position))}</p>"
        f"<p><b>{escape(labels['form'].replace('%1', tool.form_labels[r.form_kind][lang]))}</b><br>"
        f"{escape(r.form[lang])}</p>"
        f"<p>{escape(labels['suggested'])} <b>{escape(templates.get(r.template, r.template))}</b> — "
        f'<a href="template:{r.template}">{escape(labels["create"])}</a></p>'
        + (f"<p>{escape(labels['also'])} {also}</p>" if also else "")
        + f"<p>{escape(labels['why'])}</p><ul>{why}</ul>"
        f"<p>{escape(labels['read'])} {_link('continuum', title)} · {_link('choisir-formalite', title)}</p>"
    )


def readiness_html(r: sa.ReadinessResult, lang: str, labels: dict[str, str], title: ArticleTitle) -> str:
    percent = "{} %" if lang == "fr" else "{}%"
    dimensions = readiness_tool().dimensions
    rows = []
    for dim, score in r.scores.items():
        colour = "#2e7d32" if score >= 67 else "#b26a00" if score >= 34 else "#b3261e"
        bar = (f'<table width="100%" cellspacing="0" cellpadding="0"><tr>'
               f'<td width="{max(score, 1)}%" bgcolor="{colour}">&nbsp;</td>'
               f'<td width="{max(100 - score, 0)}%" bgcolor="#e6e9ed">&nbsp;</td></tr></table>')
        rows.append(f"<tr><td>{escape(dimensions[dim][lang])}</td><td width='45%'>{bar}</td>"
                    f"<td align='right'><b>{percent.format(score)}</b></td></tr>")
    weak = "".join(f"<li>{escape(q.text[lang])} — {_link(q.guide, title)}</li>" for q in r.weak)
    advice = (f"<p>{escape(labels['work_on'])}</p><ul>{weak}</ul>" if weak else
              f"<p>{escape(labels['none'])}</p>")
    heading = labels["heading"].replace("%1", percent.format(r.overall))
    return (f"<h3>{escape(heading)}</h3><table width='100%' cellpadding='4'>{''.join(rows)}</table>{advice}")


def energy_html(r: sa.EnergyResult, lang: str, labels: dict[str, str], title: ArticleTitle) -> str:
    def money(v: Decimal) -> str:
        return escape(format_money(v, lang))

    rows = [(labels["hours"], escape(format_decimal(r.hours_total, lang))),
            (labels["cost"], money(r.time_cost)),
            (labels["benefits"], money(r.benefits)),
            (labels["net"], f"<b>{money(r.net)}</b>")]
    table = "".join(f"<tr><td>{escape(label)}</td><td align='right'>{value}</td></tr>" for label, value in rows)
    verdict = labels["worth"] if r.worth_it else labels["even_only"] if r.net == 0 else labels["not_worth"]
    even = (labels["even"].replace("%1", str(r.break_even_month)) if r.break_even_month else labels["never"])
    per_hour = ""
    if r.hours_total > 0:
        back = (r.benefits / r.hours_total).quantize(Decimal("0.01"))
        per_hour = " " + escape(labels["per_hour"].replace("%1", format_money(back, lang)))
    return (f"<table cellpadding='4'>{table}</table>"
            f"<p><b>{escape(verdict)}</b> {escape(even)}{per_hour}</p>"
            f"<p>{escape(labels['uncounted'])}</p>"
            f"<p>{_link('couts-partage', title)} · {_link('facteurs-reussite', title)}</p>")
