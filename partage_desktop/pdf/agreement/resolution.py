"""A one-page board resolution extract authorizing a party's representative to sign the agreement,
to be completed and certified by the board secretary."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus.flowables import Flowable

from partage_desktop import __version__
from partage_desktop.core.agreements.document import AgreementDocument
from partage_desktop.core.formatting import join_names
from partage_desktop.pdf.agreement.draw import UNDATED
from partage_desktop.pdf.agreement.layouts import ARCHIVAL, LEGACY
from partage_desktop.pdf.agreement.style import ACCENT, MARGIN_X, RULE, _styles, _text, _tstyle
from partage_desktop.pdf.fonts import SANS, register_fonts
from partage_desktop.words import template

_WORD_KEYS = (
    "title", "meeting", "number", "whereas_1", "whereas_2", "moved", "resolved_1", "resolved_2",
    "adopted", "certified_title", "certified", "secretary", "signature", "date", "note", "footer",
    "subject",
)


def resolution_words(lang: str) -> dict[str, str]:
    """This document's own wording (the words catalogue's ``resolution_…``), placeholders left to fill."""
    return {key: template(f"resolution_{key}", lang) for key in _WORD_KEYS}
BLANK = "_" * 22


def render_resolution(doc: AgreementDocument, party_index: int, layout: int = LEGACY, *,
                      exported_at: datetime | None = None, author: str | None = None) -> bytes:
    """One page for ``doc.parties[party_index]``; byte-identical for the same input. With the layout
    ``ARCHIVAL`` of the version it goes with, a PDF/A-3b file dated ``exported_at`` (that version's
    export date) and authored by ``author`` (our organization), like the agreement itself."""
    pdf = _draw(doc, party_index)
    if layout < ARCHIVAL:
        return pdf
    from partage_desktop.pdf.agreement.archival import (  # deferred: pikepdf, only for archival exports
        to_pdfa,
    )

    party = doc.parties[party_index]
    return to_pdfa(pdf, title=f"{resolution_words(doc.lang)['title']} — {party.name}", author=author or doc.author,
                   lang=doc.lang, exported_at=exported_at or UNDATED, attachment_name=None,
                   producer=f"Partage {__version__}")


def _draw(doc: AgreementDocument, party_index: int) -> bytes:
    body_font = register_fonts()
    w = resolution_words(doc.lang)
    party = doc.parties[party_index]
    others = [p.name for i, p in enumerate(doc.parties) if i != party_index]
    values = dict(party=party.name, others=join_names(others, doc.lang), title=doc.title,
                  reference=doc.reference, version=doc.version, fingerprint=doc.fingerprint,
                  representative=party.representative, representative_title=party.representative_title,
                  blank=BLANK)
    out = io.BytesIO()
    footer_text = w["footer"].format(**values)

    def footer(canvas, _doc) -> None:  # noqa: ANN001 - ReportLab callback
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN_X, 1.5 * cm, letter[0] - MARGIN_X, 1.5 * cm)
        canvas.setFont(SANS, 7.5)
        canvas.drawString(MARGIN_X, 1.05 * cm, footer_text)
        canvas.restoreState()

    template = SimpleDocTemplate(
        out, pagesize=letter, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=1.8 * cm,
        bottomMargin=2.0 * cm, title=f"{w['title']} — {party.name}", author=doc.author,
        subject=w["subject"], creator=f"Partage {__version__}",
        lang="fr-CA" if doc.lang == "fr" else "en-CA", invariant=1, initialFontName=body_font)
    template.build(_story(w, values, party.name, party.neq, doc), onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def _story(w: dict[str, str], values: dict[str, object], name: str, neq: str,
           doc: AgreementDocument) -> list[Flowable]:
    st = _styles()
    width = letter[0] - 2 * MARGIN_X

    def para(key: str, style: str = "body") -> Paragraph:
        return Paragraph(_text(w[key].format(**values)), st[style])

    heading = name + (f" ({doc.labels.neq} {neq})" if neq else "")
    story: list[Flowable] = [
        Paragraph(_text(w["title"]), st["title"]),
        Paragraph(_text(heading), st["subtitle"]),
        Spacer(1, 6), para("meeting"), para("number"), Spacer(1, 4),
        para("whereas_1"), para("whereas_2"), Spacer(1, 4), para("moved"),
        Paragraph(_text(w["resolved_1"].format(**values)), st["clause"], bulletText="1."),
        Paragraph(_text(w["resolved_2"].format(**values)), st["clause"], bulletText="2."),
        Spacer(1, 4), para("adopted"), Spacer(1, 14),
    ]
    label_w = 5.2 * cm
    lines = Table([[Paragraph(_text(w[k]), st["sign"]), ""] for k in ("secretary", "signature", "date")],
                  colWidths=[label_w, width - label_w - 1 * cm], style=_tstyle([
                      ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                      ("TOPPADDING", (0, 0), (-1, -1), 16),
                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                      ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                  ]))
    box = Table([[Paragraph(_text(w["certified_title"]), st["h2"])],
                 [Paragraph(_text(w["certified"].format(**values)), st["body"])], [lines]],
                colWidths=[width], style=_tstyle([
                    ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 12),
                ]))
    story += [KeepTogether([box]), Spacer(1, 10), Paragraph(f"<i>{_text(w['note'])}</i>", st["notice"])]
    return story
