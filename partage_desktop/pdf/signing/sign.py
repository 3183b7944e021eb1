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
def _stamp_style(font_size: int) -> Any:
    from pyhanko.pdf_utils.font.opentype import (  # deferred: pyHanko, only when signing
        GlyphAccumulatorFactory,
    )
    from pyhanko.pdf_utils.layout import (  # deferred: pyHanko, only when signing
        AxisAlignment,
        Margins,
        SimpleBoxLayoutRule,
    )
    from pyhanko.pdf_utils.text import TextBoxStyle  # deferred: pyHanko, only when signing
    from pyhanko.stamp import TextStampStyle  # deferred: pyHanko, only when signing

    box = TextBoxStyle(font=GlyphAccumulatorFactory(str(fonts_dir() / STAMP_FONT), font_size=font_size),
                       font_size=font_size, leading=font_size + 2)
    return TextStampStyle(stamp_text="%(text)s", text_box_style=box, border_width=1,
                          border_color=(0.15, 0.3, 0.55), background=None,
                          inner_content_layout=SimpleBoxLayoutRule(
                              x_align=AxisAlignment.ALIGN_MIN, y_align=AxisAlignment.ALIGN_MID,
                              margins=Margins(4, 4, 2, 2)))


def sign_field(pdf: bytes, field: str, key: SigningKey, stamp_lines: list[str], *,
               reason: str = "", location: str = "", font_size: int = 7) -> bytes:
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
    # a "%" in a name must not be read as a placeholder of pyHanko's stamp text
    text = "\n".join(stamp_lines)
    signer.sign_pdf(writer, existing_fields_only=True, appearance_text_params={"text": text}, output=out)
    return out.getvalue()
