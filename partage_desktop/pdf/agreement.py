"""Draws an AgreementDocument as a signed-ready PDF, and reads back the answers it carries.

One layout pass: the total page count of "Page X de Y" is a form XObject filled in when the
canvas is saved, so the footers need no second build. Every value typed by a user is escaped
before it reaches ReportLab's paragraph markup. Invariant mode makes the bytes a pure function
of the document, which is what ``agreement verify`` relies on.
"""

from __future__ import annotations

import io
from html import escape as _html_escape
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from .. import __version__
from ..core.document import AgreementDocument, Annex, Article, Clause, PartyBlock
from ..core.document import Table as DocTable
from .fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts

ATTACHMENT_NAME = "partage-entente.json"
PAGE_W, PAGE_H = letter
MARGIN_X = 2.0 * cm
MARGIN_TOP = 1.8 * cm
FOOTER_H = 2.6 * cm
ACCENT = colors.HexColor("#1f4e79")
LIGHT = colors.HexColor("#eef3f8")
RULE = colors.HexColor("#9aa9b8")
PAGES_FORM = "partagePageCount"
CLAUSE_INDENT = 1.1 * cm


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=SERIF, fontSize=10, leading=13.6, spaceAfter=5,
                          splitLongWords=1, bulletFontName=SERIF)
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=18, leading=22,
                                textColor=ACCENT, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontName=SERIF_ITALIC, fontSize=10.5,
                                   leading=14, spaceAfter=6),
        "refline": ParagraphStyle("refline", parent=body, fontName=SANS, fontSize=8.5, leading=11,
                                  textColor=colors.HexColor("#333333"), spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=body, fontName=SANS_BOLD, fontSize=11.5, leading=15,
                             textColor=ACCENT, spaceBefore=9, spaceAfter=5, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=SANS_BOLD, fontSize=10, leading=13,
                             spaceBefore=4, spaceAfter=3, keepWithNext=1),
        "center": ParagraphStyle("center", parent=body, fontName=SANS_BOLD, alignment=TA_CENTER,
                                 spaceBefore=4, spaceAfter=4, keepWithNext=1),
        "party": ParagraphStyle("party", parent=body, leftIndent=CLAUSE_INDENT, spaceAfter=4),
        "clause": ParagraphStyle("clause", parent=body, leftIndent=CLAUSE_INDENT, bulletIndent=0,
                                 bulletFontName=SERIF_BOLD),
        "clause_more": ParagraphStyle("clause_more", parent=body, leftIndent=CLAUSE_INDENT),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=CLAUSE_INDENT + 0.45 * cm,
                                 bulletIndent=CLAUSE_INDENT, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.8, leading=11, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=SANS_BOLD, fontSize=8.5,
                                    leading=10.5, spaceAfter=0),
        "cell_num": ParagraphStyle("cell_num", parent=body, fontSize=8.8, leading=11, spaceAfter=0,
                                   alignment=TA_RIGHT),
        "glance": ParagraphStyle("glance", parent=body, fontSize=9.5, leading=12.5, spaceAfter=0),
        "notice": ParagraphStyle("notice", parent=body, fontName=SERIF_ITALIC, fontSize=8.5,
                                 leading=11, spaceAfter=0),
        "sign": ParagraphStyle("sign", parent=body, fontSize=9, leading=12.5, spaceAfter=0),
        "sign_name": ParagraphStyle("sign_name", parent=body, fontName=SERIF_BOLD, fontSize=9.5,
                                    leading=12.5, spaceAfter=2),
    }


def _tstyle(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cells default to the embedded font (ReportLab's default is Helvetica,
    which would be referenced without being embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SERIF), *commands])


def _text(value: str) -> str:
    """Plain user or template text → safe paragraph markup (line breaks kept)."""
    # html.escape (not xml.sax.saxutils, whose import pulls in urllib) escapes & < > the same way
    return _html_escape(value, quote=False).replace("\n", "<br/>")


class _Bookmark(Flowable):
    """A zero-size marker: where it lands, an outline entry points."""

    def __init__(self, key: str, title: str) -> None:
        super().__init__()
        self.key = key
        self.title = title

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)


