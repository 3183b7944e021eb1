"""Sign one signature field of a PDF: an incremental update (every earlier byte, and so every
earlier signature, stays as it was) with a visible stamp drawn in our embedded font."""

from __future__ import annotations

import io
from functools import cache
from typing import Any

from partage_desktop.pdf.signing.keys import SigningKey
from partage_desktop.platform.resources import fonts_dir

STAMP_FONT = "DejaVuSans.ttf"  # the same font as the agreement's party blocks (pdf/fonts.py)


@cache
def _font_bytes() -> bytes:
    return (fonts_dir() / STAMP_FONT).read_bytes()


@cache
def _font_factory(font_size: int) -> Any:
    """pyHanko's factory of embedded-font engines, with three corrections:

    - pyHanko writes glyph widths and positions in the font's own units, which is right only for
      fonts of 1000 units per em; DejaVu has 2048, and the stamp's letters came out spread apart.
      The engine here works in thousandths of an em, as PDF wants;
    - the subset embedded leaves out the layout tables, which the shaped text no longer needs;
    - our font is read from memory (pyHanko's own factory opens the file for each signature and
      never closes it)."""
    from pyhanko.pdf_utils import generic  # deferred: pyHanko, only when signing
    from pyhanko.pdf_utils.font.opentype import (  # deferred: pyHanko, only when signing
        GlyphAccumulator,
        GlyphAccumulatorFactory,
    )

    class _Thousandths(GlyphAccumulator):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._own_units = self.units_per_em
            self.units_per_em = 1000
            self.hb_font.scale = (1000, 1000)
            descriptor = self.cidfont_obj._font_descriptor
            for key in ("/Ascent", "/Descent", "/CapHeight"):
                descriptor[key] = generic.NumberObject(self._em(int(descriptor[key])))
            descriptor["/FontBBox"] = generic.ArrayObject(
                generic.NumberObject(self._em(int(v))) for v in descriptor["/FontBBox"])

        def _extract_subset(self, options: Any = None) -> None:
            # the text is shaped already (HarfBuzz): the embedded subset needs no layout tables,
            # and decompiling DejaVu's to subset them was most of a signature's time
            for tag in ("GSUB", "GPOS", "GDEF", "kern"):
                if tag in self.tt:
                    del self.tt[tag]
            super()._extract_subset(options)

        def _em(self, value: int) -> int:
            return round(value * 1000 / self._own_units)

        def _get_cid_and_width(self, glyph_id: int) -> tuple[int, int]:
            known = self._glyphs.get(glyph_id)
            if known is not None:
                return known  # type: ignore[no-any-return]
            cid, width = super()._get_cid_and_width(glyph_id)
            self._glyphs[glyph_id] = found = (cid, self._em(width))
            return found

    class _Factory(GlyphAccumulatorFactory):  # type: ignore[misc]
        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> Any:
            return _Thousandths(writer=writer, font_handle=io.BytesIO(_font_bytes()),
                                font_size=self.font_size, obj_stream=obj_stream)

    return _Factory(str(fonts_dir() / STAMP_FONT), font_size=font_size)


@cache
def _stamp_style(font_size: int) -> Any:
    from pyhanko.pdf_utils.layout import (  # deferred: pyHanko, only when signing
        AxisAlignment,
        Margins,
        SimpleBoxLayoutRule,
    )
    from pyhanko.pdf_utils.text import TextBoxStyle  # deferred: pyHanko, only when signing
    from pyhanko.stamp import TextStampStyle  # deferred: pyHanko, only when signing

    tight = SimpleBoxLayoutRule(x_align=AxisAlignment.ALIGN_MIN, y_align=AxisAlignment.ALIGN_MID,
                                margins=Margins(0, 0, 0, 0))
    # no margin of pyHanko's own (10 points) around the text: a signature line is barely taller
    # than three lines of the stamp, and the stamp is scaled down to fit its box
    box = TextBoxStyle(font=_font_factory(font_size), font_size=font_size, leading=font_size + 1,
                       box_layout_rule=tight)
    return TextStampStyle(stamp_text="%(text)s", text_box_style=box, border_width=1,
                          border_color=(0.15, 0.3, 0.55), background=None,
                          inner_content_layout=SimpleBoxLayoutRule(
                              x_align=AxisAlignment.ALIGN_MIN, y_align=AxisAlignment.ALIGN_MID,
                              margins=Margins(3, 3, 2, 2)))


def sign_field(pdf: bytes, field: str, key: SigningKey, stamp_lines: list[str], *,
               reason: str = "", location: str = "", font_size: int = 8) -> bytes:
    """``pdf`` with its empty signature field ``field`` signed by ``key``, the stamp showing
    ``stamp_lines`` (already worded in the document's language). Raises ValueError when the field
    does not exist or is already signed, and whatever pyHanko raises on a file it cannot update."""
    from pyhanko.pdf_utils.incremental_writer import (  # deferred: pyHanko, only when signing
        IncrementalPdfFileWriter,
    )
    from pyhanko.sign import fields, signers  # deferred: pyHanko, only when signing

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    meta = signers.PdfSignatureMetadata(
        field_name=field, subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256",
        name=key.facts.name or None, reason=reason or None, location=location or None,
        contact_info=key.facts.email or None)
    signer = signers.PdfSigner(meta, signer=key.signer, stamp_style=_stamp_style(font_size))
    out = io.BytesIO()
    text = "\n".join(stamp_lines)
    signer.sign_pdf(writer, existing_fields_only=True, appearance_text_params={"text": text}, output=out)
    return out.getvalue()
