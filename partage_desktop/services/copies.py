"""Verify a copy: a PDF file, or the fingerprint typed from a paper copy → which agreement and
version it is, and whether it was altered."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..datadir import DataDir
from ..texts import t
from .agreement_versions import VersionInfo, find_by_fingerprint, find_by_pdf


@dataclass(frozen=True)
class CopyCheck:
    status: str  # "ok" | "found" (a typed fingerprint matches) | "altered" | "foreign" | "other_version" | "unknown"
    message: str
    matches: list[VersionInfo] = field(default_factory=list)  # versions recorded in this data folder

    @property
    def ok(self) -> bool:
        return self.status in ("ok", "found")


def check_pdf(data: DataDir, path: Path, lang: str) -> CopyCheck:
    from .agreements import verify_pdf

    pdf_bytes = path.read_bytes() if path.is_file() else b""
    if pdf_bytes:
        # a byte-identical stored version (agreement or amendment) needs no re-rendering
        same = find_by_pdf(data, pdf_bytes)
        if same is not None:
            return CopyCheck("ok", t("copy_identical", lang, reference=same.reference, version=same.number,
                                     title=same.title, fingerprint=same.fingerprint), [same])
    outcome = verify_pdf(path, lang)
    matches = find_by_fingerprint(data, outcome.fingerprint) if outcome.fingerprint else []
    return CopyCheck(outcome.status, outcome.message, matches)


def check_fingerprint(data: DataDir, text: str, lang: str) -> CopyCheck:
    from ..core.fingerprint import normalize_fingerprint

    matches = find_by_fingerprint(data, text)
    if not matches:
        return CopyCheck("unknown", t("fingerprint_unknown", lang, value=normalize_fingerprint(text) or text))
    first = matches[0]
    return CopyCheck("found", t("fingerprint_match", lang, reference=first.reference, version=first.number,
                             title=first.title), matches)
