"""Guide articles printed as a PDF booklet: a cover, a table of contents, one article per chapter.

Every text that comes from an article goes through ``xml.sax.saxutils.escape`` before it reaches
ReportLab's markup, so ``<``, ``&`` and quotes print as written. Fonts are the shipped DejaVu
families, embedded; nothing refers to ReportLab's unembedded Helvetica.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from partage_desktop.core.formatting import format_date, french_spacing
from partage_desktop.core.guides import markdown_blocks as mb
from partage_desktop.core.guides.library import GuideArticle
from partage_desktop.pdf.fonts import (
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    register_fonts,
)
from partage_desktop.pdf.guides.svg_drawing import svg_drawing
from partage_desktop.words import t, tn

ACCENT = "#1f4e79"


def label(key: str, lang: str, **values: str) -> str:
    """The booklet's own words (the words catalogue's ``booklet_…``)."""
    text = t(f"booklet_{key}", lang, **values)
    return french_spacing(text) if lang == "fr" else text  # the values too, as always


@dataclass(frozen=True)
class Booklet:
    title: str
    articles: Sequence[GuideArticle]
    lang: str
    image_dir: Path  # where article images (img/…) are found
    template_titles: dict[str, str]  # template id → title, for "agreement templates" lines
    see_also: dict[str, list[str]]  # article id → related article ids (both ways)
    article_titles: dict[str, str]  # every article of the library, id → title
    printed: date
    contents: bool = True  # False for a single article


def render_booklet(booklet: Booklet) -> bytes:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    register_fonts()
    lang = booklet.lang
    styles = _styles()
    buffer = io.BytesIO()
    margin = 2.2 * cm

    class _Doc(BaseDocTemplate):
        def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - ReportLab API
            key = getattr(flowable, "toc_key", None)
            if key:
                self.notify("TOCEntry", (0, flowable.toc_text, self.page, key))

    doc = _Doc(buffer, pagesize=LETTER, leftMargin=margin, rightMargin=margin, topMargin=2 * cm,
               bottomMargin=2.2 * cm, title=booklet.title, author="Partage",
               subject=label("producer", lang), creator="Partage", lang=f"{lang}-CA",
               initialFontName=SERIF, invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = _story(booklet, styles, doc.width)
    canvasmaker = _numbered_canvas(booklet.title, lang)
    if booklet.contents:
        doc.multiBuild(story, canvasmaker=canvasmaker)
    else:
        doc.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()


def _styles() -> dict[str, Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    accent = HexColor(ACCENT)
    body = ParagraphStyle("body", fontName=SERIF, fontSize=10.5, leading=15, spaceAfter=6)
    return {
        "body": body,
        "summary": ParagraphStyle("summary", parent=body, fontName=SERIF_ITALIC, fontSize=11.5, leading=16,
                                  spaceAfter=12, textColor=HexColor("#333333")),
        "h1": ParagraphStyle("h1", fontName=SANS_BOLD, fontSize=20, leading=25, spaceAfter=8, textColor=accent),
        "h2": ParagraphStyle("h2", fontName=SANS_BOLD, fontSize=13.5, leading=18, spaceBefore=12,
                             spaceAfter=5, textColor=accent),
        "h3": ParagraphStyle("h3", fontName=SANS_BOLD, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12.5, spaceAfter=0),
        "head": ParagraphStyle("head", parent=body, fontName=SERIF_BOLD, fontSize=9.5, leading=12.5, spaceAfter=0),
        "caption": ParagraphStyle("caption", parent=body, fontName=SERIF_ITALIC, fontSize=9, leading=12,
                                  alignment=1, textColor=HexColor("#555555")),
        "cover": ParagraphStyle("cover", fontName=SANS_BOLD, fontSize=28, leading=34, textColor=accent,
                                spaceAfter=18),
        "cover_sub": ParagraphStyle("cover_sub", fontName=SANS, fontSize=13, leading=18, spaceAfter=8),
        "toc": ParagraphStyle("toc", fontName=SERIF, fontSize=11, leading=16, leftIndent=0),
        "note": ParagraphStyle("note", parent=body, fontName=SANS, fontSize=9, leading=12,
                               textColor=HexColor("#444444")),
    }


def _story(booklet: Booklet, styles: dict[str, Any], width: float) -> list[Any]:
    from reportlab.platypus import PageBreak, Paragraph, Spacer
    from reportlab.platypus.tableofcontents import TableOfContents

    lang = booklet.lang
    included = {a.id for a in booklet.articles}
    story: list[Any] = []
    if booklet.contents:
        count = len(booklet.articles)
        story += [Spacer(1, 120), Paragraph(escape(booklet.title), styles["cover"]),
                  Paragraph(escape(tn("booklet_articles", count, lang)),
                            styles["cover_sub"]),
                  Paragraph(escape(label("printed", lang, date=format_date(booklet.printed, lang))),
                            styles["cover_sub"]),
                  Spacer(1, 36), Paragraph(escape(label("notice", lang)), styles["note"]), PageBreak()]
        toc = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = [styles["toc"]]
        toc.tableStyle = _toc_table_style()
        story += [Paragraph(escape(label("contents", lang)), styles["h1"]), Spacer(1, 8), toc]
    for n, article in enumerate(booklet.articles):
        if booklet.contents or n:
            story.append(PageBreak())
        title = Paragraph(f'<a name="art-{escape(article.id)}"/>{escape(article.title)}', styles["h1"])
        title.toc_key = f"art-{article.id}"
        title.toc_text = escape(article.title)
        story += [title, Paragraph(escape(article.summary), styles["summary"])]
        story += _blocks(mb.parse(article.body), booklet, included, styles, width)
        story += _footer_lines(article, booklet, included, styles)
    return story


def _toc_table_style() -> Any:
    from reportlab.platypus import TableStyle

    return TableStyle([("FONT", (0, 0), (-1, -1), SERIF, 11), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                       ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])


def _link_markup(included: set[str]) -> mb.LinkFilter:
    def href(target: str) -> str | None:
        kind, _, value = target.partition(":")
        if kind in ("http", "https", "mailto"):
            return target
        if kind == "guide" and value in included:
            return f"#art-{value}"
        return None

    return href


def _spans(spans: mb.Inlines, included: set[str]) -> str:
    href = _link_markup(included)
    out = []
    for s in spans:
        text = escape(s.text)
        if s.code:
            text = f'<font face="{SANS}">{text}</font>'
        if s.italic:
            text = f"<i>{text}</i>"
        if s.bold:
            text = f"<b>{text}</b>"
        target = href(s.link) if s.link else None
        if target:
            text = f'<link href="{escape(target, {chr(34): "&quot;"})}" color="{ACCENT}">{text}</link>'
            if not target.startswith("#") and _bare(s.text) != _bare(target):
                # the address itself, so a reader of the paper copy can type it
                text += f' <font size="8.5">({escape(target.removeprefix("mailto:"))})</font>'
        out.append(text)
    return "".join(out)


def _bare(address: str) -> str:
    """An address as people read it: no scheme, no www., no trailing slash."""
    for prefix in ("https://", "http://", "mailto:", "www."):
        address = address.strip().removeprefix(prefix)
    return address.rstrip("/").lower()


def _blocks(blocks: list[mb.Block], booklet: Booklet, included: set[str], styles: dict[str, Any],
            width: float) -> list[Any]:
    from reportlab.platypus import CondPageBreak, HRFlowable, Paragraph, Spacer

    out: list[Any] = []
    for block in blocks:
        if isinstance(block, mb.Heading):
            out += [CondPageBreak(72), Paragraph(_spans(block.spans, included),
                                                 styles["h2" if block.level <= 2 else "h3"])]
        elif isinstance(block, mb.Paragraph):
            out.append(Paragraph(_spans(block.spans, included), styles["body"]))
        elif isinstance(block, mb.ListBlock):
            out += [_list(block, included, styles), Spacer(1, 4)]
        elif isinstance(block, mb.Table):
            out += [_table(block, included, styles, width), Spacer(1, 8)]
        elif isinstance(block, mb.Image):
            out.append(_image(block, booklet, styles, width))
        else:
            out.append(HRFlowable(width="100%", thickness=0.5, color="#999999", spaceBefore=4, spaceAfter=8))
    return out


def _list(block: mb.ListBlock, included: set[str], styles: dict[str, Any]) -> Any:
    from reportlab.platypus import ListFlowable, ListItem, Paragraph

    items = []
    for item in block.items:
        content: list[Any] = [Paragraph(_spans(item.spans, included), styles["body"])]
        content += [_list(child, included, styles) for child in item.children]
        kwargs: dict[str, Any] = {"value": "☐", "bulletFontName": SANS} if item.checkbox else {}
        items.append(ListItem(content if len(content) > 1 else content[0], **kwargs))
    if block.ordered:
        return ListFlowable(items, bulletType="1", start=block.start, bulletFontName=SERIF, leftIndent=16,
                            bulletFontSize=10.5)
    return ListFlowable(items, bulletType="bullet", start="•", bulletFontName=SANS, leftIndent=14,
                        bulletFontSize=9)


def _table(block: mb.Table, included: set[str], styles: dict[str, Any], width: float) -> Any:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    columns = max(1, len(block.header))
    rows = [[Paragraph(_spans(c, included), styles["head"]) for c in block.header]]
    rows += [[Paragraph(_spans(c, included), styles["cell"]) for c in row] for row in block.rows]
    table = Table(rows, colWidths=[width / columns] * columns, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SERIF, 9.5),  # else Table sets an unembedded Helvetica
        ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#9aa8b8")),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor("#e4ecf4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _image(block: mb.Image, booklet: Booklet, styles: dict[str, Any], width: float) -> Any:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    path = (booklet.image_dir / block.src).resolve()
    caption = Paragraph(escape(block.alt), styles["caption"])
    if path.suffix.lower() == ".svg" and path.is_file() and booklet.image_dir.resolve() in path.parents:
        return KeepTogether([Spacer(1, 4), svg_drawing(path, width), caption, Spacer(1, 8)])
    return caption


def _footer_lines(article: GuideArticle, booklet: Booklet, included: set[str], styles: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    lang = booklet.lang
    out: list[Any] = [Spacer(1, 6)]
    if article.templates:
        names = ", ".join(escape(booklet.template_titles.get(t, t)) for t in article.templates)
        out.append(Paragraph(f"<b>{escape(label('templates', lang))}</b>{names}", styles["note"]))
    titles = []
    for rid in booklet.see_also.get(article.id, []):
        name = escape(booklet.article_titles.get(rid, rid))
        # related articles in the booklet are links; the others are named so they can be found
        titles.append(f'<link href="#art-{escape(rid)}" color="{ACCENT}">{name}</link>' if rid in included else name)
    if titles:
        out.append(Paragraph(f"<b>{escape(label('see_also', lang))}</b>{' · '.join(titles)}", styles["note"]))
    return out


def _numbered_canvas(title: str, lang: str) -> Any:
    """A canvas that holds every page until the end, so each footer can say "Page X of Y"."""
    from reportlab.lib.colors import HexColor  # deferred: ReportLab, only when printing

    from partage_desktop.pdf.page_count import (
        counting_canvas,  # deferred: ReportLab, only when printing
    )

    def footer(canvas: Any, page: int, total: int) -> None:
        width, _ = canvas._pagesize
        canvas.saveState()
        canvas.setStrokeColor(HexColor("#b8c4d0"))
        canvas.setLineWidth(0.5)
        canvas.line(62, 44, width - 62, 44)
        canvas.setFont(SANS, 8)
        canvas.setFillColor(HexColor("#555555"))
        canvas.drawString(62, 32, title[:90])
        canvas.drawRightString(width - 62, 32, label("page", lang, x=str(page), y=str(total)))
        canvas.restoreState()

    return counting_canvas(footer, initialFontName=SERIF)
