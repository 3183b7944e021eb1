"""The organization's logo printed on an agreement: carried in the answers (``meta.logo``) as
base64 PNG or JPEG, so that it travels with the agreement and is covered by its fingerprint."""

from __future__ import annotations

import base64
import binascii

MAX_BYTES = 300 * 1024  # a logo, not a photograph: keeps answers files and PDFs small
PNG = b"\x89PNG\r\n\x1a\n"
JPEG = b"\xff\xd8\xff"


def image_kind(data: bytes) -> str | None:
    if data.startswith(PNG):
        return "png"
    if data.startswith(JPEG):
        return "jpeg"
    return None


def decode(value: object) -> tuple[bytes | None, str | None]:
    """(image bytes, None) or (None, problem key): ``bad_logo`` or ``logo_too_big``."""
    if not isinstance(value, str):
        return None, "bad_logo"
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None, "bad_logo"
    if len(data) > MAX_BYTES:
        return None, "logo_too_big"
    if image_kind(data) is None:
        return None, "bad_logo"
    return data, None


def encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
