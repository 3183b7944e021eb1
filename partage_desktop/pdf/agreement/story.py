"""The agreement PDF's content, in reading order: title block, at-a-glance box, parties, preamble,
numbered articles, cost table, signature blocks and annexes."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.flowables import Flowable

from partage_desktop.core.agreements.document import (
    AgreementDocument,
    Annex,
    Article,
    Clause,
    PartyBlock,
)
from partage_desktop.core.agreements.document import Table as DocTable
from partage_desktop.pdf.agreement.layouts import CURRENT
from partage_desktop.pdf.agreement.signature_fields import SignatureSpot, Spot
from partage_desktop.pdf.agreement.style import (
    ACCENT,
    CLAUSE_INDENT,
    LIGHT,
    RULE,
    _Bookmark,
    _text,
    _tstyle,
)
from partage_desktop.words import t

# ---------------------------------------------------------------- the story


def _story(doc: AgreementDocument, st: dict[str, ParagraphStyle], width: float,
           layout: int = CURRENT, spots: list[Spot] | None = None) -> list[Flowable]:
    """``spots``: when given, each signature cell records there where its signature field goes."""
    labels = doc.labels
    last = labels.draft_mark if doc.draft else f"{labels.fingerprint} {doc.fingerprint}"
    heading: list[Flowable] = [
        Paragraph(_text(doc.title), st["title"]),
        Paragraph(_text(doc.subtitle), st["subtitle"]),
        Paragraph(_text(f"{labels.reference} {doc.reference}  ·  {labels.version} {doc.version}  ·  {last}"),
                  st["refline"]),
    ]
    story: list[Flowable] = heading if not doc.logo else [_with_logo(heading, doc.logo, width), Spacer(1, 8)]
    if doc.draft:
        story.append(_draft_notice(doc, st, width))
    if doc.glance:
        story += _glance(doc, st, width)
    story.append(_notice(doc, st, width))
    story += _parties(doc, st)
    if doc.preamble:
        story.append(Paragraph(_text(labels.preamble_title), st["h1"]))
        story += [Paragraph(_text(p), st["body"]) for p in doc.preamble]
    story += [CondPageBreak(5 * cm), Paragraph(_text(labels.agree), st["center"])]
    cost_placed = False
    for article in doc.articles:
        story += _article(article, labels.edited_mark, st)
        if doc.cost_table is not None and any(c.number == doc.cost_table_after for c in article.clauses):
            story.append(_cost_table(doc, st, width))
            cost_placed = True
    if doc.cost_table is not None and not cost_placed:
        story.append(Paragraph(_text(labels.cost_title), st["h2"]))
        story.append(_cost_table(doc, st, width))
    story += _signatures(doc, st, width, spots)
    for annex in doc.annexes:
        story += _annex(doc, annex, st, width)
    return story


LOGO_BOX = (3.4 * cm, 2.2 * cm)


def _with_logo(heading: list[Flowable], logo: bytes, width: float) -> Flowable:
    """The title block with the first party's logo at the right, scaled into a small box."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    reader = ImageReader(io.BytesIO(logo))
    w, h = reader.getSize()
    scale = min(LOGO_BOX[0] / w, LOGO_BOX[1] / h)
    image = Image(io.BytesIO(logo), width=w * scale, height=h * scale)
    image.hAlign = "RIGHT"
    return Table([[heading, image]], colWidths=[width - LOGO_BOX[0] - 0.3 * cm, LOGO_BOX[0] + 0.3 * cm],
                 style=_tstyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))


