"""What a PDF shows, as one hash: its pages and everything they draw with, and nothing else.

Two files get the same digest when every page has the same size, the same drawing instructions
(decompressed), the same fonts, images and forms, and the same annotations. What does not show on
a page is left out: which release of Partage (or which PDF tool) wrote the file (``/Creator``,
``/Producer``, XMP metadata), the file's identifier, object numbers, compression, and an empty
signature field's widget (so that a copy prepared for digital signatures still compares equal). A
widget that draws something (a signature's visible stamp, or anything posing as one) is compared
like any other annotation: whatever can show on a page counts. The embedded answers are checked
separately, by their full hash.
"""

from __future__ import annotations

import hashlib
import io
from typing import Any

# page keys that change what is seen; /Parent, /Trans (page transitions), /StructParents and the
# like do not
_PAGE_KEYS = ("/MediaBox", "/CropBox", "/Rotate", "/UserUnit", "/Resources", "/Contents", "/Annots")
# keys that never change what a stream or dictionary draws
_SKIPPED = {"/Length", "/Filter", "/DecodeParms", "/Metadata", "/Parent", "/P", "/StructParent",
            "/StructParents"}
_MAX_DEPTH = 40


class UnreadablePdf(Exception):
    """Not a PDF pypdf can read (damaged, encrypted, or not a PDF at all)."""


def pages_digest(data: bytes) -> str:
    """The SHA-256 (hex) of what the file's pages show; raises UnreadablePdf."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadablePdf("encrypted")
        walker = _Walker()
        digest = hashlib.sha256()
        pages = reader.pages
        digest.update(f"pages:{len(pages)};".encode())
        for page in pages:
            digest.update(walker.page(page).encode("utf-8"))
        return digest.hexdigest()
    except UnreadablePdf:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError,
            IndexError, UnicodeError, AssertionError, NotImplementedError) as exc:
        raise UnreadablePdf(type(exc).__name__) from exc


class _Walker:
    def __init__(self) -> None:
        self.seen: dict[tuple[int, int], str] = {}

    def page(self, page: Any) -> str:
        parts = []
        for key in _PAGE_KEYS:
            if key not in page:
                continue
            value = page[key]
            if key == "/Contents":
                parts.append(f"{key}={self._contents(value)}")
            elif key == "/Annots":
                kept = self._annotations(value)
                if kept != "[]":  # no annotation left is the same as none at all
                    parts.append(f"{key}={kept}")
            else:
                parts.append(f"{key}={self.value(value, 0)}")
        return "page{" + ";".join(parts) + "}"

    def _contents(self, value: Any) -> str:
        from pypdf.generic import ArrayObject

        value = value.get_object()
        streams = value if isinstance(value, ArrayObject) else [value]
        joined = b"\n".join(s.get_object().get_data() for s in streams)
        return "content:" + hashlib.sha256(joined).hexdigest()

    def _annotations(self, value: Any) -> str:
        kept = []
        for annotation in value.get_object():
            resolved = annotation.get_object()
            if _is_signature_widget(resolved):
                continue
            kept.append(self.value(annotation, 0))
        return "[" + ",".join(kept) + "]"

    def value(self, value: Any, depth: int) -> str:
        from pypdf.generic import (
            ArrayObject,
            DictionaryObject,
            IndirectObject,
            StreamObject,
        )

        if depth > _MAX_DEPTH:
            raise UnreadablePdf("too deep")
        if isinstance(value, IndirectObject):
            key = (value.idnum, value.generation)
            if key in self.seen:
                return self.seen[key]
            self.seen[key] = "cycle"  # a reference back to an object being read: drawn once
            text = self.value(value.get_object(), depth + 1)
            self.seen[key] = text
            return text
        if isinstance(value, StreamObject):
            head = self._dictionary(value, depth)
            return f"stream({head}," + hashlib.sha256(value.get_data()).hexdigest() + ")"
        if isinstance(value, DictionaryObject):
            return self._dictionary(value, depth)
        if isinstance(value, ArrayObject):
            return "[" + ",".join(self.value(v, depth + 1) for v in value) + "]"
        if isinstance(value, bytes):
            return "b" + value.hex()
        return f"{type(value).__name__}:{value!r}"

    def _dictionary(self, value: Any, depth: int) -> str:
        items = [f"{k}={self.value(value[k] if not hasattr(value, 'raw_get') else value.raw_get(k), depth + 1)}"
                 for k in sorted(value) if k not in _SKIPPED]
        return "{" + ";".join(items) + "}"


# What an empty signature field may hold and still draw nothing. Anything else counts: a viewer
# paints a widget's background and border from /MK (and /BS, /Border, /C) even with no appearance
# stream, so such a widget can cover or hide part of a page; a value (/V) means it is signed.
_INERT_WIDGET_KEYS = frozenset({"/Type", "/Subtype", "/FT", "/T", "/TU", "/TM", "/Rect", "/F", "/P",
                                "/Parent", "/Ff", "/AP", "/Lock", "/SV", "/StructParent", "/NM", "/M"})


def _is_signature_widget(annotation: Any) -> bool:
    """An empty signature field: a widget of type /Sig that nothing on it can make a viewer draw
    (no drawing appearance, no colours or border, no value)."""
    if annotation.get("/Subtype") != "/Widget":
        return False
    if any(key not in _INERT_WIDGET_KEYS for key in annotation):
        return False
    field_type = annotation.get("/FT")
    if "/Parent" in annotation:
        parent = annotation["/Parent"].get_object()
        if "/V" in parent:
            return False
        if field_type is None:
            field_type = parent.get("/FT")
    return field_type == "/Sig" and not _draws(annotation.get("/AP"))


def _draws(appearance: Any) -> bool:
    from pypdf.generic import DictionaryObject, StreamObject

    if appearance is None:
        return False
    appearance = appearance.get_object()
    if isinstance(appearance, StreamObject):
        return bool(appearance.get_data().strip())
    if isinstance(appearance, DictionaryObject):
        return any(_draws(appearance[key]) for key in appearance)
    return False
