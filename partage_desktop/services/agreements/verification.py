"""What verifying a PDF answers (``VerifyResult``), and the pieces both verifications share: an
agreement's (export.py, ``verify_pdf_bytes``) and an amendment's (amendment_verify.py)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from partage_desktop.pdf.agreement.layouts import ALL, ARCHIVAL
from partage_desktop.pdf.page_digest import UnreadablePdf, pages_digest


@dataclass(frozen=True)
class VerifyResult:
    """What a PDF is on its own, without looking at any record.

    ``ok``: a genuine Partage export — the pages are exactly what the content it carries draws
    (whatever release of Partage wrote the file). That says nothing about whether this content is
    the one recorded for its reference and version: ``copies.check_pdf_bytes`` answers that."""

    status: str  # "ok" | "altered" | "foreign" | "other_version"
    message: str
    reference: str = ""
    version: int = 0
    fingerprint: str = ""  # as printed on the pages (the 16-character form, or an earlier 12)
    title: str = ""
    sha256: str = ""  # full hash of the canonical content it carries ("" when unreadable)
    kind: str = "agreement"  # or "amendment"
    layout: int = 0  # the drawing (pdf/agreement/layouts.py) whose pages matched; 0 when none did
    words: dict[str, Any] = field(default_factory=dict, compare=False)  # for the caller's messages

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def same_pages(data: bytes, candidates: Any) -> tuple[str, int] | None:
    """The first candidate (printed fingerprint, layout, render function) whose drawing shows what
    ``data`` shows, compared page by page (not byte by byte: the release that wrote the file and
    its metadata do not count), as (fingerprint, layout); None when none does or ``data`` cannot be
    read."""

    try:
        wanted = pages_digest(data)
    except UnreadablePdf:
        return None
    for fingerprint, layout, draw in candidates:
        if pages_digest(draw()) == wanted:
            return str(fingerprint), int(layout)
    return None


def layouts_for(data: bytes) -> list[int]:
    """Every layout (pdf/agreement/layouts.py) to draw ``data`` again with, the likeliest first: a
    file with the marks of PDF/A (an output intent, XMP metadata) was drawn with an archival
    layout, newest first; another one with the legacy layout. All are tried either way."""
    archival = _has_pdfa_marks(data)
    return sorted(ALL, key=lambda layout: (layout >= ARCHIVAL) != archival)


def _has_pdfa_marks(data: bytes) -> bool:
    from pypdf import PdfReader  # deferred: pypdf, only when a file is verified
    from pypdf.errors import PyPdfError  # deferred: pypdf, only when a file is verified

    try:
        root = PdfReader(io.BytesIO(data)).trailer["/Root"].get_object()
        return isinstance(root, dict) and "/OutputIntents" in root and "/Metadata" in root
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError,
            IndexError, UnicodeError, AssertionError, NotImplementedError):
        return False


def looks_ours(data: bytes, names: tuple[str, ...]) -> bool:
    """The file shows Partage's marks (one of its attachment names, or Partage as the creator), even
    when its data cannot be read: such a file was tampered with rather than foreign. Looks in the
    raw bytes first, then in the document information (a PDF/A export keeps it in a compressed
    object stream)."""
    from pypdf import PdfReader  # deferred: pypdf, only when a file is verified
    from pypdf.errors import PyPdfError  # deferred: pypdf, only when a file is verified

    if any(name.encode("ascii") in data for name in names) or b"/Creator (Partage" in data:
        return True
    try:
        info = PdfReader(io.BytesIO(data)).metadata
        return info is not None and str(info.get("/Creator", "")).startswith("Partage")
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError,
            IndexError, UnicodeError, AssertionError, NotImplementedError):
        return False


def claimed_identity(canonical: dict[str, Any]) -> dict[str, Any]:
    """The reference and version a document says it is (before anything is checked)."""
    meta = canonical.get("meta")
    if not isinstance(meta, dict):
        meta = {}
    reference, version = meta.get("reference"), meta.get("version")
    return {"reference": reference if isinstance(reference, str) else "",
            "version": version if isinstance(version, int) and not isinstance(version, bool) else 0}