def _glance(doc: AgreementDocument, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    sep = t("label_separator", doc.lang)
    rows = [[Paragraph(_text(doc.labels.glance_title), st["h2"])]]
    rows += [[Paragraph(f"<b>{_text(item.label)}</b>{sep}{_text(item.text)}", st["glance"])]
             for item in doc.glance]
    table = Table(rows, colWidths=[width], splitInRow=1, style=_tstyle([
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ]))
    return [table, Spacer(1, 8)]


def _notice(doc: AgreementDocument, st: dict[str, ParagraphStyle], width: float) -> Flowable:
    sep = t("label_separator", doc.lang)
    para = Paragraph(f"<b>{_text(doc.labels.notice_title)}</b>{sep}{_text(doc.notice)}", st["notice"])
    return Table([[para]], colWidths=[width], spaceAfter=8, style=_tstyle([
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))


def _draft_notice(doc: AgreementDocument, st: dict[str, ParagraphStyle], width: float) -> Flowable:
    para = Paragraph(f"<b>{_text(doc.labels.draft_mark)}</b> — {_text(doc.labels.draft_notice)}", st["glance"])
    return Table([[para]], colWidths=[width], spaceAfter=8, style=_tstyle([
        ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#b00020")),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))


def _party_paragraph(doc: AgreementDocument, party: PartyBlock) -> str:
    labels = doc.labels
    lines = [f"<b>{_text(party.name)}</b>" + (f" ({labels.neq} {_text(party.neq)})" if party.neq else "")]
    lines.append(_text(party.address))
    lines.append(_text(labels.represented_by.format(name=party.representative, title=party.representative_title,
                                                    represented=party.represented or "représenté")))
    contact = " · ".join(x for x in (party.email, party.phone) if x)
    if contact:
        lines.append(_text(contact))
    if party.role:
        lines.append(f"<i>{_text(party.role)}</i>")
    return "<br/>".join(lines)


def _parties(doc: AgreementDocument, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    labels = doc.labels
    out: list[Flowable] = [Paragraph(_text(labels.parties_title), st["h1"])]
    for i, party in enumerate(doc.parties):
        word = labels.between if i == 0 else labels.and_
        out.append(KeepTogether([
            Paragraph(f"<b>{_text(word)}</b>", st["h2"]),
            Paragraph(_party_paragraph(doc, party), st["party"]),
        ]))
    return out


def _clause(clause: Clause, doc_mark: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    first = True
    lines = clause.text.split("\n")
    for n, line in enumerate(lines):
        stripped = line.strip()
        if not stripped and not first:
            continue
        markup = _text(stripped[2:] if stripped.startswith("- ") else stripped)
        if n == len(lines) - 1 and clause.edited:
            markup += f" <font size='7.5' color='#555555'><i>{_text(doc_mark)}</i></font>"
        if first:
            out.append(Paragraph(markup, st["clause"], bulletText=clause.number))
            first = False
        elif stripped.startswith("- "):
            out.append(Paragraph(markup, st["bullet"], bulletText="•"))
        else:
            out.append(Paragraph(markup, st["clause_more"]))
    return out


def _article(article: Article, mark: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(2.8 * cm), _Bookmark(f"art{article.number}",
                                                               f"{article.number}. {article.title}")]
    out.append(Paragraph(f"{article.number}.\u2002{_text(article.title)}", st["h1"]))
    for clause in article.clauses:
        out += _clause(clause, mark, st)
    return out


def _table(table: DocTable, st: dict[str, ParagraphStyle], width: float, numeric_from: int,
           repeat: bool = True) -> Table:
    weights = table.widths or tuple(1.0 for _ in table.columns)
    total = sum(weights)
    col_widths = [width * w / total for w in weights]
    head = [Paragraph(_text(c), st["cell_head"]) for c in table.columns]

    cell_style = st["cell"]
    room = [w - 8.5 for w in col_widths]  # less the cell padding

    def cell(value: str, col: int) -> Any:
        # A short one-line value is drawn as a plain string (no markup parsing, no wrapping):
        # laying out a 200-row inventory is dominated by paragraph wrapping otherwise.
        if col < numeric_from and "\n" not in value and \
                stringWidth(value, cell_style.fontName, cell_style.fontSize) <= room[col]:
            return value
        return Paragraph(_text(value), st["cell_num" if col >= numeric_from else "cell"])

    rows: list[list[Any]] = [head]
    rows += [[cell(v, i) for i, v in enumerate(row)] for row in table.rows]
    commands: list[tuple[Any, ...]] = [
        ("FONTSIZE", (0, 1), (-1, -1), cell_style.fontSize),
        ("LEADING", (0, 1), (-1, -1), cell_style.leading),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if table.total is not None:
        rows.append([Paragraph(f"<b>{_text(v)}</b>", st["cell_num" if i >= numeric_from else "cell"])
                     for i, v in enumerate(table.total)])
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black))
    # Splitting inside a row is costly; it is only needed when one row could be taller than a page.
    tall = int(any(len(v) > 900 for row in table.rows for v in row))
    return Table(rows, colWidths=col_widths, repeatRows=1 if repeat else 0, splitInRow=tall,
                 style=_tstyle(commands), spaceBefore=4, spaceAfter=8)


def _cost_table(doc: AgreementDocument, st: dict[str, ParagraphStyle], width: float) -> Flowable:
    assert doc.cost_table is not None
    table = _table(doc.cost_table, st, width - CLAUSE_INDENT, numeric_from=1)
    table.hAlign = "RIGHT"
    caption = Paragraph(_text(doc.labels.cost_title), st["h2"])
    return KeepTogether([caption, table]) if len(doc.cost_table.rows) <= 14 else table


def _signature_cells(doc: AgreementDocument, party: PartyBlock | None,
                     st: dict[str, ParagraphStyle], spot: Flowable | str = "") -> list[list[Any]]:
    """One party's column pair, row by row: who signs, the board resolution date, then lines to
    fill by hand. ``None`` gives the empty half of the last row when the count is odd. ``spot``
    goes above the signature line (where the electronic signature field is placed)."""
    if party is None:
        return [["", ""] for _ in range(SIGNATURE_ROWS)]
    labels = doc.labels
    colon = t("label_colon", doc.lang)

    def label(text: str) -> Paragraph:
        return Paragraph(_text(text + colon), st["sign"])

    return [
        [Paragraph(_text(party.name), st["sign_name"]), ""],
        [label(labels.representative), Paragraph(_text(party.representative), st["sign"])],
        [label(labels.title), Paragraph(_text(party.representative_title), st["sign"])],
        [Paragraph(f"<i>{_text(labels.authorized)}</i>", st["sign"]), ""],
        ["", ""],
        [label(labels.signature), spot],
        [label(labels.date), ""],
        [label(labels.place), ""],
    ]


SIGNATURE_ROWS = 8
LABEL_W = 3.2 * cm
GAP = 0.8 * cm


def _signature_pair(doc: AgreementDocument, pair: list[PartyBlock], st: dict[str, ParagraphStyle],
                    width: float, first: int = 1, spots: list[Spot] | None = None) -> Table:
    """Two parties side by side in one table, so that their rows line up even when one name or
    title wraps onto more lines than the other; a table row never splits across pages. ``first``:
    the number of the pair's first party (from 1)."""
    half = (width - GAP) / 2

    def spot(offset: int) -> Flowable | str:
        if spots is None or offset >= len(pair):
            return ""
        return SignatureSpot(first + offset, pair[offset].name, half - LABEL_W - 2, spots)

    left = _signature_cells(doc, pair[0], st, spot(0))
    right = _signature_cells(doc, pair[1] if len(pair) > 1 else None, st, spot(1))
    rows = [a + [""] + b for a, b in zip(left, right, strict=True)]
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("VALIGN", (0, 0), (-1, 0), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 4), (-1, 7), 12),
        ("TOPPADDING", (0, 5), (-1, 5), 26),
    ]
    for first, present in ((0, True), (3, len(pair) > 1)):
        last = first + 1
        commands += [("SPAN", (first, 0), (last, 0)), ("SPAN", (first, 3), (last, 3)),
                     ("SPAN", (first, 4), (last, 4))]
        if present:
            commands += [("LINEABOVE", (first, 0), (last, 0), 0.6, ACCENT),
                         ("LINEBELOW", (first, 4), (last, 4), 0.6, colors.black),
                         ("LINEBELOW", (last, 5), (last, 7), 0.6, colors.black)]
    return Table(rows, colWidths=[LABEL_W, half - LABEL_W, GAP, LABEL_W, half - LABEL_W],
                 spaceBefore=6, spaceAfter=10, style=_tstyle(commands))


def _signatures(doc: AgreementDocument, st: dict[str, ParagraphStyle], width: float,
                spots: list[Spot] | None = None) -> list[Flowable]:
    labels = doc.labels
    heading = [
        _Bookmark("signatures", labels.signatures_title),
        Paragraph(_text(labels.signatures_title), st["h1"]),
        Paragraph(_text(labels.in_witness.format(n=len(doc.parties))), st["body"]),
    ]
    parties = list(doc.parties)
    # each pair is one table kept whole (rows never split across pages, nor does the pair)
    rows: list[Flowable] = [KeepTogether([_signature_pair(doc, parties[i : i + 2], st, width, i + 1, spots)])
                            for i in range(0, len(parties), 2)]
    return [CondPageBreak(6 * cm), KeepTogether(heading + rows[:1])] + rows[1:]


ANNEX_CHUNK = 12  # rows per table: ReportLab re-wraps a table's remaining rows at each split


def _annex(doc: AgreementDocument, annex: Annex, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    title = f"{doc.labels.annex} {annex.letter} — {annex.title}"
    out: list[Flowable] = [CondPageBreak(4 * cm), _Bookmark(f"annex{annex.letter}", title),
                           Paragraph(_text(title), st["h1"])]
    if annex.intro:
        out.append(Paragraph(_text(annex.intro), st["body"]))
    rows = annex.table.rows
    # Long annexes print as consecutive tables with the header repeated, so that laying out
    # 200 rows stays linear; each piece still splits by row (and inside a tall row) with its header.
    for start in range(0, max(len(rows), 1), ANNEX_CHUNK):
        piece = DocTable(annex.table.columns, rows[start : start + ANNEX_CHUNK], widths=annex.table.widths)
        table = _table(piece, st, width, numeric_from=len(piece.columns) + 1)
        if start:
            table.spaceBefore = 0
        if start + ANNEX_CHUNK < len(rows):
            table.spaceAfter = 0
        out.append(table)
    return out


