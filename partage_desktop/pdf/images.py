"""Whether an image handed to us (our logo, a logo inside an answers or exchange file) can really
be printed: a PNG or JPEG header in front of damaged data used to crash the PDF export."""

from __future__ import annotations

import io
import warnings

MAX_PIXELS = 25_000_000  # a logo, not a poster: also keeps a "decompression bomb" out


def readable_image(data: bytes) -> bool:
    """True when the image decodes whole, as a PNG or JPEG of sane dimensions, and ReportLab reads it."""
    try:
        from PIL import Image
        from reportlab.lib.utils import ImageReader

        with warnings.catch_warnings():
            warnings.simplefilter("error")  # Pillow's DecompressionBombWarning, truncated data…
            with Image.open(io.BytesIO(data)) as image:
                if image.format not in ("PNG", "JPEG") or not 0 < image.width * image.height <= MAX_PIXELS:
                    return False
                image.load()
            width, height = ImageReader(io.BytesIO(data)).getSize()
        return width > 0 and height > 0
    except Exception:  # noqa: BLE001 - image decoders raise anything on damaged data: all mean "no"
        return False
