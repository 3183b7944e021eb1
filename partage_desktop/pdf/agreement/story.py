"""The agreement PDF's content, in reading order: title block, at-a-glance box, parties, preamble,
numbered articles, cost table, signature blocks and annexes."""

from __future__ import annotations

import io
import re
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
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
from partage_desktop.pdf.agreement.layouts import ARCHIVAL, CURRENT
from partage_desktop.pdf.agreement.signature_fields import SignatureSpot, Spot
from partage_desktop.pdf.agreement.style import (
    ACCENT,
    CLAUSE_INDENT,
    LIGHT,
    RULE,
    SMALLEST_CELL_FONT,
    Para,
    _Bookmark,
    _text,
    _tstyle,
    fitted,
    is_typeset,
    typeset,
)
from partage_desktop.words import t
from partage_desktop.words.typography import ordinal_spans

_TAGS = re.compile(r"<[^>]*>")

# ---------------------------------------------------------------- the story


def _story(doc: AgreementDocument, st: dict[str, ParagraphStyle], width: float,
           layout: int = CURRENT, spots: list[Spot] | None = None) -> list[Flowable]:
    """``spots``: when given, each signature cell records there where its signature field goes."""
    if layout >= ARCHIVAL:
        st = typeset(st, doc.lang)
    labels = doc.labels
    last = labels.draft_mark if doc.draft else f"{labels.fingerprint} {doc.fingerprint}"
    heading: list[Flowable] = [
        Para(_text(doc.title), st["title"]),
        Para(_text(doc.subtitle), st["subtitle"]),
        Para(_text(f"{labels.reference} {doc.reference}  ·  {labels.version} {doc.version}  ·  {last}"),
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
        story.append(Para(_text(labels.preamble_title), st["h1"]))
        story += [Para(_text(p), st["body"]) for p in doc.preamble]
    story += [CondPageBreak(5 * cm), Para(_text(labels.agree), st["center"])]
    cost_placed = False
    for article in doc.articles:
        story += _article(article, labels.edited_mark, st)
        if doc.cost_table is not None and any(c.number == doc.cost_table_after for c in article.clauses):
            story.append(_cost_table(doc, st, width))
            cost_placed = True
    if doc.cost_table is not None and not cost_placed:
        story.append(Para(_text(labels.cost_title), st["h2"]))
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
    rows = [[Para(_text(doc.labels.glance_title), st["h2"])]]
    rows += [[Para(f"<b>{_text(item.label)}</b>{sep}{_text(item.text)}", st["glance"])]
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
    para = Para(f"<b>{_text(doc.labels.notice_title)}</b>{sep}{_text(doc.notice)}", st["notice"])
    return Table([[para]], colWidths=[width], spaceAfter=8, style=_tstyle([
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))


def _draft_notice(doc: AgreementDocument, st: dict[str, ParagraphStyle], width: float) -> Flowable:
    para = Para(f"<b>{_text(doc.labels.draft_mark)}</b> — {_text(doc.labels.draft_notice)}", st["glance"])
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
    out: list[Flowable] = [Para(_text(labels.parties_title), st["h1"])]
    for i, party in enumerate(doc.parties):
        word = labels.between if i == 0 else labels.and_
        block = [Para(f"<b>{_text(word)}</b>", st["h2"]), Para(_party_paragraph(doc, party), st["party"])]
        if i == 0 and is_typeset(st["h1"]):
            out = [KeepTogether(out + block)]  # the heading never ends a page alone
        else:
            out.append(KeepTogether(block))
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
            out.append(Para(markup, st["clause"], bulletText=clause.number))
            first = False
        elif stripped.startswith("- "):
            out.append(Para(markup, st["bullet"], bulletText="•"))
        else:
            out.append(Para(markup, st["clause_more"]))
    return out


def _article(article: Article, mark: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(2.8 * cm), _Bookmark(f"art{article.number}",
                                                               f"{article.number}. {article.title}")]
    out.append(Para(f"{article.number}.\u2002{_text(article.title)}", st["h1"]))
    for clause in article.clauses:
        out += _clause(clause, mark, st)
    return out


def _table(table: DocTable, st: dict[str, ParagraphStyle], width: float, numeric_from: int,
           repeat: bool = True) -> Table:
    weights = table.widths or tuple(1.0 for _ in table.columns)
    total = sum(weights)
    col_widths = [width * w / total for w in weights]
    if is_typeset(st["cell"]):
        return _typeset_table(table, st, col_widths, numeric_from, repeat)
    head = [Para(_text(c), st["cell_head"]) for c in table.columns]

    cell_style = st["cell"]
    room = [w - 8.5 for w in col_widths]  # less the cell padding

    def cell(value: str, col: int) -> Any:
        # A short one-line value is drawn as a plain string (no markup parsing, no wrapping):
        # laying out a 200-row inventory is dominated by paragraph wrapping otherwise.
        if col < numeric_from and "\n" not in value and \
                stringWidth(value, cell_style.fontName, cell_style.fontSize) <= room[col]:
            return value
        return Para(_text(value), st["cell_num" if col >= numeric_from else "cell"])

    rows: list[list[Any]] = [head]
    rows += [[cell(v, i) for i, v in enumerate(row)] for row in table.rows]
    return _finish_table(table, rows, col_widths, st, numeric_from, repeat)


def _finish_table(table: DocTable, rows: list[list[Any]], col_widths: list[float],
                  st: dict[str, ParagraphStyle], numeric_from: int, repeat: bool) -> Table:
    cell_style = st["cell"]
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
        rows.append([Para(f"<b>{_text(v)}</b>", st["cell_num" if i >= numeric_from else "cell"])
                     for i, v in enumerate(table.total)])
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black))
    # Splitting inside a row is costly; it is only needed when one row could be taller than a page.
    tall = int(any(len(v) > 900 for row in table.rows for v in row))
    return Table(rows, colWidths=col_widths, repeatRows=1 if repeat else 0, splitInRow=tall,
                 style=_tstyle(commands), spaceBefore=4, spaceAfter=8)


CELL_PADDING = 8.0  # left and right, as in _finish_table


def _typeset_table(table: DocTable, st: dict[str, ParagraphStyle], col_widths: list[float],
                   numeric_from: int, repeat: bool) -> Table:
    """Layout 2: every cell wraps at word boundaries and hyphenates; a cell whose longest word
    still does not fit takes a smaller font, and a column where even the smallest does not fit
    takes the width it needs from the others. No word is ever cut at an arbitrary letter."""
    cell_style = st["cell"]
    texts = [list(table.columns)] + [list(row) for row in table.rows]

    def style_of(r: int, c: int) -> ParagraphStyle:
        return st["cell_head"] if r == 0 else st["cell_num" if c >= numeric_from else "cell"]

    def markup(r: int, c: int) -> str:
        return _text(texts[r][c])

    floor = [min(w, max(w / 3, 1.2 * cm)) for w in col_widths]  # a column gives no more than this
    for attempt in range(3):
        rows: list[list[Any]] = []
        short = [0.0] * len(col_widths)  # how much wider each column must be
        for r, values in enumerate(texts):
            row: list[Any] = []
            for c, value in enumerate(values):
                room = col_widths[c] - CELL_PADDING
                if r and c < numeric_from and "\n" not in value and not ordinal_spans(value) and \
                        stringWidth(value, cell_style.fontName, cell_style.fontSize) <= room:
                    row.append(value)  # short one-line value: a plain string, fast to lay out
                    continue
                para = fitted(markup(r, c), style_of(r, c), room)
                if para is None:
                    short[c] = max(short[c], _needed(markup(r, c), style_of(r, c)) - room)
                    # not a word of any language (a string of 150 letters): cut where it must be
                    para = Para(markup(r, c), ParagraphStyle(
                        "cut", parent=style_of(r, c), fontSize=SMALLEST_CELL_FONT,
                        leading=SMALLEST_CELL_FONT * 1.25, splitLongWords=1))
                row.append(para)
            rows.append(row)
        if not any(short) or attempt == 2:
            break
        wider = _rebalanced(col_widths, short, floor)
        if wider == col_widths:
            break
        col_widths = wider
    return _finish_table(table, rows, col_widths, st, numeric_from, repeat)


def _needed(markup: str, style: ParagraphStyle) -> float:
    """The width of the longest unbreakable word of ``markup`` at the smallest cell font."""
    plain = _TAGS.sub("", markup).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return max((stringWidth(w, style.fontName, SMALLEST_CELL_FONT) for w in plain.split()), default=0) + 1


def _rebalanced(widths: list[float], short: list[float], floor: list[float]) -> list[float]:
    """Widen the columns that are ``short``, taking the room from the others in proportion to
    what each can spare above its ``floor``; the table keeps its total width."""
    givers = [i for i, s in enumerate(short) if not s]
    spare = sum(widths[i] - floor[i] for i in givers)
    wanted = sum(short)
    if spare <= 0.5 or wanted <= 0:
        return widths
    moved = min(spare, wanted)
    out = list(widths)
    for i, s in enumerate(short):
        if s:
            out[i] += moved * s / wanted
    for i in givers:
        out[i] -= moved * (widths[i] - floor[i]) / spare
    return out


def _cost_table(doc: AgreementDocument, st: dict[str, ParagraphStyle], width: float) -> Flowable:
    assert doc.cost_table is not None
    table = _table(doc.cost_table, st, width - CLAUSE_INDENT, numeric_from=1)
    table.hAlign = "RIGHT"
    caption = Para(_text(doc.labels.cost_title), st["h2"])
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

    def label(text: str) -> Para:
        return Para(_text(text + colon), st["sign"])

    return [
        [Para(_text(party.name), st["sign_name"]), ""],
        [label(labels.representative), Para(_text(party.representative), st["sign"])],
        [label(labels.title), Para(_text(party.representative_title), st["sign"])],
        [Para(f"<i>{_text(labels.authorized)}</i>", st["sign"]), ""],
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
        Para(_text(labels.signatures_title), st["h1"]),
        Para(_text(labels.in_witness.format(n=len(doc.parties))), st["body"]),
    ]
    parties = list(doc.parties)
    # each pair is one table kept whole (rows never split across pages, nor does the pair)
    rows: list[Flowable] = [KeepTogether([_signature_pair(doc, parties[i : i + 2], st, width, i + 1, spots)])
                            for i in range(0, len(parties), 2)]
    return [CondPageBreak(6 * cm), KeepTogether(heading + rows[:1])] + rows[1:]


def _height(flowables: list[Flowable], width: float) -> float:
    """The height ``flowables`` take one after the other, spaces included (a small margin added)."""
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(width, 1e6)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total + 2


ANNEX_CHUNK = 12  # rows per table: ReportLab re-wraps a table's remaining rows at each split


def _annex(doc: AgreementDocument, annex: Annex, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    title = f"{doc.labels.annex} {annex.letter} — {annex.title}"
    out: list[Flowable] = [CondPageBreak(4 * cm), _Bookmark(f"annex{annex.letter}", title),
                           Para(_text(title), st["h1"])]
    if annex.intro:
        out.append(Para(_text(annex.intro), st["body"]))
    rows = annex.table.rows
    if is_typeset(st["cell"]):
        # the title never ends a page alone: it goes to the next page unless its introduction,
        # the table's header and first rows fit below it
        lead = _table(DocTable(annex.table.columns, rows[:2], widths=annex.table.widths), st, width,
                      numeric_from=len(annex.table.columns) + 1)
        out[0] = CondPageBreak(_height([*out[2:], lead], width))
    return out + _annex_tables(annex.table, st, width)


def _annex_tables(doc_table: DocTable, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """An annex's table as consecutive tables of ``ANNEX_CHUNK`` rows with the header repeated, so
    that laying out 200 rows stays linear; each piece still splits by row (and inside a tall row)
    with its header."""
    rows = doc_table.rows
    out: list[Flowable] = []
    for start in range(0, max(len(rows), 1), ANNEX_CHUNK):
        piece = DocTable(doc_table.columns, rows[start : start + ANNEX_CHUNK], widths=doc_table.widths)
        table = _table(piece, st, width, numeric_from=len(piece.columns) + 1)
        if start:
            table.spaceBefore = 0
        if start + ANNEX_CHUNK < len(rows):
            table.spaceAfter = 0
        out.append(table)
    return out


