"""Draws a bilingual agreement: French on the left, English on the right, article by article.

Each piece of the agreement is a row of a two-column table: a clause's two texts start on the same
line, a page breaks only between rows (between clauses; inside one only when it is taller than a
page, and then both columns break together), so that no column is ever left alone on a page. An
article's heading never ends a page without its first clause. What needs no translation prints
once: the signature blocks (with labels in both languages) and the annexes' tables (a value that
reads differently in the two languages, such as a date or an amount, shows both forms).

The pieces (clauses, party blocks, tables, signature pairs) are story.py's own; this module only
sets them side by side.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Image, KeepTogether, Spacer, Table
from reportlab.platypus.flowables import Flowable

from partage_desktop.core.agreements.bilingual import columns
from partage_desktop.core.agreements.document import AgreementDocument, Annex, Article, Labels
from partage_desktop.core.agreements.document import Table as DocTable
from partage_desktop.pdf.agreement.layouts import ARCHIVAL, CURRENT
from partage_desktop.pdf.agreement.signature_fields import Spot
from partage_desktop.pdf.agreement.story import (
    LOGO_BOX,
    _annex_tables,
    _clause,
    _party_paragraph,
    _signature_pair,
    _table,
)
from partage_desktop.pdf.agreement.style import (
    ACCENT,
    LIGHT,
    MARGIN_X,
    PAGE_W,
    RULE,
    Para,
    _Bookmark,
    _text,
    _tstyle,
    typeset,
)
from partage_desktop.pdf.fonts import SANS
from partage_desktop.words import t

GUTTER = 0.7 * cm  # between the two columns, a thin rule in its middle
INDENT = 0.95 * cm  # a clause's number hangs in it (narrower than a one-language page's)
TALL = 28  # lines of a half column: a clause this long may need more than a page, so its row may split
JOIN = " / "


def both(fr: str, en: str, sep: str = JOIN) -> str:
    """Two wordings of one label, once when they are the same (« Signature », « Version »)."""
    return fr if fr == en else f"{fr}{sep}{en}"


def joined_labels(fr: Labels, en: Labels) -> Labels:
    """The labels printed once for both languages (signature blocks, footer, draft mark)."""
    return Labels(**{f.name: both(getattr(fr, f.name), getattr(en, f.name)) for f in fields(Labels)})


def _styles(st: dict[str, ParagraphStyle]) -> dict[str, ParagraphStyle]:
    """The one-language styles, a little smaller for a half-width column."""
    out = {key: ParagraphStyle(f"{key} side by side", parent=style) for key, style in st.items()}
    for key in ("body", "clause", "clause_more", "bullet", "party"):
        out[key].fontSize, out[key].leading = 9.4, 12.6
    out["title"].fontSize, out["title"].leading = 14.5, 17.5
    out["h1"].fontSize, out["h1"].leading, out["h1"].spaceBefore = 10.5, 13.5, 0
    out["h2"].spaceBefore = 0
    out["clause"].leftIndent = out["clause_more"].leftIndent = INDENT
    out["bullet"].leftIndent, out["bullet"].bulletIndent = INDENT + 0.4 * cm, INDENT
    out["party"].leftIndent = 0
    out["center"].spaceBefore = 0
    return out


def _grid(rows: list[list[Any]], width: float, extra: list[tuple[Any, ...]] | None = None,
          keep_first: int = 0, tall: bool = False, space_after: float = 4) -> Table:
    """Rows of [French, English] cells; ``keep_first`` rows stay together on one page."""
    half = (width - GUTTER) / 2
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), GUTTER / 2),
        ("LEFTPADDING", (1, 0), (1, -1), GUTTER / 2),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEAFTER", (0, 0), (0, -1), 0.4, RULE),
    ]
    if keep_first > 1 and len(rows) > 1:
        commands.append(("NOSPLIT", (0, 0), (-1, min(keep_first, len(rows)) - 1)))
    return Table(rows, colWidths=[half + GUTTER / 2, half + GUTTER / 2], splitInRow=1 if tall else 0,
                 spaceAfter=space_after, style=_tstyle(commands + (extra or [])))


def bilingual_story(doc: AgreementDocument, st: dict[str, ParagraphStyle], width: float,
                    layout: int = CURRENT, spots: list[Spot] | None = None) -> list[Flowable]:
    """What ``_story`` is for a one-language agreement. ``layout`` (pdf/agreement/layouts.py) is
    taken for the pieces shared with story.py; the side-by-side arrangement has one drawing so far,
    so a change to it must become a new layout like any other change to what the pages show."""
    fr, en = columns(doc)
    if layout >= ARCHIVAL:  # the archival typography: ordinals as superscripts, cells hyphenated
        st = typeset(st, doc.lang)
    st = _styles(st)
    labels = joined_labels(fr.labels, en.labels)
    last = labels.draft_mark if doc.draft else f"{labels.fingerprint} {doc.fingerprint}"
    titles = _grid([[[Para(_text(d.title), st["title"]), Para(_text(d.subtitle), st["subtitle"])]
                     for d in (fr, en)]], width)
    refline = Para(_text(f"{labels.reference} {doc.reference}  ·  {labels.version} {doc.version}  ·  {last}"),
                        st["refline"])
    # the logo above the titles, at the right, so that the two columns keep their width from the top
    story: list[Flowable] = [*([_logo(doc.logo), Spacer(1, 6)] if doc.logo else []), titles, refline]
    if doc.draft:
        story.append(_boxed([[Para(f"<b>{_text(d.labels.draft_mark)}</b> — {_text(d.labels.draft_notice)}",
                                        st["glance"]) for d in (fr, en)]], width, colors.HexColor("#b00020"), 1.2,
                            tall=False))
    if fr.glance:
        rows = [[Para(_text(d.labels.glance_title), st["h2"]) for d in (fr, en)]]
        rows += [[_glance_item(d, i, st) for d in (fr, en)] for i in range(len(fr.glance))]
        story.append(_boxed(rows, width, ACCENT, 0.8, LIGHT, tall=True))
    sep = {d.lang: t("label_separator", d.lang) for d in (fr, en)}
    story.append(_boxed([[Para(f"<b>{_text(d.labels.notice_title)}</b>{sep[d.lang]}{_text(d.notice)}",
                                    st["notice"]) for d in (fr, en)]], width, RULE, 0.5, tall=False))
    story += _parties(fr, en, st, width)
    if fr.preamble:
        rows = [[Para(_text(d.labels.preamble_title), st["h1"]) for d in (fr, en)]]
        rows += [[Para(_text(a), st["body"]), Para(_text(b), st["body"])]
                 for a, b in zip(fr.preamble, en.preamble, strict=True)]
        story.append(_grid(rows, width, keep_first=2))
    story += [CondPageBreak(5 * cm), _grid([[Para(_text(d.labels.agree), st["center"]) for d in (fr, en)]],
                                           width, space_after=6)]
    cost_placed = False
    for art_fr, art_en in zip(fr.articles, en.articles, strict=True):
        after = fr.cost_table_after if fr.cost_table is not None and \
            any(c.number == fr.cost_table_after for c in art_fr.clauses) else ""
        cost_placed = cost_placed or bool(after)
        story += _article(fr, en, art_fr, art_en, st, width, after)
    if fr.cost_table is not None and not cost_placed:
        story.append(_cost(fr, en, st, width))
    story += _signatures(doc, fr, en, labels, st, width, spots)
    for annex_fr, annex_en in zip(fr.annexes, en.annexes, strict=True):
        story += _annex(fr, en, annex_fr, annex_en, st, width)
    return story


def _logo(logo: bytes) -> Flowable:
    """The first party's logo, scaled into the same box as on a one-language agreement."""
    w, h = ImageReader(io.BytesIO(logo)).getSize()
    scale = min(LOGO_BOX[0] / w, LOGO_BOX[1] / h)
    image = Image(io.BytesIO(logo), width=w * scale, height=h * scale)
    image.hAlign = "RIGHT"
    return image


