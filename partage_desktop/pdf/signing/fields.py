"""The signature fields of a PDF: which there are, where, and whether each is signed."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

# party-1, party-2… in the order of the parties, as every export names its fields
from partage_desktop.pdf.agreement.signature_fields import FIELD_PREFIX as FIELD_PREFIX


class UnreadablePdfFile(Exception):
    """Not a PDF pyHanko can read (damaged, encrypted, or not a PDF at all)."""


@dataclass(frozen=True)
class SignatureField:
    name: str
    signed: bool
    page: int  # from 0; -1 when the field has no widget on a page
    box: tuple[float, float, float, float] | None  # llx, lly, urx, ury in points


def open_reader(pdf: bytes) -> Any:
    """A pyHanko reader over ``pdf``; raises UnreadablePdfFile."""
    from pyhanko.pdf_utils.reader import PdfFileReader  # deferred: pyHanko, only for signatures

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        if reader.encrypted:
            raise UnreadablePdfFile("encrypted")
        reader.root  # noqa: B018 - reading the catalogue is what proves the file is usable
        return reader
    except UnreadablePdfFile:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever a damaged file makes the parser raise
        raise UnreadablePdfFile(str(exc)) from exc


def signature_fields(pdf: bytes) -> list[SignatureField]:
    """Every signature field, in the order of the form; raises UnreadablePdfFile."""
    from pyhanko.sign.fields import enumerate_sig_fields  # deferred: pyHanko, only for signatures

    reader = open_reader(pdf)
    try:
        pages = page_numbers(reader)
        found: list[SignatureField] = []
        for name, value, ref in enumerate_sig_fields(reader):
            field = ref.get_object()
            page: int = -1
            box: tuple[float, float, float, float] | None = None
            widget = field if "/Rect" in field else None
            if widget is None and "/Kids" in field:
                kids = field["/Kids"]
                widget = kids[0].get_object() if len(kids) else None
            if widget is not None:
                rect = widget.get("/Rect")
                if rect is not None and len(rect) == 4:
                    box = (float(rect[0]), float(rect[1]), float(rect[2]), float(rect[3]))
                page_ref = widget.raw_get("/P") if "/P" in widget else None
                page = pages.get(getattr(page_ref, "idnum", -1), -1)
            found.append(SignatureField(str(name), value is not None, page, box))
        return found
    except Exception as exc:  # noqa: BLE001 - whatever a damaged file makes the parser raise
        raise UnreadablePdfFile(str(exc)) from exc


def page_numbers(reader: object) -> dict[int, int]:
    """Object number of each page → its index (from 0), walking the page tree."""
    from pyhanko.pdf_utils import generic  # deferred: pyHanko, only for signatures

    found: dict[int, int] = {}
    stack: list[object] = [reader.root.raw_get("/Pages")]  # type: ignore[attr-defined]
    seen: set[int] = set()
    while stack and len(seen) < 100_000:
        ref = stack.pop()
        if not isinstance(ref, generic.IndirectObject) or ref.idnum in seen:
            continue
        seen.add(ref.idnum)
        node = ref.get_object()
        if "/Kids" in node:
            kids = node.raw_get("/Kids")
            kids = kids.get_object() if isinstance(kids, generic.IndirectObject) else kids
            stack.extend(reversed([kids.raw_get(i) for i in range(len(kids))]))
        else:
            found[ref.idnum] = len(found)
    return found


def add_empty_fields(pdf: bytes, fields: list[tuple[str, int, tuple[float, float, float, float]]]) -> bytes:
    """``pdf`` with empty signature fields added (name, page from 0, box in points), as an
    incremental update. For files exported before fields were part of every export, and tests."""
    from pyhanko.pdf_utils.incremental_writer import (  # deferred: pyHanko, only for signatures
        IncrementalPdfFileWriter,
    )
    from pyhanko.sign.fields import (  # deferred: pyHanko, only for signatures
        SigFieldSpec,
        append_signature_field,
    )

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    for name, page, box in fields:
        llx, lly, urx, ury = (round(v) for v in box)  # whole points, as pyHanko takes them
        append_signature_field(writer, SigFieldSpec(sig_field_name=name, on_page=page, box=(llx, lly, urx, ury)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
