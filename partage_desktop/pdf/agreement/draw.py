"""Draws an AgreementDocument as a signed-ready PDF, and reads back the answers it carries.

One layout pass: the total page count of "Page X de Y" is a form XObject filled in when the
canvas is saved, so the footers need no second build. Every value typed by a user is escaped
before it reaches ReportLab's paragraph markup. Invariant mode makes the bytes a pure function
of the document, which is what ``agreement verify`` relies on.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
)

from partage_desktop import __version__
from partage_desktop.core.agreements.document import AgreementDocument
from partage_desktop.core.agreements.fingerprint import full_hash
from partage_desktop.pdf.agreement.bilingual import BilingualFooter, bilingual_story
from partage_desktop.pdf.agreement.layouts import ARCHIVAL, CURRENT
from partage_desktop.pdf.agreement.signature_fields import Spot, add_signature_fields
from partage_desktop.pdf.agreement.story import _story
from partage_desktop.pdf.agreement.style import (
    FOOTER_H,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_H,
    PAGE_W,
    RULE,
    _styles,
)
from partage_desktop.pdf.fonts import SANS, SANS_BOLD, register_fonts

ATTACHMENT_NAME = "partage-entente.json"
AMENDMENT_ATTACHMENT = "partage-avenant.json"
PAGES_FORM = "partagePageCount"
DRAFT_RED = colors.HexColor("#b00020")
# the date written in a PDF/A drawing made only to compare pages (verification): the pages do not
# show it, and a fixed value keeps even those bytes a pure function of the document
UNDATED = datetime(2000, 1, 1)


class _Footer:
    """Reference, page number, fingerprint and one initials box per party, on every page."""

    def __init__(self, doc: AgreementDocument, layout: int = CURRENT) -> None:
        self.doc = doc
        self.layout = layout
        labels = doc.labels
        self.left = f"{labels.reference} {doc.reference} · {labels.version} {doc.version}"
        self.right = labels.draft_mark if doc.draft else f"{labels.fingerprint} {doc.fingerprint}"
        self.page_prefix = labels.page_of.split("{pages}")[0]
        self.names = [_short(p.name) for p in doc.parties]

    def __call__(self, canvas: Canvas, _doc: Any) -> None:
        if self.doc.draft:
            self._draft_mark(canvas)
        canvas.saveState()
        width = PAGE_W - 2 * MARGIN_X
        y_line = self.rule_and_sides(canvas)
        prefix = self.page_prefix.format(page=canvas.getPageNumber())
        guess = stringWidth(prefix + "00", SANS, 7.5)
        x = PAGE_W / 2 - guess / 2
        canvas.drawString(x, y_line, prefix)
        canvas.translate(x + stringWidth(prefix, SANS, 7.5), y_line)
        canvas.doForm(PAGES_FORM)
        canvas.restoreState()
        self._initials(canvas, width)

    def rule_and_sides(self, canvas: Canvas) -> float:
        """The footer's rule, reference and version at the left, fingerprint at the right (within
        the caller's saved state, current font left at the footer's); its baseline."""
        y_line = 1.05 * cm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y_line + 0.42 * cm, PAGE_W - MARGIN_X, y_line + 0.42 * cm)
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(colors.black)
        canvas.drawString(MARGIN_X, y_line, self.left)
        canvas.drawRightString(PAGE_W - MARGIN_X, y_line, self.right)
        return y_line

    def _draft_mark(self, canvas: Canvas) -> None:
        """An incomplete draft says so on every page: a band at the top and a large diagonal mark
        behind the text, so that no page of it passes for the agreement to sign."""
        mark = self.doc.labels.draft_mark
        canvas.saveState()
        canvas.setFillColor(DRAFT_RED)
        canvas.setFont(SANS_BOLD, 9)
        canvas.drawCentredString(PAGE_W / 2, PAGE_H - 1.0 * cm, mark)
        canvas.setFillAlpha(0.13)
        size = 64.0
        while size > 20 and stringWidth(mark, SANS_BOLD, size) > PAGE_H * 0.8:
            size -= 4
        canvas.setFont(SANS_BOLD, size)
        canvas.translate(PAGE_W / 2, PAGE_H / 2)
        canvas.rotate(55)
        canvas.drawCentredString(0, -size / 3, mark)
        canvas.restoreState()

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
        shown = self.names if self.layout < ARCHIVAL else box_names(self.names, box_w - 2, SANS, 5.2)
        for name in shown:
            canvas.rect(x, y, box_w, box_h)
            canvas.setFont(SANS, 5.2)
            canvas.setFillColor(colors.HexColor("#555555"))
            canvas.drawCentredString(x + box_w / 2, y + 1.6, _fit(name, box_w - 2, SANS, 5.2))
            x += box_w + gap
        canvas.restoreState()


def _short(name: str) -> str:
    return " ".join(name.split())


SMALL_WORDS = frozenset(("à", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "of",
                         "the", "and", "for", "inc", "inc.", "ltée", "enr."))


READABLE_START = 14  # characters of a name that tell it apart, else its initials


def box_names(names: list[str], width: float, font: str, size: float) -> list[str]:
    """What each initials box says (layout 2): the name, or as much of it as fits when that is
    enough to recognize it, otherwise the initials of its significant words (« Carrefour emploi
    Hochelaga-Maisonneuve » → « CEHM »), numbered when two would read the same, so that every
    box stays readable and tells the parties apart."""
    shown = []
    for name in names:
        cut = _fit(name, width, font, size)
        if len(cut.rstrip("…")) >= READABLE_START:  # a wide box: the start of the name says enough
            shown.append(cut)
            continue
        words = [w for part in name.replace("'", " ").replace("\u2019", " ").split()
                 for w in part.split("-") if w]
        letters = "".join(w[0].upper() for w in words if w.lower() not in SMALL_WORDS and w[0].isalnum())
        shown.append(letters or name)
    seen: dict[str, int] = {}
    for label in shown:
        seen[label] = seen.get(label, 0) + 1
    return [f"{label} {i + 1}" if seen[label] > 1 else label for i, label in enumerate(shown)]


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


def _attach(canvas: Canvas, name: str, payload: bytes, sha256: str = "") -> None:
    """Embed ``payload`` as a file attachment (the canonical answers, for verification), with the
    full SHA-256 of the canonical content in its description (checks recompute it; never trust it)."""
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString

    doc = canvas._doc
    stream = PDFStream(PDFDictionary({"Type": PDFName("EmbeddedFile")}), payload)
    spec = PDFDictionary({
        "Type": PDFName("Filespec"),
        "F": PDFString(name),
        "UF": PDFString(name),
        "Desc": PDFString(f"Partage canonical answers, SHA-256 {sha256}" if sha256 else "Partage canonical answers"),
        "EF": PDFDictionary({"F": doc.Reference(stream)}),
    })
    names = PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": PDFArray([PDFString(name),
                                                                             doc.Reference(spec)])})})
    doc.Catalog.Names = names


def render_agreement(doc: AgreementDocument, layout: int = CURRENT, **options: Any) -> bytes:
    """The PDF bytes alone; ``options`` as for ``render_agreement_pages``."""
    return render_agreement_pages(doc, layout, **options)[0]


def render_agreement_pages(doc: AgreementDocument, layout: int = CURRENT, *, exported_at: datetime | None = None,
                           author: str | None = None, archival: bool = True) -> tuple[bytes, int]:
    """The PDF bytes and the number of pages, drawn with ``layout`` (pdf/agreement/layouts.py).

    From ``ARCHIVAL`` on, a document that is not a draft comes out as PDF/A-3b (archival.py)
    dated ``exported_at`` (the export date of its version, never the clock at re-render time;
    ``UNDATED`` when only the pages matter) and authored by ``author`` (our organization's name;
    the document's own ``author`` when not given). ``archival=False`` skips that conversion: a
    preview is only looked at, never kept nor verified, and the conversion would add its time to
    every refresh of the wizard's preview; its pages are the same. Layout ``LEGACY`` ignores
    ``exported_at`` and ``author`` and draws byte for byte as the releases before it."""
    pdf, pages, spots = _draw(doc, layout)
    if layout >= ARCHIVAL and archival and not doc.draft:
        from partage_desktop.pdf.agreement.archival import (  # deferred: pikepdf, only for archival exports
            to_pdfa,
        )

        pdf = to_pdfa(pdf, title=f"{doc.title} — {doc.reference}", author=author or doc.author, lang=doc.lang,
                      exported_at=exported_at or UNDATED, attachment_name=ATTACHMENT_NAME,
                      producer=f"Partage {__version__}",
                      prepare=lambda document: add_signature_fields(document, spots))
    return pdf, pages


def signature_spots(doc: AgreementDocument, layout: int) -> list[Spot]:
    """Where each party's signature field goes on ``doc`` drawn with ``layout``, for any layout:
    a copy exported before every export carried its fields gets them there before it is signed
    (a spot takes no room, so the signature lines are where that copy shows them)."""
    return _draw(doc, layout, spots_always=True)[2]


def _draw(doc: AgreementDocument, layout: int, *, spots_always: bool = False) -> tuple[bytes, int, list[Spot]]:
    """ReportLab's drawing, its page count and where each party's signature field goes (from
    layout ``ARCHIVAL`` on, not for a draft; the fields themselves go in with the PDF/A pass).
    ``spots_always``: the spots whatever the layout (the bytes are then not that layout's)."""
    body_font = register_fonts()
    out = io.BytesIO()
    footer: Any = _Footer(doc, layout)
    make_story = _story
    if doc.companion is not None:  # French and English side by side
        footer = BilingualFooter(doc, lambda d: _Footer(d, layout), PAGES_FORM)
        make_story = bilingual_story
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
        if not doc.draft:  # a draft carries no answers: it cannot pass for a verifiable copy
            _attach(canvas, ATTACHMENT_NAME, doc.attachment_json.encode("utf-8"), full_hash(doc.attachment_json))
        return canvas

    spots: list[Spot] = []
    template.build(make_story(doc, _styles(), template.width, layout,
                              spots if spots_always or (layout >= ARCHIVAL and not doc.draft) else None),
                   canvasmaker=make_canvas)
    return out.getvalue(), canvases[-1].pages_done, spots


def read_embedded_answers(data: bytes) -> str | None:
    """The canonical answers a Partage agreement PDF carries, or None (not ours, damaged, or removed)."""
    return read_embedded(data).get(ATTACHMENT_NAME)


def read_embedded(data: bytes) -> dict[str, str]:
    """The Partage data files attached to a PDF (agreement answers, amendment record), by name;
    empty when there are none or the file cannot be read."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    found: dict[str, str] = {}
    try:
        attachments = PdfReader(io.BytesIO(data)).attachments
        for name in (ATTACHMENT_NAME, AMENDMENT_ATTACHMENT):
            content = attachments.get(name)
            if content:
                found[name] = content[0].decode("utf-8")
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, UnicodeDecodeError):
        return {}
    return found