class _Footer:
    """Reference, page number, fingerprint and one initials box per party, on every page."""

    def __init__(self, doc: AgreementDocument) -> None:
        self.doc = doc
        labels = doc.labels
        self.left = f"{labels.reference} {doc.reference} · {labels.version} {doc.version}"
        self.right = f"{labels.fingerprint} {doc.fingerprint}"
        self.page_prefix = labels.page_of.split("{pages}")[0]
        self.names = [_short(p.name) for p in doc.parties]

    def __call__(self, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        width = PAGE_W - 2 * MARGIN_X
        y_line = 1.05 * cm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y_line + 0.42 * cm, PAGE_W - MARGIN_X, y_line + 0.42 * cm)
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(colors.black)
        canvas.drawString(MARGIN_X, y_line, self.left)
        canvas.drawRightString(PAGE_W - MARGIN_X, y_line, self.right)
        prefix = self.page_prefix.format(page=canvas.getPageNumber())
        guess = stringWidth(prefix + "00", SANS, 7.5)
        x = PAGE_W / 2 - guess / 2
        canvas.drawString(x, y_line, prefix)
        canvas.translate(x + stringWidth(prefix, SANS, 7.5), y_line)
        canvas.doForm(PAGES_FORM)
        canvas.restoreState()
        self._initials(canvas, width)

    def _initials(self, canvas: Canvas, width: float) -> None:
        canvas.saveState()
        label = self.doc.labels.initials
        label_w = stringWidth(label, SANS_BOLD, 7) + 0.3 * cm
        count = len(self.names)
        gap = 0.15 * cm
        box_w = min(2.4 * cm, (width - label_w) / max(count, 1) - gap)
        box_h = 0.62 * cm
        y = 1.7 * cm
        canvas.setFont(SANS_BOLD, 7)
        canvas.drawString(MARGIN_X, y + box_h / 2 - 2.5, label)
        x = PAGE_W - MARGIN_X - count * (box_w + gap) + gap
        canvas.setStrokeColor(colors.HexColor("#555555"))
        canvas.setLineWidth(0.6)
        for name in self.names:
            canvas.rect(x, y, box_w, box_h)
            canvas.setFont(SANS, 5.2)
            canvas.setFillColor(colors.HexColor("#555555"))
            canvas.drawCentredString(x + box_w / 2, y + 1.6, _fit(name, box_w - 2, SANS, 5.2))
            x += box_w + gap
        canvas.restoreState()


def _short(name: str) -> str:
    return " ".join(name.split())


