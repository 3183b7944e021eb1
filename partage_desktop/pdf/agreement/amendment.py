"""Draws an amendment (avenant) with the look of the agreement: same fonts, footer and signatures."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime
from typing import Any

from reportlab.lib.pagesizes import letter
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
)
from reportlab.platypus.flowables import Flowable

from partage_desktop import __version__
from partage_desktop.core.agreements.amendment import AmendmentDocument
from partage_desktop.core.agreements.compare import ADDED, CHANGED, ClauseChange
from partage_desktop.core.agreements.document import Table as DocTable
from partage_desktop.core.agreements.fingerprint import full_hash
from partage_desktop.pdf.agreement.draw import (
    AMENDMENT_ATTACHMENT,
    UNDATED,
    _attach,
    _Canvas,
    _Footer,
)
from partage_desktop.pdf.agreement.layouts import ARCHIVAL, CURRENT
from partage_desktop.pdf.agreement.signature_fields import Spot, add_signature_fields
from partage_desktop.pdf.agreement.story import _height, _notice, _parties, _signatures, _table
from partage_desktop.pdf.agreement.style import (
    FOOTER_H,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_H,
    PAGE_W,
    Para,
    _styles,
    _text,
    typeset,
)
from partage_desktop.pdf.fonts import register_fonts


def render_amendment(doc: AmendmentDocument, layout: int = CURRENT, *, exported_at: datetime | None = None,
                     author: str | None = None, archival: bool = True) -> tuple[bytes, int]:
    """The PDF bytes (byte-identical for the same document, layout, date and author) and the page
    count. ``exported_at``, ``author`` and ``archival`` as for an agreement (draw.py,
    ``render_agreement_pages``): from layout ``ARCHIVAL`` on the amendment is PDF/A-3b, its record
    declared as the source data."""
    pdf, pages, spots = _draw(doc, layout)
    if layout >= ARCHIVAL and archival:
        from partage_desktop.pdf.agreement.archival import (  # deferred: pikepdf, only for archival exports
            to_pdfa,
        )

        base = doc.base
        pdf = to_pdfa(pdf, title=f"{base.title} — {base.reference}", author=author or base.author, lang=base.lang,
                      exported_at=exported_at or UNDATED, attachment_name=AMENDMENT_ATTACHMENT,
                      producer=f"Partage {__version__}",
                      prepare=lambda document: add_signature_fields(document, spots))
    return pdf, pages


def _draw(doc: AmendmentDocument, layout: int) -> tuple[bytes, int, list[Spot]]:
    """ReportLab's drawing, its page count and where each party's signature field goes (from
    layout ``ARCHIVAL`` on; the fields themselves go in with the PDF/A pass)."""
    base = doc.base
    body_font = register_fonts()
    out = io.BytesIO()
    template = BaseDocTemplate(
        out, pagesize=letter, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=FOOTER_H, title=f"{base.title} — {base.reference}", author=base.author,
        subject=base.subject, creator=f"Partage {__version__}",
        lang="fr-CA" if base.lang == "fr" else "en-CA", invariant=1, initialFontName=body_font,
        pageCompression=1,
    )
    frame = Frame(MARGIN_X, FOOTER_H, PAGE_W - 2 * MARGIN_X, PAGE_H - MARGIN_TOP - FOOTER_H,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_Footer(base, layout))])
    canvases: list[_Canvas] = []

    def make_canvas(*args: Any, **kwargs: Any) -> _Canvas:
        canvas = _Canvas(*args, **kwargs)
        canvases.append(canvas)
        _attach(canvas, AMENDMENT_ATTACHMENT, doc.record.encode("utf-8"), full_hash(base.attachment_json))
        return canvas

    spots: list[Spot] = []
    template.build(_story(doc, template.width, layout, spots if layout >= ARCHIVAL else None),
                   canvasmaker=make_canvas)
    return out.getvalue(), canvases[-1].pages_done, spots


def _story(doc: AmendmentDocument, width: float, layout: int = CURRENT,
           spots: list[Spot] | None = None) -> list[Flowable]:
    base, w = doc.base, doc.words
    st = _styles() if layout < ARCHIVAL else typeset(_styles(), base.lang)
    labels = base.labels
    story: list[Flowable] = [
        Para(_text(base.title), st["title"]),
        Para(_text(base.subtitle), st["subtitle"]),
        Para(_text(f"{labels.reference} {base.reference}  ·  {labels.version} {base.version}  ·  "
                        f"{labels.fingerprint} {base.fingerprint}"), st["refline"]),
        _notice(base, st, width),
    ]
    story += _parties(base, st)
    story.append(Para(_text(labels.preamble_title), st["h1"]))
    story += [Para(_text(p), st["body"]) for p in doc.whereas]
    story += [CondPageBreak(4 * cm), Para(_text(labels.agree), st["center"])]
    number = 0
    if doc.comparison.fields:
        number += 1
        heading = [Para(f"{number}.\u2002{_text(w['fields_title'])}", st["h1"]),
                   Para(_text(w["fields_intro"]), st["body"])]
        rows = tuple((c.label, c.before or w["none"], c.after or w["none"]) for c in doc.comparison.fields)
        table = DocTable((w["col_what"], w["col_before"], w["col_after"]), rows, widths=(1.3, 1.6, 1.6))
        if layout >= ARCHIVAL:
            # « the parties agree » and this heading never end a page without the table's first rows
            lead = _table(replace(table, rows=rows[:2]), st, width, numeric_from=4)
            story[-2] = CondPageBreak(max(4 * cm, _height([story[-1], *heading, lead], width)))
        story += heading
        story.append(_table(table, st, width, numeric_from=len(rows[0]) + 1))
    if doc.comparison.clauses:
        number += 1
        story.append(Para(f"{number}.\u2002{_text(w['clauses_title'])}", st["h1"]))
        for i, change in enumerate(doc.comparison.clauses, start=1):
            story += _clause_change(f"{number}.{i}", change, w, st)
    number += 1
    story.append(Para(f"{number}.\u2002{_text(w['final_title'])}", st["h1"]))
    story.append(Para(_text(w["final_1"]), st["clause"], bulletText=f"{number}.1"))
    story.append(Para(_text(w["final_2"]), st["clause"], bulletText=f"{number}.2"))
    story.append(Spacer(1, 6))
    story += _signatures(base, st, width, spots)
    return story


def _clause_change(number: str, change: ClauseChange, w: dict[str, str], st: dict[str, Any]) -> list[Flowable]:
    article = change.article
    if change.kind == CHANGED:
        renumbered = w["renumbered"].format(new=change.number_after) \
            if change.number_after and change.number_after != change.number_before else ""
        intro = w["changed"].format(old=change.number_before or w["preamble"], article=article,
                                    renumbered=renumbered)
        quoted = change.after
    elif change.kind == ADDED:
        intro = w["added"].format(new=change.number_after or "—", article=article)
        quoted = change.after
    else:
        intro = w["removed"].format(old=change.number_before or w["preamble"], article=article)
        quoted = change.before
    lines = [Para(_text(intro), st["clause"], bulletText=number)]
    for line in quoted.split("\n"):
        if line.strip():
            lines.append(Para(f"<i>{_text(line.strip())}</i>", st["bullet"]))
    return [KeepTogether(lines)] if len(quoted) < 1500 else lines