def _glance_item(d: AgreementDocument, i: int, st: dict[str, ParagraphStyle]) -> Para:
    item = d.glance[i]
    return Para(f"<b>{_text(item.label)}</b>{t('label_separator', d.lang)}{_text(item.text)}", st["glance"])


def _boxed(rows: list[list[Any]], width: float, line: Any, weight: float, background: Any = None,
           tall: bool = False) -> Table:
    """Side-by-side cells in a framed box (notice, glance, draft warning); ``tall`` for a box of
    typed values (the glance), whose rows may break across pages rather than not fit on one."""
    inner = 7.0
    extra: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), weight, line),
        ("LEFTPADDING", (0, 0), (0, -1), inner),
        ("RIGHTPADDING", (1, 0), (1, -1), inner),
        ("TOPPADDING", (0, 0), (-1, 0), 4),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
    ]
    if background is not None:
        extra.insert(0, ("BACKGROUND", (0, 0), (-1, -1), background))
    return _grid(rows, width, extra, tall=tall, space_after=8)


def _parties(fr: AgreementDocument, en: AgreementDocument, st: dict[str, ParagraphStyle],
             width: float) -> list[Flowable]:
    rows: list[list[Any]] = [[Para(_text(d.labels.parties_title), st["h1"]) for d in (fr, en)]]
    for i in range(len(fr.parties)):
        rows.append([[Para(f"<b>{_text(d.labels.between if i == 0 else d.labels.and_)}</b>", st["h2"]),
                      Para(_party_paragraph(d, d.parties[i]), st["party"])] for d in (fr, en)])
    return [_grid(rows, width, keep_first=2, space_after=6)]