def _fit(text: str, width: float, font: str, size: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class _Canvas(Canvas):
    """Fills in the total page count (a form every footer refers to) when the file is saved."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pages_done = 0

    def showPage(self) -> None:  # noqa: N802 - ReportLab API
        self.pages_done += 1
        super().showPage()

    def save(self) -> None:
        self.beginForm(PAGES_FORM)
        self.setFont(SANS, 7.5)
        self.drawString(0, 0, str(self.pages_done))
        self.endForm()
        super().save()


def _attach(canvas: Canvas, name: str, payload: bytes) -> None:
    """Embed ``payload`` as a file attachment (the canonical answers, for verification)."""
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString

    doc = canvas._doc
    stream = PDFStream(PDFDictionary({"Type": PDFName("EmbeddedFile")}), payload)
    spec = PDFDictionary({
        "Type": PDFName("Filespec"),
        "F": PDFString(name),
        "UF": PDFString(name),
        "Desc": PDFString("Partage canonical answers"),
        "EF": PDFDictionary({"F": doc.Reference(stream)}),
    })
    names = PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": PDFArray([PDFString(name),
                                                                             doc.Reference(spec)])})})
    doc.Catalog.Names = names


def render_agreement(doc: AgreementDocument) -> bytes:
    return render_agreement_pages(doc)[0]


def render_agreement_pages(doc: AgreementDocument) -> tuple[bytes, int]:
    """The PDF bytes and the number of pages."""
    body_font = register_fonts()
    out = io.BytesIO()
    footer = _Footer(doc)
    template = BaseDocTemplate(
        out, pagesize=letter, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=FOOTER_H, title=f"{doc.title} — {doc.reference}", author=doc.author,
        subject=doc.subject, keywords=list(doc.keywords), creator=f"Partage {__version__}",
        lang="fr-CA" if doc.lang == "fr" else "en-CA", invariant=1, initialFontName=body_font,
        pageCompression=1,
    )
    frame = Frame(MARGIN_X, FOOTER_H, PAGE_W - 2 * MARGIN_X, PAGE_H - MARGIN_TOP - FOOTER_H,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer)])
    canvases: list[_Canvas] = []

    def make_canvas(*args: Any, **kwargs: Any) -> _Canvas:
        canvas = _Canvas(*args, **kwargs)
        canvases.append(canvas)
        canvas.showOutline()
        _attach(canvas, ATTACHMENT_NAME, doc.attachment_json.encode("utf-8"))
        return canvas

    template.build(_story(doc, _styles(), template.width), canvasmaker=make_canvas)
    return out.getvalue(), canvases[-1].pages_done


# ---------------------------------------------------------------- the story


def _story(doc: AgreementDocument, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    labels = doc.labels
    heading: list[Flowable] = [
        Paragraph(_text(doc.title), st["title"]),
        Paragraph(_text(doc.subtitle), st["subtitle"]),
        Paragraph(_text(f"{labels.reference} {doc.reference}  ·  {labels.version} {doc.version}  ·  "
                        f"{labels.fingerprint} {doc.fingerprint}"), st["refline"]),
    ]
    story: list[Flowable] = heading if not doc.logo else [_with_logo(heading, doc.logo, width), Spacer(1, 8)]
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
    story += _signatures(doc, st, width)
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
    sep = "\u00a0: " if doc.lang == "fr" else ": "
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
    sep = "\u00a0: " if doc.lang == "fr" else ": "
    para = Paragraph(f"<b>{_text(doc.labels.notice_title)}</b>{sep}{_text(doc.notice)}", st["notice"])
    return Table([[para]], colWidths=[width], spaceAfter=8, style=_tstyle([
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))


def _party_paragraph(doc: AgreementDocument, party: PartyBlock) -> str:
    labels = doc.labels
    lines = [f"<b>{_text(party.name)}</b>" + (f" ({labels.neq} {_text(party.neq)})" if party.neq else "")]
    lines.append(_text(party.address))
    lines.append(_text(labels.represented_by.format(name=party.representative,
                                                    title=party.representative_title)))
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


def _signature_block(doc: AgreementDocument, party: PartyBlock, st: dict[str, ParagraphStyle],
                     width: float) -> Table:
    """One party's block: who signs, the board resolution date, then lines to fill by hand."""
    labels = doc.labels
    colon = "\u00a0:" if doc.lang == "fr" else ":"

    def label(text: str) -> Paragraph:
        return Paragraph(_text(text + colon), st["sign"])

    rows: list[list[Any]] = [
        [Paragraph(_text(party.name), st["sign_name"]), ""],
        [label(labels.representative), Paragraph(_text(party.representative), st["sign"])],
        [label(labels.title), Paragraph(_text(party.representative_title), st["sign"])],
        [Paragraph(f"<i>{_text(labels.authorized)}</i>", st["sign"]), ""],
        ["", ""],
        [label(labels.signature), ""],
        [label(labels.date), ""],
        [label(labels.place), ""],
    ]
    label_w = 3.2 * cm
    return Table(rows, colWidths=[label_w, width - label_w], style=_tstyle([
        ("SPAN", (0, 0), (1, 0)),
        ("SPAN", (0, 3), (1, 3)),
        ("SPAN", (0, 4), (1, 4)),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 4), (1, 4), 0.6, colors.black),
        ("LINEBELOW", (1, 5), (1, 7), 0.6, colors.black),
        ("TOPPADDING", (0, 4), (-1, 7), 12),
        ("TOPPADDING", (0, 5), (-1, 5), 26),
    ]))


def _signatures(doc: AgreementDocument, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    labels = doc.labels
    heading = [
        _Bookmark("signatures", labels.signatures_title),
        Paragraph(_text(labels.signatures_title), st["h1"]),
        Paragraph(_text(labels.in_witness.format(n=len(doc.parties))), st["body"]),
    ]
    rows = []
    parties = list(doc.parties)
    half = (width - 0.6 * cm) / 2
    for i in range(0, len(parties), 2):
        pair = parties[i : i + 2]
        cells: list[Any] = [_signature_block(doc, p, st, half - 0.6 * cm) for p in pair]
        if len(cells) == 1:
            cells.append("")
        rows.append(Table([cells], colWidths=[half, half], spaceBefore=6, spaceAfter=6,
                          style=_tstyle([
                              ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0.6 * cm),
                              ("LINEABOVE", (0, 0), (0, 0), 0.6, ACCENT),
                              ("LINEABOVE", (1, 0), (1, 0), 0.6 if len(pair) == 2 else 0, ACCENT),
                          ])))
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


def read_embedded_answers(data: bytes) -> str | None:
    """The canonical answers a Partage PDF carries, or None (not ours, damaged, or removed)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        found = reader.attachments.get(ATTACHMENT_NAME)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        return None
    if not found:
        return None
    try:
        return found[0].decode("utf-8")
    except UnicodeDecodeError:
        return None
