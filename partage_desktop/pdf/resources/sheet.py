"""Our offers sheet as a printable PDF: who we are, the sheet's date, what we can lend (with up to
three photos each and the lending conditions) and what we are looking for. French or English,
embedded DejaVu fonts only, "Page X de Y" and the sheet's date on every page; every value from the
database is escaped before it reaches ReportLab markup."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from partage_desktop.core.formatting import format_date
from partage_desktop.core.resources import vocabulary as vocab
from partage_desktop.core.resources.content import Catalogue
from partage_desktop.core.resources.facts import facts
from partage_desktop.pdf.fonts import SANS, SANS_BOLD, SERIF, SERIF_ITALIC, register_fonts
from partage_desktop.pdf.images import readable_image
from partage_desktop.pdf.page_count import titled_footer_canvas
from partage_desktop.words import t, template

ACCENT = colors.HexColor("#1f4e79")
PHOTOS_SHOWN = 3
PHOTO_BOX = (4.6 * cm, 3.4 * cm)


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=SERIF, fontSize=10, leading=13.5, spaceAfter=3)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=12, spaceAfter=1),
        "title": ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=20, leading=26,
                                textColor=ACCENT, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontName=SANS, fontSize=12.5, leading=17),
        "meta": ParagraphStyle("meta", parent=body, fontName=SERIF_ITALIC, fontSize=9, leading=12,
                               textColor=colors.HexColor("#555555")),
        "H1": ParagraphStyle("H1", parent=body, fontName=SANS_BOLD, fontSize=15, leading=20, textColor=ACCENT,
                             spaceBefore=12, spaceAfter=6),
        "H2": ParagraphStyle("H2", parent=body, fontName=SANS_BOLD, fontSize=11.5, leading=15, spaceBefore=8,
                             spaceAfter=2),
    }


def _text(value: object) -> str:
    return escape(str(value)).replace("\n", "<br/>")




def _photo(raw: bytes) -> Image | None:
    if not readable_image(raw):
        return None
    image = Image(io.BytesIO(raw))
    scale = min(PHOTO_BOX[0] / image.imageWidth, PHOTO_BOX[1] / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    return image


def _item(item: dict[str, Any], side: str, photos: dict[str, bytes], lang: str, cat: Catalogue,
          st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    sep = t("label_separator", lang)
    category = item.get("category_fr" if lang == "fr" else "category_en") or item.get("category") or ""
    kind = vocab.label("kind", item.get("kind") or "", lang)
    head = [Paragraph(_text(item["title"]), st["H2"]),
            Paragraph(_text(" · ".join(x for x in (kind, category, item.get("other_names") or "") if x)), st["meta"])]
    body: list[Any] = []
    if item.get("description"):
        body.append(Paragraph(_text(item["description"]), st["body"]))
    body += [Paragraph(f"<b>{escape(k)}</b>{escape(sep)}{_text(v)}", st["small"])
             for k, v in facts(item, side, lang, cat)]
    images = [img for img in (_photo(photos[n]) for n in (item.get("photos") or [])[:PHOTOS_SHOWN] if n in photos)
              if img is not None]
    block: list[Any] = [*head]
    if images:
        row = Table([images], colWidths=[PHOTO_BOX[0] + 0.3 * cm] * len(images), hAlign="LEFT")
        row.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        block.append(row)
    return [CondPageBreak(5 * cm), KeepTogether(block), *body, Spacer(1, 0.25 * cm)]


def render_sheet(doc: dict[str, Any], photos: dict[str, bytes], lang: str, cat: Catalogue) -> tuple[bytes, int]:
    """The PDF bytes and page count of a sheet document (services/resources/sheets.py's format)."""
    from reportlab import rl_config

    register_fonts()
    rl_config.invariant = 1
    st = _styles()
    sender = doc["sender"]
    issued = datetime.fromisoformat(doc["issued_at"])
    day = format_date(issued.date(), lang)
    title = t("sheet_pdf_title", lang)
    story: list[Any] = [Paragraph(_text(title), st["title"]), Paragraph(_text(sender["name"]), st["subtitle"])]
    contact = sender.get("contact") or {}
    who = [x for x in (sender["neq"] and t("sheet_pdf_neq", lang, neq=sender["neq"]),
                       cat.region_name(sender["region"], lang) if sender.get("region") else "",
                       contact.get("person"), contact.get("email"), contact.get("phone"), contact.get("address")) if x]
    if who:
        story.append(Paragraph(_text(" · ".join(who)), st["body"]))
    story += [Paragraph(_text(t("sheet_pdf_dated", lang, day=day)), st["meta"]),
              Paragraph(_text(t("sheet_pdf_intro", lang)), st["meta"]), Spacer(1, 0.3 * cm)]
    width = LETTER[0] - 4 * cm
    for side, key, heading in (("offer", "offers", "sheet_pdf_offers"), ("need", "needs", "sheet_pdf_needs")):
        items = doc[key]
        story.append(Paragraph(_text(t(heading, lang, n=len(items))), st["H1"]))
        if not items:
            story.append(Paragraph(_text(t("sheet_pdf_none", lang)), st["meta"]))
        for item in items:
            story += _item(item, side, photos, lang, cat, st, width)
    buffer = io.BytesIO()
    pdf = BaseDocTemplate(buffer, pagesize=LETTER, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                          bottomMargin=2 * cm, title=f"{title} — {sender['name']}", author="Partage",
                          subject=title, lang="fr-CA" if lang == "fr" else "en-CA", initialFontName=SANS,
                          invariant=1)
    frame = Frame(pdf.leftMargin, pdf.bottomMargin, pdf.width, pdf.height, id="main")
    pdf.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    footer = f"{title} — {sender['name']} — {day}"
    pdf.build(story, canvasmaker=titled_footer_canvas(footer, template("report_page_of", lang), initialFontName=SANS))
    return buffer.getvalue(), pdf.page
