"""What verifying a PDF answers (``VerifyResult``), and the pieces both verifications share: an
agreement's (export.py, ``verify_pdf_bytes``) and an amendment's (amendment_verify.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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
    words: dict[str, Any] = field(default_factory=dict, compare=False)  # for the caller's messages

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def same_pages(data: bytes, candidates: Any) -> str | None:
    """The first candidate (printed fingerprint, render function) whose drawing shows what ``data``
    shows, compared page by page (not byte by byte: the release that wrote the file and its
    metadata do not count); None when none does or ``data`` cannot be read."""

    try:
        wanted = pages_digest(data)
    except UnreadablePdf:
        return None
    for fingerprint, draw in candidates:
        if pages_digest(draw()) == wanted:
            return str(fingerprint)
    return None


def claimed_identity(canonical: dict[str, Any]) -> dict[str, Any]:
    """The reference and version a document says it is (before anything is checked)."""
    meta = canonical.get("meta")
    if not isinstance(meta, dict):
        meta = {}
    reference, version = meta.get("reference"), meta.get("version")
    return {"reference": reference if isinstance(reference, str) else "",
            "version": version if isinstance(version, int) and not isinstance(version, bool) else 0}
