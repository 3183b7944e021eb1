"""Photos from outside (a file a person picks, a partner's offers sheet) decoded whole and
re-encoded before anything keeps them: what is stored is always a fresh JPEG we wrote, at most
``MAX_SIDE`` pixels on its longest side, without the original's metadata (GPS position, comments)
nor anything hidden after the image data."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from partage_desktop.platform.errors import Message, UserInputError

MAX_INPUT_BYTES = 20 * 1024 * 1024  # a phone's photo is 2–8 MB
MAX_PIXELS = 50_000_000  # decoded size: keeps a "decompression bomb" out
MAX_SIDE = 1600  # pixels, longest side, once re-encoded
MAX_STORED_BYTES = 600 * 1024  # once re-encoded: a sheet with 50 photos stays mailable
MAX_PHOTOS = 6  # per resource or board item
QUALITY = 82
FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP")


@dataclass(frozen=True)
class Photo:
    data: bytes  # JPEG
    width: int
    height: int
    media_type: str = "image/jpeg"


class PhotoRefused(UserInputError):
    """The bytes are not a photo we can keep; the message says why (too big, not an image…)."""

    def __init__(self, message: Message) -> None:
        super().__init__([message])


def reencode(raw: bytes, max_side: int = MAX_SIDE) -> Photo:
    """``raw`` decoded and written again as a JPEG that fits ``max_side``. Raises PhotoRefused."""
    if len(raw) > MAX_INPUT_BYTES:
        raise PhotoRefused(Message.of("resource_photo_too_big", megabytes=MAX_INPUT_BYTES // (1024 * 1024)))
    from PIL import Image, ImageOps  # deferred: Pillow only when a photo arrives

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # DecompressionBombWarning, truncated data…
            with Image.open(io.BytesIO(raw)) as image:
                if image.format not in FORMATS or not 0 < image.width * image.height <= MAX_PIXELS:
                    raise PhotoRefused(Message.of("resource_photo_not_image"))
                image.load()
                picture = ImageOps.exif_transpose(image)  # a phone's portrait photo stays upright
        picture = picture.convert("RGB")
        picture.thumbnail((max_side, max_side))
        for quality in (QUALITY, 70, 55):
            out = io.BytesIO()
            picture.save(out, "JPEG", quality=quality, optimize=True)
            if out.tell() <= MAX_STORED_BYTES:
                return Photo(out.getvalue(), picture.width, picture.height)
        picture.thumbnail((max_side // 2, max_side // 2))
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=55, optimize=True)
        return Photo(out.getvalue(), picture.width, picture.height)
    except PhotoRefused:
        raise
    except Exception as exc:  # noqa: BLE001 - image decoders raise anything on damaged data
        raise PhotoRefused(Message.of("resource_photo_not_image")) from exc