def _cost(fr: AgreementDocument, en: AgreementDocument, st: dict[str, ParagraphStyle], width: float) -> Flowable:
    """The cost table once, across the page: headings in both languages, each amount in both forms
    (« 1 234,56 $ » over « $1,234.56 »); it breaks between rows like any table."""
    assert fr.cost_table is not None and en.cost_table is not None
    table = _table(_joined_table(fr.cost_table, en.cost_table), st, width - INDENT, numeric_from=1)
    table.hAlign = "RIGHT"
    caption = Para(_text(both(fr.labels.cost_title, en.labels.cost_title)), st["h2"])
    return KeepTogether([caption, table]) if len(fr.cost_table.rows) <= 14 else table


def _joined_table(fr: DocTable, en: DocTable) -> DocTable:
    """One table for both languages: a cell that reads the same in both prints once, else both forms."""

    def row(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(both(x, y, "\n") for x, y in zip(a, b, strict=True))

    return DocTable(row(fr.columns, en.columns), tuple(row(a, b) for a, b in zip(fr.rows, en.rows, strict=True)),
                    total=row(fr.total, en.total) if fr.total is not None and en.total is not None else None,
                    widths=fr.widths)


def _article(fr: AgreementDocument, en: AgreementDocument, art_fr: Article, art_en: Article,
             st: dict[str, ParagraphStyle], width: float, cost_after: str) -> list[Flowable]:
    heading = [Para(f"{a.number}.\u2002{_text(a.title)}", st["h1"]) for a in (art_fr, art_en)]
    out: list[Flowable] = [CondPageBreak(2.8 * cm), _Bookmark(f"art{art_fr.number}",
                                                               f"{art_fr.number}. {both(art_fr.title, art_en.title)}")]
    rows: list[list[Any]] = [heading]
    tall: list[bool] = [False]
    for c_fr, c_en in zip(art_fr.clauses, art_en.clauses, strict=True):
        rows.append([_clause(c_fr, fr.labels.edited_mark, st), _clause(c_en, en.labels.edited_mark, st)])
        tall.append(_tall(c_fr.text) or _tall(c_en.text))
        if c_fr.number == cost_after:  # the cost table across the page, between two parts of the article
            out += [_article_rows(rows, tall, width, heading in rows), _cost(fr, en, st, width)]
            rows, tall = [], []
    if rows:
        out.append(_article_rows(rows, tall, width, heading in rows))
    return out


def _article_rows(rows: list[list[Any]], tall: list[bool], width: float, headed: bool) -> Table:
    """Some rows of an article. Its heading stays with the first clause, unless that clause may
    itself need more than a page: then it breaks (the space left before an article keeps a few of
    its lines under the heading)."""
    keep = 2 if headed and len(rows) > 1 and not tall[1] else 0
    return _grid(rows, width, [("TOPPADDING", (0, 0), (-1, 0), 6)] if headed else None,
                 keep_first=keep, tall=any(tall))


def _tall(text: str) -> bool:
    """Whether a text may take more lines than ``TALL`` in a half column (about 40 characters a line)."""
    return sum(1 + len(line) // 40 for line in text.split("\n")) > TALL


def _signatures(doc: AgreementDocument, fr: AgreementDocument, en: AgreementDocument, labels: Labels,
                st: dict[str, ParagraphStyle], width: float, spots: list[Spot] | None = None) -> list[Flowable]:
    """The signature blocks once, labelled in both languages; the witness sentence side by side."""
    head = _grid([[Para(_text(d.labels.signatures_title), st["h1"]) for d in (fr, en)],
                  [Para(_text(d.labels.in_witness.format(n=len(d.parties))), st["body"]) for d in (fr, en)]],
                 width, keep_first=2)
    signing = replace(fr, labels=labels)  # French punctuation (« Lieu / Place : ») for the joined labels
    parties = list(fr.parties)
    rows: list[Flowable] = [KeepTogether([_signature_pair(signing, parties[i: i + 2], st, width, i + 1, spots)])
                            for i in range(0, len(parties), 2)]
    return [CondPageBreak(6 * cm), KeepTogether([_Bookmark("signatures", labels.signatures_title), head, *rows[:1]]),
            *rows[1:]]


def _annex(fr: AgreementDocument, en: AgreementDocument, annex_fr: Annex, annex_en: Annex,
           st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """The annex's title and introduction side by side, then one table for both languages: its
    headings in both, each value once, or in both forms when they read differently."""
    titles = [f"{d.labels.annex} {a.letter} — {a.title}" for d, a in ((fr, annex_fr), (en, annex_en))]
    rows: list[list[Any]] = [[Para(_text(title), st["h1"]) for title in titles]]
    if annex_fr.intro or annex_en.intro:
        rows.append([Para(_text(a.intro), st["body"]) for a in (annex_fr, annex_en)])
    head = _grid(rows, width, keep_first=2)
    head.keepWithNext = 1  # the title and introduction never end a page without the table's first rows
    out: list[Flowable] = [CondPageBreak(4 * cm), _Bookmark(f"annex{annex_fr.letter}", both(*titles)), head]
    return out + _annex_tables(_joined_table(annex_fr.table, annex_en.table), st, width)


# ---------------------------------------------------------------- the footer


class BilingualFooter:
    """The one-language footer (reference, fingerprint, initials) with joined labels, and the page
    number in both languages: « Page 2 de 5 / Page 2 of 5 »."""

    def __init__(self, doc: AgreementDocument, footer_class: Callable[[AgreementDocument], Any],
                 pages_form: str) -> None:
        fr, en = columns(doc)
        self.base = footer_class(replace(doc, labels=joined_labels(fr.labels, en.labels)))
        self.form = pages_form
        # « Page {page} de » and « Page {page} of »: each followed by the total page count
        self.prefixes = [d.labels.page_of.split("{pages}")[0] for d in (fr, en)]

    def __call__(self, canvas: Canvas, _doc: Any) -> None:
        base = self.base
        if base.doc.draft:
            base._draft_mark(canvas)
        canvas.saveState()
        base.rule_and_sides(canvas)
        canvas.restoreState()
        self._page_number(canvas)
        base._initials(canvas, PAGE_W - 2 * MARGIN_X)

    def _page_number(self, canvas: Canvas) -> None:
        """« Page 2 de/of 5 » when both languages start alike, else « Page 2 de 5 / Page 2 of 5 »;
        the total is the page-count form, filled in when the file is saved."""
        size = 7.5
        y = 1.05 * cm
        page = canvas.getPageNumber()
        digits = stringWidth("00", SANS, size)
        parts = self.parts(page)
        total = sum(stringWidth(p, SANS, size) for p in parts) + len(parts) * digits
        x = PAGE_W / 2 - total / 2
        canvas.saveState()
        canvas.setFont(SANS, size)
        canvas.setFillColor(colors.black)
        for part in parts:
            canvas.drawString(x, y, part)
            x += stringWidth(part, SANS, size)
            canvas.saveState()
            canvas.translate(x, y)
            canvas.doForm(self.form)
            canvas.restoreState()
            x += digits
        canvas.restoreState()

    def parts(self, page: int) -> list[str]:
        """The text before each page count: one part when the two wordings share their start."""
        (head_fr, tail_fr), (head_en, tail_en) = (p.split("{page}", 1) for p in self.prefixes)
        if head_fr == head_en:
            return [f"{head_fr}{page} {tail_fr.strip()}/{tail_en.strip()} "]
        return [self.prefixes[0].format(page=page), JOIN + self.prefixes[1].format(page=page)]
