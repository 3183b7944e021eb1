"""Empty electronic-signature fields, one per signatory, on the signature lines of the PDF.

While the story is laid out, a ``SignatureSpot`` sits in each party's signature cell (just above
the line where the paper signature goes) and notes where it landed: page and rectangle. After
ReportLab has written the file, ``add_signature_fields`` adds one empty signature field per spot,
named ``party-1``, ``party-2``, … in the order of the parties, with the party's name as the
field's readable name. pyHanko signs these fields (services/signing).

An empty field draws nothing: its widget has an empty appearance stream (PDF/A wants every widget
to carry one, and the print flag), no border, no background. So ``pdf/page_digest.py`` ignores it,
and a copy with or without the fields shows the same pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.platypus.flowables import Flowable

FIELD_PREFIX = "party-"
SPOT_HEIGHT = 30.0  # points above the signature line: room for a visible stamp
_PRINT = 4  # annotation flag: print the widget (PDF/A requires it)


def field_name(party_number: int) -> str:
    """``party-1`` for the first party (numbering from 1, as printed)."""
    return f"{FIELD_PREFIX}{party_number}"


@dataclass(frozen=True)
class Spot:
    party: int  # 1-based
    label: str  # the party's name, shown by a viewer as the field's name
    page: int  # 0-based page index
    rect: tuple[float, float, float, float]  # llx, lly, urx, ury in points


class SignatureSpot(Flowable):
    """Takes no room; when drawn, records the rectangle above the signature line of its cell in
    ``spots`` (a list shared with the renderer)."""

    def __init__(self, party: int, label: str, width: float, spots: list[Spot]) -> None:
        super().__init__()
        self.party, self.label, self.spot_width, self.spots = party, label, width, spots

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        canvas = self.canv
        x, y = canvas.absolutePosition(0, 0)
        page = canvas.getPageNumber() - 1
        # a spot drawn again (a table laid out twice) replaces the earlier record of its party
        self.spots[:] = [s for s in self.spots if s.party != self.party]
        self.spots.append(Spot(self.party, self.label, page,
                               (round(x, 2), round(y, 2), round(x + self.spot_width, 2),
                                round(y + SPOT_HEIGHT, 2))))


def add_signature_fields(pdf: Any, spots: list[Spot]) -> None:
    """Add one empty signature field per spot to ``pdf`` (an open ``pikepdf.Pdf``), in party order."""
    import pikepdf  # deferred: pikepdf only when an archival PDF is made

    if not spots:
        return
    root = pdf.Root
    if "/AcroForm" not in root:
        root.AcroForm = pdf.make_indirect(pikepdf.Dictionary(Fields=pikepdf.Array()))
    fields = root.AcroForm.get("/Fields")
    if fields is None:
        fields = root.AcroForm.Fields = pikepdf.Array()
    for spot in sorted(spots, key=lambda s: s.party):
        page = pdf.pages[spot.page]
        llx, lly, urx, ury = spot.rect
        appearance = pdf.make_stream(b"", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                                     BBox=pikepdf.Array([0, 0, round(urx - llx, 2), round(ury - lly, 2)]))
        widget = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Sig,
            T=pikepdf.String(field_name(spot.party)), TU=pikepdf.String(spot.label),
            Rect=pikepdf.Array([llx, lly, urx, ury]), F=_PRINT, P=page.obj,
            AP=pikepdf.Dictionary(N=appearance)))
        if "/Annots" not in page.obj:
            page.obj.Annots = pdf.make_indirect(pikepdf.Array())
        page.obj.Annots.append(widget)
        fields.append(widget)
